// host_stage: a host's own entity recognizer as a pipeline stage.
//
//   example_host_stage ["some text"]
//
// The host knows people the built-in gazetteer does not. Its stage runs right
// after the tokenizer and adds Mentions; the later stages use them: the
// gazetteer never adds a mention overlapping one, and the claim attributor
// resolves sources ("Dr. Imani Okafor", and later "she") to the host's entity.
//
// Results are views (sayso/document.h): the stage copies the strings it owns
// into the Document with Intern(), and main() keeps a result past the
// Document with ToOwned().
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
    std::string id;                 // the host's own strings
    std::string canonical;
    sayso::EntityType type = sayso::EntityType::kOther;
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
        // The Document may outlive this stage and its strings: it gets its
        // own copies (no allocation per mention once its arena has grown).
        m.entity.id = doc.Intern(person.id);
        m.entity.canonical = doc.Intern(person.canonical);
        m.entity.type = person.type;
        m.entity.score = 1.0f;
        m.stage = name();  // a string literal: static storage, no copy
        doc.mutable_mentions().push_back(m);
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
  okafor.id = "host:okafor";
  okafor.canonical = "Imani Okafor";
  okafor.type = sayso::EntityType::kPer;

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
  // Views, valid while `doc` holds this result (%.*s: not NUL-terminated).
  auto print = [](std::string_view s) { return static_cast<int>(s.size()); };
  for (const sayso::Mention& m : doc.mentions()) {
    const std::string_view found = doc.text(m.span);
    std::printf("mention %.*s -> %.*s (%.*s) by %.*s\n", print(found),
                found.data(), print(m.entity.canonical),
                m.entity.canonical.data(), print(m.entity.id),
                m.entity.id.data(), print(m.stage), m.stage.data());
  }
  for (const sayso::Claim& c : doc.claims()) {
    const std::string_view source =
        c.source ? doc.text(*c.source) : std::string_view("-");
    const std::string_view content = doc.text(c.content);
    const std::string_view entity =
        c.source_entity ? c.source_entity->id : "unresolved";
    std::printf("claim %.*s [%.*s] --> %.*s\n", print(source), source.data(),
                print(entity), entity.data(), print(content), content.data());
  }

  // To keep a result after the Document is reused, copy it out.
  std::vector<sayso::OwnedMention> kept;
  for (const sayso::Mention& m : doc.mentions()) {
    if (m.stage == "directory-ner") kept.push_back(sayso::ToOwned(doc, m));
  }
  doc.Reset("");  // every view above is now invalid; `kept` owns its strings
  for (const sayso::OwnedMention& m : kept) {
    std::printf("kept %s (%s) at [%u,%u)\n", m.entity.canonical.c_str(),
                m.entity.id.c_str(), m.span.begin, m.span.end);
  }
  return 0;
}
