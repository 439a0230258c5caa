// File: fuzz/gazetteer_image_fuzzer.cc
// -----------------------------------------------------------------------------
// Gazetteer::FromBytes on hostile images. The first input byte picks:
//   bit 0 clear  the rest of the input is the image, as is;
//   bit 0 set    the rest is a list of edits applied to a valid image
//                (tests/small_gazetteer.h): 9-byte records {op, u32 offset,
//                u32 value} that XOR a byte or overwrite 4 bytes;
//   bit 1        also truncate the image (length = the first edit's value);
//   bit 2        recompute the header checksum after editing, so the
//                structural checks behind it are fuzzed too;
//   bit 3        overlapping matches.
// A load either fails with a Status or gives a Gazetteer that can match text
// (Process, Lookup, Info, FindEntity) without breaking the invariants.
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_common.h"
#include "sayso/gazetteer.h"
#include "sayso/tokenizer.h"

namespace {

uint32_t ReadU32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 |
         uint32_t{p[3]} << 24;
}

std::string EditedImage(const uint8_t* data, size_t size, uint8_t flags) {
  std::string image = sayso::fuzz::SmallGazetteerImage();
  for (size_t i = 0; i + 9 <= size && !image.empty(); i += 9) {
    const uint8_t op = data[i];
    const uint32_t offset = ReadU32(data + i + 1) % image.size();
    const uint32_t value = ReadU32(data + i + 5);
    if (i == 0 && (flags & 2)) {
      image.resize(value % (image.size() + 1));
      continue;
    }
    if (op & 1) {
      image[offset] = static_cast<char>(image[offset] ^ (value & 0xFF));
    } else {
      for (size_t k = 0; k < 4 && offset + k < image.size(); ++k) {
        image[offset + k] = static_cast<char>(value >> (8 * k));
      }
    }
  }
  if ((flags & 4) && image.size() >= 16) {
    const uint64_t checksum = XXH3_64bits(image.data() + 16, image.size() - 16);
    std::memcpy(image.data() + 8, &checksum, 8);  // little-endian hosts
  }
  return image;
}

const sayso::Tokenizer& NewsTokenizer() {
  static const sayso::Tokenizer* tokenizer = [] {
    absl::StatusOr<sayso::Tokenizer> tok = sayso::Tokenizer::Create({});
    SAYSO_FUZZ_CHECK(tok.ok(), tok.status().ToString());
    return new sayso::Tokenizer(std::move(*tok));
  }();
  return *tokenizer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t flags = data[0];
  const std::string image =
      (flags & 1) ? EditedImage(data + 1, size - 1, flags)
                  : std::string(sayso::fuzz::AsText(data + 1, size - 1));
  sayso::GazetteerOptions options;
  options.overlapping = (flags & 8) != 0;
  absl::StatusOr<sayso::Gazetteer> gazetteer =
      sayso::Gazetteer::FromBytes(image, options);
  if (!gazetteer.ok()) {
    SAYSO_FUZZ_CHECK(!gazetteer.status().message().empty(),
                     "error without a message");
    return 0;
  }
  (void)gazetteer->Info();
  sayso::testing::InvariantOptions invariants;
  invariants.non_overlapping_mentions = !options.overlapping;
  invariants.require_entity_ids = false;
  // KNOWN GAP (docs/reliability.md, tests/gazetteer_corruption_test.cc):
  // behind a recomputed checksum, an entity section moved onto other bytes
  // can give NaN priors, hence NaN scores. Checked only for images whose
  // checksum was not forged.
  invariants.require_finite_scores = (flags & 4) == 0;
  for (const std::string& text : sayso::testing::SmallGazetteerTexts()) {
    sayso::Document doc(text);
    absl::Status status = NewsTokenizer().Process(doc);
    SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
    status = gazetteer->Process(doc);
    if (!status.ok()) continue;  // an error is a fine answer to a bad image
    sayso::fuzz::CheckInvariantsOrDie(doc, invariants);
    for (const sayso::Mention& m : doc.mentions()) {
      (void)gazetteer->FindEntity(m.entity.id);
    }
    absl::StatusOr<std::vector<sayso::GazetteerMatch>> matches =
        gazetteer->Lookup(text);
    if (!matches.ok()) continue;
    for (const sayso::GazetteerMatch& match : *matches) {
      SAYSO_FUZZ_CHECK(match.span.begin < match.span.end &&
                           match.span.end <= text.size() &&
                           match.token_begin < match.token_end,
                       "Lookup match out of range");
    }
  }
  return 0;
}
