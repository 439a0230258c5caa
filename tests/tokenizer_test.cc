// Tests for sayso/tokenizer.h in the default news mode: exact token texts,
// spans, kinds and flags.
#include "sayso/tokenizer.h"

#include <iterator>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/normalize.h"
#include "test_util.h"
#include "tokenizer/sentence_splitter.h"

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

// The fast path hashes keys of 1-15 bytes from registers and the others
// through KeyHashBytes(): every length must give KeyHash(key).
TEST(TokenizerTest, KeyHashOfEveryLengthEqualsKeyHash) {
  std::string text;
  for (int len = 1; len <= 20; ++len) {
    std::string word;
    for (int k = 0; k < len; ++k)
      word += static_cast<char>('A' + (k * 7 + len) % 26);
    text += word + " " + std::string(len, '7') + " x" + word.substr(1) + ", " +
            word + ". ";
  }
  text += "end";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  ASSERT_GT(doc.tokens().size(), 100u);
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    EXPECT_EQ(doc.tokens().key(i), NormalizedKey(doc.tokens().text(i)));
    EXPECT_EQ(doc.tokens().key_hash(i), KeyHash(doc.tokens().key(i)))
        << doc.tokens().text(i);
  }
}

// The tokenizer splits each paragraph as soon as it ends; splitting the
// finished token layer in one go must give the same units.
TEST(TokenizerTest, IncrementalSplitEqualsSplitAfterwards) {
  std::string text =
      "Mr. Smith said it. He left at 5 p.m. Then he came back.\n\n"
      "HEADLINE\nBy A. Writer\n\n1. First item. 2. Second item.\n"
      "\u2022 bullet one \u2022 bullet two\n\n\"Quote.\" She said so... And "
      "left.";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  const std::vector<TextUnit> sentences = doc.sentences();
  const std::vector<TextUnit> paragraphs = doc.paragraphs();
  EXPECT_EQ(paragraphs.size(), 4u);
  internal::SplitParagraphsAndSentences(doc, /*sentences=*/true);
  EXPECT_EQ(doc.sentences(), sentences);
  EXPECT_EQ(doc.paragraphs(), paragraphs);
}

// --- Long paragraphs split in chunks (sentence_splitter.h, SplitChunk()) ---

// Lines of a paragraph without blank lines: sentences ending "word." (where
// a chunk may end), lines without final punctuation (long ones make the
// paragraph look hard-wrapped), list items, headlines, quotes, abbreviations.
std::string LongParagraph(uint32_t seed, int lines, int open_percent) {
  static const char* const kClosed[] = {
      "The committee adopted the revised draft resolution without a vote.",
      "Mr. Smith said the talks would resume on Monday in Geneva.",
      "\"We will not give up,\" she told reporters.",
      "It rained at 5 p.m. Then the match went on.",
      "1. First item. 2. Second item.",
      "Yahoo! is a company. Is it?",
      "He left the U.S. Army in 1990 and joined the staff.",
      "See the report... It is long.",
  };
  static const char* const kOpen[] = {
      "the depiction of the fighting parties as faceless authorities and",
      "readiness to engage in regional cooperation withered under the",
      "WORLD NEWS TODAY",
      "- a bullet line",
      "features",
      "contact manager, events and the like, in the following sections;",
  };
  std::string text;
  uint32_t x = seed;
  for (int i = 0; i < lines; ++i) {
    x = x * 1103515245u + 12345u;
    const uint32_t r = (x >> 8) % 100;
    if (r < static_cast<uint32_t>(open_percent)) {
      text += kOpen[(x >> 20) % std::size(kOpen)];
    } else {
      text += kClosed[(x >> 20) % std::size(kClosed)];
    }
    text += '\n';
  }
  return text;
}

// The tokenizer's sentences (split in chunks when a paragraph is long) must
// be exactly those of the whole-paragraph splitter.
void ExpectChunkedEqualsWhole(const std::string& text) {
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  const std::vector<TextUnit> sentences = doc.sentences();
  const std::vector<TextUnit> paragraphs = doc.paragraphs();
  internal::SplitParagraphsAndSentences(doc, /*sentences=*/true);
  ASSERT_EQ(doc.sentences().size(), sentences.size());
  EXPECT_EQ(doc.sentences(), sentences);
  EXPECT_EQ(doc.paragraphs(), paragraphs);
}

