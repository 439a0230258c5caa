// host_stage: a host's own entity recognizer as a pipeline stage.
//
//   example_host_stage ["some text"]
//
// The host knows people the built-in gazetteer does not. Its stage runs right
// after the tokenizer and adds Mentions; the later stages use them: the
// gazetteer never adds a mention overlapping one, and the claim attributor
// resolves sources ("Dr. Imani Okafor", and later "she") to the host's entity.
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sayso/document.h"
#include "sayso/normalize.h"
#include "sayso/pipeline.h"
#include "sayso/stage.h"

namespace {

// Finds the names of a host's own directory, by normalized token keys.
class DirectoryNer : public sayso::Stage {
 public:
  struct Person {
    std::vector<std::string> keys;  // normalized keys of the name's tokens
    sayso::EntityRef entity;
  };

  explicit DirectoryNer(std::vector<Person> people)
      : people_(std::move(people)) {}

  std::string_view name() const override { return "directory-ner"; }

  // Const and free of shared mutable state: safe on many threads at once.
  absl::Status Process(sayso::Document& doc) const override {
    const sayso::Tokens& tokens = doc.tokens();
    for (size_t i = 0; i < tokens.size(); ++i) {
      for (const Person& person : people_) {
        const size_t n = person.keys.size();
        if (i + n > tokens.size()) continue;
        bool match = true;
        for (size_t k = 0; k < n && match; ++k) {
          match = tokens.key(i + k) == person.keys[k];
        }
        if (!match) continue;
        sayso::Mention m;
        m.span = {tokens.begin(i), tokens.end(i + n - 1)};
        m.token_begin = static_cast<uint32_t>(i);
        m.token_end = static_cast<uint32_t>(i + n);
        m.entity = person.entity;
        m.stage = std::string(name());
        doc.mutable_mentions().push_back(std::move(m));
        i += n - 1;
        break;
      }
    }
    doc.SortMentions();
    return absl::OkStatus();
  }

 private:
  std::vector<Person> people_;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string text =
      argc > 1 ? argv[1]
               : "Dr. Imani Okafor, the director of the Lagos laboratory, said "
                 "the new vaccine was safe. She added that trials would begin "
                 "in Nigeria in May.";

  // Keys are folded the way the tokenizer folds token keys.
  DirectoryNer::Person okafor;
  okafor.keys = {sayso::NormalizedKey("Imani"), sayso::NormalizedKey("Okafor")};
  okafor.entity = {.id = "host:okafor",
                   .canonical = "Imani Okafor",
                   .type = sayso::EntityType::kPer,
                   .score = 1.0f};

  absl::StatusOr<sayso::Pipeline> defaults = sayso::Pipeline::Create({});
  if (!defaults.ok()) {
    std::fprintf(stderr, "%s\n", defaults.status().ToString().c_str());
    return 1;
  }
  // tokenizer -> directory-ner -> gazetteer -> claims
  const sayso::Pipeline pipeline = defaults->WithStageAfter(
      "tokenizer", std::make_shared<DirectoryNer>(
                       std::vector<DirectoryNer::Person>{okafor}));
  std::printf("stages:");
  for (const auto& stage : pipeline.stages()) {
    std::printf(" %.*s", static_cast<int>(stage->name().size()),
                stage->name().data());
  }
  std::printf("\n");

  sayso::Document doc;
  if (absl::Status s = pipeline.Annotate(text, doc); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  for (const sayso::Mention& m : doc.mentions()) {
    const std::string_view found = doc.text(m.span);
    std::printf("mention %.*s -> %s (%s) by %s\n",
                static_cast<int>(found.size()), found.data(),
                m.entity.canonical.c_str(), m.entity.id.c_str(),
                m.stage.c_str());
  }
  for (const sayso::Claim& c : doc.claims()) {
    const std::string_view source =
        c.source ? doc.text(*c.source) : std::string_view("-");
    const std::string_view content = doc.text(c.content);
    std::printf("claim %.*s [%s] --> %.*s\n", static_cast<int>(source.size()),
                source.data(),
                c.source_entity ? c.source_entity->id.c_str() : "unresolved",
                static_cast<int>(content.size()), content.data());
  }
  return 0;
}
