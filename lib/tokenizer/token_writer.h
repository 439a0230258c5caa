// TokenWriter: appends tokens straight into a Document's Tokens arrays.
//
// The arrays are sized ahead (their allocator leaves new elements
// uninitialized, see sayso/document.h) and written through raw pointers, so
// adding a token costs a capacity check and six stores: no per-token
// vector bookkeeping and no copy from a staging batch. Finish() trims the
// arrays to the tokens written; until then Tokens::size() is meaningless.
//
// Example:
//   internal::TokenWriter w(doc.mutable_tokens(), doc.text().size());
//   w.Reserve(key.size());
//   std::memcpy(w.key_dst(), key.data(), key.size());
//   w.Put(begin, end, TokenKind::kWord, flags, key.size(), KeyHash(key));
//   w.Finish();
#ifndef SAYSO_LIB_TOKENIZER_TOKEN_WRITER_H_
#define SAYSO_LIB_TOKENIZER_TOKEN_WRITER_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "sayso/document.h"

namespace sayso::internal {

class TokenWriter {
 public:
  // Bytes writable past the end of the current key: SIMD stores may write
  // 16 bytes for a shorter key.
  static constexpr size_t kKeySlack = 64;

  // `text_size` sizes the first allocation (about one token per 2 bytes;
  // untouched capacity costs only address space).
  TokenWriter(Tokens& tokens, size_t text_size) : t_(tokens) {
    n_ = t_.begin_.size();
    key_used_ = t_.key_arena_.size();
    const size_t want_tokens = std::min<size_t>(text_size / 2 + 64, 1u << 22);
    const size_t want_keys = std::min<size_t>(text_size + 256, 1u << 24);
    // key_bound_[0] is 0; an empty layer may have no bounds yet.
    if (t_.key_bound_.empty()) t_.key_bound_.push_back(0);
    Resize(
        std::max(n_ + want_tokens, t_.begin_.capacity()),
        std::max(key_used_ + want_keys + kKeySlack, t_.key_arena_.capacity()));
  }
  TokenWriter(const TokenWriter&) = delete;
  TokenWriter& operator=(const TokenWriter&) = delete;

  // Room for one more token with a key of up to `key_len` bytes (plus
  // kKeySlack).
  inline __attribute__((always_inline)) void Reserve(size_t key_len) {
    if (n_ == cap_ || key_used_ + key_len + kKeySlack > key_cap_) {
      Grow(key_len);
    }
  }
  // Room for at least `tokens` more tokens and `key_bytes` more key bytes
  // (for a loop that checks its own bound against raw()'s capacities).
  inline __attribute__((always_inline)) void EnsureRoom(size_t tokens,
                                                        size_t key_bytes) {
    if (cap_ - n_ < tokens || key_cap_ - key_used_ < key_bytes) {
      Resize(std::max(cap_ * 2, n_ + tokens),
             std::max(key_cap_ * 2, key_used_ + key_bytes));
    }
  }
  // Where the next key goes (valid after Reserve()).
  char* key_dst() { return keys_ + key_used_; }
  size_t size() const { return n_; }

  // The raw cursor, for a loop that writes tokens itself (keeping the cursor
  // in registers); it hands back the new counts with Sync(). Valid until the
  // next Reserve().
  struct Raw {
    uint32_t* begin;
    uint32_t* end;
    TokenKind* kind;
    uint16_t* flags;
    uint32_t* key_end;  // key_end[i]: where token i's key ends in `keys`
    uint64_t* hash;
    char* keys;
    size_t n, cap, key_used, key_cap;
  };
  Raw raw() const {
    return Raw{begin_, end_, kind_,     flags_, key_end_, hash_,
               keys_,  n_,   cap_,      key_used_, key_cap_};
  }
  void Sync(size_t n, size_t key_used) {
    n_ = n;
    key_used_ = key_used;
  }

  // Adds a token whose key_len bytes were written at key_dst().
  inline __attribute__((always_inline)) void Put(uint32_t begin, uint32_t end,
                                                 TokenKind kind, uint16_t flags,
                                                 size_t key_len,
                                                 uint64_t hash) {
    const size_t i = n_++;
    begin_[i] = begin;
    end_[i] = end;
    kind_[i] = kind;
    flags_[i] = flags;
    key_used_ += key_len;
    key_end_[i] = static_cast<uint32_t>(key_used_);
    hash_[i] = hash;
  }

  // Drops every token (on error: the caller clears the layer anyway).
  void Discard() {
    n_ = 0;
    key_used_ = 0;
  }

  // Trims the arrays to what was written.
  void Finish() {
    t_.begin_.resize(n_);
    t_.end_.resize(n_);
    t_.kind_.resize(n_);
    t_.flags_.resize(n_);
    t_.key_bound_.resize(n_ + 1);
    t_.key_hash_.resize(n_);
    t_.key_arena_.resize(key_used_);
  }

 private:
  void Grow(size_t key_len) {
    size_t cap = cap_;
    if (n_ == cap_) cap = std::max<size_t>(cap_ * 2, n_ + 1024);
    size_t key_cap = key_cap_;
    if (key_used_ + key_len + kKeySlack > key_cap_) {
      key_cap = std::max(key_cap_ * 2, key_used_ + key_len + kKeySlack + 4096);
    }
    Resize(cap, key_cap);
  }

  // Resizes every array (keeping the first n_ tokens and key_used_ bytes)
  // and re-points the raw pointers.
  void Resize(size_t cap, size_t key_cap) {
    Finish();  // shrink first so a reallocation copies only live elements
    t_.begin_.resize(cap);
    t_.end_.resize(cap);
    t_.kind_.resize(cap);
    t_.flags_.resize(cap);
    t_.key_bound_.resize(cap + 1);
    t_.key_hash_.resize(cap);
    t_.key_arena_.resize(key_cap);
    cap_ = cap;
    key_cap_ = key_cap;
    begin_ = t_.begin_.data();
    end_ = t_.end_.data();
    kind_ = t_.kind_.data();
    flags_ = t_.flags_.data();
    key_end_ = t_.key_bound_.data() + 1;
    hash_ = t_.key_hash_.data();
    keys_ = t_.key_arena_.data();
  }

  Tokens& t_;
  size_t n_ = 0, cap_ = 0;
  size_t key_used_ = 0, key_cap_ = 0;
  uint32_t* begin_ = nullptr;
  uint32_t* end_ = nullptr;
  TokenKind* kind_ = nullptr;
  uint16_t* flags_ = nullptr;
  uint32_t* key_end_ = nullptr;  // the Tokens' key_bound_ + 1
  uint64_t* hash_ = nullptr;
  char* keys_ = nullptr;
};

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_TOKEN_WRITER_H_