TEST(TokenizerTest, LongParagraphChunksEqualWholeParagraph) {
  // Over 4096 tokens between chunk ends: the tokenizer splits in chunks.
  for (int open : {0, 10, 50, 90}) {
    SCOPED_TRACE(open);
    const std::string text = LongParagraph(7 + open, 3000, open);
    ExpectChunkedEqualsWhole(text);
  }
}

TEST(TokenizerTest, LongParagraphWhoseEarlyChunksGuessWrapped) {
  // Closed lines first (the early chunks take the paragraph as not wrapped
  // and use that on their few open lines), then so many long open lines
  // that the whole paragraph is wrapped prose: the guess was wrong and the
  // paragraph is split again.
  std::string text = LongParagraph(1, 1200, 10);
  for (int i = 0; i < 4000; ++i) {
    text += "the quick brown fox jumps over the lazy dog and then it goes\n";
  }
  ExpectChunkedEqualsWhole(text);
  // And the other way round: wrapped prose first, closed lines after.
  std::string text2;
  for (int i = 0; i < 3000; ++i) {
    text2 += "the quick brown fox jumps over the lazy dog and then it goes\n";
    if (i % 500 == 0) text2 += "It ended.\nAnother line began.\n";
  }
  text2 += LongParagraph(2, 6000, 5);
  ExpectChunkedEqualsWhole(text2);
}

// SplitChunk() driven at every possible chunk end (not only every 4096
// tokens), on many random paragraphs.
TEST(TokenizerTest, SplitChunkAtEveryChunkEndEqualsWholeParagraph) {
  int chunked = 0;
  for (uint32_t seed = 0; seed < 300; ++seed) {
    const int open = static_cast<int>(seed * 37 % 100);
    const std::string text = LongParagraph(seed, 40 + seed % 7, open);
    SCOPED_TRACE(text);
    Document doc(text);
    ASSERT_TRUE(News().Process(doc).ok());
    std::vector<uint32_t> events;
    const Tokens& t = doc.tokens();
    for (size_t i = 0; i < t.size(); ++i) {
      if ((t.kind(i) != TokenKind::kWord && t.kind(i) != TokenKind::kNumber) ||
          (t.flags(i) &
           (tf::kAbbreviation | tf::kNewlineBefore | tf::kBlankLineBefore))) {
        events.push_back(static_cast<uint32_t>(i));
      }
    }
    internal::SplitParagraphsAndSentences(doc, /*sentences=*/true, &events);
    const std::vector<TextUnit> whole = doc.sentences();
    ASSERT_EQ(doc.paragraphs().size(), 1u);

    doc.mutable_sentences().clear();
    doc.mutable_paragraphs().clear();
    internal::ParagraphChunks chunks;
    for (size_t ev = 0; ev < events.size(); ++ev) {
      const size_t i = events[ev];
      if (i > chunks.next_token &&
          internal::IsChunkEnd(t, text, i, t.kind(i), t.flags(i), t.begin(i))) {
        internal::SplitChunk(doc, events, i, ev, &chunks);
        ++chunked;
      }
      // As the tokenizer does: every line start after the first token.
      if (i > 0 && t.has(i, tf::kNewlineBefore)) {
        internal::CountLine(doc, i, &chunks);
      }
    }
    internal::SplitParagraph(doc, /*sentences=*/true, events, 0, t.size(), 0,
                             events.size(), &chunks);
    EXPECT_EQ(doc.sentences(), whole);
    ASSERT_EQ(doc.paragraphs().size(), 1u);
    EXPECT_EQ(doc.paragraphs()[0].token_end, t.size());
  }
  EXPECT_GT(chunked, 2500);  // the chunk path really ran
}

TEST(TokenizerTest, IsChunkEndOnlyAfterLowerCaseWordAndPeriod) {
  const std::string text =
      "It ended.\nThen more.\nA. Smith\nNo. 5.\nBy AP.\nthe end.\nU.S.\nOk";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  const Tokens& t = doc.tokens();
  std::vector<std::string> ends;
  for (size_t i = 0; i < t.size(); ++i) {
    if (internal::IsChunkEnd(t, text, i, t.kind(i), t.flags(i), t.begin(i))) {
      ends.emplace_back(t.text(i));
    }
  }
  // "Then" after "ended.", the initial "A." after "more." and "U.S." after
  // "end." (a capital after "word." splits whatever it is); not "No." (after
  // a word without a period), "By" (after a number), "the" (lower case) or
  // "Ok" (the period before it belongs to "U.S.").
  EXPECT_THAT(ends, ElementsAre("Then", "A.", "U.S."));
}

