// custom_gazetteer: build a small gazetteer in code and match its entities.
//
//   example_custom_gazetteer ["some text"]
//
// A host with its own list of people, organizations and places compiles them
// into an image (the same format `sayso gazetteer compile` writes) and runs
// the Gazetteer stage on tokenized text. Matching folds case, diacritics and
// dash/apostrophe variants; the spans reported are those of the original text.
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/gazetteer_builder.h"
#include "sayso/tokenizer.h"

namespace {

int Fail(const absl::Status& status) {
  std::fprintf(stderr, "%s\n", status.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string text =
      argc > 1 ? argv[1]
               : "Zelenskyy flew from Kiev to Lviv; the ACME Corp. board "
                 "and Volodymyr Zelensky met in Київ.";

  // 1. Entities and their aliases. The canonical name is always an alias.
  absl::StatusOr<sayso::GazetteerBuilder> builder =
      sayso::GazetteerBuilder::Create();
  if (!builder.ok()) return Fail(builder.status());
  auto entity = [](std::string id, std::string canonical,
                   sayso::EntityType type, std::string fine_type) {
    sayso::EntityDef e;
    e.id = std::move(id);
    e.canonical = std::move(canonical);
    e.type = type;
    e.fine_type = std::move(fine_type);
    return e;
  };
  auto aliases = [](std::initializer_list<const char*> texts) {
    std::vector<sayso::AliasDef> out;
    for (const char* text : texts)
      out.push_back({.text = text, .flags = 0, .type_override = {}});
    return out;
  };
  sayso::EntityDef kyiv =
      entity("demo:kyiv", "Kyiv", sayso::EntityType::kGpe, "city");
  kyiv.country = "UA";
  kyiv.population = 2950000;  // ranks it above other places named alike
  absl::Status status =
      builder->AddEntity(entity("demo:zelensky", "Volodymyr Zelensky",
                                sayso::EntityType::kPer, "head of state"),
                         aliases({"Zelensky", "Zelenskyy", "Zelenskiy"}));
  status.Update(builder->AddEntity(kyiv, aliases({"Kiev", "Київ"})));
  status.Update(builder->AddEntity(
      entity("demo:lviv", "Lviv", sayso::EntityType::kGpe, "city")));
  // "ACME" is all caps: it matches case-sensitively, so "acme" would not.
  status.Update(builder->AddEntity(entity("demo:acme", "ACME Corporation",
                                          sayso::EntityType::kOrg, "company"),
                                   aliases({"ACME Corp.", "ACME"})));
  if (!status.ok()) return Fail(status);

  // 2. Compile to an image and load it (Gazetteer::Load() maps a file).
  absl::StatusOr<std::string> image = builder->Compile("custom_gazetteer demo");
  if (!image.ok()) return Fail(image.status());
  absl::StatusOr<sayso::Gazetteer> gazetteer =
      sayso::Gazetteer::FromBytes(*image);
  if (!gazetteer.ok()) return Fail(gazetteer.status());
  sayso::GazetteerInfo info = gazetteer->Info();
  std::printf("gazetteer: %llu entities, %llu aliases\n",
              static_cast<unsigned long long>(info.entities),
              static_cast<unsigned long long>(info.aliases));

  // 3. Tokenize, then match: the gazetteer reads the token keys.
  absl::StatusOr<sayso::Tokenizer> tokenizer = sayso::Tokenizer::Create({});
  if (!tokenizer.ok()) return Fail(tokenizer.status());
  sayso::Document doc(text);
  if (status = tokenizer->Process(doc); !status.ok()) return Fail(status);
  if (status = gazetteer->Process(doc); !status.ok()) return Fail(status);

  for (const sayso::Mention& m : doc.mentions()) {
    const std::string_view found = doc.text(m.span);
    const std::string_view type = sayso::EntityTypeName(m.entity.type);
    // Views into the image, which `doc` keeps alive (not NUL-terminated).
    const std::string_view canonical = m.entity.canonical;
    const std::string_view id = m.entity.id;
    std::printf("[%u,%u) %.*s -> %.*s (%.*s, %.*s)\n", m.span.begin,
                m.span.end, static_cast<int>(found.size()), found.data(),
                static_cast<int>(canonical.size()), canonical.data(),
                static_cast<int>(id.size()), id.data(),
                static_cast<int>(type.size()), type.data());
  }
  return 0;
}
