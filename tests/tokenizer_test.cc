// Tests for sayso/tokenizer.h in the default news mode: exact token texts,
// spans, kinds and flags.
#include "sayso/tokenizer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/normalize.h"
#include "test_util.h"

namespace sayso {
namespace {

using ::sayso::testing::TokenTexts;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
namespace tf = token_flags;

const Tokenizer& News() {
  static const Tokenizer* tokenizer = [] {
    absl::StatusOr<Tokenizer> t = Tokenizer::Create({});
    EXPECT_TRUE(t.ok()) << t.status();
    return new Tokenizer(std::move(*t));
  }();
  return *tokenizer;
}

std::vector<std::string> Toks(const std::string& text) {
  Document doc(text);
  absl::Status s = News().Process(doc);
  EXPECT_TRUE(s.ok()) << s;
  return TokenTexts(doc);
}

// "text/kind" for each token.
std::vector<std::string> KindsOf(const std::string& text) {
  Document doc(text);
  EXPECT_TRUE(News().Process(doc).ok());
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    out.push_back(std::string(doc.tokens().text(i)) + "/" +
                  std::string(TokenKindName(doc.tokens().kind(i))));
  }
  return out;
}

TEST(TokenizerTest, WordsAndPunctuationWithExactSpans) {
  std::string text = "Mr. Smith said it costs $5.";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_THAT(TokenTexts(doc), ElementsAre("Mr.", "Smith", "said", "it",
                                           "costs", "$", "5", "."));
  const sayso::Tokens& t = doc.tokens();
  EXPECT_EQ(t.span(0), (Span{0, 3}));
  EXPECT_EQ(t.span(1), (Span{4, 9}));
  EXPECT_EQ(t.span(5), (Span{24, 25}));  // $
  EXPECT_EQ(t.span(6), (Span{25, 26}));  // 5
  EXPECT_EQ(t.span(7), (Span{26, 27}));  // final period
  EXPECT_EQ(t.kind(0), TokenKind::kWord);
  EXPECT_TRUE(t.has(0, tf::kAbbreviation));
  EXPECT_EQ(t.kind(5), TokenKind::kSymbol);
  EXPECT_EQ(t.kind(6), TokenKind::kNumber);
  EXPECT_EQ(t.kind(7), TokenKind::kPunct);
}

TEST(TokenizerTest, KeysAreNormalizedAndHashedOnce) {
  std::string text = "Al‑Jazeera’s KÝIV";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  ASSERT_THAT(TokenTexts(doc), ElementsAre("Al‑Jazeera", "’s", "KÝIV"));
  EXPECT_EQ(doc.tokens().key(0), "al-jazeera");
  EXPECT_EQ(doc.tokens().key(1), "'s");
  EXPECT_EQ(doc.tokens().key(2), "kyiv");
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    EXPECT_EQ(doc.tokens().key(i), NormalizedKey(doc.tokens().text(i)));
    EXPECT_EQ(doc.tokens().key_hash(i), KeyHash(doc.tokens().key(i)));
  }
}

TEST(TokenizerTest, ShapeAndSpaceFlags) {
  std::string text = "NATO  said\nkyiv\n\nIPhone 5G";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  const sayso::Tokens& t = doc.tokens();
  ASSERT_EQ(t.size(), 5u);
  EXPECT_TRUE(t.has(0, tf::kAllCaps));
  EXPECT_TRUE(t.has(0, tf::kCapitalized));
  EXPECT_FALSE(t.has(0, tf::kSpaceBefore));
  EXPECT_TRUE(t.has(1, tf::kSpaceBefore));
  EXPECT_TRUE(t.has(1, tf::kLowercase));
  EXPECT_FALSE(t.has(1, tf::kNewlineBefore));
  EXPECT_TRUE(t.has(2, tf::kNewlineBefore));
  EXPECT_FALSE(t.has(2, tf::kBlankLineBefore));
  EXPECT_TRUE(t.has(3, tf::kBlankLineBefore));
  EXPECT_TRUE(t.has(3, tf::kCapitalized));
  EXPECT_FALSE(t.has(3, tf::kAllCaps));
  EXPECT_FALSE(t.has(3, tf::kLowercase));
  EXPECT_TRUE(t.has(4, tf::kHasDigit));
  EXPECT_TRUE(t.has(4, tf::kAllCaps));
}

