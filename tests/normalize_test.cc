#include "sayso/normalize.h"

#include <cstring>
#include <set>
#include <string>

#include "core/key_hash.h"
#include "core/utf8.h"
#include "gtest/gtest.h"

namespace sayso {
namespace {

TEST(NormalizeTest, AsciiIsLowerCased) {
  EXPECT_EQ(NormalizedKey("AL-JAZEERA"), "al-jazeera");
  EXPECT_EQ(NormalizedKey("Kyiv"), "kyiv");
  EXPECT_EQ(NormalizedKey(""), "");
}

TEST(NormalizeTest, DiacriticsAreRemoved) {
  EXPECT_EQ(NormalizedKey("Kýiv"), "kyiv");
  EXPECT_EQ(NormalizedKey("Zürich"), "zurich");
  EXPECT_EQ(NormalizedKey("São Paulo"), "sao paulo");
  // Decomposed input folds the same as precomposed input.
  EXPECT_EQ(NormalizedKey("Ky\xCC\x81iv"), "kyiv");
}

TEST(NormalizeTest, CaseFoldingIsFullAndUnicode) {
  EXPECT_EQ(NormalizedKey("Straße"), "strasse");
  EXPECT_EQ(NormalizedKey("КИЇВ"), NormalizedKey("київ"));
  EXPECT_EQ(NormalizedKey("ΑΘΗΝΑ"), "αθηνα");
}

TEST(NormalizeTest, NfkcCompatibilityForms) {
  EXPECT_EQ(NormalizedKey("ﬁnal"), "final");     // ligature
  EXPECT_EQ(NormalizedKey("ＮＡＴＯ"), "nato");  // full width
  EXPECT_EQ(NormalizedKey("Ⅻ"), "xii");
  EXPECT_EQ(NormalizedKey("…"), "...");  // the claims stage relies on it
}

TEST(NormalizeTest, DashesApostrophesAndQuotesFold) {
  EXPECT_EQ(NormalizedKey("Al\u2011Jazeera"), "al-jazeera");
  EXPECT_EQ(NormalizedKey("Al\u2013Jazeera"), "al-jazeera");
  EXPECT_EQ(NormalizedKey("Russia\u2019s"), "russia's");
  EXPECT_EQ(NormalizedKey("Russia`s"), "russia's");
  EXPECT_EQ(NormalizedKey("\u201Cquote\u201D"), "\"quote\"");
  EXPECT_EQ(NormalizedKey("\u00ABnon\u00BB"), "\"non\"");
}

TEST(NormalizeTest, OtherScriptsKeepTheirMarks) {
  // Devanagari vowel signs are combining marks but not diacritics: kept.
  EXPECT_EQ(NormalizedKey("हिन्दी"), "हिन्दी");
}

TEST(NormalizeTest, SoftHyphenAndZeroWidthAreIgnored) {
  EXPECT_EQ(NormalizedKey("Ky\u00ADiv"), "kyiv");
  EXPECT_EQ(NormalizedKey("Ky\u200Biv"), "kyiv");
}

TEST(NormalizeTest, InvalidUtf8IsReplacedNotDropped) {
  EXPECT_EQ(NormalizedKey("a\xFF"
                          "b\xC3"),
            "a\uFFFDb\uFFFD");
}

TEST(NormalizeTest, KeyHashIsStable) {
  // Fixed values images depend on, computed by hand from the definition in
  // core/key_hash.h (shift the key's little-endian bytes to the top of the
  // word, xor the length, xorshift 32, multiply by 0xD6E8FEB86659FD93,
  // xorshift 32; 9-16 bytes: the mix of bytes 0-7 xor the mix of the rest).
  EXPECT_EQ(KeyHash("a"), 0x68B117CD71E8EA5Eull);
  EXPECT_EQ(KeyHash("kyiv"), 0xDBFD879076D7EA2Dull);
  EXPECT_EQ(KeyHash("ministry"), 0x673B1E2A8EB26F88ull);
  EXPECT_EQ(KeyHash("zelenskyy"), 0xF2F1AABDCCF0E693ull);
  EXPECT_EQ(KeyHash("al-jazeera-news!"), 0xF4B4F6724D8215F2ull);
  EXPECT_EQ(KeyHash(""), 0x2D06800538D394C2ull);  // XXH3_64bits("")
  EXPECT_EQ(KeyHash("international-committee"),   // 23 bytes: XXH3-64
            XXH3_64bits("international-committee", 23));
  EXPECT_EQ(KeyHash("kyiv"), KeyHash(std::string("ky") + "iv"));
  EXPECT_NE(KeyHash("kyiv"), KeyHash("kiev"));
}

// The tokenizer hashes keys from a wide load whose bytes past the key are
// whatever text follows: they must not count.
TEST(NormalizeTest, KeyHashRegsIgnoresBytesPastTheKey) {
  for (unsigned len = 1; len <= 16; ++len) {
    std::string key;
    for (unsigned k = 0; k < len; ++k) key += static_cast<char>('a' + k);
    for (const char fill : {'\0', 'x', '\xFF'}) {
      std::string wide = key + std::string(16 - len, fill);
      uint64_t lo, hi;
      std::memcpy(&lo, wide.data(), 8);
      std::memcpy(&hi, wide.data() + 8, 8);
      EXPECT_EQ(internal::KeyHashRegs(lo, hi, len), KeyHash(key))
          << len << " " << static_cast<int>(fill);
    }
  }
}

// Keys of up to 7 bytes never share a hash (the mix is a bijection and the
// length is in the low byte): all keys of 1-2 letters and some of 3-7.
// What the claims stage reads a punctuation token's byte from.
TEST(NormalizeTest, OneByteKeysHashesUndoToTheirByte) {
  for (int b = 0; b < 256; ++b) {
    const char key = static_cast<char>(b);
    EXPECT_EQ(internal::KeyHashUnmix(KeyHash(std::string_view(&key, 1))),
              (uint64_t{static_cast<unsigned char>(key)} << 56) ^ 1)
        << b;
  }
  for (uint64_t x :
       {uint64_t{0}, uint64_t{1}, ~uint64_t{0}, uint64_t{0x0123456789ABCDEF}}) {
    EXPECT_EQ(internal::KeyHashUnmix(internal::KeyHashMix(x)), x);
  }
}

TEST(NormalizeTest, ShortKeysNeverCollide) {
  std::set<uint64_t> seen;
  size_t count = 0;
  std::string key;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = '`'; b <= 'z'; ++b) {  // '`': the 1-letter key
      key = std::string(1, a) + (b == '`' ? "" : std::string(1, b));
      seen.insert(KeyHash(key));
      seen.insert(KeyHash(key + "ing"));
      seen.insert(KeyHash(key + "s's"));
      seen.insert(KeyHash(key + "ation"));
      count += 4;
    }
  }
  EXPECT_EQ(seen.size(), count);
}

