#include "sayso/normalize.h"

#include <utf8proc.h>

#include <array>
#include <vector>

#include "core/key_hash.h"
#include "core/utf8.h"

namespace sayso {
namespace {

// Maps typographic variants to one ASCII character before decomposition.
utf8proc_int32_t FoldVariant(utf8proc_int32_t c, void*) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC:
    case 0x02B9: case 0x2032: case 0x0060: case 0x00B4: case 0xFF07:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
    case 0x00BB: case 0x2033: case 0xFF02:
      return '"';
    default:
      return c;
  }
}

// Combining marks that are diacritics on Latin, Greek and Cyrillic letters.
// Marks of other scripts (Devanagari vowel signs, Thai tone marks, ...) carry
// meaning and are kept.
bool IsStrippableMark(utf8proc_int32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F) || c == 0x0483 || c == 0x0484 ||
         c == 0x0485 || c == 0x0486 || c == 0x0487;
}

constexpr std::array<char, 128> MakeAsciiFold() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                  : (c == '`' ? '\'' : static_cast<char>(c));
  }
  return t;
}
constexpr std::array<char, 128> kAsciiFold = MakeAsciiFold();

void AppendUnicodeKey(std::string_view text, std::string* out) {
  // utf8proc rejects ill-formed input; replace each bad byte by U+FFFD first.
  std::string repaired;
  if (!internal::IsValidUtf8(text)) {
    internal::AppendRepairedUtf8(text, &repaired);
    text = repaired;
  }
  thread_local std::vector<utf8proc_int32_t> buffer;
  const int options = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                      UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
  if (buffer.size() < text.size() * 4 + 16) buffer.resize(text.size() * 4 + 16);
  utf8proc_ssize_t n = utf8proc_decompose_custom(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), buffer.data(),
      static_cast<utf8proc_ssize_t>(buffer.size()),
      static_cast<utf8proc_option_t>(options), FoldVariant, nullptr);
  if (n > static_cast<utf8proc_ssize_t>(buffer.size())) {
    buffer.resize(n);
    n = utf8proc_decompose_custom(
        reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
        static_cast<utf8proc_ssize_t>(text.size()), buffer.data(), n,
        static_cast<utf8proc_option_t>(options), FoldVariant, nullptr);
  }
  if (n < 0) {  // cannot happen on repaired input; keep the text, never drop it
    out->append(text);
    return;
  }
  utf8proc_ssize_t kept = 0;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    if (!IsStrippableMark(buffer[i])) {
      buffer[kept++] = buffer[i];
    }
  }
  kept = utf8proc_normalize_utf32(
      buffer.data(), kept,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (kept < 0) kept = 0;
  utf8proc_uint8_t encoded[4];
  for (utf8proc_ssize_t i = 0; i < kept; ++i) {
    utf8proc_ssize_t len = utf8proc_encode_char(buffer[i], encoded);
    out->append(reinterpret_cast<const char*>(encoded), len);
  }
}

}  // namespace

void AppendNormalizedKey(std::string_view text, std::string* out) {
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) {
    AppendUnicodeKey(text, out);
    return;
  }
  size_t start = out->size();
  out->resize(start + text.size());
  char* dst = out->data() + start;
  for (char c : text) *dst++ = kAsciiFold[static_cast<unsigned char>(c)];
}

std::string NormalizedKey(std::string_view text) {
  std::string key;
  AppendNormalizedKey(text, &key);
  return key;
}

uint64_t KeyHash(std::string_view key) {
  return internal::KeyHashBytes(key.data(), key.size());
}

}  // namespace sayso
