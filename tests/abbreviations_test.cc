// Tests of the tokenizer's abbreviation list (lib/tokenizer/abbreviations.h):
// lookups with and without the caller's key hash, the case rule, repeated
// forms, forms too long to list, and parse errors.
#include "tokenizer/abbreviations.h"

#include <optional>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

using ::testing::Optional;

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

TEST(AbbreviationsTest, DefaultListClassesAnyCaseOfLowerCaseEntries) {
  const Abbreviations& a = Abbreviations::Default();
  EXPECT_THAT(a.Find("Gen"), Optional(AbbrevClass::kTitle));
  EXPECT_THAT(a.Find("GEN"), Optional(AbbrevClass::kTitle));
  EXPECT_THAT(a.Find("mr"), Optional(AbbrevClass::kTitle));
  EXPECT_THAT(a.Find("No"), Optional(AbbrevClass::kNumber));
  EXPECT_THAT(a.Find("e.g"), Optional(AbbrevClass::kInner));
  EXPECT_THAT(a.Find("p.m"), Optional(AbbrevClass::kTime));
  EXPECT_THAT(a.Find("etc"), Optional(AbbrevClass::kFinal));
  EXPECT_EQ(a.Find("said"), std::nullopt);
  EXPECT_EQ(a.Find("Ge"), std::nullopt);
  EXPECT_EQ(a.Find("Gene"), std::nullopt);
  EXPECT_EQ(a.Find(""), std::nullopt);
}

TEST(AbbreviationsTest, FindWithKeyHashAgreesWithFind) {
  const Abbreviations& a = Abbreviations::Default();
  for (const char* form : {"Gen", "gen", "MR", "No", "e.g", "E.G", "p.m", "etc",
                           "Inc", "said", "town", "U.S", "Jan", "x"}) {
    SCOPED_TRACE(form);
    EXPECT_EQ(a.Find(form, KeyHash(Lower(form))), a.Find(form));
  }
}

TEST(AbbreviationsTest, CapitalizedEntriesNeedACapitalLaterLinesReplace) {
  Abbreviations a;
  std::string error;
  ASSERT_TRUE(
      a.Parse("# comment\nFoo final\nbar title\n\n// note\n"
              "Foo inner\n",
              &error))
      << error;
  EXPECT_THAT(a.Find("Foo"), Optional(AbbrevClass::kInner));  // the later line
  EXPECT_THAT(a.Find("FOO"), Optional(AbbrevClass::kInner));
  EXPECT_EQ(a.Find("foo"), std::nullopt);  // a capitalized entry
  EXPECT_THAT(a.Find("BAR"), Optional(AbbrevClass::kTitle));
  EXPECT_THAT(a.Find("bar"), Optional(AbbrevClass::kTitle));
  EXPECT_EQ(a.Find("baz"), std::nullopt);
  // A later Parse() adds to the list and replaces what it lists again.
  ASSERT_TRUE(a.Parse("baz number\nbar final\n", &error)) << error;
  EXPECT_THAT(a.Find("baz"), Optional(AbbrevClass::kNumber));
  EXPECT_THAT(a.Find("bar"), Optional(AbbrevClass::kFinal));
  EXPECT_THAT(a.Find("Foo"), Optional(AbbrevClass::kInner));
}

TEST(AbbreviationsTest, SixteenBytesAtMost) {
  Abbreviations a;
  std::string error;
  ASSERT_TRUE(
      a.Parse("abcdefghijklmnop final\nabcdefghijklmnopq final\n", &error));
  EXPECT_THAT(a.Find("abcdefghijklmnop"), Optional(AbbrevClass::kFinal));
  EXPECT_EQ(a.Find("abcdefghijklmnopq"), std::nullopt);
}

TEST(AbbreviationsTest, ThousandsOfEntriesAllFound) {
  // More entries than the first table size: the table grows, probes run.
  std::string data;
  for (int i = 0; i < 3000; ++i) {
    data += 'w';
    data += std::to_string(i);
    data += " final\n";
  }
  Abbreviations a;
  std::string error;
  ASSERT_TRUE(a.Parse(data, &error)) << error;
  for (int i = 0; i < 3000; ++i) {
    std::string form = "W";
    form += std::to_string(i);
    ASSERT_THAT(a.Find(form), Optional(AbbrevClass::kFinal)) << form;
  }
  EXPECT_EQ(a.Find("w3000"), std::nullopt);
}

TEST(AbbreviationsTest, MalformedLinesNameTheirNumber) {
  Abbreviations a;
  std::string error;
  EXPECT_FALSE(a.Parse("mr title\nnoclass\n", &error));
  EXPECT_EQ(error, "line 2: expected 'FORM CLASS'");
  EXPECT_FALSE(a.Parse("dr sometimes\n", &error));
  EXPECT_EQ(error, "line 1: expected 'FORM CLASS'");
}

}  // namespace
}  // namespace sayso::internal