TEST(Utf8Test, EveryIllFormedClassIsRejected) {
  using internal::FirstInvalidUtf8;
  EXPECT_EQ(FirstInvalidUtf8("ok"), 2u);
  EXPECT_EQ(FirstInvalidUtf8("a\xC0\xAF"), 1u);           // overlong
  EXPECT_EQ(FirstInvalidUtf8("ab\xE0\x80\xAF"), 2u);      // overlong 3-byte
  EXPECT_EQ(FirstInvalidUtf8("\xED\xA0\x80"), 0u);        // surrogate
  EXPECT_EQ(FirstInvalidUtf8("xy\xF4\x90\x80\x80"), 2u);  // > U+10FFFF
  EXPECT_EQ(FirstInvalidUtf8("\xE2\x82"), 0u);            // truncated
  EXPECT_EQ(FirstInvalidUtf8("a\x80"), 1u);               // stray continuation
  EXPECT_EQ(FirstInvalidUtf8("\xF8\x88\x80\x80\x80"), 0u);
  EXPECT_EQ(FirstInvalidUtf8("€𝄞"), 7u);
}

TEST(Utf8Test, RepairUsesMaximalSubparts) {
  std::string out;
  // Unicode §3.9 example: F1 80 80 is one maximal subpart, E1 80 another.
  internal::AppendRepairedUtf8(
      "a\xF1\x80\x80\xE1\x80\xC2"
      "b",
      &out);
  EXPECT_EQ(out, "a\uFFFD\uFFFD\uFFFDb");
}

}  // namespace
}  // namespace sayso
