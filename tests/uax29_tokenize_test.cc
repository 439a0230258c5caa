// TokenizeUax29(): tokens, sentences and paragraphs of the strict UAX #29
// mode. Expected spans are worked out by hand from the byte layout written
// beside each case.
#include <unicode/uchar.h>

#include <cstdint>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/utf8.h"
#include "document_invariants.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/document.h"
#include "sayso/normalize.h"
#include "sayso/tokenizer.h"
#include "test_util.h"
#include "tokenizer/uax29.h"

namespace sayso::internal {
namespace {

namespace tf = token_flags;
using ::sayso::testing::SentenceTexts;
using ::sayso::testing::TokenTexts;
using ::testing::ElementsAre;

TokenizerOptions Uax29Options() {
  TokenizerOptions options;
  options.mode = TokenizerOptions::Mode::kUax29;
  return options;
}

std::vector<Span> Spans(const Document& doc) {
  std::vector<Span> out;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    out.push_back(doc.tokens().span(i));
  }
  return out;
}

std::vector<TokenKind> Kinds(const Document& doc) {
  std::vector<TokenKind> out;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    out.push_back(doc.tokens().kind(i));
  }
  return out;
}

TEST(TokenizeUax29Test, WhiteSpaceIsDroppedAndSpansAreExact) {
  // H0 e l l o4 ,5 _6 w7..d11 !12 _13 _14 I15 t ' s18 _19 3 20 . 5 22 _23
  // k24 m25 .26
  Document doc("Hello, world!  It's 3.5 km.");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_THAT(TokenTexts(doc), ElementsAre("Hello", ",", "world", "!", "It's",
                                           "3.5", "km", "."));
  EXPECT_THAT(Spans(doc), ElementsAre(Span{0, 5}, Span{5, 6}, Span{7, 12},
                                      Span{12, 13}, Span{15, 19}, Span{20, 23},
                                      Span{24, 26}, Span{26, 27}));
  EXPECT_THAT(Kinds(doc), ElementsAre(TokenKind::kWord, TokenKind::kPunct,
                                      TokenKind::kWord, TokenKind::kPunct,
                                      TokenKind::kWord, TokenKind::kNumber,
                                      TokenKind::kWord, TokenKind::kPunct));
  const Tokens& t = doc.tokens();
  EXPECT_FALSE(t.has(0, tf::kSpaceBefore));
  EXPECT_FALSE(t.has(1, tf::kSpaceBefore));
  EXPECT_TRUE(t.has(2, tf::kSpaceBefore));
  EXPECT_TRUE(t.has(4, tf::kSpaceBefore));
  EXPECT_EQ(t.flags(0), tf::kCapitalized | tf::kHasLetter);
  EXPECT_EQ(t.flags(2), tf::kSpaceBefore | tf::kLowercase | tf::kHasLetter);
  EXPECT_EQ(t.flags(5), tf::kSpaceBefore | tf::kHasDigit);
  EXPECT_EQ(t.key(4), "it's");

  // Two UAX #29 sentences, each trimmed to its tokens.
  EXPECT_THAT(SentenceTexts(doc), ElementsAre("Hello, world!", "It's 3.5 km."));
  ASSERT_EQ(doc.sentences().size(), 2u);
  EXPECT_EQ(doc.sentences()[0], (TextUnit{{0, 13}, 0, 4}));
  EXPECT_EQ(doc.sentences()[1], (TextUnit{{15, 27}, 4, 8}));
  ASSERT_EQ(doc.paragraphs().size(), 1u);
  EXPECT_EQ(doc.paragraphs()[0], (TextUnit{{0, 27}, 0, 8}));
}

TEST(TokenizeUax29Test, ColonBetweenLettersStaysInTheWord) {
  // UAX #29 15.0 (unlike ICU's CLDR-tailored default) keeps "a:b" whole.
  Document doc("Sayso:Test ok");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_THAT(TokenTexts(doc), ElementsAre("Sayso:Test", "ok"));
}

