// File: sayso/pipeline.h
// -----------------------------------------------------------------------------
// A Pipeline runs Stages in order over a Document. The default pipeline is
// Tokenizer -> Gazetteer (the built-in gazetteer, or an image file) ->
// NameFinder -> ClaimAttributor; a host can run a prefix of it, or insert its own Stage
// (say, its own NER adding Mentions) and later stages use what it added.
//
// A Pipeline is immutable after construction and safe to share between
// threads: call Annotate() from many threads, each with its own Document.
//
// Example:
//   absl::StatusOr<sayso::Pipeline> pipeline = sayso::Pipeline::Create({});
//   sayso::Document doc;  // reuse one per thread
//   absl::Status s = pipeline->Annotate(text, doc);
//   for (const sayso::Claim& c : doc.claims()) ...
#ifndef SAYSO_PIPELINE_H_
#define SAYSO_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "sayso/claims.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/names.h"
#include "sayso/stage.h"
#include "sayso/tokenizer.h"

namespace sayso {

struct PipelineOptions {
  TokenizerOptions tokenizer;  // news mode by default
  // Entity matching. `gazetteer_path` empty: the built-in gazetteer
  // (see Gazetteer::Default()); otherwise a compiled image file.
  bool match_entities = true;
  std::string gazetteer_path;
  GazetteerOptions gazetteer;
  // Names the gazetteer does not know, found by news patterns (titles,
  // organization head words, acronyms) and linked within the document
  // (sayso/names.h). Runs after the gazetteer.
  bool find_names = true;
  NameFinderOptions names;
  // Claim attribution (needs entities for source resolution, but runs
  // without them).
  bool attribute_claims = true;
  ClaimOptions claims;
};

class Pipeline : public Stage {
 public:
  // The default stages, configured by `options`. Errors: the gazetteer
  // image cannot be found or loaded, or an option is invalid.
  static absl::StatusOr<Pipeline> Create(const PipelineOptions& options);
  // A pipeline of exactly these stages, run in order. The first stage must
  // tokenize (usually a Tokenizer).
  static Pipeline FromStages(std::vector<std::shared_ptr<const Stage>> stages);

  std::string_view name() const override { return "pipeline"; }
  // Runs every stage on `doc` in order; stops at the first error, whose
  // message is prefixed with the stage's name.
  absl::Status Process(Document& doc) const override;
  // doc.Reset(text), then Process(doc). `text` must outlive `doc`'s use.
  absl::Status Annotate(std::string_view text, Document& doc) const;

  const std::vector<std::shared_ptr<const Stage>>& stages() const {
    return stages_;
  }
  // A new pipeline with `stage` inserted right after the stage named
  // `after` (or at the end if no stage has that name).
  Pipeline WithStageAfter(std::string_view after,
                          std::shared_ptr<const Stage> stage) const;

 private:
  explicit Pipeline(std::vector<std::shared_ptr<const Stage>> stages)
      : stages_(std::move(stages)) {}
  std::vector<std::shared_ptr<const Stage>> stages_;
};

}  // namespace sayso

#endif  // SAYSO_PIPELINE_H_
