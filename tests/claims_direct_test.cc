// Direct and mixed quotes: one test per construction, exact spans.
#include "claims_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sayso::testing {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(ClaimsDirectTest, CurlyQuoteThenSubjectAndCue) {
  auto c = Claims("“We will rebuild the bridge by spring,” the mayor said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "the mayor");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].lemma, "say");
  EXPECT_EQ(c[0].content, "We will rebuild the bridge by spring,");
  EXPECT_EQ(c[0].rule, "front.subject_cue");
}

TEST(ClaimsDirectTest, StraightQuoteThenInvertedSubject) {
  auto c = Claims(
      "\"The talks failed because nobody listened,\" said Anna "
      "Berg, the union's negotiator.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "Anna Berg");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content, "The talks failed because nobody listened,");
  EXPECT_EQ(c[0].rule, "front.cue_subject");
}

TEST(ClaimsDirectTest, GuillemetsAfterColon) {
  auto c = Claims("The minister said: «Prices will fall next year.»");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "The minister");
  EXPECT_EQ(c[0].content, "Prices will fall next year.");
  EXPECT_EQ(c[0].rule, "direct.quote_after_cue");
}

TEST(ClaimsDirectTest, GermanLowHighQuotes) {
  auto c = Claims("„The border stays open for now“, the governor added.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "the governor");
  EXPECT_EQ(c[0].cue, "added");
  EXPECT_EQ(c[0].content, "The border stays open for now");
}

TEST(ClaimsDirectTest, SingleCurlyQuotes) {
  auto c = Claims("‘Nobody was hurt in the fire,’ she told reporters.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "she");
  EXPECT_EQ(c[0].cue, "told");
  EXPECT_EQ(c[0].content, "Nobody was hurt in the fire,");
}

TEST(ClaimsDirectTest, CueCommaQuote) {
  auto c = Claims(
      "He said, “The plan has my full support and the money is "
      "ready.”");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "He");
  EXPECT_EQ(c[0].content,
            "The plan has my full support and the money is ready.");
}

TEST(ClaimsDirectTest, QuoteOverSeveralSentencesIsOneClaim) {
  auto c = Claims(
      "“The storm hit at night. Two roads are closed. Crews are "
      "working,” the fire chief said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "the fire chief");
  EXPECT_EQ(c[0].content,
            "The storm hit at night. Two roads are closed. Crews are working,");
}

TEST(ClaimsDirectTest, ParagraphThatReopensTheQuote) {
  // The first paragraph leaves the quote open; the second reopens it.
  auto c = Claims(
      "The coach said: “We played well in the first half.\n\n"
      "“Then we lost our focus and the game.”\n\n"
      "The club did not comment.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "The coach");
  EXPECT_EQ(c[0].content,
            "We played well in the first half.\n\n“Then we lost our focus and "
            "the game.");
}

TEST(ClaimsDirectTest, NestedQuoteStaysInsideTheOuterContent) {
  auto c = Claims(
      "“My father always told me ‘never give up’, and I did not,” "
      "the champion said.");
  const ClaimView outer = One(c, "said");
  EXPECT_EQ(outer.kind, "direct");
  EXPECT_EQ(outer.source, "the champion");
  EXPECT_EQ(outer.content,
            "My father always told me ‘never give up’, and I did not,");
}

TEST(ClaimsDirectTest, SplitQuoteAroundTheAttributionIsOneClaim) {
  auto c = Claims(
      "“We are ready,” the general said, “and we will not wait "
      "for anyone.”");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "the general");
  EXPECT_EQ(c[0].rule, "direct.split_quote");
  EXPECT_EQ(c[0].content,
            "We are ready,” the general said, “and we will not wait for "
            "anyone.");
}

TEST(ClaimsDirectTest, UnclosedQuoteIsAbandonedAtParagraphEnd) {
  auto c = Claims(
      "Critics called it “a farce and left.\n\n"
      "The mayor said that the vote will be repeated in May.\n\n"
      "Officials said that turnout was low.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].source, "The mayor");
  EXPECT_EQ(c[0].content, "the vote will be repeated in May");
  EXPECT_EQ(c[0].kind, "indirect");
  EXPECT_EQ(c[1].source, "Officials");
  EXPECT_EQ(c[1].content, "turnout was low");
}

TEST(ClaimsDirectTest, UnclosedQuoteIsAbandonedAfterTheTokenLimit) {
  std::string text = "He wrote “";
  for (int i = 0; i < 100; ++i) text += "word ";
  text += "and more. The police said that two men were arrested.";
  ClaimOptions opt;
  opt.max_quote_tokens = 50;
  auto c = Claims(text, {}, opt);
  const ClaimView police = One(c, "said");
  EXPECT_EQ(police.source, "The police");
  EXPECT_EQ(police.content, "two men were arrested");
}

TEST(ClaimsDirectTest, ScareQuotesAreNotClaims) {
  EXPECT_THAT(Claims("The so-called “peace plan” was rejected on Monday."),
              IsEmpty());
  EXPECT_THAT(Claims("Fans waited for the “Iron Lady” in the rain."),
              IsEmpty());
}

TEST(ClaimsDirectTest, NameInQuotesIsPartOfTheSourceNotAClaim) {
  auto c = Claims(
      "The state news agency “Tanjug” reported that the pass was "
      "closed.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The state news agency “Tanjug”");
  EXPECT_EQ(c[0].cue, "reported");
  EXPECT_EQ(c[0].content, "the pass was closed");
  EXPECT_THAT(Claims("The “Aidar” battalion held the village."), IsEmpty());
}

TEST(ClaimsDirectTest, HeadlineColonWithQuote) {
  auto c = Claims(
      "Mayor Lee: “The metro opens in June”\n\nThe city council "
      "met on Monday.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "Mayor Lee");
  EXPECT_EQ(c[0].cue, ":");
  EXPECT_EQ(c[0].content, "The metro opens in June");
  EXPECT_EQ(c[0].rule, "headline.colon");
}

TEST(ClaimsDirectTest, HeadlineColonWithoutQuote) {
  auto c = Claims(
      "Brussels: Budget Talks Will Resume Next Week\n\nDiplomats "
      "met again.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "indirect");
  EXPECT_EQ(c[0].source, "Brussels");
  EXPECT_EQ(c[0].cue, ":");
  EXPECT_EQ(c[0].content, "Budget Talks Will Resume Next Week");
}

TEST(ClaimsDirectTest, LabelsBeforeAColonAreNotSources) {
  EXPECT_THAT(Claims("Source: Reuters\n\nAuthor: Jane Smith\n"), IsEmpty());
}

TEST(ClaimsDirectTest, MixedQuoteInObject) {
  auto c = Claims(
      "The president condemned the “barbaric shelling” of the "
      "hospital.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "mixed");
  EXPECT_EQ(c[0].cue, "condemned");
  EXPECT_EQ(c[0].content, "the “barbaric shelling” of the hospital");
}

TEST(ClaimsDirectTest, MixedContentEndsAtTheClosingMark) {
  auto c = Claims(
      "The ministry said the strike was “a clear violation of the "
      "ceasefire.”");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "mixed");
  EXPECT_EQ(c[0].content,
            "the strike was “a clear violation of the ceasefire.”");
  auto d = Claims("She said the war was “genocidal”.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "the war was “genocidal”");
}

TEST(ClaimsDirectTest, FrontedMixedContent) {
  auto c = Claims(
      "While the deal is fragile, “it is the best we could get,” "
      "the envoy said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "mixed");
  EXPECT_EQ(c[0].source, "the envoy");
  EXPECT_EQ(c[0].content,
            "While the deal is fragile, “it is the best we could get,”");
}

TEST(ClaimsDirectTest, UncuedQuoteAfterAnAttributedQuote) {
  // The next paragraph: a quote of its own, given to the last speaker.
  const std::string text =
      "“The water is safe to drink,” the health officer said.\n\n"
      "“We tested every well in the district twice.”";
  auto c = Claims(text);
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].content, "The water is safe to drink,");
  EXPECT_EQ(c[1].kind, "direct");
  EXPECT_EQ(c[1].source, "the health officer");
  EXPECT_EQ(c[1].cue, "");
  EXPECT_EQ(c[1].content, "We tested every well in the district twice.");
  EXPECT_EQ(c[1].rule, "direct.uncued");
  ClaimOptions off;
  off.attribute_uncued_quotes = false;
  EXPECT_THAT(Claims(text, {}, off), SizeIs(1));
}

TEST(ClaimsDirectTest, QuoteInterruptedBySpeakerAndPeriodIsOneClaim) {
  // "“A,” X said. “B.”" in one paragraph: one quote, one claim over both
  // parts (GUIDELINES: a quote over several sentences is one claim).
  auto c = Claims(
      "“The water is safe to drink,” the health officer said. "
      "“We tested every well in the district twice.”");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "the health officer");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content,
            "The water is safe to drink,” the health officer said. “We tested "
            "every well in the district twice.");
  EXPECT_EQ(c[0].rule, "direct.split_quote");
  // A longer attribution with an apposition and an aside still joins.
  auto d = Claims(
      "\"We will not wait,\" said Ana Ruiz, the mayor of the town, in a "
      "radio interview. \"The repairs start on Monday.\"");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "Ana Ruiz");
  EXPECT_EQ(d[0].content,
            "We will not wait,\" said Ana Ruiz, the mayor of the town, in a "
            "radio interview. \"The repairs start on Monday.");
}

TEST(ClaimsDirectTest, FirstPersonCueInsideAQuoteIsNotAClaim) {
  auto c = Claims("The coach said: “I admit that we were lucky today.”");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].cue, "said");
}