TEST(TokenizeUax29Test, NonAsciiOffsetsAreBytes) {
  // К и ї в (2 bytes each) 0..8, _8, — 9..12, _12, « 13..15, У р а 15..21,
  // » 21..23.
  Document doc("Київ — «Ура»");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_THAT(Spans(doc), ElementsAre(Span{0, 8}, Span{9, 12}, Span{13, 15},
                                      Span{15, 21}, Span{21, 23}));
  EXPECT_THAT(Kinds(doc), ElementsAre(TokenKind::kWord, TokenKind::kDash,
                                      TokenKind::kOpenQuote, TokenKind::kWord,
                                      TokenKind::kCloseQuote));
  const Tokens& t = doc.tokens();
  EXPECT_EQ(t.key(0), NormalizedKey("КИЇВ"));
  EXPECT_EQ(t.key(1), "-");
  EXPECT_EQ(t.key_hash(0), KeyHash(t.key(0)));
  EXPECT_EQ(t.flags(0), tf::kCapitalized | tf::kHasLetter | tf::kNonAscii);
  EXPECT_EQ(t.flags(3), tf::kCapitalized | tf::kHasLetter | tf::kNonAscii);
}

TEST(TokenizeUax29Test, ShapeFlags) {
  Document doc("NASA iPhone 3rd 中文 \"x\" $");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  // 中 and 文 are two segments: UAX #29 has no dictionary.
  EXPECT_THAT(TokenTexts(doc), ElementsAre("NASA", "iPhone", "3rd", "中", "文",
                                           "\"", "x", "\"", "$"));
  const Tokens& t = doc.tokens();
  EXPECT_EQ(t.flags(0), tf::kCapitalized | tf::kAllCaps | tf::kHasLetter);
  EXPECT_EQ(t.flags(1), tf::kSpaceBefore | tf::kHasLetter);
  EXPECT_EQ(t.flags(2),
            tf::kSpaceBefore | tf::kLowercase | tf::kHasDigit | tf::kHasLetter);
  EXPECT_EQ(t.kind(2), TokenKind::kWord);
  // Ideographs are letters without case.
  EXPECT_EQ(t.flags(3), tf::kSpaceBefore | tf::kHasLetter | tf::kNonAscii);
  EXPECT_EQ(t.kind(3), TokenKind::kWord);
  EXPECT_EQ(t.kind(5), TokenKind::kAmbiguousQuote);
  EXPECT_EQ(t.kind(8), TokenKind::kSymbol);
}

TEST(TokenizeUax29Test, EmojiSequencesAreOneToken) {
  // "Hi " 0..3; 👍🏽 (U+1F44D U+1F3FD) 3..11; 🇺🇦 12..20;
  // 👨‍👩‍👧 (4+3+4+3+4) 21..39.
  Document doc("Hi 👍🏽 🇺🇦 👨‍👩‍👧");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_THAT(Spans(doc),
              ElementsAre(Span{0, 2}, Span{3, 11}, Span{12, 20}, Span{21, 39}));
  EXPECT_THAT(Kinds(doc), ElementsAre(TokenKind::kWord, TokenKind::kEmoji,
                                      TokenKind::kEmoji, TokenKind::kEmoji));
}

TEST(TokenizeUax29Test, LinesParagraphsAndSentences) {
  // O0 n e .3 \n4 \n5 T6 w o _9 t10..e14 .15 \n16 F17 o u r20
  Document doc("One.\n\nTwo three.\nFour");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  const Tokens& t = doc.tokens();
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t.flags(2) &
                (tf::kSpaceBefore | tf::kNewlineBefore | tf::kBlankLineBefore),
            tf::kSpaceBefore | tf::kNewlineBefore | tf::kBlankLineBefore);
  EXPECT_EQ(t.flags(5) & (tf::kNewlineBefore | tf::kBlankLineBefore),
            tf::kNewlineBefore);
  EXPECT_FALSE(t.has(3, tf::kNewlineBefore));
  // UAX #29 ends a sentence at every line break (SB4).
  EXPECT_THAT(doc.sentences(),
              ElementsAre(TextUnit{{0, 4}, 0, 2}, TextUnit{{6, 16}, 2, 5},
                          TextUnit{{17, 21}, 5, 6}));
  EXPECT_THAT(doc.paragraphs(),
              ElementsAre(TextUnit{{0, 4}, 0, 2}, TextUnit{{6, 21}, 2, 6}));
}

