// File: core/key_hash.h
// The arithmetic of KeyHash() (sayso/normalize.h), inline, for the loops that
// hash a key per token (the tokenizer, the NameFinder).
//
//   uint64_t h = sayso::internal::KeyHashBytes(key.data(), key.size());
//   // == sayso::KeyHash(key)
//
// Keys of 1 to 16 bytes (nearly every token's) are mixed by one round of
// xorshift-multiply-xorshift: 5 instructions once the bytes are in registers,
// against some 25 for XXH3's short-key paths, and every token pays it. The
// key's bytes are shifted to the top of the word, so the bytes past the key
// that a caller's wide load brings along never count, and for keys of up to
// 7 bytes the length sits in the low byte: the mix is a bijection, so two
// such keys never share a hash. An 8-byte key has no room for its length and
// can share one with a shorter key: KeyHash("\x0c\0\0\0lane") ==
// KeyHash("lane"). sayso's Tokenizer makes no key with a NUL or control
// byte, so only a host's crafted key can; the stages that test a word by
// its hash alone (a 1-7-byte word list) accept that. The table users index by
// low bits and by high bits alike; on the half million distinct words of the
// corpora and cities1000 both ends fill buckets as evenly as MurmurHash3's
// two-round finalizer does (chi-square per bucket 1.00-1.07), without a
// collision. Longer keys and the empty key go to XXH3-64 (seed 0). The result
// is the same in every process and on every machine: compiled gazetteer images
// store it (their format version changes with it).

#ifndef SAYSO_CORE_KEY_HASH_H_
#define SAYSO_CORE_KEY_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sayso::internal {

// KeyHashMix()'s odd multiplier and its inverse modulo 2^64 (Newton's
// iteration doubles the correct low bits: 3, 6, 12, 24, 48, 96).
inline constexpr uint64_t kKeyHashMultiplier = 0xD6E8FEB86659FD93ull;
inline constexpr uint64_t kKeyHashMultiplierInverse = [] {
  uint64_t inv = kKeyHashMultiplier;
  for (int k = 0; k < 5; ++k) inv *= 2 - kKeyHashMultiplier * inv;
  return inv;
}();
static_assert(kKeyHashMultiplier * kKeyHashMultiplierInverse == 1);

// A bijection of 64 bits: xorshift, multiply by an odd constant, xorshift.
inline __attribute__((always_inline)) uint64_t KeyHashMix(uint64_t x) {
  x ^= x >> 32;
  x *= kKeyHashMultiplier;
  x ^= x >> 32;
  return x;
}

// The inverse of KeyHashMix(). A key of 1 to 7 bytes hashes to
// KeyHashMix((bytes << (64 - 8 * len)) ^ len), so the hash of a one-byte key
// b undoes to (b << 56) ^ 1: a caller can tell such a key's byte from its
// hash alone (the claims stage's punctuation codes).
inline uint64_t KeyHashUnmix(uint64_t x) {
  x ^= x >> 32;
  x *= kKeyHashMultiplierInverse;
  x ^= x >> 32;
  return x;
}

// KeyHash() of a key of 1 to 16 bytes held in registers: `lo` has bytes 0-7,
// `hi` bytes 8-15 (little-endian). Bytes past the key's `len` may hold
// anything: they are shifted out.
inline __attribute__((always_inline)) uint64_t KeyHashRegs(uint64_t lo,
                                                           uint64_t hi,
                                                           unsigned len) {
  if (__builtin_expect(len > 8, 0)) {
    // Bytes 8..len-1 at the top of the word, the length below them.
    const uint64_t tail = (hi << (128 - 8 * len)) ^ len;
    return KeyHashMix(lo ^ 0x9E3779B97F4A7C15ull) ^
           KeyHashMix(tail ^ 0xD6E8FEB86659FD93ull);
  }
  // (0 - 8 * len) & 63 is 64 - 8 * len for len 1..8, in fewer instructions.
  return KeyHashMix((lo << ((0u - 8 * len) & 63)) ^ len);
}

// KeyHash() of the `len` bytes at `key`; reads only those bytes.
inline uint64_t KeyHashBytes(const char* key, size_t len) {
  if (len - 1 >= 16) return XXH3_64bits(key, len);  // 0 or over 16 bytes
  uint64_t lo = 0, hi = 0;
  if (len >= 8) {
    std::memcpy(&lo, key, 8);
    // Bytes len-8 .. len-1; KeyHashRegs() keeps the top len-8 of them.
    std::memcpy(&hi, key + len - 8, 8);
    hi >>= 8 * (16 - len) & 63;
    return KeyHashRegs(lo, hi, static_cast<unsigned>(len));
  }
  if (len >= 4) {
    // Two overlapping 4-byte reads; the overlap holds the same bytes.
    uint32_t a, b;
    std::memcpy(&a, key, 4);
    std::memcpy(&b, key + len - 4, 4);
    lo = a | (uint64_t{b} << (8 * (len - 4)));
  } else {
    const auto byte = [key](size_t i) {
      return uint64_t{static_cast<unsigned char>(key[i])};
    };
    lo = byte(0) | byte(len / 2) << (8 * (len / 2)) |
         byte(len - 1) << (8 * (len - 1));
  }
  return KeyHashRegs(lo, 0, static_cast<unsigned>(len));
}

}  // namespace sayso::internal

#endif  // SAYSO_CORE_KEY_HASH_H_
