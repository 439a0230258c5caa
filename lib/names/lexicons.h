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

inline constexpr uint32_t kTitle = kStrongTitle | kWeakTitle;
inline constexpr uint32_t kOrgHead = kOrg | kOrgOf;
}  // namespace name_class

// Open addressing on the 64-bit key hash (load <= 0.4, linear probing): one
// probe per word token, no string compare. Two words whose hashes collide
// would share their classes; with XXH3-64 and ~13,000 words the chance is
// negligible (the claim attributor's cue lexicon makes the same trade).
class NameLexicons {
 public:
  // The classes of the key whose KeyHash is `key_hash`; 0 if none.
  uint32_t ClassesOfHash(uint64_t key_hash) const {
    const uint64_t h = key_hash == 0 ? 1 : key_hash;  // 0 marks empty slots
    size_t i = static_cast<size_t>(h) & mask_;
    while (true) {
      const uint64_t k = keys_[i];
      if (k == h) return classes_[i];
      if (k == 0) return 0;
      i = (i + 1) & mask_;
    }
  }
  // The classes of `key` (a normalized key, final period removed); 0 if none.
  uint32_t Classes(std::string_view key) const;

  // Adds `bits` to the classes of `key` (a normalized key).
  void Add(std::string_view key, uint32_t bits);
  size_t size() const { return used_; }

 private:
  void Grow();

  std::vector<uint64_t> keys_ = std::vector<uint64_t>(16, 0);
  std::vector<uint32_t> classes_ = std::vector<uint32_t>(16, 0);
  size_t mask_ = 15;
  size_t used_ = 0;
};

// LoadNameLexicons()
// Parses the compiled-in lists. Internal error if a line is malformed.
absl::StatusOr<std::shared_ptr<const NameLexicons>> LoadNameLexicons();

}  // namespace sayso::internal

#endif  // SAYSO_LIB_NAMES_LEXICONS_H_
