#include "sayso/normalize.h"

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
  EXPECT_EQ(NormalizedKey("ﬁnal"), "final");       // ligature
  EXPECT_EQ(NormalizedKey("ＮＡＴＯ"), "nato");      // full width
  EXPECT_EQ(NormalizedKey("Ⅻ"), "xii");
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
  EXPECT_EQ(NormalizedKey("a\xFF" "b\xC3"), "a\uFFFDb\uFFFD");
}

TEST(NormalizeTest, KeyHashIsStable) {
  // XXH3-64 of "kyiv" with seed 0: a fixed value images depend on.
  EXPECT_EQ(KeyHash("kyiv"), KeyHash(std::string("ky") + "iv"));
  EXPECT_NE(KeyHash("kyiv"), KeyHash("kiev"));
  EXPECT_EQ(KeyHash(""), 0x2D06800538D394C2ull);  // XXH3_64bits("")
}

TEST(Utf8Test, EveryIllFormedClassIsRejected) {
  using internal::FirstInvalidUtf8;
  EXPECT_EQ(FirstInvalidUtf8("ok"), 2u);
  EXPECT_EQ(FirstInvalidUtf8("a\xC0\xAF"), 1u);          // overlong
  EXPECT_EQ(FirstInvalidUtf8("ab\xE0\x80\xAF"), 2u);     // overlong 3-byte
  EXPECT_EQ(FirstInvalidUtf8("\xED\xA0\x80"), 0u);       // surrogate
  EXPECT_EQ(FirstInvalidUtf8("xy\xF4\x90\x80\x80"), 2u); // > U+10FFFF
  EXPECT_EQ(FirstInvalidUtf8("\xE2\x82"), 0u);           // truncated
  EXPECT_EQ(FirstInvalidUtf8("a\x80"), 1u);              // stray continuation
  EXPECT_EQ(FirstInvalidUtf8("\xF8\x88\x80\x80\x80"), 0u);
  EXPECT_EQ(FirstInvalidUtf8("€𝄞"), 7u);
}

TEST(Utf8Test, RepairUsesMaximalSubparts) {
  std::string out;
  // Unicode §3.9 example: F1 80 80 is one maximal subpart, E1 80 another.
  internal::AppendRepairedUtf8("a\xF1\x80\x80\xE1\x80\xC2" "b", &out);
  EXPECT_EQ(out, "a\uFFFD\uFFFD\uFFFDb");
}

}  // namespace
}  // namespace sayso
