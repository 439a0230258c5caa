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
// Bit 21 is not a class: the NameFinder keeps a per-token mark there (the
// place prepositions, once a class, are found by their key hashes).
// Common Chinese family names in pinyin ("wang", "zhou"): the first token
// of a family-name-first name ("Zhou Mi"); a bit, so the per-token checks
// cost one AND instead of a binary search.
inline constexpr uint32_t kChineseFamily = 1u << 22;

inline constexpr uint32_t kTitle = kStrongTitle | kWeakTitle;
inline constexpr uint32_t kJoiner = kConnector | kParticle;
inline constexpr uint32_t kOrgHead = kOrg | kOrgOf;
}  // namespace name_class

// Hash -> classes, in one array of 8-byte slots: the hash's top 41 bits and
// the 23 class bits side by side, so that a probe reads one cache line (keys
// and values in two arrays cost two misses per hit: the table does not stay
// in cache while the token arrays stream through it). Linear probing, load
// <= 1/2: 256 KiB for the ~13,000 words. Two hashes are the same key when
// their top 41 bits agree (for a word outside the lists, a false match has
// a chance of about 2^-40 per probe).
class PackedClassTable {
 public:
  static constexpr int kValueBits = 23;
  static constexpr uint64_t kValueMask = (uint64_t{1} << kValueBits) - 1;

  uint32_t Find(uint64_t key_hash) const {
    // The first two slots of the probe without a branch (whether a word is
    // listed, and whether its slot is its home, follow the text and mislead
    // a predictor): a slot decides when it holds the key or is empty (0), and
    // the first that decides gives the value (0 if empty). An empty slot
    // matches only a hash whose top bits are 0, and then gives 0 (absent),
    // which is right.
    const size_t home = static_cast<size_t>(key_hash) & mask_;
    const uint64_t s0 = slots_[home];
    const uint64_t s1 = slots_[(home + 1) & mask_];
    const uint64_t d0 = Decides(s0, key_hash);
    const uint64_t d1 = Decides(s1, key_hash);
    if ((d0 | d1) != 0) [[likely]] {
      const uint64_t s = (s0 & d0) | (s1 & d1 & ~d0);
      return static_cast<uint32_t>(s & kValueMask);
    }
    for (size_t i = (home + 2) & mask_;; i = (i + 1) & mask_) {
      const uint64_t s = slots_[i];
      if (((s ^ key_hash) >> kValueBits) == 0) {
        return static_cast<uint32_t>(s & kValueMask);
      }
      if (s == 0) return 0;
    }
  }
  // Starts loading the cache line of the key's home slot (Find() later):
  // the probes of a block of tokens are independent, so their cache misses
  // can overlap.
  void Prefetch(uint64_t key_hash) const {
    __builtin_prefetch(&slots_[static_cast<size_t>(key_hash) & mask_]);
  }
  // ORs `bits` (non-zero, below 2^kValueBits) into the classes of the key.
  void Add(uint64_t key_hash, uint32_t bits);
  size_t size() const { return used_; }

 private:
  void Grow();
  // All ones if slot `s` holds `key_hash` or is empty, else 0.
  static uint64_t Decides(uint64_t s, uint64_t key_hash) {
    return uint64_t{0} - static_cast<uint64_t>(
                             (((s ^ key_hash) >> kValueBits) == 0) | (s == 0));
  }

  std::vector<uint64_t> slots_ = std::vector<uint64_t>(16, 0);
  // The low bits of each slot's hash (its home), for Grow() only: the slot
  // keeps the class bits there.
  std::vector<size_t> homes_ = std::vector<size_t>(16, 0);
  size_t mask_ = 15;
  size_t used_ = 0;
};

// A few keys (the connectors and particles) in a direct-mapped table: one
// slot per key, chosen by bits of the hash's tag (so a hash with the tag of
// a listed key reads that key's slot, as PackedClassTable would give its
// classes), one load and no branch.
class DirectClassTable {
 public:
  uint32_t Find(uint64_t key_hash) const {
    const uint64_t s = slots_[(key_hash >> shift_) & mask_];
    return ((s ^ key_hash) >> PackedClassTable::kValueBits) == 0
               ? static_cast<uint32_t>(s & PackedClassTable::kValueMask)
               : 0;
  }
  // ORs `bits` into the classes of the key; rebuilds the table.
  void Add(uint64_t key_hash, uint32_t bits);