TEST(TokenizeUax29Test, CrLfIsOneLineBreak) {
  Document one("a\r\nb");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), one).ok());
  ASSERT_EQ(one.tokens().size(), 2u);
  EXPECT_TRUE(one.tokens().has(1, tf::kNewlineBefore));
  EXPECT_FALSE(one.tokens().has(1, tf::kBlankLineBefore));
  Document two("a\r\n\r\nb");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), two).ok());
  ASSERT_EQ(two.tokens().size(), 2u);
  EXPECT_TRUE(two.tokens().has(1, tf::kBlankLineBefore));
  EXPECT_EQ(two.paragraphs().size(), 2u);
}

TEST(TokenizeUax29Test, SentenceBoundaryInsideAWordKeepsTheTokenWhole) {
  // Hebrew א . ב: one word segment (WB6/WB7) but a sentence boundary after
  // the full stop (SB11), at byte 3. The token stays whole, in the first
  // sentence.
  const std::string text = "א.ב";
  EXPECT_EQ(*Uax29WordBoundaries(text), (std::vector<uint32_t>{0, 5}));
  EXPECT_EQ(*Uax29SentenceBoundaries(text), (std::vector<uint32_t>{0, 3, 5}));
  Document doc(text);
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_THAT(TokenTexts(doc), ElementsAre("א.ב"));
  EXPECT_THAT(doc.sentences(), ElementsAre(TextUnit{{0, 5}, 0, 1}));
}

TEST(TokenizeUax29Test, InvalidUtf8BecomesInvalidTokens) {
  // a0 b1 \xFF2 c3 d4 _5 \xE2\x82 6..8 (a truncated 3-byte sequence: one
  // maximal ill-formed subpart) _8 x9
  const std::string text =
      "ab\xFF"
      "cd \xE2\x82 x";
  Document doc(text);
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_THAT(Spans(doc), ElementsAre(Span{0, 2}, Span{2, 3}, Span{3, 5},
                                      Span{6, 8}, Span{9, 10}));
  EXPECT_THAT(Kinds(doc), ElementsAre(TokenKind::kWord, TokenKind::kInvalid,
                                      TokenKind::kWord, TokenKind::kInvalid,
                                      TokenKind::kWord));
  EXPECT_EQ(doc.tokens().key(1), "");
  EXPECT_TRUE(doc.tokens().has(3, tf::kSpaceBefore));
  EXPECT_FALSE(doc.tokens().has(2, tf::kSpaceBefore));
}

TEST(TokenizeUax29Test, EachIllFormedSubpartIsItsOwnToken) {
  // C0 and AF can never start a well-formed sequence: two subparts. Then a
  // stray continuation byte followed by U+0308, which ICU attaches to the
  // U+FFFD it reads: the mark is split off as its own token.
  const std::string text =
      "\xC0\xAF"
      "a\x80\xCC\x88";
  Document doc(text);
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_THAT(Spans(doc), ElementsAre(Span{0, 1}, Span{1, 2}, Span{2, 3},
                                      Span{3, 4}, Span{4, 6}));
  EXPECT_THAT(Kinds(doc), ElementsAre(TokenKind::kInvalid, TokenKind::kInvalid,
                                      TokenKind::kWord, TokenKind::kInvalid,
                                      TokenKind::kSymbol));
}

