#include "sayso/pipeline.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"

namespace sayso {

using internal::Sv;

absl::StatusOr<Pipeline> Pipeline::Create(const PipelineOptions& options) {
  std::vector<std::shared_ptr<const Stage>> stages;
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create(options.tokenizer);
  if (!tokenizer.ok()) return tokenizer.status();
  stages.push_back(std::make_shared<Tokenizer>(std::move(*tokenizer)));
  if (options.match_entities) {
    absl::StatusOr<Gazetteer> gazetteer =
        options.gazetteer_path.empty()
            ? Gazetteer::Default(options.gazetteer)
            : Gazetteer::Load(options.gazetteer_path, options.gazetteer);
    if (!gazetteer.ok()) return gazetteer.status();
    stages.push_back(std::make_shared<Gazetteer>(std::move(*gazetteer)));
  }
  if (options.find_names) {
    absl::StatusOr<NameFinder> names = NameFinder::Create(options.names);
    if (!names.ok()) return names.status();
    stages.push_back(std::make_shared<NameFinder>(std::move(*names)));
  }
  if (options.attribute_claims) {
    absl::StatusOr<ClaimAttributor> claims =
        ClaimAttributor::Create(options.claims);
    if (!claims.ok()) return claims.status();
    stages.push_back(std::make_shared<ClaimAttributor>(std::move(*claims)));
  }
  return Pipeline(std::move(stages));
}

Pipeline Pipeline::FromStages(
    std::vector<std::shared_ptr<const Stage>> stages) {
  return Pipeline(std::move(stages));
}

absl::Status Pipeline::Process(Document& doc) const {
  for (const auto& stage : stages_) {
    absl::Status status = stage->Process(doc);
    if (!status.ok()) {
      return absl::Status(status.code(), absl::StrCat(Sv(stage->name()), ": ",
                                                      status.message()));
    }
  }
  return absl::OkStatus();
}

absl::Status Pipeline::Annotate(std::string_view text, Document& doc) const {
  doc.Reset(text);
  return Process(doc);
}

Pipeline Pipeline::WithStageAfter(std::string_view after,
                                  std::shared_ptr<const Stage> stage) const {
  std::vector<std::shared_ptr<const Stage>> stages = stages_;
  auto it = stages.begin();
  for (; it != stages.end(); ++it) {
    if ((*it)->name() == after) {
      ++it;
      break;
    }
  }
  stages.insert(it, std::move(stage));
  return Pipeline(std::move(stages));
}

}  // namespace sayso
