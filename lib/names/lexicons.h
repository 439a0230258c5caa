// File: lib/names/lexicons.h
// The NameFinder's word lists (titles, head words, function words, given
// names), kept as data in lib/names/*.inc, and the gazetteer's common-word
// list, merged into one table from the hash of a normalized key (no final
// period; KeyHash, as in Tokens::key_hash) to a bit set of classes. See
// docs/names.md, "Lexicons" and "Speed".
#ifndef SAYSO_LIB_NAMES_LEXICONS_H_
#define SAYSO_LIB_NAMES_LEXICONS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "core/word_lists.h"

namespace sayso::internal {

namespace name_class {
inline constexpr uint32_t kStrongTitle = 1u << 0;
inline constexpr uint32_t kWeakTitle = 1u << 1;
inline constexpr uint32_t kOrg = 1u << 2;
inline constexpr uint32_t kOrgOf = 1u << 3;
inline constexpr uint32_t kFacility = 1u << 4;
inline constexpr uint32_t kStreet = 1u << 5;
inline constexpr uint32_t kGeo = 1u << 6;
inline constexpr uint32_t kAdmin = 1u << 7;
inline constexpr uint32_t kRegion = 1u << 8;
inline constexpr uint32_t kGeoPrefix = 1u << 9;
inline constexpr uint32_t kGeoOfPrefix = 1u << 10;
inline constexpr uint32_t kInstitution = 1u << 11;
inline constexpr uint32_t kMember = 1u << 12;
inline constexpr uint32_t kFunction = 1u << 13;
inline constexpr uint32_t kConnector = 1u << 14;
inline constexpr uint32_t kParticle = 1u << 15;
inline constexpr uint32_t kGeneration = 1u << 16;
inline constexpr uint32_t kNotAcronym = 1u << 17;
inline constexpr uint32_t kNotName = 1u << 18;
inline constexpr uint32_t kGivenName = 1u << 19;
// From the gazetteer's common-word list (gazetteer/common_words.inc):
// kCommon == IsCommonWord(key).
inline constexpr uint32_t kCommon = 1u << 20;
// "in", "to", "from", "near", "at", "outside" (places used as places).
inline constexpr uint32_t kPlacePreposition = 1u << 21;
// Common Chinese family names in pinyin ("wang", "zhou"): the first token
// of a family-name-first name ("Zhou Mi"); a bit, so the per-token checks
// cost one AND instead of a binary search.
inline constexpr uint32_t kChineseFamily = 1u << 22;

inline constexpr uint32_t kTitle = kStrongTitle | kWeakTitle;
inline constexpr uint32_t kOrgHead = kOrg | kOrgOf;
}  // namespace name_class

// The classes of every word, by the KeyHash of its normalized key: one probe
// per word token, no string compare (core/word_lists.h).
class NameLexicons {
 public:
  // The classes of the key whose KeyHash is `key_hash`; 0 if none.
  uint32_t ClassesOfHash(uint64_t key_hash) const {
    return table_.Find(key_hash);
  }
  // The classes of `key` (a normalized key, final period removed); 0 if none.
  uint32_t Classes(std::string_view key) const;

  // Adds `bits` to the classes of `key` (a normalized key).
  void Add(std::string_view key, uint32_t bits);
  size_t size() const { return table_.size(); }

 private:
  KeyHashTable<uint32_t> table_;
};

// LoadNameLexicons()
// Parses the compiled-in lists. Internal error if a line is malformed.
absl::StatusOr<std::shared_ptr<const NameLexicons>> LoadNameLexicons();

}  // namespace sayso::internal

#endif  // SAYSO_LIB_NAMES_LEXICONS_H_
