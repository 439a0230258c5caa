// extract_claims: who says what in a file, with the default pipeline.
//
//   example_extract_claims article.txt
//
// The default pipeline is tokenizer -> built-in gazetteer -> claim
// attributor. Each claim prints as  source [entity] -- cue --> content.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "sayso/document.h"
#include "sayso/pipeline.h"

namespace {

std::string_view Text(const sayso::Document& doc,
                      const std::optional<sayso::Span>& span) {
  return span ? doc.text(*span) : std::string_view("-");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  const std::string text(std::istreambuf_iterator<char>(in), {});

  // Loads the built-in gazetteer image (see Gazetteer::DefaultPath()).
  absl::StatusOr<sayso::Pipeline> pipeline = sayso::Pipeline::Create({});
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  sayso::Document doc;
  if (absl::Status s = pipeline->Annotate(text, doc); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }

  std::printf("%zu claims\n", doc.claims().size());
  for (const sayso::Claim& c : doc.claims()) {
    const std::string_view kind = sayso::ClaimKindName(c.kind);
    const std::string_view source = Text(doc, c.source);
    const std::string_view cue = Text(doc, c.cue);
    const std::string_view content = doc.text(c.content);
    // The source's entity, when the attributor resolved it (also for "he",
    // "the ministry": the most recent compatible entity).
    const std::string entity =
        c.source_entity
            ? " [" + std::string(c.source_entity->canonical) + "]"
            : "";
    std::printf("%-8.*s %.*s%s -- %.*s --> %.*s\n",
                static_cast<int>(kind.size()), kind.data(),
                static_cast<int>(source.size()), source.data(), entity.c_str(),
                static_cast<int>(cue.size()), cue.data(),
                static_cast<int>(content.size()), content.data());
  }
  return 0;
}
