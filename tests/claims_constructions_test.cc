// Constructions of English news attribution beyond the basic frames: one test
// per construction, sentences written for these tests, exact spans per the
// guidelines' conventions (../shared/gold/GUIDELINES.md, NOTES.md).
#include "claims_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sayso::testing {
namespace {

using ::testing::Each;
using ::testing::Field;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;
using ::testing::StartsWith;

// 1. Sentence-initial inverted cue with a colon or a comma before a quote.
TEST(ClaimsConstructionsTest, SaidNameColonQuote) {
  auto c = Claims(
      "Said Governor Anna Brooks: \"The budget is balanced and we will not "
      "raise taxes.\"");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].source, "Governor Anna Brooks");
  EXPECT_EQ(c[0].cue, "Said");
  EXPECT_EQ(c[0].content,
            "The budget is balanced and we will not raise taxes.");
  EXPECT_EQ(c[0].rule, "direct.inverted_cue");
}

TEST(ClaimsConstructionsTest, AddedTheMinisterColonQuote) {
  auto c = Claims(
      "Added the finance minister: \xE2\x80\x9CWe will not retreat from these "
      "reforms.\xE2\x80\x9D");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the finance minister");
  EXPECT_EQ(c[0].cue, "Added");
  EXPECT_EQ(c[0].content, "We will not retreat from these reforms.");
}

TEST(ClaimsConstructionsTest, InvertedCueWithAppositionBeforeColon) {
  auto c = Claims(
      "Said Lena Ortiz, chief economist at a Madrid bank: \"Rates will stay "
      "high all year.\"");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Lena Ortiz");
  EXPECT_EQ(c[0].content, "Rates will stay high all year.");
}

// 2. A cue interposed after a fronted predicate or a fronted subject.
TEST(ClaimsConstructionsTest, InterposedAfterFrontedPredicate) {
  auto c = Claims(
      "Under review, the auditors said, were the contracts of three large "
      "firms.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the auditors");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content,
            "Under review, the auditors said, were the contracts of three "
            "large firms");
  EXPECT_EQ(c[0].rule, "front.interposed");
}

