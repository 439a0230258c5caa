#include "tokenizer/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <memory>

#include "core/utf8.h"

namespace sayso::internal {
namespace {

bool IsDictScript(UScriptCode script) {
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

CharClass ClassifyWithIcu(char32_t c) {
  switch (c) {
    case 0x0085:
    case 0x2028:
      return CharClass::kLineBreak;
    case 0x2029:
      return CharClass::kParaBreak;
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
    case 0x180E:
      return CharClass::kIgnorable;
    case 0x200D:
      return CharClass::kZwj;
    case 0x2010:
    case 0x2011:
      return CharClass::kHyphen;
    case 0x2019:
      return CharClass::kApostrophe;
    case 0x2018:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x2039:
    case 0x300C:
    case 0x300E:
    case 0xFF62:
      return CharClass::kOpenQuote;
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
    case 0xFF63:
      return CharClass::kCloseQuote;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF61:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0x061F:
    case 0x06D4:
    case 0x0964:
    case 0x0965:
    case 0x0589:
    case 0x1362:
    case 0x037E:
      return CharClass::kTerminal;
    case 0x00B7:
    case 0x0387:
    case 0x05F3:
    case 0x05F4:
    case 0x2027:
      return CharClass::kMidLetter;
    case 0x20E3:
      return CharClass::kKeycap;
    case 0x30FC:  // KATAKANA-HIRAGANA PROLONGED SOUND MARK (script Common)
    case 0x3005:  // IDEOGRAPHIC ITERATION MARK
      return CharClass::kDictLetter;
    default:
      break;
  }
  if (c >= 0x1F1E6 && c <= 0x1F1FF) return CharClass::kRegional;
  if (c >= 0x1F3FB && c <= 0x1F3FF) return CharClass::kEmojiModifier;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) && !u_isalpha(c)) {
    return u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)
               ? CharClass::kEmoji
               : CharClass::kEmojiText;
  }
  const int8_t type = u_charType(c);
  if (type == U_UPPERCASE_LETTER || type == U_LOWERCASE_LETTER ||
      type == U_TITLECASE_LETTER || type == U_MODIFIER_LETTER ||
      type == U_OTHER_LETTER || type == U_NON_SPACING_MARK ||
      type == U_COMBINING_SPACING_MARK) {
    UErrorCode status = U_ZERO_ERROR;
    if (IsDictScript(uscript_getScript(c, &status))) {
      return CharClass::kDictLetter;
    }
  }
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return CharClass::kUpper;
    case U_LOWERCASE_LETTER:
      return CharClass::kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kNumOther;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_FORMAT_CHAR:
      return CharClass::kMark;
    case U_SPACE_SEPARATOR:
      return CharClass::kSpace;
    case U_LINE_SEPARATOR:
      return CharClass::kLineBreak;
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kParaBreak;
    case U_START_PUNCTUATION:
      return CharClass::kOpenBracket;
    case U_END_PUNCTUATION:
      return CharClass::kCloseBracket;
    case U_INITIAL_PUNCTUATION:
      return CharClass::kOpenQuote;
    case U_FINAL_PUNCTUATION:
      return CharClass::kCloseQuote;
    case U_DASH_PUNCTUATION:
      return CharClass::kDash;
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return CharClass::kPunct;
    case U_CURRENCY_SYMBOL:
      return CharClass::kCurrency;
    default:
      return CharClass::kSymbol;
  }
}

// Classes of U+0080..U+FFFF, built once.
const CharClass* BmpTable() {
  static const CharClass* table = [] {
    auto* t = new CharClass[0x10000];
    for (char32_t c = 0; c < 0x10000; ++c) {
      if (c < 0x80) {
        t[c] = char_class_internal::kAsciiTable[c];
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        t[c] = CharClass::kInvalid;  // surrogates never decode
      } else {
        t[c] = ClassifyWithIcu(c);
      }
    }
    return t;
  }();
  return table;
}

}  // namespace

CharClass NonAsciiClass(char32_t cp) {
  if (cp < 0x10000) return BmpTable()[cp];
  return ClassifyWithIcu(cp);
}

namespace char_class_internal {

Char PeekNonAscii(std::string_view text, size_t pos) {
  Char c;
  size_t bad = 0;
  char32_t cp = 0;
  size_t len = DecodeUtf8(text, pos, &cp, &bad);
  if (len == 0) {
    c.cp = 0xFFFD;
    c.len = static_cast<uint8_t>(bad);
    c.cls = CharClass::kInvalid;
    return c;
  }
  c.cp = cp;
  c.len = static_cast<uint8_t>(len);
  c.cls = NonAsciiClass(cp);
  return c;
}

Char PrevNonAscii(std::string_view text, size_t pos) {
  Char c;
  // Walk back over at most 3 continuation bytes to a lead byte.
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  Char fwd = PeekChar(text, start);
  if (fwd.cls != CharClass::kInvalid && start + fwd.len == pos) return fwd;
  c.cp = 0xFFFD;
  c.len = 1;
  c.cls = CharClass::kInvalid;
  return c;
}

}  // namespace char_class_internal

bool IsDictionaryScriptChar(char32_t cp) {
  return cp >= 0x80 && NonAsciiClass(cp) == CharClass::kDictLetter;
}

}  // namespace sayso::internal
