// File: core/byte_mask.h
// One bit per byte for loops that decide 64 tokens at a time: a loop the
// compiler vectorizes writes a byte per token, this packs them.
//
//   alignas(16) uint8_t keep[64];  // bit 0 of each byte says "keep"
//   for (uint64_t m = LowBitMask64(keep); m != 0; m &= m - 1) ...
#ifndef SAYSO_CORE_BYTE_MASK_H_
#define SAYSO_CORE_BYTE_MASK_H_

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sayso::internal {

// Bit k: bit 0 of bytes[k], for k < 64 (the other bits of each byte are
// ignored, so 0x00/0xFF bytes work too). `bytes` is 16-byte aligned.
inline uint64_t LowBitMask64(const uint8_t* bytes) {
  uint64_t mask = 0;
#if defined(__SSE2__)
  for (int i = 0; i < 4; ++i) {
    const __m128i v =
        _mm_load_si128(reinterpret_cast<const __m128i*>(bytes + 16 * i));
    // Bit 0 of each byte to its bit 7, which movemask collects (16-bit
    // lanes: the bits shifted across bytes land below bit 7).
    const uint64_t bits =
        static_cast<uint32_t>(_mm_movemask_epi8(_mm_slli_epi16(v, 7)));
    mask |= bits << (16 * i);
  }
#else
  for (int k = 0; k < 64; ++k) mask |= uint64_t{bytes[k] & 1u} << k;
#endif
  return mask;
}

}  // namespace sayso::internal

#endif  // SAYSO_CORE_BYTE_MASK_H_
