// Private UTF-8 helpers shared by the stages.
#ifndef SAYSO_LIB_CORE_UTF8_H_
#define SAYSO_LIB_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sayso::internal {

// DecodeUtf8()
// Decodes one code point at text[pos]. Returns its length in bytes (1-4) and
// sets *cp, or returns 0 for an ill-formed sequence (overlong, surrogate,
// > U+10FFFF, truncated, stray continuation byte); then *bad_len is the number
// of bytes forming the maximal ill-formed subpart (Unicode §3.9, >= 1).
size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* cp,
                  size_t* bad_len);

// IsValidUtf8()
bool IsValidUtf8(std::string_view text);

// FirstInvalidUtf8()
// Byte offset of the first ill-formed sequence, or text.size() if none.
size_t FirstInvalidUtf8(std::string_view text);

// AppendRepairedUtf8()
// Appends `text` with each maximal ill-formed subpart replaced by U+FFFD.
void AppendRepairedUtf8(std::string_view text, std::string* out);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CORE_UTF8_H_
