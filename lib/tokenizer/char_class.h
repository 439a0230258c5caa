// Character classes for the news-mode tokenizer.
//
// ASCII bytes are classified by a 256-entry table; other code points by a
// table over the Basic Multilingual Plane built once from ICU properties, and
// supplementary code points (emoji, rare scripts) by ICU directly. Decoding
// and classification go through one function, PeekChar(), so ill-formed UTF-8
// is seen in exactly one place.
//
// Example:
//   sayso::internal::Char c = sayso::internal::PeekChar(text, pos);
//   if (c.cls == CharClass::kInvalid) { /* c.len bytes are ill-formed */ }
#ifndef SAYSO_LIB_TOKENIZER_CHAR_CLASS_H_
#define SAYSO_LIB_TOKENIZER_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sayso::internal {

enum class CharClass : uint8_t {
  kEnd,         // past the end of the text
  kSpace,       // horizontal white space (Zs, tab)
  kLineBreak,   // \n, \r, \v, \f, NEL, U+2028
  kParaBreak,   // U+2029 PARAGRAPH SEPARATOR (counts as a blank line)
  kIgnorable,   // U+200B, U+2060, U+FEFF, U+180E: invisible separators
  kUpper,       // Lu, Lt
  kLower,       // Ll
  kLetter,      // Lm, Lo outside dictionary scripts
  kDigit,       // Nd
  kNumOther,    // Nl, No (½ ² Ⅻ)
  kMark,        // Mn, Mc, Me, Cf (incl. variation selectors, tags)
  kZwj,         // U+200D ZERO WIDTH JOINER
  kDictLetter,  // Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar
  kHyphen,      // U+2010, U+2011 (word-internal hyphens)
  kApostrophe,  // U+2019 (apostrophe or closing single quote)
  kOpenQuote,   // “ ‘ „ ‚ ‛ ‟ « ‹ 「 『
  kCloseQuote,  // ” » › 」 』
  kDash,        // Pd other than hyphens: – — ‒ ― − ⸺ ⸻
  kEllipsis,    // …
  kTerminal,  // 。 ！ ？ ‼ ⁇ ⁈ ⁉ ؟ ۔ । ॥ ։ ; (Greek question mark)
  kOpenBracket,    // Ps
  kCloseBracket,   // Pe
  kMidLetter,      // · ‧ ״ ׳ ·(Greek): joins letters (UAX #29 MidLetter)
  kPunct,          // other punctuation
  kCurrency,       // Sc
  kSymbol,         // Sm, Sk, So, Co, Cn, Cc
  kEmoji,          // Extended_Pictographic with emoji presentation
  kEmojiText,      // Extended_Pictographic with text presentation (© ™ ❤)
  kRegional,       // regional indicator symbols (flags come in pairs)
  kEmojiModifier,  // skin tones U+1F3FB..U+1F3FF
  kKeycap,         // U+20E3 COMBINING ENCLOSING KEYCAP
  kInvalid,        // ill-formed UTF-8; len is the maximal ill-formed subpart
  // ASCII-only classes (never produced for non-ASCII code points).
  kAsciiPunct,  // every other printable ASCII non-alphanumeric character
};

struct Char {
  char32_t cp = 0;
  uint8_t len = 0;  // bytes (0 at kEnd)
  CharClass cls = CharClass::kEnd;
};

namespace char_class_internal {
constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass cls = CharClass::kAsciiPunct;
    if (c >= 'A' && c <= 'Z') {
      cls = CharClass::kUpper;
    } else if (c >= 'a' && c <= 'z') {
      cls = CharClass::kLower;
    } else if (c >= '0' && c <= '9') {
      cls = CharClass::kDigit;
    } else if (c == ' ' || c == '\t') {
      cls = CharClass::kSpace;
    } else if (c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      cls = CharClass::kLineBreak;
    } else if (c < 0x20 || c == 0x7F) {
      cls = CharClass::kSymbol;
    }
    t[c] = cls;
  }
  return t;
}
inline constexpr std::array<CharClass, 128> kAsciiTable = MakeAsciiTable();
// The non-ASCII cases of PeekChar() and PrevChar().
Char PeekNonAscii(std::string_view text, size_t pos);
Char PrevNonAscii(std::string_view text, size_t pos);
}  // namespace char_class_internal

// Classification of one ASCII byte (b < 0x80).
inline CharClass AsciiClass(unsigned char b) {
  return char_class_internal::kAsciiTable[b & 0x7F];
}
// Classification of a valid code point >= 0x80.
CharClass NonAsciiClass(char32_t cp);

// PeekChar()
// Decodes and classifies the code point at text[pos] (kEnd at the end).
// Inline for ASCII: the scanner and the splitter call it on most tokens.
inline Char PeekChar(std::string_view text, size_t pos) {
  if (pos >= text.size()) return Char{};
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return Char{b, 1, char_class_internal::kAsciiTable[b]};
  return char_class_internal::PeekNonAscii(text, pos);
}

// PrevChar()
// The code point ending just before `pos` (kEnd at the start). Ill-formed
// bytes before pos are reported as one-byte kInvalid chars.
inline Char PrevChar(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return Char{};
  const unsigned char b = static_cast<unsigned char>(text[pos - 1]);
  if (b < 0x80) return Char{b, 1, char_class_internal::kAsciiTable[b]};
  return char_class_internal::PrevNonAscii(text, pos);
}

// True for classes that may continue a word: letters, digits, marks.
inline bool IsWordClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower ||
         c == CharClass::kLetter || c == CharClass::kDigit ||
         c == CharClass::kNumOther || c == CharClass::kMark ||
         c == CharClass::kZwj;
}
inline bool IsLetterClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower ||
         c == CharClass::kLetter;
}
inline bool IsSpaceClass(CharClass c) {
  return c == CharClass::kSpace || c == CharClass::kLineBreak ||
         c == CharClass::kParaBreak || c == CharClass::kIgnorable;
}

// True for scripts tokenized by ICU's dictionary break iterator.
bool IsDictionaryScriptChar(char32_t cp);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_CHAR_CLASS_H_
