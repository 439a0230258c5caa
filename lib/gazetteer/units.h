// Match units: the token stream the gazetteer trie runs over, shared by the
// builder (aliases) and the matcher (text) so both sides always agree.
//
// A unit is a token, except that a token whose key contains '-' is split at
// each '-' into parts ("al-jazeera" -> "al", "jazeera"): hyphen and space are
// then interchangeable between words. A token made only of dashes is one unit
// "-". Tokens with an empty key (ill-formed bytes) are no unit at all.
#ifndef SAYSO_LIB_GAZETTEER_UNITS_H_
#define SAYSO_LIB_GAZETTEER_UNITS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sayso/document.h"

namespace sayso::internal {

struct Unit {
  uint64_t hash = 0;   // KeyHash of the unit's key
  uint32_t token = 0;  // the token it comes from
  uint32_t begin = 0;  // byte span in the text
  uint32_t end = 0;
  uint8_t part = 0;       // index of the part within its token
  bool last_part = true;  // the token's last part
  bool has_letter = false;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // letters, none lower case
};

// The most units one token gives (more parts: the token stays whole).
inline constexpr size_t kMaxUnitsPerToken = 16;

// True if a key holds a '-' (the folding maps every hyphen and dash to it):
// only such tokens are split into several units. A byte loop, not memchr:
// keys are a few bytes long and this runs once per token.
inline bool KeyHasHyphen(std::string_view key) {
  bool hyphen = false;
  for (char c : key) hyphen |= c == '-';
  return hyphen;
}

// Writes the units of token i to out[0, n) and returns n (0 for an empty
// key, else 1 to kMaxUnitsPerToken); `keys`, when not null, receives each
// unit's key (views into the token's key).
size_t TokenUnits(const Tokens& tokens, size_t i, Unit* out,
                  std::string_view* keys = nullptr);

// Appends the units of tokens [0, tokens.size()) to `*units`; `*keys`, when
// not null, receives each unit's key (for the builder).
void AppendUnits(const Tokens& tokens, std::vector<Unit>* units,
                 std::vector<std::string>* keys = nullptr);

// The case signature of `text`: its letters, digits and marks as written,
// everything else dropped ("U.S." -> "US", "Al-Jazeera" -> "AlJazeera").
std::string CaseSignature(std::string_view text);

// Counts of letters in `text`: all of them and the lower-case ones.
void CountLetters(std::string_view text, int* letters, int* lower);

// Lower-case particles allowed inside a capitalized name ("Rostov-on-Don",
// "Institute for the Study of War").
bool IsNameParticle(std::string_view key);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_GAZETTEER_UNITS_H_
