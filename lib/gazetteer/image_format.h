// The gazetteer image layout (docs/gazetteer.md, "Image layout"), shared by
// the builder (which writes it) and the matcher (which reads it in place).
//
// All integers little-endian; every section starts at an 8-aligned offset
// from the start of the file; all references are indices or offsets relative
// to their section. The checksum (XXH3-64) covers every byte after itself, so
// any corruption of the header or payload is caught once at load.
#ifndef SAYSO_LIB_GAZETTEER_IMAGE_FORMAT_H_
#define SAYSO_LIB_GAZETTEER_IMAGE_FORMAT_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace sayso::internal::gz {

inline constexpr char kMagic[8] = {'S', 'A', 'Y', 'S', 'O', 'G', 'Z', '1'};
// Version 4: the stored key hashes are the short-key KeyHash() of
// core/key_hash.h (3 stored XXH3-64 of every key).
inline constexpr uint32_t kFormatVersion = 4;
inline constexpr uint32_t kEndianCheck = 0x01020304u;

enum Section : uint32_t {
  kMeta = 0,     // one Meta record
  kVocab,        // uint64_t[vocab_capacity]: key hashes; slot index = token id
  kEdges,        // Edge[edge_capacity]; slot index + 1 = child node id
  kAccepts,      // Accept[accept_count], grouped per node, last one flagged
  kEntities,     // Entity[entity_count]
  kPool,         // bytes: strings (StrRef) and case signatures (u8 len + bytes)
  kStarts,       // VocabEntry[starts_capacity]: the tokens that may start a
                 // match in lower case (flags = their token id)
  kEntityRanks,  // EntityRank[entity_count]: the ranking inputs
  kVocabFilter,  // uint64_t[vocab_filter_words]: Bloom filter of vocab hashes
  kEdgeFilter,   // uint64_t[edge_filter_words]: Bloom filter of EdgeHash()es
  kNumSections
};

struct SectionEntry {
  uint64_t offset;  // from the start of the file
  uint64_t size;    // bytes
};

struct Header {
  char magic[8];
  uint64_t checksum;  // XXH3-64 (seed 0) of bytes [16, file_size)
  uint32_t version;
  uint32_t header_size;  // sizeof(Header)
  uint64_t file_size;
  uint32_t section_count;  // kNumSections
  uint32_t endian_check;   // kEndianCheck
  SectionEntry sections[kNumSections];
};
static_assert(sizeof(Header) == 40 + 16 * kNumSections);

struct StrRef {
  uint32_t offset;  // into the pool
  uint32_t length;
};

struct Meta {
  uint64_t vocab_capacity;
  uint64_t edge_capacity;
  uint64_t accept_count;
  uint64_t entity_count;
  uint64_t pool_size;
  uint64_t node_count;  // edges in use (+1 for the root)
  uint64_t alias_count;
  uint64_t vocab_count;  // distinct alias token keys
  uint64_t starts_capacity;
  StrRef description;
  uint64_t vocab_filter_words;  // >= 1
  uint64_t edge_filter_words;   // >= 1
};

// A vocabulary slot: a token key's hash (0 = empty slot), the trie node its
// token leads to from the root (0 = none), and flags about that subtree.
struct VocabEntry {
  uint64_t hash;
  uint32_t root_child;
  uint32_t flags;  // kSubtreeNeedsCapital
};
static_assert(sizeof(VocabEntry) == 16);
// Every alias starting with this token needs a capitalized first word: a
// lower-case occurrence is skipped with no further probe.
inline constexpr uint32_t kSubtreeNeedsCapital = 1u << 0;

inline constexpr uint32_t kEmptyToken = 0xFFFFFFFFu;
inline constexpr uint32_t kNoAccept = 0xFFFFFFFFu;
inline constexpr uint32_t kNoSignature = 0xFFFFFFFFu;
inline constexpr uint32_t kNoEntity = 0xFFFFFFFFu;
inline constexpr uint8_t kNoTypeOverride = 0xFF;

struct Edge {
  uint32_t parent;  // node id (0 = root)
  uint32_t token;   // token id (a vocab slot), kEmptyToken if empty
  // First Accept of the child node (low 31 bits), or kNoAccept. Bit 31
  // (kNeedsCapital): every accept of the node needs a capitalized first word,
  // so the matcher can reject lower-case text without reading the accepts.
  uint32_t accept_begin;
  // A one-word filter of the child node's own children (format 3): bit
  // ChildMaskBit(h) is set for the key hash h of each token that leads on
  // from it. Most walks end after one word; a clear bit ends them without a
  // vocabulary or edge probe. 0 for a leaf.
  uint32_t child_mask;
};
static_assert(sizeof(Edge) == 16);
inline constexpr uint32_t kNeedsCapital = 0x80000000u;
inline constexpr uint32_t kAcceptIndexMask = 0x7FFFFFFFu;

