// Tests of the NameFinder's hash-keyed lexicon table (lib/names/lexicons.h):
// it must answer exactly what the string lists say, including kCommon, which
// must agree with the gazetteer's IsCommonWord() for every listed word.
#include <string>
#include <string_view>

#include "core/word_lists.h"
#include "gazetteer/common_words.h"
#include "gtest/gtest.h"
#include "names/lexicons.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

namespace nc = name_class;

constexpr std::string_view kCommonWords =
#include "gazetteer/common_words.inc"
    ;

class NameLexiconsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = LoadNameLexicons();
    ASSERT_TRUE(lex.ok()) << lex.status();
    lex_ = *std::move(lex);
  }
  std::shared_ptr<const NameLexicons> lex_;
};

TEST_F(NameLexiconsTest, EveryCommonWordHasTheCommonClass) {
  size_t words = 0;
  ForEachPiece(kCommonWords, '\n', [&](std::string_view word) {
    if (!IsCommonWord(word)) return;  // the R"( ... lines
    ++words;
    EXPECT_NE(lex_->Classes(word) & nc::kCommon, 0u) << word;
    EXPECT_EQ(lex_->ClassesOfHash(KeyHash(word)), lex_->Classes(word));
  });
  EXPECT_GT(words, 10000u);
}

TEST_F(NameLexiconsTest, ClassesOfListedAndUnlistedWords) {
  EXPECT_NE(lex_->Classes("president") & nc::kTitle, 0u);
  EXPECT_NE(lex_->Classes("ministry") & nc::kOrgOf, 0u);
  EXPECT_NE(lex_->Classes("the") & nc::kCommon, 0u);
  EXPECT_EQ(IsCommonWord("zzyzxq"), false);
  EXPECT_EQ(lex_->Classes("zzyzxq"), 0u);
  EXPECT_EQ(lex_->Classes(""), 0u);
  // Not common, not listed: a made-up surname.
  EXPECT_EQ(lex_->Classes("quorvath") & nc::kCommon, 0u);
}

// The NameFinder looks up a token's joiner classes by the hash of its whole
// key: "of." has those of "of" (a final period is dropped before a lookup),
// "of.." those of "of." (none).
TEST_F(NameLexiconsTest, TokenJoinerTableDropsOneFinalPeriod) {
  for (std::string_view w : {"of", "for", "the", "on", "and", "de", "van",
                             "von", "bin", "al", "el", "y", "la", "du"}) {
    const std::string word(w);
    const uint32_t classes = lex_->Classes(w) & nc::kJoiner;
    ASSERT_NE(classes, 0u) << w;
    EXPECT_EQ(lex_->JoinerClassesOfTokenHash(KeyHash(word)), classes) << w;
    EXPECT_EQ(lex_->JoinerClassesOfTokenHash(KeyHash(word + ".")), classes)
        << w;
    EXPECT_EQ(lex_->JoinerClassesOfTokenHash(KeyHash(word + "..")), 0u) << w;
    EXPECT_EQ(lex_->JoinerClassesOfTokenHash(KeyHash("." + word)), 0u) << w;
  }
  for (std::string_view w : {"in", "said", "president", "ministry", "zzyzxq",
                             "", ".", "bank", "in.", "ofs"}) {
    EXPECT_EQ(lex_->JoinerClassesOfTokenHash(KeyHash(w)), 0u) << w;
  }
}

// The dotted table gives the classes of a key by the hash of the key with
// one '.' appended ("mr." -> those of "mr"), for every listed word, and
// nothing for other keys.
TEST_F(NameLexiconsTest, DottedTableGivesTheClassesOfTheKeyWithoutItsPeriod) {
  size_t words = 0;
  for (std::string_view w :
       {"mr", "gen", "president", "ministry", "of", "the", "john", "street",
        "st", "co", "corp", "wang", "zzyzxq", "quorvath", "", "mr."}) {
    const std::string word(w);
    EXPECT_EQ(lex_->ClassesOfDottedHash(KeyHash(word + ".")), lex_->Classes(w))
        << w;
    words += lex_->Classes(w) != 0;
  }
  EXPECT_GE(words, 10u);  // most of them are listed
  EXPECT_NE(lex_->ClassesOfDottedHash(KeyHash("mr.")), 0u);
  EXPECT_EQ(lex_->ClassesOfDottedHash(KeyHash("mr")), 0u);
  EXPECT_EQ(lex_->ClassesOfDottedHash(KeyHash("mr..")), 0u);
  ForEachPiece(kCommonWords, '\n', [&](std::string_view word) {
    if (!IsCommonWord(word)) return;  // the R"( ... lines
    EXPECT_EQ(lex_->ClassesOfDottedHash(KeyHash(std::string(word) + ".")),
              lex_->Classes(word))
        << word;
  });
}

constexpr std::string_view kNameWords =
#include "names/words.inc"
    ;

// FunctionOrConnector() says exactly whether ClassesOfHash() has kFunction
// or kConnector, without "maybe", for every listed function word and
// connector, every common word, and a few unlisted keys.
TEST_F(NameLexiconsTest, FunctionTableAgreesWithTheLexicon) {
  constexpr uint32_t kFunctionOrConnector = nc::kFunction | nc::kConnector;
  size_t functions = 0, others = 0;
  auto check = [&](std::string_view key) {
    const uint64_t h = KeyHash(key);
    const bool function = (lex_->ClassesOfHash(h) & kFunctionOrConnector) != 0;
    EXPECT_EQ(lex_->FunctionOrConnector(h),
              function ? NameLexicons::kIsFunction : NameLexicons::kNotFunction)
        << key;
    ++(function ? functions : others);
  };
  ForEachPiece(kNameWords, '\n', [&](std::string_view line) {
    if (!line.empty()) check(NormalizedKey(line.substr(0, line.find(' '))));
  });
  ForEachPiece(kCommonWords, '\n', [&](std::string_view word) {
    if (IsCommonWord(word)) check(word);
  });
  for (std::string_view w : {"zzyzxq", "quorvath", "of.", "the.", "", "ofs"}) {
    check(w);
  }
  EXPECT_GT(functions, 100u);
  EXPECT_GT(others, 10000u);
  // A hash with the top bits of "the" but other low bits is not "the": the
  // full lookup decides.
  const uint64_t the = KeyHash("the");
  EXPECT_EQ(lex_->FunctionOrConnector(the ^ 1), NameLexicons::kMaybeFunction);
}

}  // namespace
}  // namespace sayso::internal
