// GazetteerImage: a validated, read-only view of a compiled gazetteer image
// (memory-mapped file or owned buffer). Every accessor is bounds-safe: after
// the load-time checks (header, version, section bounds, sizes, checksum), a
// read that an index would take out of its section returns "absent" instead.
#ifndef SAYSO_LIB_GAZETTEER_IMAGE_H_
#define SAYSO_LIB_GAZETTEER_IMAGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "gazetteer/image_format.h"

// For functions whose only effect is a prefetch: GCC deems such a function
// pure and drops the calls (the result is unused) unless it was inlined
// before that analysis.
#define SAYSO_PREFETCH_INLINE __attribute__((always_inline)) inline

namespace sayso::internal {

class GazetteerImage {
 public:
  static absl::StatusOr<std::shared_ptr<const GazetteerImage>> Open(
      std::string_view path);
  static absl::StatusOr<std::shared_ptr<const GazetteerImage>> FromBytes(
      std::string_view bytes);

  ~GazetteerImage();
  GazetteerImage(const GazetteerImage&) = delete;
  GazetteerImage& operator=(const GazetteerImage&) = delete;

  // The vocabulary entry of a key hash, or nullptr; *token is its id.
  const gz::VocabEntry* FindVocab(uint64_t hash, uint32_t* token) const {
    if (!MayBeInVocab(hash)) return nullptr;
    return ProbeVocab(hash, token);
  }
  // FindVocab() without its Bloom filter, for a hash that passed a filter
  // already (MayStartCapital()): the probe alone.
  const gz::VocabEntry* ProbeVocab(uint64_t hash, uint32_t* token) const {
    if (hash == 0) return nullptr;
    uint64_t slot = gz::SlotOf(hash, vocab_capacity_);
    for (uint64_t probes = 0; probes < vocab_capacity_; ++probes) {
      const gz::VocabEntry& e = vocab_[slot];
      if (e.hash == hash) {
        *token = static_cast<uint32_t>(slot);
        return &e;
      }
      if (e.hash == 0) return nullptr;
      if (++slot == vocab_capacity_) slot = 0;
    }
    return nullptr;
  }
  // False if FindVocab(hash) is sure to find nothing: the vocabulary's Bloom
  // filter alone (one load from a table of kilobytes, not a probe of the
  // vocabulary's megabytes).
  bool MayBeInVocab(uint64_t hash) const {
    return hash != 0 && InFilter(vocab_filter_, vocab_filter_words_, hash);
  }
  // False if the vocabulary entry of this hash (if any) is sure to start
  // nothing (no root child): a Bloom filter of the root starts' hashes,
  // built at load (the vocabulary also holds the words that only continue
  // an alias: "The", "Of", "New" in "Of New York"...). Capitalized words of
  // the text test this one instead of MayBeInVocab().
  bool MayStartCapital(uint64_t hash) const {
    return InFilter(root_filter_.data(), root_filter_words_, hash);
  }
  // Starts loading the word of MayStartCapital(hash).
  SAYSO_PREFETCH_INLINE void PrefetchStartCapital(uint64_t hash) const {
    __builtin_prefetch(&root_filter_[gz::FilterWord(hash, root_filter_words_)]);
  }
  // The lower-case start entry of a key hash (flags = token id), or nullptr.
  const gz::VocabEntry* FindStart(uint64_t hash) const {
    if (hash == 0) return nullptr;
    uint64_t slot = gz::SlotOf(hash, starts_capacity_);
    for (uint64_t probes = 0; probes < starts_capacity_; ++probes) {
      const gz::VocabEntry& e = starts_[slot];
      if (e.hash == hash) return &e;
      if (e.hash == 0) return nullptr;
      if (++slot == starts_capacity_) slot = 0;
    }
    return nullptr;
  }
  // False if no lower-case start entry has this hash: two bitmaps of the
  // starts table's hashes, built at load, over different bits of the hash
  // (StartFilterWord() and MayStartLowerSecond()). Most text words are lower
  // case and start nothing; about one in a thousand passes both, so a lookup
  // in the starts table (whose misses probe ~10 slots) is rarely in vain.
  bool MayStartLowerTwice(uint64_t hash) const {
    return (StartFilterWord(hash) & 1) && MayStartLowerSecond(hash);
  }
  // The second bitmap of MayStartLowerTwice() alone.
  bool MayStartLowerSecond(uint64_t hash) const {
    return (start_filter2_[(hash >> 40) & start_filter2_mask_] >>
            ((hash >> 34) & 63)) &
           1;
  }
  // The first bitmap (word (hash >> 52) & mask, bit hash & 63; one load
  // from 0.5-32 kB that stay in L1): the hash's word shifted so that its
  // bit is bit 0 (the other bits are noise), for a scan that collects bit 0
  // of many.
  uint64_t StartFilterWord(uint64_t hash) const {
    return start_filter_[(hash >> 52) & start_filter_mask_] >> (hash & 63);
  }
  // Starts loading what FindVocab(hash) will read (its filter word and
  // first probe slot), to overlap the random reads of words ahead.
  SAYSO_PREFETCH_INLINE void PrefetchVocab(uint64_t hash) const {
    __builtin_prefetch(
        &vocab_filter_[gz::FilterWord(hash, vocab_filter_words_)]);
    __builtin_prefetch(&vocab_[gz::SlotOf(hash, vocab_capacity_)]);
  }
  // Only the first probe slot (for ProbeVocab()).
  SAYSO_PREFETCH_INLINE void PrefetchVocabSlot(uint64_t hash) const {
    __builtin_prefetch(&vocab_[gz::SlotOf(hash, vocab_capacity_)]);
  }
  // Starts loading the first probe slot of FindStart(hash).
  SAYSO_PREFETCH_INLINE void PrefetchStart(uint64_t hash) const {
    __builtin_prefetch(&starts_[gz::SlotOf(hash, starts_capacity_)]);
  }
  // Starts loading the edge record of `node` (its accept word and mask).
  SAYSO_PREFETCH_INLINE void PrefetchNode(uint32_t node) const {
    if (node != 0 && node <= edge_capacity_)
      __builtin_prefetch(&edges_[node - 1]);
  }
  // Starts loading accept i.
  SAYSO_PREFETCH_INLINE void PrefetchAccept(uint32_t i) const {
    if (i < accept_count_) __builtin_prefetch(&accepts_[i]);
  }
  // Starts loading the rank record of entity i.
  SAYSO_PREFETCH_INLINE void PrefetchRank(uint32_t i) const {
    if (i < entity_count_) __builtin_prefetch(&ranks_[i]);
  }
  // Token id of a key hash, or gz::kEmptyToken.
  uint32_t FindToken(uint64_t hash) const {
    uint32_t token = gz::kEmptyToken;
    FindVocab(hash, &token);
    return token;
  }