TEST(TokenizerTest, QuotesByKindAndContext) {
  EXPECT_THAT(KindsOf("“Yes,” he said. \"No\" 'ok'"),
              ElementsAre("“/open_quote", "Yes/word", ",/punct",
                          "”/close_quote", "he/word", "said/word", "./punct",
                          "\"/open_quote", "No/word", "\"/close_quote",
                          "'/open_quote", "ok/word", "'/close_quote"));
  EXPECT_THAT(KindsOf("« Non » „Ja“ ‹a›"),
              ElementsAre("«/open_quote", "Non/word", "»/close_quote",
                          "„/open_quote", "Ja/word", "“/close_quote",
                          "‹/open_quote", "a/word", "›/close_quote"));
  // A straight quote standing alone between spaces stays ambiguous.
  EXPECT_THAT(KindsOf("a \" b"), ElementsAre("a/word", "\"/quote", "b/word"));
}

TEST(TokenizerTest, SimpleSentencesAndParagraphs) {
  std::string text = "Hello world. This is it!\n\nNew paragraph here.";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_THAT(
      testing::SentenceTexts(doc),
      ElementsAre("Hello world.", "This is it!", "New paragraph here."));
  ASSERT_EQ(doc.paragraphs().size(), 2u);
  EXPECT_EQ(doc.text(doc.paragraphs()[0].span), "Hello world. This is it!");
  EXPECT_EQ(doc.paragraphs()[1].token_begin, 7u);
}

TEST(TokenizerTest, InvalidUtf8BecomesTokensAtExactBytes) {
  std::string text = "ab \xC3 cd \xE2\x82 e\xFF";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_THAT(KindsOf(text),
              ElementsAre("ab/word", "\xC3/invalid", "cd/word",
                          "\xE2\x82/invalid", "e/word", "\xFF/invalid"));
  EXPECT_EQ(doc.tokens().span(1), (Span{3, 4}));
  EXPECT_EQ(doc.tokens().span(3), (Span{8, 10}));
  EXPECT_EQ(doc.tokens().key(1), "");
}

TEST(TokenizerTest, InvalidUtf8ErrorNamesTheByteOffset) {
  TokenizerOptions options;
  options.invalid_utf8 = TokenizerOptions::InvalidUtf8::kError;
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create(options);
  ASSERT_TRUE(tok.ok());
  std::string text = "This is fine, but \x80 is not";
  Document doc(text);
  absl::Status s = tok->Process(doc);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("invalid UTF-8 at byte 18"));
  EXPECT_TRUE(doc.tokens().empty());
}

TEST(TokenizerTest, TooLongTextIsRejectedBeforeReading) {
  static const char kByte = 'x';
  Document doc(std::string_view(&kByte, kMaxDocumentBytes + 1));
  absl::Status s = News().Process(doc);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
}

TEST(TokenizerTest, EmptyAndWhiteSpaceOnlyTexts) {
  EXPECT_TRUE(Toks("").empty());
  EXPECT_TRUE(Toks(" \n\t\n ").empty());
  Document doc(" \n ");
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_TRUE(doc.sentences().empty());
  EXPECT_TRUE(doc.paragraphs().empty());
}

TEST(TokenizerTest, ReusedDocumentIsClearedBetweenCalls) {
  Document doc;
  std::string a = "One two three.";
  std::string b = "Four.";
  doc.Reset(a);
  ASSERT_TRUE(News().Process(doc).ok());
  ASSERT_TRUE(News().Process(doc).ok());  // twice on the same text
  EXPECT_EQ(doc.tokens().size(), 4u);
  doc.Reset(b);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_THAT(TokenTexts(doc), ElementsAre("Four", "."));
  EXPECT_EQ(doc.sentences().size(), 1u);
}

}  // namespace
}  // namespace sayso
