// File: sayso/normalize.h
// -----------------------------------------------------------------------------
// The one folding used everywhere text is compared: tokens' keys, gazetteer
// aliases and cue lexicons all go through AppendNormalizedKey(), so a
// dictionary entry and the text it should match always agree.
//
// Folding: Unicode NFKC, full case folding, combining marks removed
// ("Kýiv" -> "kyiv"), and these variants folded to one ASCII character:
//   dashes and hyphens  ‐ ‑ ‒ – — ― − ﹣ －         -> '-'
//   apostrophes         ’ ‘ ʼ ʹ ′ ` ´ ＇            -> '\''
//   double quotes       “ ” „ ‟ « » ″ ＂            -> '"'
// Pure-ASCII input takes a table-driven fast path with the same result.
//
// Example:
//   std::string key;
//   sayso::AppendNormalizedKey("Al‑Jazeera’s", &key);  // key == "al-jazeera's"
#ifndef SAYSO_NORMALIZE_H_
#define SAYSO_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace sayso {

// AppendNormalizedKey()
// Appends the normalized form of `text` to `*out`. Ill-formed UTF-8 bytes are
// each replaced by U+FFFD before folding (never dropped silently).
void AppendNormalizedKey(std::string_view text, std::string* out);

// NormalizedKey()
// Convenience wrapper returning a new string.
std::string NormalizedKey(std::string_view text);

// KeyHash()
// A stable 64-bit hash of a key: the same in every process and on every
// machine, so compiled gazetteer images can store it. Keys of 1 to 16 bytes
// go through a one-multiply mix (cheap enough for every token), the empty key
// and longer keys through XXH3-64 (seed 0); lib/core/key_hash.h has the exact
// arithmetic.
uint64_t KeyHash(std::string_view key);

}  // namespace sayso

#endif  // SAYSO_NORMALIZE_H_