  // Child node of `node` through `token`, 0 if none.
  uint32_t Child(uint32_t node, uint32_t token) const {
    const uint64_t h = gz::EdgeHash(node, token);
    if (!InFilter(edge_filter_, edge_filter_words_, h)) return 0;
    uint64_t slot = gz::SlotOf(h, edge_capacity_);
    for (uint64_t probes = 0; probes < edge_capacity_; ++probes) {
      const gz::Edge& e = edges_[slot];
      if (e.token == gz::kEmptyToken) return 0;
      if (e.token == token && e.parent == node) {
        return static_cast<uint32_t>(slot + 1);
      }
      if (++slot == edge_capacity_) slot = 0;
    }
    return 0;
  }

  // The accept word of `node` (a node id from Child()): gz::kNoAccept, or the
  // first accept's index | gz::kNeedsCapital.
  uint32_t AcceptWord(uint32_t node) const {
    if (node == 0 || node > edge_capacity_) return gz::kNoAccept;
    return edges_[node - 1].accept_begin;
  }
  // The child mask of `node` (gz::Edge::child_mask): 0 for the root, a leaf
  // or an out-of-range node. A token whose ChildMaskBit() is clear there
  // leads nowhere from it.
  uint32_t ChildMask(uint32_t node) const {
    if (node == 0 || node > edge_capacity_) return 0;
    return edges_[node - 1].child_mask;
  }
  // Accept i, or nullptr when out of range.
  const gz::Accept* accept(uint32_t i) const {
    return i < accept_count_ ? &accepts_[i] : nullptr;
  }
  const gz::Entity* entity(uint32_t i) const {
    return i < entity_count_ ? &entities_[i] : nullptr;
  }
  // The ranking inputs of entity i, or nullptr when out of range.
  const gz::EntityRank* rank(uint32_t i) const {
    return i < entity_count_ ? &ranks_[i] : nullptr;
  }
  uint64_t entity_count() const { return entity_count_; }
  // A pool string, "" when the reference is out of range.
  std::string_view Str(gz::StrRef ref) const {
    if (ref.offset > pool_size_ || ref.length > pool_size_ - ref.offset) {
      return {};
    }
    return std::string_view(pool_ + ref.offset, ref.length);
  }
  // A case signature (u8 length + bytes at a pool offset).
  std::string_view Signature(uint32_t offset) const {
    if (offset >= pool_size_) return {};
    uint8_t len = static_cast<uint8_t>(pool_[offset]);
    if (len > pool_size_ - offset - 1) return {};
    return std::string_view(pool_ + offset + 1, len);
  }