// Line and paragraph breaks between plain words, taken by the scanner's
// fast loop (texts of 24 bytes or more): the same flags, paragraphs and
// quote state as the full scanner gives.
TEST(TokenizerTest, LineBreaksInsideFastLoop) {
  const std::string text =
      "\u2018Hello there.\n\nThe players' union met today\nand it rained."
      "\nThen we left at noon and did not come back until late.";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  const Tokens& t = doc.tokens();
  auto find = [&](std::string_view word) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t.text(i) == word) return i;
    }
    ADD_FAILURE() << word;
    return size_t{0};
  };
  const size_t the = find("The"), and_ = find("and"), then = find("Then");
  EXPECT_TRUE(t.has(the, tf::kBlankLineBefore));
  EXPECT_TRUE(t.has(the, tf::kNewlineBefore));
  EXPECT_TRUE(t.has(the, tf::kSpaceBefore));
  EXPECT_TRUE(t.has(and_, tf::kNewlineBefore));
  EXPECT_FALSE(t.has(and_, tf::kBlankLineBefore));
  EXPECT_TRUE(t.has(then, tf::kNewlineBefore));
  EXPECT_FALSE(t.has(then, tf::kBlankLineBefore));
  EXPECT_EQ(t.text(then - 1), ".");
  EXPECT_EQ(t.kind(then - 1), TokenKind::kPunct);
  // The paragraph break closed the quote opened by ‘, so players' is a
  // possessive, not a closing quote.
  const size_t apostrophe = find("players") + 1;
  EXPECT_EQ(t.text(apostrophe), "'");
  EXPECT_EQ(t.kind(apostrophe), TokenKind::kWord);
  EXPECT_TRUE(t.has(apostrophe, tf::kClitic));
  ASSERT_EQ(doc.paragraphs().size(), 2u);
  EXPECT_EQ(doc.paragraphs()[1].token_begin, the);
  EXPECT_THAT(::sayso::testing::SentenceTexts(doc),
              ElementsAre("\u2018Hello there.",
                          "The players' union met today\nand it rained.",
                          "Then we left at noon and did not come back until "
                          "late."));
}

// tokenized() tells later stages "no tokens" from "not tokenized yet".
TEST(TokenizerTest, TokenizedEvenWithoutTokens) {
  Document doc(" \n\u00A0\n");
  EXPECT_FALSE(doc.tokens().tokenized());
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_TRUE(doc.tokens().empty());
  EXPECT_TRUE(doc.tokens().tokenized());
  doc.Reset("Kyiv");
  EXPECT_FALSE(doc.tokens().tokenized());
  doc.mutable_tokens().Add({0, 4}, TokenKind::kWord, tf::kCapitalized, "kyiv");
  EXPECT_TRUE(doc.tokens().tokenized());  // a host's own tokens
}

// A host's own tokens: keys given in any order (AppendBatch takes offsets
// into its buffer) are stored back to back in token order, after the keys
// already there; a key range outside the buffer is cut to it.
TEST(TokenizerTest, HostTokensKeepTheirKeysInTokenOrder) {
  std::string text = "Kyiv and Lviv said";
  Document doc(text);
  doc.mutable_tokens().Add({0, 4}, TokenKind::kWord, tf::kCapitalized, "kyiv");
  const uint32_t begin[] = {5, 9, 14};
  const uint32_t end[] = {8, 13, 18};
  const TokenKind kind[] = {TokenKind::kWord, TokenKind::kWord,
                            TokenKind::kWord};
  const uint16_t flags[] = {tf::kLowercase, tf::kCapitalized, tf::kLowercase};
  // "said" first in the buffer, then "lviv", then "and"; the third range
  // runs past the buffer's end.
  const std::string keys = "saidlvivand";
  const uint32_t key_offset[] = {8, 4, 0};
  const uint32_t key_length[] = {5, 4, 4};
  const uint64_t key_hash[] = {KeyHash("and"), KeyHash("lviv"),
                               KeyHash("said")};
  doc.mutable_tokens().AppendBatch(3, begin, end, kind, flags, key_offset,
                                   key_length, key_hash, keys);
  const Tokens& t = doc.tokens();
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t.key(0), "kyiv");
  EXPECT_EQ(t.key(1), "and");  // 5 bytes asked, 3 left in the buffer
  EXPECT_EQ(t.key(2), "lviv");
  EXPECT_EQ(t.key(3), "said");
  for (size_t i = 1; i < t.size(); ++i) {
    EXPECT_EQ(t.key(i).data(), t.key(i - 1).data() + t.key(i - 1).size());
  }
  EXPECT_TRUE(t.host_added());
  EXPECT_EQ(t.text(2), "Lviv");
  EXPECT_EQ(t.key_hash(2), KeyHash("lviv"));
}

