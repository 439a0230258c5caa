// File: lib/core/word_lists.h
// Tools for the word lists kept as data (lexicons of the NameFinder and the
// claim attributor): ForEachPiece splits a list, and
// KeyHashTable<Value> is an open-addressing table from a 64-bit key hash
// (KeyHash of a normalized key, as in Tokens::key_hash) to a small value, for
// the word lexicons that every token is looked up in (the NameFinder's
// classes, the claim attributor's classes and cue forms). Linear probing,
// load <= 1/2: the keys alone stay in L1 cache and a lookup is one probe,
// with no string compare. Two words whose hashes collide would share a value;
// with XXH3-64 and a few ten thousand words the chance is negligible.
//
//   KeyHashTable<uint32_t> classes;
//   *classes.FindOrInsert(KeyHash("minister")) |= kTitle;
//   uint32_t c = classes.Find(tokens.key_hash(i));  // 0 (Value{}) if absent
//
// Built once, then read by any number of threads (Find is const).
#ifndef SAYSO_LIB_CORE_WORD_LISTS_H_
#define SAYSO_LIB_CORE_WORD_LISTS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace sayso::internal {

template <typename Value>
class KeyHashTable {
 public:
  // The value stored for `key_hash`, or Value{} if it is absent.
  Value Find(uint64_t key_hash) const {
    const uint64_t h = Slot0(key_hash);
    size_t i = static_cast<size_t>(h) & mask_;
    while (true) {
      const uint64_t k = keys_[i];
      if (k == h) return values_[i];
      if (k == 0) return Value{};
      i = (i + 1) & mask_;
    }
  }

  // The value for `key_hash`, inserted as Value{} if absent. The pointer is
  // valid until the next insertion.
  Value* FindOrInsert(uint64_t key_hash) {
    const uint64_t h = Slot0(key_hash);
    if ((used_ + 1) * 2 > keys_.size()) Grow();
    size_t i = static_cast<size_t>(h) & mask_;
    while (keys_[i] != 0 && keys_[i] != h) i = (i + 1) & mask_;
    if (keys_[i] == 0) {
      keys_[i] = h;
      ++used_;
    }
    return &values_[i];
  }

  size_t size() const { return used_; }

 private:
  // 0 marks an empty slot, so a hash of 0 is stored as 1.
  static uint64_t Slot0(uint64_t h) { return h == 0 ? 1 : h; }

  void Grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<Value> old_values = std::move(values_);
    const size_t size = old_keys.size() * 2;
    keys_.assign(size, 0);
    values_.assign(size, Value{});
    mask_ = size - 1;
    for (size_t k = 0; k < old_keys.size(); ++k) {
      if (old_keys[k] == 0) continue;
      size_t i = static_cast<size_t>(old_keys[k]) & mask_;
      while (keys_[i] != 0) i = (i + 1) & mask_;
      keys_[i] = old_keys[k];
      values_[i] = std::move(old_values[k]);
    }
  }

  std::vector<uint64_t> keys_ = std::vector<uint64_t>(16, 0);
  std::vector<Value> values_ = std::vector<Value>(16);
  size_t mask_ = 15;
  size_t used_ = 0;
};

// Calls f(piece) for every non-empty piece of `s` between `sep` characters:
// the word lists kept as data ("a|b|c", one word per line).
template <typename F>
void ForEachPiece(std::string_view s, char sep, F&& f) {
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) f(s.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CORE_WORD_LISTS_H_
