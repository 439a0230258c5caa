// The news tokenizer's shortcuts for plain ASCII words (FastRun() and the
// plain-word path in news_tokenizer.cc) must give exactly what the full
// scanners give: every token field (span, kind, flags, key, key hash), the
// splitter events, paragraphs and sentences. Each test tokenizes the same
// text twice, with and without the shortcuts, and compares.
#include <cctype>
#include <cstring>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "sayso/document.h"
#include "sayso/normalize.h"
#include "sayso/tokenizer.h"
#include "test_util.h"
#include "tokenizer/news_tokenizer.h"

namespace sayso {
namespace {

struct Run {
  Document doc;
  std::vector<uint32_t> events;
};

void Tokenize(std::string_view text, bool fast_paths, Run& run) {
  run.doc.Reset(text);
  TokenizerOptions options;
  ASSERT_TRUE(
      internal::TokenizeNews(options, run.doc, &run.events, fast_paths).ok());
}

// Compares the two runs field by field and reports the first difference
// with its context. The text is copied into a buffer of exactly its size, so
// that AddressSanitizer builds catch a read past its end (a std::string has
// a readable terminator).
void ExpectSameTokens(const std::string& str) {
  const std::unique_ptr<char[]> exact(new char[str.size()]);
  std::memcpy(exact.get(), str.data(), str.size());
  const std::string_view text(exact.get(), str.size());
  Run fast, full;
  Tokenize(text, true, fast);
  Tokenize(text, false, full);
  const Tokens& a = fast.doc.tokens();
  const Tokens& b = full.doc.tokens();
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const std::string where =
        "token " + std::to_string(i) + " '" + std::string(b.text(i)) +
        "' at byte " + std::to_string(b.begin(i)) + " in: " +
        std::string(text.substr(b.begin(i) >= 20 ? b.begin(i) - 20 : 0, 50));
    ASSERT_EQ(a.begin(i), b.begin(i)) << where;
    ASSERT_EQ(a.end(i), b.end(i)) << where;
    ASSERT_EQ(a.kind(i), b.kind(i)) << where;
    ASSERT_EQ(a.flags(i), b.flags(i)) << where;
    ASSERT_EQ(a.key(i), b.key(i)) << where;
    ASSERT_EQ(a.key_hash(i), b.key_hash(i)) << where;
    ASSERT_EQ(a.key_hash(i), KeyHash(a.key(i))) << where;
  }
  ASSERT_EQ(a.size(), b.size());
  EXPECT_EQ(fast.events, full.events);
  EXPECT_EQ(fast.doc.paragraphs(), full.doc.paragraphs());
  EXPECT_EQ(fast.doc.sentences(), full.doc.sentences());
}

TEST(TokenizerFastPathTest, CliticsQuotesAndDashesAfterWords) {
  // Each construction the shortcuts write themselves, padded so that the
  // 16-byte loads have room.
  const std::string pad = " and the rest of the sentence goes on here.";
  for (const char* s : {
           "Smith's dog",
           "Smith’s dog",
           "SMITH'S DOG",
           "Smith’S dog",
           "they're here",
           "they’re here",
           "we'll go",
           "we’ve been",
           "I'd say",
           "I'm sure",
           "THEY'RE",
           "They'Re",
           "didn't go",
           "didn’t go",
           "DIDN'T GO",
           "DIDN’T",
           "can't",
           "don'T",
           "Don't.",
           "players' union",
           "players’ union",
           "O'Brien said",
           "rock'n'roll",
           "word’sup here",
           "the 'sup",
           "Smith's, Jones's; and Brown's.",
           "Smith's\nnext line",
           "Smith's\n\nnew paragraph",
           "Smith's“quote”",
           "a word” then",
           "a word“ then",
           "a word— then",
           "a word– then",
           "a word… then",
           "a word‘ then",
           "a word’ then",
           "a word‚ then",
           "2019” then",
           "T-90M’s crew",
           "n't at the start",
           "x n't",
           "word'",
           "word’",
           "word's",
           "word’s",
           "wor'dy",
           "a’b’c",
           "UN’s",
           "U.S.’s",
           "Mr. Smith's",
           "Jr.'s car",
           "1990's",
       }) {
    SCOPED_TRACE(s);
    ExpectSameTokens(pad + " " + s + pad);
    ExpectSameTokens(std::string(s) + pad);
  }
}

TEST(TokenizerFastPathTest, ConstructionsAtEveryDistanceFromTheEnd) {
  // The shortcuts read ahead of the cursor without bound checks (the text's
  // last bytes go through the full scanners): end the text at every byte of
  // these constructions so that a read past the end shows under ASan.
  const std::string lead = "A plain run of words leads up to it: ";
  for (const char* s : {
           "Smith's “Quote here",
           "they’re “so",
           "didn’t” go on",
           "N’T” X",
           "Mr. “Smith” says",
           "J. “K” R",
           "word” “word” word",
           "you’ll. Yes",
           "abcdefghijklmno’re “abcdefghij",
           "abcdefghijklmno’re”, “x",
           "abcdefghijklmno’re”.\n“x",
           "word”; word”: word”! “x”? “y",
           "abcdefghijklmno’re”,” “x",
           "He said.” “Yes.”\n“No,” she said.",
           "said.”\n\nNext",
           "said \"Yes\" and",
           "\"Quote\", he said",
           "abcdefghijklmno’re\", \"x",
           "a \"b\"\n\"c\"? \"d",
           "said,”They",
           "so.”” x",
           "Jr.” x",
           "J.” x",
           "abcdefghijklmon’t” “x",
           "abcdefghijklmno. Next",
       }) {
    const std::string full = lead + s + " " + s;
    for (size_t cut = 0; cut < 40 && cut < full.size(); ++cut) {
      SCOPED_TRACE(full.substr(0, full.size() - cut));
      ExpectSameTokens(full.substr(0, full.size() - cut));
    }
  }
}

TEST(TokenizerFastPathTest, RandomFragmentSequences) {
  // Text assembled from fragments that exercise the shortcuts' exits: every
  // join of two fragments is a place where the fast and full scanners could
  // disagree.
  const std::vector<std::string> words = {"the",
                                          "Jury",
                                          "said",
                                          "NATO",
                                          "x",
                                          "I",
                                          "a",
                                          "Kyiv",
                                          "percent",
                                          "said",
                                          "internationalization",
                                          "Ab",
                                          "mid",
                                          "n",
                                          "N",
                                          "s",
                                          "t",
                                          "re",
                                          "ll",
                                          "76",
                                          "2.5",
                                          "76,000",
                                          "1990s",
                                          "73rd",
                                          "T90",
                                          "Mr",
                                          "U",
                                          "S",
                                          "No",
                                          "Jan",
                                          "etc",
                                          "e",
                                          "g",
                                          "p",
                                          "m",
                                          "Lt",
                                          "Gen",
                                          "Inc",
                                          "St",
                                          "Dr",
                                          "abcdefghijklmno",
                                          "abcdefghijklmnop",
                                          "ABCDEFGHIJKLMNOPQ"};
  const std::vector<std::string> joins = {
      " ",  " ",    " ",    " ",    "\n",   "\n\n",  "",     "'",
      "’",  "'s ",  "’s ",  "n't ", "n’t ", ". ",    ".",    ", ",
      "; ", ": ",   "! ",   "? ",   "-",    "--",    " -- ", "—",
      "–",  "…",    "...",  "“",    "”",    "\"",    " “",   "” ",
      "(",  ")",    " (",   ") ",   ".\n",  ".\n\n", "?\n",  "'\n",
      "’ ", "' ",   "/",    "&",    "_",    "@",     "#",    "$",
      "%",  " \t ", "\r\n", "é",    " é",   "ß",     "\xff", "\xe2\x80",
  };
  std::mt19937 rng(20261122);
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    const int pieces = 20 + static_cast<int>(rng() % 200);
    for (int k = 0; k < pieces; ++k) {
      std::string w = words[rng() % words.size()];
      switch (rng() % 4) {
        case 0:
          if (!w.empty()) w[0] = static_cast<char>(std::toupper(w[0]));
          break;
        case 1:
          for (char& c : w) c = static_cast<char>(std::toupper(c));
          break;
        default:
          break;
      }
      text += w;
      text += joins[rng() % joins.size()];
    }
    SCOPED_TRACE(doc);
    ExpectSameTokens(text);
    if (HasFatalFailure()) return;
  }
}

TEST(TokenizerFastPathTest, SharedCorpora) {
  SAYSO_REQUIRE_SHARED(shared);
  for (const char* corpus : {"brown-press.txt", "wild-en.txt"}) {
    SCOPED_TRACE(corpus);
    ExpectSameTokens(testing::ReadFileOrDie(shared + "/corpus/" + corpus));
  }
  for (const auto& entry :
       std::filesystem::directory_iterator(shared + "/gold")) {
    if (entry.path().extension() != ".txt") continue;
    SCOPED_TRACE(entry.path().string());
    ExpectSameTokens(testing::ReadFileOrDie(entry.path().string()));
  }
}

}  // namespace
}  // namespace sayso
