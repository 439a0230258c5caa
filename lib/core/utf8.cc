#include "core/utf8.h"

namespace sayso::internal {

size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* cp,
                  size_t* bad_len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char b0 = s[pos];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  // Valid second-byte ranges per Unicode Table 3-7.
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t c;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    c = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    c = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // <= U+10FFFF
  } else {
    *bad_len = 1;  // C0, C1, F5..FF, or a stray continuation byte
    return 0;
  }
  size_t i = 1;
  for (; i <= need; ++i) {
    if (pos + i >= n) {
      *bad_len = i;
      return 0;
    }
    unsigned char b = s[pos + i];
    if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
      *bad_len = i;
      return 0;
    }
    c = (c << 6) | (b & 0x3F);
  }
  *cp = c;
  return need + 1;
}

size_t FirstInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  char32_t cp;
  size_t bad;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t len = DecodeUtf8(text, pos, &cp, &bad);
    if (len == 0) return pos;
    pos += len;
  }
  return text.size();
}

bool IsValidUtf8(std::string_view text) {
  return FirstInvalidUtf8(text) == text.size();
}

void AppendRepairedUtf8(std::string_view text, std::string* out) {
  size_t pos = 0;
  char32_t cp;
  size_t bad;
  while (pos < text.size()) {
    size_t len = DecodeUtf8(text, pos, &cp, &bad);
    if (len == 0) {
      out->append("\xEF\xBF\xBD");
      pos += bad;
    } else {
      out->append(text.substr(pos, len));
      pos += len;
    }
  }
}

}  // namespace sayso::internal
