// Quote pairing, options, hostile inputs, threads and document reuse.
#include <string>
#include <thread>
#include <vector>

#include "claims/quotes.h"
#include "claims_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "hostile_inputs.h"

namespace sayso::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

Document Tokenized(const std::string& text) {
  auto tok = Tokenizer::Create({});
  EXPECT_TRUE(tok.ok());
  Document doc = Document::Owning(text);
  EXPECT_TRUE(tok->Process(doc).ok());
  return doc;
}

// Quote pairs as "open-text|close-text" strings of their interiors.
std::vector<std::string> Pairs(const std::string& text,
                               uint32_t max_tokens = 600) {
  Document doc = Tokenized(text);
  std::vector<internal::QuotePair> quotes;
  std::vector<uint8_t> role;
  internal::PairQuotes(doc.tokens(), doc.paragraphs(), max_tokens, quotes,
                       role);
  std::vector<std::string> out;
  for (const auto& q : quotes) {
    const uint32_t b = doc.tokens().begin(q.open);
    const uint32_t e = doc.tokens().end(q.close);
    out.push_back(std::string(doc.text().substr(b, e - b)) +
                  (q.top_level ? "" : " (nested)"));
  }
  return out;
}

TEST(ClaimsQuotesTest, PairsEveryStyle) {
  EXPECT_THAT(Pairs("A “b c” d."), ::testing::ElementsAre("“b c”"));
  EXPECT_THAT(Pairs("A \"b c\" d."), ::testing::ElementsAre("\"b c\""));
  EXPECT_THAT(Pairs("A «b c» d."), ::testing::ElementsAre("«b c»"));
  EXPECT_THAT(Pairs("A „b c“ d."), ::testing::ElementsAre("„b c“"));
  EXPECT_THAT(Pairs("A ‹b c› d."), ::testing::ElementsAre("‹b c›"));
  EXPECT_THAT(Pairs("A »b c« d."), ::testing::ElementsAre("»b c«"));
}

TEST(ClaimsQuotesTest, NestedSingleInsideDouble) {
  EXPECT_THAT(
      Pairs("He said “she wrote ‘no’ twice” then."),
      ::testing::ElementsAre("“she wrote ‘no’ twice”", "‘no’ (nested)"));
}

TEST(ClaimsQuotesTest, ApostrophesAreNotQuotes) {
  EXPECT_THAT(Pairs("Russia’s army and the 1990s’ crisis."), IsEmpty());
}

TEST(ClaimsQuotesTest, ReopenedParagraphContinuesTheQuote) {
  EXPECT_THAT(Pairs("“One.\n\n“Two.”\n\nThree."),
              ::testing::ElementsAre("“One.\n\n“Two.”"));
}

TEST(ClaimsQuotesTest, UnclosedQuoteIsDroppedAtParagraphEnd) {
  EXPECT_THAT(Pairs("“One two.\n\nThree “four” five."),
              ::testing::ElementsAre("“four”"));
}

TEST(ClaimsQuotesTest, UnclosedQuoteIsDroppedAfterTheLimit) {
  std::string text = "“";
  for (int i = 0; i < 40; ++i) text += "w ";
  text += "“x” y.";
  EXPECT_THAT(Pairs(text, 20), ::testing::ElementsAre("“x”"));
}

TEST(ClaimsOptionsTest, InvalidOptionsAreRejectedWithTheFieldName) {
  ClaimOptions o;
  o.min_confidence = 2;
  EXPECT_THAT(std::string(ClaimAttributor::Create(o).status().message()),
              HasSubstr("min_confidence"));
  o = {};
  o.max_quote_tokens = 3;
  EXPECT_THAT(std::string(ClaimAttributor::Create(o).status().message()),
              HasSubstr("max_quote_tokens"));
  o = {};
  o.max_source_tokens = 100;
  EXPECT_THAT(std::string(ClaimAttributor::Create(o).status().message()),
              HasSubstr("max_source_tokens"));
}

TEST(ClaimsOptionsTest, HeadlineColonCanBeSwitchedOff) {
  ClaimOptions off;
  off.headline_colon = false;
  EXPECT_THAT(Claims("Mayor Lee: “The metro opens in June”\n\nText.", {}, off),
              IsEmpty());
}

TEST(ClaimsRobustnessTest, UntokenizedDocumentIsAnError) {
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr.ok());
  Document doc("Some text.");
  absl::Status s = attr->Process(doc);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("Tokenizer"));
  Document empty("");
  EXPECT_TRUE(attr->Process(empty).ok());
}

TEST(ClaimsRobustnessTest, WorksWithoutSentencesAndParagraphs) {
  // A host tokenizer that fills tokens only.
  Document doc = Tokenized("The navy said that the ship sank.");
  doc.mutable_sentences().clear();
  doc.mutable_paragraphs().clear();
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  ASSERT_THAT(doc.claims(), SizeIs(1));
  EXPECT_EQ(doc.text(doc.claims()[0].content), "the ship sank");
}

TEST(ClaimsRobustnessTest, MillionUnmatchedQuotesFinishWithoutClaims) {
  const std::string text = UnmatchedQuotes(1'000'000);
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  // Every claim (if any) has a bounded content, never the whole text.
  for (const Claim& c : doc.claims()) EXPECT_LT(c.content.size(), 20000u);
}

TEST(ClaimsRobustnessTest, MillionHeSaidFinish) {
  const std::string text = HeSaid(1'000'000);
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  for (const Claim& c : doc.claims()) EXPECT_LT(c.content.size(), 20000u);
}

TEST(ClaimsRobustnessTest, ManyShortHeSaidSentences) {
  std::string text;
  for (int i = 0; i < 200'000; ++i) text += "He said it was fine. ";
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  EXPECT_EQ(doc.claims().size(), 200'000u);
}

TEST(ClaimsRobustnessTest, DeeplyNestedQuotesFinish) {
  const std::string text = NestedQuotes(100'000);
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
}

TEST(ClaimsRobustnessTest, SameResultsFromManyThreadsAndReusedDocuments) {
  const std::string text =
      "“The dam holds,” the engineer said. The mayor said that the town is "
      "safe. According to the police, roads are closed.";
  auto tok = Tokenizer::Create({});
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(tok.ok() && attr.ok());
  Document ref(text);
  ASSERT_TRUE(tok->Process(ref).ok() && attr->Process(ref).ok());
  const std::vector<ClaimView> expected = Views(ref);
  ASSERT_THAT(expected, SizeIs(3));
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      Document doc;
      int good = 0;
      for (int i = 0; i < 200; ++i) {
        doc.Reset(i % 2 ? text : std::string_view("He left."));
        if (!tok->Process(doc).ok() || !attr->Process(doc).ok()) continue;
        const auto views = Views(doc);
        if (i % 2 == 0 ? views.empty()
                       : views.size() == expected.size() &&
                             views[0].content == expected[0].content &&
                             views[2].source == expected[2].source) {
          ++good;
        }
      }
      ok[t] = good;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 200);
}

}  // namespace
}  // namespace sayso::testing