TEST(TokenizeUax29Test, InvalidUtf8ErrorNamesTheByteOffset) {
  TokenizerOptions options = Uax29Options();
  options.invalid_utf8 = TokenizerOptions::InvalidUtf8::kError;
  Document doc("ok \xED\xA0\x80 no");  // a surrogate at byte 3
  absl::Status s = TokenizeUax29(options, doc);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "invalid UTF-8 at byte 3");
  EXPECT_TRUE(doc.tokens().empty());
}

TEST(TokenizeUax29Test, EmptyAndBlankTexts) {
  for (const char* text : {"", "   ", "\n\n\t \r\n", "\xEF\xBB\xBF "}) {
    Document doc(text);
    ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok()) << text;
    EXPECT_TRUE(doc.tokens().empty()) << text;
    EXPECT_TRUE(doc.sentences().empty()) << text;
    EXPECT_TRUE(doc.paragraphs().empty()) << text;
  }
}

TEST(TokenizeUax29Test, ReprocessingReplacesTheLayers) {
  Document doc = Document::Owning("Two words. And more.");
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
  EXPECT_EQ(doc.tokens().size(), 6u);
  EXPECT_EQ(doc.sentences().size(), 2u);
  EXPECT_EQ(doc.paragraphs().size(), 1u);
}

TEST(TokenizeUax29Test, SentencesAreOptional) {
  TokenizerOptions options = Uax29Options();
  options.split_sentences = false;
  Document doc("One. Two.");
  ASSERT_TRUE(TokenizeUax29(options, doc).ok());
  EXPECT_EQ(doc.tokens().size(), 4u);
  EXPECT_TRUE(doc.sentences().empty());
}

TEST(TokenizeUax29Test, RulesCompile) { EXPECT_TRUE(PrepareUax29().ok()); }

// The public Tokenizer in kUax29 mode gives what TokenizeUax29 gives.
TEST(TokenizeUax29Test, PublicTokenizerUsesTheUax29Mode) {
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create(Uax29Options());
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.status();
  const std::string text = "Mr. Smith's T-90M a:b. Next one.";
  Document direct(text), via_api(text);
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), direct).ok());
  ASSERT_TRUE(tokenizer->Process(via_api).ok());
  EXPECT_EQ(TokenTexts(via_api), TokenTexts(direct));
  EXPECT_EQ(via_api.sentences(), direct.sentences());
  // UAX #29 splits "Mr." and "T-90M"; the sentence breaks after "Mr." (a
  // full stop, a space, an upper-case letter: SB11).
  EXPECT_THAT(TokenTexts(via_api),
              ElementsAre("Mr", ".", "Smith's", "T", "-", "90M", "a:b", ".",
                          "Next", "one", "."));
  EXPECT_THAT(SentenceTexts(via_api),
              ElementsAre("Mr.", "Smith's T-90M a:b.", "Next one."));
}

// Invariants on any input: tokens are ordered and disjoint; the bytes
// between tokens are well-formed white space or invisible controls; kInvalid
// tokens are exactly the maximal ill-formed subparts; sentences and
// paragraphs partition the tokens.
void CheckInvariants(const Document& doc) {
  const std::string_view text = doc.text();
  const Tokens& t = doc.tokens();
  // Expected ill-formed subparts, found independently of ICU.
  std::vector<Span> bad;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    size_t bad_len = 0;
    size_t len = DecodeUtf8(text, pos, &cp, &bad_len);
    if (len == 0) {
      bad.push_back(
          {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + bad_len)});
      pos += bad_len;
    } else {
      pos += len;
    }
  }
  std::vector<Span> invalid;
  uint32_t prev_end = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    ASSERT_LT(t.begin(i), t.end(i));
    ASSERT_LE(prev_end, t.begin(i));
    ASSERT_LE(t.end(i), text.size());
    std::string_view gap = text.substr(prev_end, t.begin(i) - prev_end);
    ASSERT_TRUE(IsValidUtf8(gap)) << "at byte " << prev_end;
    for (size_t p = 0; p < gap.size();) {
      char32_t c;
      size_t b;
      p += DecodeUtf8(gap, p, &c, &b);
      ASSERT_TRUE(u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR ||
                  u_charType(c) == U_FORMAT_CHAR)
          << "a visible character U+" << std::hex << static_cast<int>(c)
          << " is not in a token, at byte " << std::dec << prev_end;
    }
    if (t.kind(i) == TokenKind::kInvalid) {
      invalid.push_back(t.span(i));
    } else {
      ASSERT_TRUE(IsValidUtf8(t.text(i)));
    }
    prev_end = t.end(i);
  }
  EXPECT_EQ(invalid, bad);
  for (const auto* units : {&doc.sentences(), &doc.paragraphs()}) {
    uint32_t next = 0;
    for (const TextUnit& u : *units) {
      ASSERT_EQ(u.token_begin, next);
      ASSERT_LT(u.token_begin, u.token_end);
      EXPECT_EQ(u.span.begin, t.begin(u.token_begin));
      EXPECT_EQ(u.span.end, t.end(u.token_end - 1));
      next = u.token_end;
    }
    EXPECT_EQ(next, t.size());
  }
}