  const gz::Meta& meta() const { return meta_; }
  const gz::Header& header() const { return header_; }
  uint64_t size() const { return size_; }
  bool memory_mapped() const { return mapped_; }

 private:
  GazetteerImage() = default;
  absl::Status Validate(std::string_view what);
  void BuildStartFilter();
  void BuildRootFilter();
  static bool InFilter(const uint64_t* filter, uint64_t words, uint64_t h) {
    const uint64_t bits = gz::FilterBits(h);
    return (filter[gz::FilterWord(h, words)] & bits) == bits;
  }
  const char* data_ = nullptr;
  uint64_t size_ = 0;
  bool mapped_ = false;
  std::unique_ptr<uint64_t[]> owned_;  // 8-aligned copy for FromBytes

  gz::Header header_{};
  gz::Meta meta_{};
  const gz::VocabEntry* vocab_ = nullptr;
  const gz::VocabEntry* starts_ = nullptr;
  uint64_t starts_capacity_ = 0;
  uint64_t vocab_capacity_ = 0;
  const gz::Edge* edges_ = nullptr;
  uint64_t edge_capacity_ = 0;
  const gz::Accept* accepts_ = nullptr;
  uint64_t accept_count_ = 0;
  const gz::Entity* entities_ = nullptr;
  const gz::EntityRank* ranks_ = nullptr;
  uint64_t entity_count_ = 0;
  const uint64_t* vocab_filter_ = nullptr;
  uint64_t vocab_filter_words_ = 0;
  const uint64_t* edge_filter_ = nullptr;
  uint64_t edge_filter_words_ = 0;
  const char* pool_ = nullptr;
  uint64_t pool_size_ = 0;
  // Bitmaps of the starts table's hashes that have a root child (one bit
  // per hash, at most 32 kB each): the first 7-14 bits per entry (tested
  // for every token, so small enough for L1), the second 64-128 bits per
  // entry over other hash bits; each mask = its words - 1.
  std::vector<uint64_t> start_filter_;
  std::vector<uint64_t> start_filter2_;
  uint64_t start_filter_mask_ = 0;
  uint64_t start_filter2_mask_ = 0;
  // Bloom filter (gz::FilterBits, ~10 bits per entry) of the vocabulary's
  // hashes that have a root child: MayStartCapital().
  std::vector<uint64_t> root_filter_;
  uint64_t root_filter_words_ = 0;
};

}  // namespace sayso::internal

#endif  // SAYSO_LIB_GAZETTEER_IMAGE_H_
