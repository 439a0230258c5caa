// File: fuzz/loader_common.h
// -----------------------------------------------------------------------------
// What the three loader fuzzers (TSV, GeoNames, countries JSON) check after a
// load: whatever the input, a builder either reports an error Status or
// holds data that compiles into an image that loads back (FromBytes) and
// matches text without breaking the Document invariants.
//
// Example:
//   absl::Status s = builder->AddTsvText(text, "fuzz.tsv");
//   sayso::fuzz::CheckRoundTrip(*builder, text);
#ifndef SAYSO_FUZZ_LOADER_COMMON_H_
#define SAYSO_FUZZ_LOADER_COMMON_H_

#include <memory>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "sayso/gazetteer.h"
#include "sayso/gazetteer_builder.h"
#include "sayso/tokenizer.h"

namespace sayso::fuzz {

inline const Tokenizer& NewsTokenizer() {
  static const Tokenizer* tokenizer = [] {
    absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
    SAYSO_FUZZ_CHECK(tok.ok(), tok.status().ToString());
    return new Tokenizer(std::move(*tok));
  }();
  return *tokenizer;
}

// An error Status must come with a message (it names the file and line).
inline void CheckLoadError(const absl::Status& status) {
  SAYSO_FUZZ_CHECK(!status.message().empty(),
                   "error without a message: " + status.ToString());
}

// Compile -> FromBytes -> match `input` (the loader's own text, whose words
// are the aliases) and a fixed sentence.
inline void CheckRoundTrip(const GazetteerBuilder& builder,
                           std::string_view input) {
  absl::StatusOr<std::string> image = builder.Compile("fuzz");
  if (!image.ok()) {
    CheckLoadError(image.status());
    return;
  }
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::FromBytes(*image);
  SAYSO_FUZZ_CHECK(gazetteer.ok(), "a compiled image does not load: " +
                                       gazetteer.status().ToString());
  const GazetteerInfo info = gazetteer->Info();
  SAYSO_FUZZ_CHECK(info.entities == builder.entity_count(),
                   "entity count changed by Compile");
  const std::string texts[] = {
      std::string(input.substr(0, 4096)),
      "Russia's Defense Ministry said Kiev was shelled, the UN said.",
  };
  for (const std::string& text : texts) {
    Document doc(text);
    absl::Status status = NewsTokenizer().Process(doc);
    SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
    status = gazetteer->Process(doc);
    SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
    CheckInvariantsOrDie(doc, {});
    for (const Mention& m : doc.mentions()) {
      SAYSO_FUZZ_CHECK(gazetteer->FindEntity(m.entity.id).ok(),
                       "mention of an unknown entity " +
                           std::string(m.entity.id));
    }
  }
}

}  // namespace sayso::fuzz

#endif  // SAYSO_FUZZ_LOADER_COMMON_H_