TEST(ClaimsDirectTest, AsXSaysInsideAQuoteIsNested) {
  auto c = Claims(
      "He said, “The main risk, as the governor often says, is the lack of "
      "water in the south.”");
  const ClaimView nested = One(c, "says");
  EXPECT_EQ(nested.source, "the governor");
  EXPECT_EQ(nested.reported_by, "He");
  EXPECT_EQ(nested.content, "the lack of water in the south");
  EXPECT_EQ(nested.rule, "as_parenthetical");
  ClaimOptions off;
  off.emit_nested = false;
  auto d = Claims(
      "He said, “The main risk, as the governor often says, is the lack of "
      "water in the south.”",
      {}, off);
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].cue, "said");
}

}  // namespace
TEST(ClaimsDirectTest, InsideAQuoteOnlyReportsOfSpeechAreClaims) {
  // A belief or an act on an object inside the quote is the speaker's own
  // words; a report of someone's speech is a nested claim.
  auto c = Claims(
      "“Most voters believe the country is on the wrong track,” the "
      "pollster said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the pollster");
  EXPECT_EQ(c[0].cue, "said");
  auto d = Claims("“He has always denied it,” the lawyer said.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "the lawyer");
  auto e = Claims(
      "“The minister said the plant would close,” the union leader told "
      "reporters.");
  ASSERT_THAT(e, SizeIs(2));
  EXPECT_EQ(e[1].source, "The minister");
  EXPECT_EQ(e[1].content, "the plant would close");
  EXPECT_EQ(e[1].reported_by, "the union leader");
}

}  // namespace sayso::testing