TEST(ClaimsConstructionsTest, InterposedAfterFrontedPronounSubject) {
  auto c = Claims("That, she added, was a serious mistake by the board.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "she");
  EXPECT_EQ(c[0].cue, "added");
  EXPECT_EQ(c[0].content,
            "That, she added, was a serious mistake by the board");
}

// 3. Quotes that run over a paragraph break.
TEST(ClaimsConstructionsTest, CurlyQuoteOverParagraphBreak) {
  auto c = Claims(
      "The harbour master was blunt.\n\n"
      "\xE2\x80\x9CThe ships cannot leave before Monday. The channel is "
      "blocked.\n\n"
      "\xE2\x80\x9C"
      "Anyone who tries will be fined,\xE2\x80\x9D he said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "he");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content,
            "The ships cannot leave before Monday. The channel is blocked.\n\n"
            "\xE2\x80\x9C"
            "Anyone who tries will be fined,");
}

TEST(ClaimsConstructionsTest, StraightQuoteOverParagraphBreak) {
  auto c = Claims(
      "\"The water came in at night. We lost everything in an hour.\n\n"
      "\"Now we need tents and clean water,\" said Maria Lopez.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Maria Lopez");
  EXPECT_EQ(c[0].content,
            "The water came in at night. We lost everything in an hour.\n\n"
            "\"Now we need tents and clean water,");
}

TEST(ClaimsConstructionsTest, QuoteOverParagraphBreakThenContinued) {
  auto c = Claims(
      "Anna Brooks spoke to the council.\n\n"
      "\"The pool has been closed for two years. Children swim in the "
      "river.\n\n"
      "\"We will reopen it in June,\" she continued.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "she");
  EXPECT_EQ(c[0].cue, "continued");
  EXPECT_EQ(c[0].content,
            "The pool has been closed for two years. Children swim in the "
            "river.\n\n\"We will reopen it in June,");
}

TEST(ClaimsConstructionsTest, PossessiveBeforeParticipleIsNotACue) {
  EXPECT_THAT(Claims("Berry's proposed amendment was rejected."), IsEmpty());
  auto c = Claims("Moody's warned that the rating could fall.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Moody's");
  EXPECT_EQ(c[0].content, "the rating could fall");
}

// 4. Verb + object + "as"/"at" complement.
TEST(ClaimsConstructionsTest, EstimatedObjectAtAmount) {
  auto c = Claims("The agency estimated the damage at $5 billion.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The agency");
  EXPECT_EQ(c[0].cue, "estimated");
  EXPECT_EQ(c[0].content, "the damage at $5 billion");
  auto d = Claims("The union estimated this loss at $2 million a year.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "this loss at $2 million a year");
}

TEST(ClaimsConstructionsTest, IdentifiedAndRejectedObjectAs) {
  auto c = Claims(
      "Police identified the suspect as a local man aged 34. The minister "
      "rejected the report as biased and unfair.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "identified").content, "the suspect as a local man aged 34");
  EXPECT_EQ(One(c, "identified").source, "Police");
  EXPECT_EQ(One(c, "rejected").content, "the report as biased and unfair");
  EXPECT_EQ(One(c, "rejected").source, "The minister");
}

TEST(ClaimsConstructionsTest, RejectedWithoutAsIsNotAClaim) {
  EXPECT_THAT(Claims("The court rejected the appeal on Monday."), IsEmpty());
}

// 5. Addressee and adjuncts before "that".
TEST(ClaimsConstructionsTest, ToldAddresseeLongAdjunctThat) {
  auto c = Claims(
      "The senator told reporters in a briefing broadcast on Tuesday that the "
      "bill would pass.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The senator");
  EXPECT_EQ(c[0].cue, "told");
  EXPECT_EQ(c[0].content, "the bill would pass");
}

TEST(ClaimsConstructionsTest, AdvisedAddresseeThat) {
  auto c = Claims("The panel advised the mayor that the bridge was unsafe.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].cue, "advised");
  EXPECT_EQ(c[0].content, "the bridge was unsafe");
}

TEST(ClaimsConstructionsTest, ExpressedConcernOnMondayThat) {
  auto c = Claims(
      "The union expressed concern on Monday that hundreds of jobs would be "
      "lost.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The union");
  EXPECT_EQ(c[0].cue, "expressed concern");
  EXPECT_EQ(c[0].lemma, "express concern");
  EXPECT_EQ(c[0].content, "hundreds of jobs would be lost");
}

TEST(ClaimsConstructionsTest, LyAdverbBeforeThat) {
  auto c = Claims("The mayor stated repeatedly that the water was safe.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].content, "the water was safe");
}

// 6. Lexicon entries.
TEST(ClaimsConstructionsTest, NewLexiconVerbs) {
  auto c = Claims(
      "The opposition criticized the government's handling of the floods. "
      "The chairman maintained that the company had done nothing wrong. "
      "The governor hinted that new elections could be held in spring. "
      "The rebels threatened that they would resume fighting. "
      "The board member proposed an increase to 0.75 percent.");
  ASSERT_THAT(c, SizeIs(5));
  EXPECT_EQ(One(c, "criticized").content,
            "the government's handling of the floods");
  EXPECT_EQ(One(c, "maintained").content, "the company had done nothing wrong");
  EXPECT_EQ(One(c, "hinted").content, "new elections could be held in spring");
  EXPECT_EQ(One(c, "threatened").content, "they would resume fighting");
  EXPECT_EQ(One(c, "proposed").content, "an increase to 0.75 percent");
}

// 7. Content selection.
TEST(ClaimsConstructionsTest, FrontedAdverbialIsNotTheContent) {
  auto c = Claims(
      "In a statement posted on its website, the company said its profits "
      "had fallen sharply.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the company");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content, "its profits had fallen sharply");
}

TEST(ClaimsConstructionsTest, FrontedClauseWithoutRightContentStays) {
  auto c = Claims("In the north the army advanced, officials said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].content, "In the north the army advanced");
}

// A fronted phrase without a verb (a place, a time, a participle phrase)
// is an adverbial, not what the cue reports, when the cue has words after it.
TEST(ClaimsConstructionsTest, FrontedAdverbialWithCommaIsNotTheContent) {
  EXPECT_THAT(Claims("During a rally in Raleigh, North Carolina, the senator "
                     "remarked upon a recent story in the paper."),
              Each(Field(&ClaimView::content, Not(StartsWith("During")))));
  EXPECT_THAT(Claims("The next month, a former staffer announced plans to sue "
                     "the panel."),
              Each(Field(&ClaimView::content, Not(StartsWith("The next")))));
  EXPECT_THAT(Claims("Fueled by anger at the decision, the mayor explained "
                     "the ruling was a mistake."),
              Each(Field(&ClaimView::content, Not(StartsWith("Fueled")))));
}

TEST(ClaimsConstructionsTest, FrontedClauseBeforeAddresseeStays) {
  // Not an adverbial opener: the fronted clause is the content even though
  // "told" has words after it.
  auto c =
      Claims("Prices rose sharply on Monday, the ministry told reporters.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].content, "Prices rose sharply on Monday");
  EXPECT_EQ(c[0].source, "the ministry");
  // An opener with a verb after it is a clause: "In the north the army
  // advanced".
  auto d = Claims("In the north, the army advanced, officials told reporters.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "In the north, the army advanced");
}

// "said of Y" / "said in a statement": a phrase that opens with a
// preposition is never the inverted subject of "P, said X".
TEST(ClaimsConstructionsTest, PrepositionalPhraseIsNotAnInvertedSubject) {
  EXPECT_THAT(
      Claims("Nelson Diaz, a former aide to Mr. Rubio and now the chairman "
             "of the Republican Party in Miami-Dade County, said of Mr. "
             "Rubio: ''He is American 100 percent.''"),
      Each(Field(&ClaimView::source, Not(StartsWith("of")))));
}

TEST(ClaimsConstructionsTest, InnerCueRelayedByAccordingTo) {
  auto c = Claims(
      "The commander vowed that the city would not fall, according to the "
      "state news agency.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The commander");
  EXPECT_EQ(c[0].cue, "vowed");
  EXPECT_EQ(c[0].content, "the city would not fall");
  EXPECT_EQ(c[0].reported_by, "the state news agency");
}

TEST(ClaimsConstructionsTest, TrailingAccordingToBeforeRelativeClause) {
  auto c = Claims(
      "Small shops \"must stay open on Sundays\", according to the petition, "
      "which was signed by 900 people.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the petition");
  EXPECT_EQ(c[0].cue, "according to");
  EXPECT_EQ(c[0].content, "Small shops \"must stay open on Sundays\"");
}

TEST(ClaimsConstructionsTest, HeadlineClauseBeforeCueWithShortQuote) {
  auto c = Claims(
      "Central bank keeps rates at 2%, Lind says \"no hurry\" as vote "
      "nears\n\nThe bank kept its rate.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Lind");
  EXPECT_EQ(c[0].cue, "says");
  EXPECT_EQ(c[0].kind, "direct");
  EXPECT_EQ(c[0].content, "no hurry");
}

TEST(ClaimsConstructionsTest, ShortQuoteInsideAClauseIsNotTheContent) {
  auto c = Claims("The minister said the \"peace plan\" was dead.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].content, "the \"peace plan\" was dead");
  // A title after a writing verb is not a quote of speech.
  EXPECT_THAT(Claims("The poet wrote \"Autumn Leaves\"."), IsEmpty());
}

// 8. Sources.
TEST(ClaimsConstructionsTest, QuotedByOutletAsSaying) {
  auto c = Claims(
      "Mayor Tom Hale was quoted by the Herald as saying that taxes would "
      "rise next year.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Mayor Tom Hale");
  EXPECT_EQ(c[0].cue, "as saying");
  EXPECT_EQ(c[0].reported_by, "the Herald");
  EXPECT_EQ(c[0].content, "taxes would rise next year");
}

TEST(ClaimsConstructionsTest, RelativeClauseWithoutClosingComma) {
  auto c = Claims(
      "Mr. Hale, who retired from the council in 1990 said the plant was "
      "safe.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Mr. Hale");
  EXPECT_EQ(c[0].content, "the plant was safe");
}

TEST(ClaimsConstructionsTest, PrepositionalParentheticalBeforeVerb) {
  auto c = Claims(
      "Other witnesses, after appearances before the committee, which is "
      "probing the sale, disclosed that the funds were missing.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Other witnesses");
  EXPECT_EQ(c[0].content, "the funds were missing");
}

TEST(ClaimsConstructionsTest, RelativeClauseWithQuotedNameBeforeVerb) {
  auto c = Claims(
      "Norway and Chile, which hosted the so-called \"Oslo round\" in 2021, "
      "have called on both sides to return to the table.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Norway and Chile");
  EXPECT_EQ(c[0].cue, "called on");
  EXPECT_EQ(c[0].content, "both sides to return to the table");
}

TEST(ClaimsConstructionsTest, WhoAntecedentIsTheAppositionHead) {
  auto c = Claims(
      "Prices will rise, said Lena Ortiz, chief economist at Delta Bank, who "
      "expects a cut in April.");
  const ClaimView e = One(c, "expects");
  EXPECT_EQ(e.source, "Lena Ortiz");
  EXPECT_EQ(e.content, "a cut in April");
}

TEST(ClaimsConstructionsTest, PronounGenderPicksTheMatchingPerson) {
  const std::string text =
      "Tom Hale said the plan was sound. Anna Brooks disagreed at the "
      "meeting. She said the plan would fail. He said it would not.";
  auto c = Claims(text, {{"Tom Hale", EntityType::kPer, "Tom Hale"},
                         {"Anna Brooks", EntityType::kPer, "Anna Brooks"}});
  ASSERT_THAT(c, SizeIs(3));
  EXPECT_EQ(c[1].source, "She");
  EXPECT_EQ(c[1].entity, "Anna Brooks");
  EXPECT_EQ(c[2].source, "He");
  EXPECT_EQ(c[2].entity, "Tom Hale");
}

TEST(ClaimsConstructionsTest, UnknownFirstNameKeepsTheTopicPerson) {
  auto c = Claims("Kim Tarr said the dam held. She said the river fell.",
                  {{"Kim Tarr", EntityType::kPer, "Kim Tarr"}});
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[1].entity, "Kim Tarr");
}

// 9. Headline topic labels.
TEST(ClaimsConstructionsTest, PlaceLabelHeadlineIsNotASpeaker) {
  auto c = Claims("Sudan: UN warns of famine\n\nText follows here.",
                  {{"Sudan", EntityType::kGpe, "Sudan"},
                   {"UN", EntityType::kOrg, "United Nations"}});
  for (const ClaimView& v : c) EXPECT_NE(v.cue, ":") << v;
  auto d = Claims("Gaza: Fighting Resumes Near Border\n\nText follows here.",
                  {{"Gaza", EntityType::kGpe, "Gaza"}});
  EXPECT_THAT(d, IsEmpty());
}

TEST(ClaimsConstructionsTest, PlaceHeadlineWithDemandOrQuoteIsAClaim) {
  auto c = Claims("Kyiv: Destroy Russia's Military Infrastructure\n\nText.",
                  {{"Kyiv", EntityType::kGpe, "Kyiv"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Kyiv");
  EXPECT_EQ(c[0].content, "Destroy Russia's Military Infrastructure");
  auto d = Claims("Kyiv: West Must Lift Limits\n\nText.",
                  {{"Kyiv", EntityType::kGpe, "Kyiv"}});
  ASSERT_THAT(d, SizeIs(1));
  auto e = Claims("Moscow: \xE2\x80\x9CRelocation\xE2\x80\x9D\n\nText.",
                  {{"Moscow", EntityType::kGpe, "Moscow"}});
  ASSERT_THAT(e, SizeIs(1));
}

// 10. Two cues, two propositions.
TEST(ClaimsConstructionsTest, SaidThenAddedInTwoSentences) {
  auto c = Claims(
      "The rain will stop by Friday, he said. The roads will reopen next "
      "week, he added.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "said").content, "The rain will stop by Friday");
  EXPECT_EQ(One(c, "added").content, "The roads will reopen next week");
}

TEST(ClaimsConstructionsTest, SaidP1AndP2HeAddedInOneSentence) {
  auto c =
      Claims("He said the river was rising, and the dam would hold, he added.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "said").source, "He");
  EXPECT_EQ(One(c, "said").content, "the river was rising");
  EXPECT_EQ(One(c, "added").source, "he");
  EXPECT_EQ(One(c, "added").content, "the dam would hold");
}

}  // namespace
TEST(ClaimsConstructionsTest, ParticipleAfterTheMainClause) {
  // The subject of the main clause speaks; a fronted participle is not it.
  auto c = Claims(
      "Speaking in Paris on Monday, he read the list, saying: \"We will win "
      "this.\"");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "he");
  EXPECT_EQ(c[0].cue, "saying");
  EXPECT_EQ(c[0].content, "We will win this.");
  EXPECT_EQ(c[0].rule, "participle.clause_subject");
  // "only" before "that"; a preposition and a time word before a clause.
  auto d = Claims(
      "The chairman gave no details, saying only that the talks took place.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "The chairman");
  EXPECT_EQ(d[0].content, "the talks took place");
  auto e = Claims(
      "The senator joined the debate, announcing on Wednesday he would "
      "vote no.");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].source, "The senator");
  EXPECT_EQ(e[0].content, "he would vote no");
}

TEST(ClaimsConstructionsTest, NotingAClauseWithAQuotedPredicate) {
  auto c = Claims(
      "Hollande spoke in Paris, noting the nominee \"makes you want to "
      "retch.\"");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Hollande");
  EXPECT_EQ(c[0].cue, "noting");
  EXPECT_EQ(c[0].content, "the nominee \"makes you want to retch.\"");
}

TEST(ClaimsConstructionsTest, CueThenAnAsideOrAPhraseThenTheQuote) {
  auto c = Claims(
      "Beck joked, again using a Southern accent, “Come on up and get "
      "baptized!”");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Beck");
  EXPECT_EQ(c[0].cue, "joked");
  EXPECT_EQ(c[0].content, "Come on up and get baptized!");
  auto d = Claims(
      "Nelson Diaz, a former judge, said of the senator: “He is American "
      "through and through.”");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "Nelson Diaz, a former judge");
  EXPECT_EQ(d[0].content, "He is American through and through.");
  auto e = Claims(
      "Mitt Romney tweeted in response: “There is an important difference "
      "here.”");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].source, "Mitt Romney");
  EXPECT_EQ(e[0].cue, "tweeted");
  EXPECT_EQ(e[0].content, "There is an important difference here.");
}

TEST(ClaimsConstructionsTest, ThatlessClauseAfterMoreCues) {
  auto c = Claims("The minister warned the deal would collapse.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].cue, "warned");
  EXPECT_EQ(c[0].content, "the deal would collapse");
  auto d = Claims("The company admitted its engineers had made mistakes.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "its engineers had made mistakes");
  // A verb inside a relative clause does not make the object a clause.
  EXPECT_THAT(Claims("The farmers feared the rise of a class which might "
                     "take their land."),
              IsEmpty());
}

TEST(ClaimsConstructionsTest, TitleCaseHeadlineWithAReportingVerb) {
  auto c = Claims(
      "Mayor Says City Will Rebuild The Bridge By Spring\n\n"
      "The mayor spoke on Monday.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Mayor");
  EXPECT_EQ(c[0].cue, "Says");
  EXPECT_EQ(c[0].lemma, "say");
  EXPECT_EQ(c[0].content, "City Will Rebuild The Bridge By Spring");
  EXPECT_EQ(c[0].rule, "headline.verb");
  // Two attributions in one headline, split at the comma.
  auto d = Claims(
      "China Urges EU to Drop Tariffs, Ministry Spokesperson Stresses "
      "Beijing Will Respond\n\nText.");
  ASSERT_THAT(d, SizeIs(2));
  EXPECT_EQ(d[0].source, "China");
  EXPECT_EQ(d[0].content, "EU to Drop Tariffs");
  EXPECT_EQ(d[1].source, "Ministry Spokesperson");
  EXPECT_EQ(d[1].cue, "Stresses");
  EXPECT_EQ(d[1].content, "Beijing Will Respond");
  // Not in running text, nor in a title that is not a claim.
  EXPECT_THAT(Claims("The Man Who Says Too Much\n\nText."), IsEmpty());
  EXPECT_THAT(Claims("He met Reports Editor Jane Doe in Paris on Monday."),
              IsEmpty());
}

TEST(ClaimsConstructionsTest, CalledAnObjectAName) {
  auto c = Claims("Senator Rubio called the statement “offensive and wrong.”");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Senator Rubio");
  EXPECT_EQ(c[0].cue, "called");
  EXPECT_EQ(c[0].lemma, "call");
  EXPECT_EQ(c[0].content, "the statement “offensive and wrong.”");
  auto d = Claims(
      "Seven governors have called it an attack on the autonomy of the "
      "states.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "it an attack on the autonomy of the states");
  // Names and plain objects are not claims.
  EXPECT_THAT(Claims("The series is called the “IT Crowd” in Britain."),
              IsEmpty());
  EXPECT_THAT(Claims("The mayor called a meeting for Friday."), IsEmpty());
  EXPECT_THAT(Claims("A man called John came to the door."), IsEmpty());
}

TEST(ClaimsConstructionsTest, PhrasesBetweenTheCueAndItsClause) {
  // A prepositional phrase before "that".
  auto c = Claims(
      "Mr. Trump was claiming without any evidence that the city wanted "
      "more refugees.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Mr. Trump");
  EXPECT_EQ(c[0].content, "the city wanted more refugees");
  // An interposed cue with a phrase of its own.
  auto d = Claims(
      "If she wins, Clinton suggested in a tweet, no woman will be "
      "punished.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "Clinton");
  EXPECT_EQ(d[0].rule, "front.interposed");
  EXPECT_EQ(d[0].content,
            "If she wins, Clinton suggested in a tweet, no woman will be "
            "punished");
}

TEST(ClaimsConstructionsTest, ColonBeforeAQuoteWithItsOwnSpeaker) {
  auto c = Claims(
      "Trump asserted that France had lost its identity: “France is no "
      "longer France,” he claimed.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].source, "Trump");
  EXPECT_EQ(c[0].content, "France had lost its identity");
  EXPECT_EQ(c[1].source, "he");
  EXPECT_EQ(c[1].cue, "claimed");
  EXPECT_EQ(c[1].content, "France is no longer France,");
}

}  // namespace sayso::testing
