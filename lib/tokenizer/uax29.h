// File: lib/tokenizer/uax29.h
// -----------------------------------------------------------------------------
// The strict UAX #29 tokenizer mode (TokenizerOptions::Mode::kUax29): word
// and sentence boundaries exactly as Unicode 15.0 defines them, conformance-
// tested against WordBreakTest.txt and SentenceBreakTest.txt.
//
// Implementation: ICU RuleBasedBreakIterators run over the UTF-8 bytes through
// UText (native indices are byte offsets). The word rules are ICU's root rules
// without their CLDR/ICU tailorings (U+003A COLON back in MidLetter, "@" not
// ALetter, no dictionary for CJK/Thai), as UAX #29 15.0 has them. The
// compiled iterators are built once per process and cloned once per thread,
// so every function here is thread-safe.
//
// Example:
//   absl::StatusOr<std::vector<uint32_t>> b = Uax29WordBoundaries("can't a:b");
//   // *b == {0, 5, 6, 9}: "can't", " ", "a:b" (":" is MidLetter in UAX #29)
#ifndef SAYSO_LIB_TOKENIZER_UAX29_H_
#define SAYSO_LIB_TOKENIZER_UAX29_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "sayso/document.h"
#include "sayso/tokenizer.h"

namespace sayso::internal {

// TokenizeUax29()
// Fills doc's tokens (one per UAX #29 word-boundary segment that is not only
// white space, controls or invisible format characters such as U+FEFF),
// sentences (UAX #29 sentence segments, each trimmed to its
// first..last token; segments without tokens are dropped) and paragraphs
// (split at blank lines). Clears those layers first. Ill-formed UTF-8: each
// maximal ill-formed subpart becomes a kInvalid token at its exact bytes, or
// with options.invalid_utf8 == kError an InvalidArgument "invalid UTF-8 at
// byte N". Sentences are filled only when options.split_sentences is true.
absl::Status TokenizeUax29(const TokenizerOptions& options, Document& doc);

// PrepareUax29()
// Compiles the rules now (they are compiled once per process, on first use)
// and reports an ICU failure: Tokenizer::Create can call it so that a broken
// ICU shows up at creation rather than on the first Process().
absl::Status PrepareUax29();

// Uax29WordBoundaries() / Uax29SentenceBoundaries()
// The raw segmentation: every boundary as a byte offset into `utf8`, in
// increasing order, including 0 and utf8.size() (just {0} for empty text).
// Ill-formed bytes are read as U+FFFD (ICU's UText behaviour). Errors:
// Internal only if ICU fails (e.g. cannot compile the rules); InvalidArgument
// for text over 2^31-1 bytes (ICU's offsets are 32-bit signed).
absl::StatusOr<std::vector<uint32_t>> Uax29WordBoundaries(
    std::string_view utf8);
absl::StatusOr<std::vector<uint32_t>> Uax29SentenceBoundaries(
    std::string_view utf8);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_UAX29_H_