// "U.S.n't": the do|n't rule steps back from "U.S.n", so the word ends in
// its own final period, as "U.S." before a space does: kAbbreviation (the
// flag's promise, document.h: a word whose key ends in "." has it).
TEST(TokenizerTest, AnInitialismBeforeNtKeepsItsPeriodAndFlag) {
  std::string text = "U.S.n't Mr.n't";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_THAT(TokenTexts(doc), ElementsAre("U.S.", "n't", "Mr.", "n't"));
  EXPECT_TRUE(doc.tokens().has(0, tf::kAbbreviation));
  EXPECT_TRUE(doc.tokens().has(2, tf::kAbbreviation));
  EXPECT_FALSE(doc.tokens().has(1, tf::kAbbreviation));
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

TEST(TokenizerTest, AbbreviationsAndTitlesKeepTheirPeriod) {
  EXPECT_THAT(
      Toks("Gen. Ivanov, Lt.-Gen. Petrov and Mr. Smith met U.N. and U.S. "
           "officials at 9 a.m. on Jan. 5 (No. 5)."),
      ElementsAre("Gen.", "Ivanov", ",", "Lt.-Gen.", "Petrov", "and", "Mr.",
                  "Smith", "met", "U.N.", "and", "U.S.", "officials", "at", "9",
                  "a.m.", "on", "Jan.", "5", "(", "No.", "5", ")", "."));
  EXPECT_THAT(Toks("e.g. i.e. etc. vs. Ph.D. a.m. p.m. St. Paul"),
              ElementsAre("e.g.", "i.e.", "etc.", "vs.", "Ph.D.", "a.m.",
                          "p.m.", "St.", "Paul"));
  // "No." is an abbreviation only before a number; "no." is never one.
  EXPECT_THAT(
      Toks("He said No. The answer is no."),
      ElementsAre("He", "said", "No", ".", "The", "answer", "is", "no", "."));
  // Capitalized entries need a capital: "Mass." (the state), "mass."
  EXPECT_THAT(Toks("Boston, Mass. a mass."),
              ElementsAre("Boston", ",", "Mass.", "a", "mass", "."));
  // A doubled period: the abbreviation keeps one, the other ends the
  // sentence.
  EXPECT_THAT(Toks("Ivan Allen Jr.."),
              ElementsAre("Ivan", "Allen", "Jr.", "."));
  std::string text = "Lt.-Gen. Ivanov";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_EQ(doc.tokens().span(0), (Span{0, 8}));
  EXPECT_TRUE(doc.tokens().has(0, tf::kAbbreviation));
  EXPECT_TRUE(doc.tokens().has(0, tf::kHasHyphen));
  EXPECT_EQ(doc.tokens().key(0), "lt.-gen.");
}

TEST(TokenizerTest, Initials) {
  EXPECT_THAT(Toks("J. R. R. Tolkien wrote it."),
              ElementsAre("J.", "R.", "R.", "Tolkien", "wrote", "it", "."));
  EXPECT_THAT(Toks("Jonas E. Smith"), ElementsAre("Jonas", "E.", "Smith"));
}

TEST(TokenizerTest, NumbersPercentCurrencyOrdinals) {
  // $ and % are separate symbol tokens, as in the Penn Treebank.
  EXPECT_THAT(KindsOf("76,000 2.5 $5 30% 73rd 1990s 10:30 9/11 .5 €4.5"),
              ElementsAre("76,000/number", "2.5/number", "$/symbol", "5/number",
                          "30/number", "%/symbol", "73rd/number",
                          "1990s/number", "10:30/number", "9/11/number",
                          ".5/number", "€/symbol", "4.5/number"));
  EXPECT_THAT(Toks("1,234,567.89 and 3,14"),
              ElementsAre("1,234,567.89", "and", "3", ",", "14"));
  // A sentence-final period after a number is not part of it.
  EXPECT_THAT(Toks("It cost $100.00."),
              ElementsAre("It", "cost", "$", "100.00", "."));
  EXPECT_THAT(KindsOf("5km 3D"), ElementsAre("5km/word", "3D/word"));
}

TEST(TokenizerTest, HyphenatedDesignationsAndCompoundsStayWhole) {
  EXPECT_THAT(
      Toks("T-90M Su-27 Al-Jazeera two-and-a-half-year-long "
           "U.S.-led AT&T S&P"),
      ElementsAre("T-90M", "Su-27", "Al-Jazeera", "two-and-a-half-year-long",
                  "U.S.-led", "AT&T", "S&P"));
  // A hyphen between spaces, or doubled, is a dash.
  EXPECT_THAT(KindsOf("a - b -- c"),
              ElementsAre("a/word", "-/dash", "b/word", "--/dash", "c/word"));
  std::string text = "Su‑27";  // U+2011 NON-BREAKING HYPHEN
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  ASSERT_EQ(doc.tokens().size(), 1u);
  EXPECT_EQ(doc.tokens().key(0), "su-27");
}

TEST(TokenizerTest, CliticShapeFlags) {
  // The clitic's shape counts its letters, not the apostrophe: "'S" is
  // capitalized and all caps, "’s" lower case and non-ASCII, "'Re" only
  // capitalized.
  std::string text = "IT'S Smith’s THEY'Re";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  ASSERT_THAT(TokenTexts(doc),
              ElementsAre("IT", "'S", "Smith", "’s", "THEY", "'Re"));
  const Tokens& t = doc.tokens();
  EXPECT_EQ(t.flags(1),
            tf::kClitic | tf::kHasLetter | tf::kCapitalized | tf::kAllCaps);
  EXPECT_EQ(t.flags(3),
            tf::kClitic | tf::kHasLetter | tf::kNonAscii | tf::kLowercase);
  EXPECT_EQ(t.flags(5), tf::kClitic | tf::kHasLetter | tf::kCapitalized);
}

TEST(TokenizerTest, CliticsAreSplitWithOffsets) {
  std::string text = "don't can't they're O'Brien's Smith’s I'm we've";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_THAT(TokenTexts(doc),
              ElementsAre("do", "n't", "ca", "n't", "they", "'re", "O'Brien",
                          "'s", "Smith", "’s", "I", "'m", "we", "'ve"));
  EXPECT_EQ(doc.tokens().span(0), (Span{0, 2}));
  EXPECT_EQ(doc.tokens().span(1), (Span{2, 5}));
  EXPECT_EQ(doc.tokens().span(9), (Span{35, 39}));  // ’s is 4 bytes
  for (size_t i : {1, 3, 5, 7, 9, 11, 13}) {
    EXPECT_TRUE(doc.tokens().has(i, tf::kClitic)) << doc.tokens().text(i);
  }
  EXPECT_FALSE(doc.tokens().has(6, tf::kClitic));
  EXPECT_EQ(doc.tokens().key(9), "'s");
  // Apostrophes inside words stay: O'Brien, rock'n'roll.
  EXPECT_THAT(Toks("rock'n'roll O’Neill"),
              ElementsAre("rock'n'roll", "O’Neill"));
  // Possessive plural; elided years.
  EXPECT_THAT(KindsOf("the players' union in the '90s"),
              ElementsAre("the/word", "players/word", "'/word", "union/word",
                          "in/word", "the/word", "'90s/number"));
  EXPECT_THAT(Toks("JFK Jr.'s book"), ElementsAre("JFK", "Jr.", "'s", "book"));
}

TEST(TokenizerTest, UrlsEmailsMentionsHashtags) {
  EXPECT_THAT(
      KindsOf("See https://example.com/a?b=c, www.example.org and "
              "bbc.co.uk/news. Mail jane.doe@example.com! @sayso #Kyiv2024 #1"),
      ElementsAre("See/word", "https://example.com/a?b=c/url", ",/punct",
                  "www.example.org/url", "and/word", "bbc.co.uk/news/url",
                  "./punct", "Mail/word", "jane.doe@example.com/email",
                  "!/punct", "@sayso/mention", "#Kyiv2024/hashtag", "#/symbol",
                  "1/number"));
  // Balanced brackets stay in a URL; a closing one that is not balanced
  // does not.
  EXPECT_THAT(Toks("(https://en.wikipedia.org/wiki/A_(b))"),
              ElementsAre("(", "https://en.wikipedia.org/wiki/A_(b)", ")"));
  EXPECT_THAT(
      Toks("The site is: https://www.example.50.com/new-site/a_b.html. Go"),
      ElementsAre("The", "site", "is", ":",
                  "https://www.example.50.com/new-site/a_b.html", ".", "Go"));
}

TEST(TokenizerTest, EmojiSequences) {
  EXPECT_THAT(
      KindsOf(
          "👍🏿 🇬🇧 #️⃣ 1️⃣ 👩🏽‍💻 🏳️‍🌈 "
          "😀😀 "
          "❤️ "
          "©"),
      ElementsAre("👍🏿/emoji", "🇬🇧/emoji", "#️⃣/emoji",
                  "1️⃣/emoji", "👩🏽‍💻/emoji",
                  "🏳️‍🌈/emoji", "😀/emoji", "😀/emoji", "❤️/emoji",
                  "©/symbol"));
  // Two flags in a row pair up two by two.
  EXPECT_THAT(Toks("🇺🇦🇵🇱"), ElementsAre("🇺🇦", "🇵🇱"));
}

TEST(TokenizerTest, DashesEllipsesAndMarkup) {
  EXPECT_THAT(KindsOf("He said—no—in 1990–95... and… then . . . <unk> <br/>"),
              ElementsAre("He/word", "said/word", "—/dash", "no/word", "—/dash",
                          "in/word", "1990/number", "–/dash", "95/number",
                          ".../punct", "and/word", "…/punct", "then/word",
                          ". . ./punct", "<unk>/markup", "<br/>/markup"));
  // A lone "<" is a symbol.
  EXPECT_THAT(KindsOf("a < b"), ElementsAre("a/word", "</symbol", "b/word"));
  std::string text = "wait . . . now";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_EQ(doc.tokens().key(1), "...");
}

TEST(TokenizerTest, NonLatinScriptsByWordRules) {
  EXPECT_THAT(Toks("Москва — столица России. Αθήνα είναι. القاهرة عاصمة مصر."),
              ElementsAre("Москва", "—", "столица", "России", ".", "Αθήνα",
                          "είναι", ".", "القاهرة", "عاصمة", "مصر", "."));
  // Hebrew acronyms with gershayim stay whole (UAX #29 WB7b/c).
  EXPECT_THAT(Toks("צה\"ל ו-ירושלים"), ElementsAre("צה\"ל", "ו-ירושלים"));
  // Combining marks stay with their letter; the key drops them.
  std::string text = "cafe\xCC\x81";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  ASSERT_EQ(doc.tokens().size(), 1u);
  EXPECT_EQ(doc.tokens().key(0), "cafe");
}

TEST(TokenizerTest, ChineseJapaneseThaiUseTheDictionary) {
  EXPECT_THAT(
      Toks("東京都に住んでいます。"),
      ElementsAre("東京", "都", "に", "住", "んで", "い", "ます", "。"));
  EXPECT_THAT(Toks("สวัสดีครับ"), ElementsAre("สวัสดี", "ครับ"));
  EXPECT_THAT(Toks("我们走吧"), ElementsAre("我们", "走", "吧"));
}

TEST(TokenizerTest, InvisibleCharacters) {
  // ZERO WIDTH SPACE separates; WORD JOINER and U+FEFF inside a word join.
  EXPECT_THAT(Toks("A\u200BB na\uFEFFve"), ElementsAre("A", "B", "na\uFEFFve"));
  // A byte-order mark at the start is skipped.
  EXPECT_THAT(Toks("\uFEFFHello"), ElementsAre("Hello"));
}

TEST(TokenizerTest, StraightQuotesByContext) {
  EXPECT_THAT(
      KindsOf("'Hello,' she said. He said:\"Yes.\"Then"),
      ElementsAre("'/open_quote", "Hello/word", ",/punct", "'/close_quote",
                  "she/word", "said/word", "./punct", "He/word", "said/word",
                  ":/punct", "\"/open_quote", "Yes/word", "./punct",
                  "\"/close_quote", "Then/word"));
  EXPECT_THAT(KindsOf("``Yes''"),
              ElementsAre("``/open_quote", "Yes/word", "''/close_quote"));
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