 private:
  std::vector<uint64_t> entries_;  // tag | classes, one per distinct tag
  std::vector<uint64_t> slots_ = std::vector<uint64_t>(1, 0);
  int shift_ = 63;
  size_t mask_ = 0;
};

static_assert(name_class::kChineseFamily < (1u << PackedClassTable::kValueBits),
              "the classes must fit in a slot's value bits");

// The classes of every word, by the KeyHash of its normalized key: one probe
// per word token, no string compare.
class NameLexicons {
 public:
  // The classes of the key whose KeyHash is `key_hash`; 0 if none.
  uint32_t ClassesOfHash(uint64_t key_hash) const {
    return table_.Find(key_hash);
  }
  // Starts loading the slot ClassesOfHash(key_hash) reads first.
  void PrefetchHash(uint64_t key_hash) const { table_.Prefetch(key_hash); }
  // The classes of key K by the KeyHash of K + "." (a second table holds
  // every key so): a token whose key ends in '.' ("mr.", kAbbreviation) is
  // looked up without the period, and this gives its classes from the
  // token's own key hash, without reading the key (its bounds and bytes:
  // two dependent scattered loads) to hash it again.
  uint32_t ClassesOfDottedHash(uint64_t dotted_key_hash) const {
    return dotted_.Find(dotted_key_hash);
  }
  void PrefetchDottedHash(uint64_t dotted_key_hash) const {
    dotted_.Prefetch(dotted_key_hash);
  }
  // ClassesOfHash() & (kConnector | kParticle) of a token, from a table of
  // those ~30 words only (a few KiB, stays in L1 cache: the NameFinder asks
  // it of every plain lower-case word right after a capitalized, all-caps or
  // hyphenated token, most of which are not looked up otherwise), by the hash
  // of the token's whole key (Tokens::key_hash) instead of that of its key
  // without a final period: the table holds each joiner's key (unless it ends
  // in '.') and the key with a '.' appended, so that "of." gives the classes of
  // "of" as the key without its period would, while the token's key itself is
  // not read (its length and last byte are two loads at a place of the arrays
  // nothing else reads).
  uint32_t JoinerClassesOfTokenHash(uint64_t token_key_hash) const {
    return token_joiners_.Find(token_key_hash);
  }
  // Whether ClassesOfHash(key_hash) has kFunction or kConnector, from a
  // table of those ~140 keys only (stays in L1 cache; the NameFinder asks it
  // of the plain lower-case words at the start of a line, which it would
  // otherwise look up in the whole lexicon, a cache miss each). The table
  // maps the top bits that table_ compares (the tag) to the key's whole hash:
  // kNotFunction when no such key has the hash's tag (then ClassesOfHash()
  // cannot give those classes), kIsFunction when the hash is such a key's
  // (then it gives them), kMaybeFunction otherwise (another hash with a
  // listed key's tag: ask ClassesOfHash()).
  enum FunctionTest { kNotFunction, kIsFunction, kMaybeFunction };
  FunctionTest FunctionOrConnector(uint64_t key_hash) const {
    const uint64_t listed =
        function_by_tag_.Find(key_hash >> PackedClassTable::kValueBits);
    if (listed == 0) return kNotFunction;  // (no listed key hashes to 0)
    return listed == key_hash ? kIsFunction : kMaybeFunction;
  }
  // The classes of `key` (a normalized key, final period removed); 0 if none.
  uint32_t Classes(std::string_view key) const;

  // Adds `bits` to the classes of `key` (a normalized key).
  void Add(std::string_view key, uint32_t bits);
  size_t size() const { return table_.size(); }

 private:
  PackedClassTable table_;
  PackedClassTable dotted_;  // KeyHash(key + ".") -> the classes of key
  DirectClassTable token_joiners_;
  // Tag -> whole key hash of the keys with kFunction or kConnector.
  KeyHashTable<uint64_t> function_by_tag_;
};

// LoadNameLexicons()
// Parses the compiled-in lists. Internal error if a line is malformed.
absl::StatusOr<std::shared_ptr<const NameLexicons>> LoadNameLexicons();

}  // namespace sayso::internal

#endif  // SAYSO_LIB_NAMES_LEXICONS_H_