// Accept flags (the low bits are the public alias_flags).
namespace accept_flags {
inline constexpr uint16_t kCaseSensitive = 1 << 0;
inline constexpr uint16_t kCapitalizedOnly = 1 << 1;
inline constexpr uint16_t kStrictCommonWord = 1 << 2;  // as set by the source
inline constexpr uint16_t kCommonWord = 1 << 3;        // has a common word
inline constexpr uint16_t kSingleWord = 1 << 4;        // one unit
inline constexpr uint16_t kAllCapsAlias = 1 << 5;      // no lower-case letter
inline constexpr uint16_t kLast = 1 << 15;  // last accept of its node
}  // namespace accept_flags

struct Accept {
  uint32_t entity;     // index into the entity table
  uint32_t signature;  // pool offset of the case signature, or kNoSignature
  uint16_t flags;      // accept_flags
  uint8_t type;        // EntityType of the mention, or kNoTypeOverride
  uint8_t lower_mask;  // bit k: unit k is lower case in the alias itself
                       // ("pro-Russians"), so the text may have it so too
};
static_assert(sizeof(Accept) == 12);

struct Entity {
  StrRef id, canonical, fine_type, parent, attributes;
  uint64_t population;
  float prior;
  uint8_t type;     // EntityType
  char country[2];  // ISO 3166 alpha-2, or two NULs
  uint8_t reserved;
};
static_assert(sizeof(Entity) == 56);

// The ranking inputs of an entity, apart from the 56-byte Entity record:
// ranking reads one of these per candidate from a compact table.
struct EntityRank {
  float base_score;  // BaseScore(prior, population)
  char country[2];   // as Entity::country
  uint8_t type;      // EntityType
  uint8_t flags;     // kRankRegion
};
static_assert(sizeof(EntityRank) == 8);
inline constexpr uint8_t kRankRegion = 1 << 0;  // fine type "region"

// The part of a candidate's score that depends on the entity alone:
// clamp(prior, 0, 1) + 0.15 * min(1, log10(1 + population) / 7).
inline float BaseScore(float prior, uint64_t population) {
  float score = std::isfinite(prior) ? std::clamp(prior, 0.0f, 1.0f) : 0.5f;
  if (population > 0) {
    const float bonus =
        0.15f *
        std::min(1.0f, static_cast<float>(std::log10(1.0 + population)) / 7.0f);
    score += bonus;
  }
  return score;
}

// Slot of hash `h` in a table of `capacity` slots (Lemire's fast range).
inline uint64_t SlotOf(uint64_t h, uint64_t capacity) {
  return static_cast<uint64_t>((static_cast<unsigned __int128>(h) * capacity) >>
                               64);
}

// Hash of an edge key (murmur3's finalizer over parent:token).
inline uint64_t EdgeHash(uint32_t parent, uint32_t token) {
  uint64_t x = (static_cast<uint64_t>(parent) << 32) | token;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// The bit of a token key hash in a node's child mask (the top 5 bits).
inline uint32_t ChildMaskBit(uint64_t key_hash) {
  return uint32_t{1} << (key_hash >> 59);
}

// Blocked Bloom filters (vocabulary, edges): a hash sets 3 bits of one
// 64-bit word, so a query is one load. About 10 bits per entry (~2% false
// positives): a negative answer saves a probe sequence in a table of
// megabytes (unsuccessful probes are the long ones in linear probing).
inline constexpr uint64_t kFilterBitsPerEntry = 10;
inline uint64_t FilterWords(uint64_t entries) {
  return std::max<uint64_t>(1, entries * kFilterBitsPerEntry / 64);
}
inline uint64_t FilterWord(uint64_t h, uint64_t words) {
  return SlotOf(h, words);
}
inline uint64_t FilterBits(uint64_t h) {
  return (uint64_t{1} << (h & 63)) | (uint64_t{1} << ((h >> 6) & 63)) |
         (uint64_t{1} << ((h >> 12) & 63));
}

}  // namespace sayso::internal::gz

#endif  // SAYSO_LIB_GAZETTEER_IMAGE_FORMAT_H_