TEST(TokenizeUax29Test, InvariantsOnRandomBytes) {
  // Pieces that exercise every path: ASCII, multi-byte letters, marks,
  // emoji parts, white space, line breaks, and ill-formed bytes.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "7",
                                           ".",
                                           ",",
                                           "'",
                                           ":",
                                           " ",
                                           "\n",
                                           "\r",
                                           "\t",
                                           "\xC3\xA9",
                                           "\xCC\x88",
                                           "\xD7\x90",
                                           "\xE2\x80\x8D",
                                           "\xF0\x9F\x91\x8D",
                                           "\xF0\x9F\x87\xBA",
                                           "\xE3\x82\xA2",
                                           "\xE4\xB8\xAD",
                                           "\xC2\xA0",
                                           "\x80",
                                           "\xC0",
                                           "\xE2\x82",
                                           "\xF4\x90\x80\x80",
                                           "\xED\xA0\x80",
                                           "\xFF",
                                           "\xEF\xBB\xBF",
                                           "\xE2\x80\xA8"};
  std::mt19937 rng(29);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    Document doc(text);
    ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok());
    SCOPED_TRACE(::testing::PrintToString(text));
    EXPECT_EQ(::sayso::testing::CheckDocumentInvariants(doc), "");
    CheckInvariants(doc);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

TEST(TokenizeUax29Test, InvariantsOnTheCorpora) {
  SAYSO_REQUIRE_SHARED(shared);
  for (const char* name : {"brown-press.txt", "wild-en.txt"}) {
    std::string text =
        ::sayso::testing::ReadFileOrDie(shared + "/corpus/" + name);
    ASSERT_FALSE(text.empty());
    Document doc(text);
    ASSERT_TRUE(TokenizeUax29(Uax29Options(), doc).ok()) << name;
    EXPECT_GT(doc.tokens().size(), 1000u) << name;
    EXPECT_GT(doc.sentences().size(), 50u) << name;
    SCOPED_TRACE(name);
    EXPECT_EQ(::sayso::testing::CheckDocumentInvariants(doc), "");
    CheckInvariants(doc);
  }
}

// Each thread clones its own iterator; results must not depend on the
// thread (run under SAYSO_SANITIZE=thread to check for races).
TEST(TokenizeUax29Test, ThreadsGiveIdenticalResults) {
  const std::string text =
      "Mr. Smith said: \"It's 3.5 km.\" Then he left.\n\nКиїв — 中文 "
      "👍🏽.";
  Document reference(text);
  ASSERT_TRUE(TokenizeUax29(Uax29Options(), reference).ok());
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 50; ++round) {
        Document doc(text);
        if (!TokenizeUax29(Uax29Options(), doc).ok() ||
            Spans(doc) != Spans(reference) ||
            doc.sentences() != reference.sentences()) {
          ++mismatches[k];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_THAT(mismatches, ElementsAre(0, 0, 0, 0));
}

}  // namespace
}  // namespace sayso::internal
