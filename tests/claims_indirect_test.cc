// Indirect speech: one test per construction, exact spans.
#include "claims_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sayso::testing {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

TEST(ClaimsIndirectTest, SaidThat) {
  auto c = Claims(
      "The central bank said that inflation would ease in the "
      "autumn.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].kind, "indirect");
  EXPECT_EQ(c[0].source, "The central bank");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content, "inflation would ease in the autumn");
  EXPECT_EQ(c[0].rule, "indirect.that");
}

TEST(ClaimsIndirectTest, SaidWithoutThat) {
  auto c = Claims("The union said it would strike on Friday.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The union");
  EXPECT_EQ(c[0].content, "it would strike on Friday");
  EXPECT_EQ(c[0].rule, "indirect.zero_that");
}

TEST(ClaimsIndirectTest, AuxiliariesAndAdverbsAreNotPartOfTheCue) {
  auto c = Claims("Norway had earlier said that the talks were over.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Norway");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content, "the talks were over");
}

TEST(ClaimsIndirectTest, FrontedContentSubjectCue) {
  auto c = Claims(
      "Two bridges were damaged in the flood, the regional "
      "administration said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the regional administration");
  EXPECT_EQ(c[0].content, "Two bridges were damaged in the flood");
  EXPECT_EQ(c[0].rule, "front.subject_cue");
}

TEST(ClaimsIndirectTest, FrontedContentInvertedSubject) {
  auto c = Claims(
      "To end the crisis, new elections are needed, said the "
      "leader of the opposition, Maria Costa.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the leader of the opposition, Maria Costa");
  EXPECT_EQ(c[0].content, "To end the crisis, new elections are needed");
  EXPECT_EQ(c[0].rule, "front.cue_subject");
}

TEST(ClaimsIndirectTest, AdverbialsBetweenCueAndThat) {
  auto c = Claims(
      "The ministry said on Sunday in a statement that 40 "
      "soldiers had been freed.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The ministry");
  EXPECT_EQ(c[0].content, "40 soldiers had been freed");
  auto d = Claims(
      "The mayor said – in an interview with a local radio – that "
      "the market will reopen.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "the market will reopen");
  auto e = Claims(
      "The agency reported today, Monday, that the port was "
      "closed.");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].content, "the port was closed");
}

TEST(ClaimsIndirectTest, AccordingToLeading) {
  auto c = Claims(
      "According to the fire service, the blaze started in a "
      "kitchen.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the fire service");
  EXPECT_EQ(c[0].cue, "According to");
  EXPECT_EQ(c[0].lemma, "according to");
  EXPECT_EQ(c[0].content, "the blaze started in a kitchen");
}

TEST(ClaimsIndirectTest, AccordingToTrailing) {
  auto c = Claims(
      "Three people were injured in the blast, according to "
      "local police.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "local police");
  EXPECT_EQ(c[0].cue, "according to");
  EXPECT_EQ(c[0].content, "Three people were injured in the blast");
}

TEST(ClaimsIndirectTest, CitingGivesARelayedClaim) {
  auto c = Claims(
      "The army has advanced near the river, according to the "
      "think tank, citing satellite images.");
  ASSERT_THAT(c, SizeIs(2));
  const ClaimView own = One(c, "according to");
  EXPECT_EQ(own.source, "the think tank");
  EXPECT_EQ(own.content, "The army has advanced near the river");
  const ClaimView relayed = One(c, "citing");
  EXPECT_EQ(relayed.source, "satellite images");
  EXPECT_EQ(relayed.reported_by, "the think tank");
  EXPECT_EQ(relayed.content, "The army has advanced near the river");
  ClaimOptions off;
  off.emit_relayed = false;
  EXPECT_THAT(Claims("The army has advanced near the river, according to "
                     "the think tank, citing satellite images.",
                     {}, off),
              SizeIs(1));
}

TEST(ClaimsIndirectTest, PassiveQuotedAsSaying) {
  auto c = Claims("The governor was quoted as saying that the dam is safe.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The governor");
  EXPECT_EQ(c[0].cue, "as saying");
  EXPECT_EQ(c[0].content, "the dam is safe");
  EXPECT_EQ(c[0].reported_by, "");
}

TEST(ClaimsIndirectTest, RelayedQuotedAsSaying) {
  auto c = Claims(
      "Reuters’s reporter in Kherson quoted local officials as "
      "saying that the ferry had sunk.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "local officials");
  EXPECT_EQ(c[0].cue, "as saying");
  EXPECT_EQ(c[0].reported_by, "Reuters’s reporter in Kherson");
  EXPECT_EQ(c[0].content, "the ferry had sunk");
  EXPECT_EQ(c[0].rule, "relay.quoted_as_saying");
}

TEST(ClaimsIndirectTest, ItWasReportedThat) {
  auto c = Claims(
      "It was reported that the train had left without "
      "passengers.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "");
  EXPECT_EQ(c[0].cue, "reported");
  EXPECT_EQ(c[0].content, "the train had left without passengers");
  EXPECT_EQ(c[0].rule, "passive.it_that");
}

TEST(ClaimsIndirectTest, PassiveWithAnAgent) {
  auto c = Claims(
      "The mayor had been briefed by the police chief about the "
      "rise in burglaries.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the police chief");
  EXPECT_EQ(c[0].cue, "briefed");
  EXPECT_EQ(c[0].content, "the rise in burglaries");
  EXPECT_EQ(c[0].rule, "passive.by_agent");
  auto d = Claims(
      "The committee was told by auditors that the funds were "
      "missing.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "auditors");
  EXPECT_EQ(d[0].content, "the funds were missing");
}

TEST(ClaimsIndirectTest, QuotedByIsReportedBy) {
  auto c = Claims("The strike hit a depot, the navy said, quoted by TASS.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the navy");
  EXPECT_EQ(c[0].reported_by, "TASS");
  EXPECT_EQ(c[0].content, "The strike hit a depot");
}

// The inverted order ("said the navy") has its own relay branch; without
// ", quoted by" the claim has no reported_by.
TEST(ClaimsIndirectTest, QuotedByAfterInvertedSubjectIsReportedBy) {
  auto c = Claims("The strike hit a depot, said the navy, quoted by TASS.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].rule, "front.cue_subject");
  EXPECT_EQ(c[0].source, "the navy");
  EXPECT_EQ(c[0].reported_by, "TASS");
  EXPECT_EQ(c[0].content, "The strike hit a depot");
  auto d = Claims("The strike hit a depot, said the navy.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].rule, "front.cue_subject");
  EXPECT_EQ(d[0].source, "the navy");
  EXPECT_EQ(d[0].reported_by, "");
}

TEST(ClaimsIndirectTest, InterposedAttributionKeepsTheWholeSentence) {
  auto c = Claims(
      "If the rain continues, the engineer said, the road will "
      "flood.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the engineer");
  EXPECT_EQ(c[0].content,
            "If the rain continues, the engineer said, the road will flood");
  EXPECT_EQ(c[0].rule, "front.interposed");
}

TEST(ClaimsIndirectTest, ParticipleTakesTheClauseSubject) {
  auto c = Claims(
      "The navy stated that the ship was hit, noting that nobody "
      "was injured.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "stated").content, "the ship was hit");
  const ClaimView noting = One(c, "noting");
  EXPECT_EQ(noting.source, "The navy");
  EXPECT_EQ(noting.content, "nobody was injured");
}

TEST(ClaimsIndirectTest, ParticipleAfterButClause) {
  auto c = Claims(
      "Chile had said that it would stay neutral, but President "
      "Ana Ruiz sent troops, indicating that the threat was "
      "real.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "said").content, "it would stay neutral");
  EXPECT_EQ(One(c, "indicating").source, "President Ana Ruiz");
}

TEST(ClaimsIndirectTest, FrontedParticipleTakesTheMainSubject) {
  auto c = Claims(
      "After stating that the budget was balanced, the minister "
      "left the room.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the minister");
  EXPECT_EQ(c[0].content, "the budget was balanced");
}

TEST(ClaimsIndirectTest, CoordinatedVerbsShareTheSource) {
  auto c = Claims(
      "The senator condemned the decision and said the court "
      "had overstepped its powers.");
  ASSERT_THAT(c, SizeIs(2));
  const ClaimView condemned = One(c, "condemned");
  EXPECT_EQ(condemned.content, "the decision");
  EXPECT_EQ(condemned.rule, "indirect.object");
  const ClaimView said = One(c, "said");
  EXPECT_EQ(said.source, "The senator");
  EXPECT_EQ(said.content, "the court had overstepped its powers");
  EXPECT_EQ(said.rule, "coordinated.previous_source");
}

TEST(ClaimsIndirectTest, GerundsWithTheirOwnSubject) {
  auto c = Claims(
      "The city is calm, with police warning against rumours and "
      "urging residents to stay home.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "warning").source, "police");
  EXPECT_EQ(One(c, "warning").content, "against rumours");
  EXPECT_EQ(One(c, "urging").source, "police");
  EXPECT_EQ(One(c, "urging").content, "residents to stay home");
}

TEST(ClaimsIndirectTest, RelativeClauseTakesItsAntecedent) {
  auto c = Claims(
      "The town was shelled by the rebels, who in turn claimed "
      "that they had captured a tank.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the rebels");
  EXPECT_EQ(c[0].cue, "claimed");
  EXPECT_EQ(c[0].content, "they had captured a tank");
}

TEST(ClaimsIndirectTest, ToldReportersAndToldAMedium) {
  auto c = Claims(
      "The coach told reporters on Monday that the team was "
      "tired.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The coach");
  EXPECT_EQ(c[0].cue, "told");
  EXPECT_EQ(c[0].content, "the team was tired");
  auto d = Claims("“The team is tired,” a club official told the BBC.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "a club official");
  EXPECT_EQ(d[0].content, "The team is tired,");
}

TEST(ClaimsIndirectTest, MultiWordCues) {
  auto c = Claims("She made it clear that the offer was final.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].cue, "made it clear");
  EXPECT_EQ(c[0].content, "the offer was final");
  auto d = Claims("The charity calls for an immediate ceasefire.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].cue, "calls for");
  EXPECT_EQ(d[0].content, "an immediate ceasefire");
  auto e = Claims("The rebels speak of a tactical withdrawal.");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].cue, "speak of");
  EXPECT_EQ(e[0].content, "a tactical withdrawal");
}

TEST(ClaimsIndirectTest, ParticleIsNeitherCueNorContent) {
  auto c = Claims("The farmers complained about the low prices of grain.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].cue, "complained");
  EXPECT_EQ(c[0].content, "the low prices of grain");
  auto d = Claims("It is a reform which the mayor views as necessary.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "the mayor");
  EXPECT_EQ(d[0].cue, "views");
  EXPECT_EQ(d[0].content, "necessary");
}

TEST(ClaimsIndirectTest, BeliefVerbs) {
  auto c = Claims(
      "Analysts estimate that growth will slow. Ukraine hopes that "
      "the aid will arrive.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].lemma, "estimate");
  EXPECT_EQ(c[0].source, "Analysts");
  EXPECT_EQ(c[0].source_type, EntityType::kOther);
  EXPECT_EQ(c[1].lemma, "hope");
  EXPECT_EQ(c[1].content, "the aid will arrive");
}

TEST(ClaimsIndirectTest, TwoCuesInOneSentence) {
  auto c = Claims(
      "The army said that the town was retaken, and the ministry "
      "added that mines were cleared.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "said").content, "the town was retaken");
  EXPECT_EQ(One(c, "added").source, "the ministry");
  EXPECT_EQ(One(c, "added").content, "mines were cleared");
}

TEST(ClaimsIndirectTest, WithoutGivingDetailsIsNotContent) {
  auto c = Claims(
      "The agency said that the ministers signed a deal, without "
      "giving details.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].content, "the ministers signed a deal");
}

TEST(ClaimsIndirectTest, NounAndAdjectiveUsesOfCueWordsAreNotCues) {
  EXPECT_THAT(Claims("The reported deaths rose to ten."), IsEmpty());
  EXPECT_THAT(Claims("Jan Novak, state party chairman, resigned."), IsEmpty());
  EXPECT_THAT(Claims("The minister declined to say when he would leave."),
              IsEmpty());
  EXPECT_THAT(Claims("An expected move is a ban on the party."), IsEmpty());
  EXPECT_THAT(Claims("The State Department opened a new office."), IsEmpty());
  EXPECT_THAT(Claims("The company did not comment."), IsEmpty());
  EXPECT_THAT(Claims("He is expected to visit the region."), IsEmpty());
}

TEST(ClaimsIndirectTest, ApposedTitleAndName) {
  auto c = Claims(
      "The head of the regional council, Petra Lind, said that "
      "schools will reopen.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The head of the regional council, Petra Lind");
  EXPECT_EQ(c[0].content, "schools will reopen");
}

TEST(ClaimsIndirectTest, AgeAndLongRoleAppositions) {
  auto c = Claims("Tom Reed, 45, said the fire started at noon.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Tom Reed, 45");
  EXPECT_EQ(c[0].content, "the fire started at noon");
  auto d = Claims(
      "Lena Park, a spokeswoman for the Ministry of Foreign "
      "Affairs in Seoul, said that the envoy had left.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source,
            "Lena Park, a spokeswoman for the Ministry of Foreign Affairs in "
            "Seoul");
  EXPECT_EQ(d[0].content, "the envoy had left");
}

TEST(ClaimsIndirectTest, ParentheticalClauseBetweenSubjectAndVerb) {
  auto c = Claims(
      "The rebels, while admitting that they had lost the town, "
      "speak of a planned retreat.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(One(c, "admitting").source, "The rebels");
  EXPECT_EQ(One(c, "admitting").content, "they had lost the town");
  EXPECT_EQ(One(c, "speak of").source, "The rebels");
  EXPECT_EQ(One(c, "speak of").content, "a planned retreat");
}

TEST(ClaimsIndirectTest, ParticiplePhraseAndAdverbBetweenSubjectAndVerb) {
  auto c = Claims(
      "The governor, speaking at a town hall in Dayton, said he "
      "would veto the bill.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The governor");
  EXPECT_EQ(c[0].content, "he would veto the bill");
  auto d = Claims("Farmers, however, say the new tariff hurts exports.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "Farmers");
  EXPECT_EQ(d[0].cue, "say");
  EXPECT_EQ(d[0].content, "the new tariff hurts exports");
}

TEST(ClaimsIndirectTest, AccordingToALongSource) {
  auto c = Claims(
      "According to two officials familiar with the talks, the "
      "offer was rejected.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "two officials familiar with the talks");
  EXPECT_EQ(c[0].content, "the offer was rejected");
}

TEST(ClaimsIndirectTest, FindingsOfReports) {
  auto c = Claims("The audit found that two contracts were never signed.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The audit");
  EXPECT_EQ(c[0].lemma, "find");
  EXPECT_EQ(c[0].content, "two contracts were never signed");
}

TEST(ClaimsIndirectTest, ZeroThatClauseWithAnIrregularPast) {
  auto c = Claims(
      "Mary Olsen, county party chairman, said a rally held "
      "Sunday drew large crowds.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Mary Olsen, county party chairman");
  EXPECT_EQ(c[0].content, "a rally held Sunday drew large crowds");
}

TEST(ClaimsIndirectTest, ZeroThatClauseWithABareNounSubject) {
  auto c = Claims(
      "Anna Costa, head of the teachers' union, said teachers had lost six "
      "years of pay.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Anna Costa, head of the teachers' union");
  EXPECT_EQ(c[0].content, "teachers had lost six years of pay");
  EXPECT_EQ(c[0].rule, "indirect.zero_that");
  // The noun phrase may hold prepositional phrases and names.
  auto d = Claims(
      "The group said quality problems at its Gamesa unit would cost more.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content,
            "quality problems at its Gamesa unit would cost more");
  // An adverb before a present-tense verb.
  auto e = Claims("The report says heatwaves now affect half of the sea.");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].content, "heatwaves now affect half of the sea");
}

TEST(ClaimsIndirectTest, ZeroThatClauseWithExistentialThere) {
  auto c = Claims("Residents said there had been no fighters in the house.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Residents");
  EXPECT_EQ(c[0].content, "there had been no fighters in the house");
}

TEST(ClaimsIndirectTest, BareNounObjectsAreNotClauses) {
  EXPECT_THAT(Claims("He said goodbye and went home."), IsEmpty());
  EXPECT_THAT(Claims("She said prayers for the victims of the fire."),
              IsEmpty());
  // Two noun phrases side by side are not one subject.
  EXPECT_THAT(Claims("For added comfort some sandals have foam soles."),
              IsEmpty());
  // An object pronoun is the addressee, never the content's start.
  for (const ClaimView& v :
       Claims("A fan told me he had called the box office.")) {
    EXPECT_NE(v.content.substr(0, 3), "me ") << v;
  }
}

TEST(ClaimsIndirectTest, FrontedParticipleTakesTheSubjectAfterIt) {
  auto c = Claims(
      "Pelham said there was research on the vote. While emphasizing that "
      "details were not worked out, Pelham said his resolution would pass.");
  const ClaimView emph = One(c, "emphasizing");
  EXPECT_EQ(emph.source, "Pelham");
  EXPECT_EQ(emph.content, "details were not worked out");
}

TEST(ClaimsIndirectTest, NounUsesOfCueFormsAreNotCues) {
  // A relative clause after a noun, not a content clause.
  EXPECT_THAT(Claims("The company issued a profit warning that erased a "
                     "third of its value."),
              IsEmpty());
  EXPECT_THAT(Claims("The budget relies on optimistic revenue forecasts that "
                     "nobody believes."),
              IsEmpty());
  // An event noun: the content belongs to the verb before it.
  auto c = Claims(
      "Lin Jian told a daily news briefing that China would "
      "respond.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].cue, "told");
  EXPECT_EQ(c[0].content, "China would respond");
  // Participles with an object or a clause stay cues; so does a verb after
  // a determiner phrase.
  EXPECT_EQ(One(Claims("The ministry issued a statement saying that the "
                       "border was closed."),
                "saying")
                .content,
            "the border was closed");
  EXPECT_EQ(One(Claims("The head of the agency warns that prices will rise."),
                "warns")
                .source,
            "The head of the agency");
}

TEST(ClaimsIndirectTest, LongDescriptiveApposition) {
  auto c = Claims(
      "UNIFIL, the United Nations peacekeeping force in southern Lebanon, "
      "said it had recorded 40 violations.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source,
            "UNIFIL, the United Nations peacekeeping force in southern "
            "Lebanon");
  EXPECT_EQ(c[0].content, "it had recorded 40 violations");
  // A segment that opens with another determiner is a clause, not an
  // apposition: the inverted reading stands.
  auto d = Claims(
      "The proposals, complex as they are, all deal with fringe areas of the "
      "market, stated Caron Stallard, a banker.");
  const ClaimView st = One(d, "stated");
  EXPECT_EQ(st.source, "Caron Stallard");
}

TEST(ClaimsIndirectTest, DiscloseAndRuleOutTakeAnObject) {
  auto c = Claims("He ruled out a sale of the wind business.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].cue, "ruled out");
  EXPECT_EQ(c[0].lemma, "rule out");
  EXPECT_EQ(c[0].content, "a sale of the wind business");
  auto d = Claims("The company disclosed faulty parts in its turbines.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "faulty parts in its turbines");
  // "reject" takes an object only with an "as" complement: rejecting an
  // offer is an act, not a statement.
  EXPECT_THAT(Claims("Smith rejected the offer on Monday."), IsEmpty());
}

TEST(ClaimsIndirectTest, DatelineIsNeitherContentNorSource) {
  auto c = Claims(
      "BEIRUT/JERUSALEM (AP) — Israeli airstrikes killed 12 people, "
      "officials said.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "officials");
  EXPECT_EQ(c[0].content, "Israeli airstrikes killed 12 people");
  // Agency datelines with a date, ended by "--".
  auto x = Claims(
      "BEIJING, Nov. 20 (Xinhua) -- China will take measures, a spokesperson "
      "said.");
  ASSERT_THAT(x, SizeIs(1));
  EXPECT_EQ(x[0].content, "China will take measures");
  auto d = Claims(
      "BRASILIA — Brazil's justice minister, Renato Falcao, defended the "
      "plan, saying it would cut crime.");
  const ClaimView saying = One(d, "saying");
  EXPECT_EQ(saying.source, "Brazil's justice minister, Renato Falcao");
  EXPECT_EQ(saying.content, "it would cut crime");
}

TEST(ClaimsIndirectTest, ClauseAfterTheCueIsNotAnInvertedSubject) {
  // The apposition holds parentheses; the noun after "said" starts a clause.
  auto c = Claims(
      "Ana Costa, head of the National Federation of Farmers (Farmfed), said "
      "farmers had been taken hostage by the parties.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source,
            "Ana Costa, head of the National Federation of Farmers (Farmfed)");
  EXPECT_EQ(c[0].content, "farmers had been taken hostage by the parties");
  // A prepositional phrase in commas after the name; a coordinated noun in
  // the clause's subject.
  auto d = Claims(
      "Senator Ana Rocha, from the state of Amazonas, said drug routes along "
      "the river and its towns had turned into war zones.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "Senator Ana Rocha");
  EXPECT_EQ(d[0].content,
            "drug routes along the river and its towns had turned into war "
            "zones");
  // Still inverted: "P, said the minister."
  auto e = Claims("Prices will fall next year, said the minister.");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].source, "the minister");
  EXPECT_EQ(e[0].rule, "front.cue_subject");
}

TEST(ClaimsIndirectTest, ApproximateNumberOpensTheClause) {
  auto c = Claims(
      "Israeli officials say about 60,000 residents have returned home.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].content, "about 60,000 residents have returned home");
}

TEST(ClaimsIndirectTest, BaseFormBeforeAVerbIsANoun) {
  auto c = Claims("The WMO report says heatwaves now affect twice the area.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The WMO report");
  EXPECT_EQ(c[0].cue, "says");
}

TEST(ClaimsIndirectTest, PronounAfterCueIsTheContentSubject) {
  auto c = Claims("Prices rose sharply, and the mayor said he would act.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the mayor");
  EXPECT_EQ(c[0].content, "he would act");
}

}  // namespace
TEST(ClaimsIndirectTest, ZeroThatClauseAfterAComparativeQuantifier) {
  auto c = Claims("Aides said more than 2 million donors gave money.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Aides");
  EXPECT_EQ(c[0].content, "more than 2 million donors gave money");
  auto d = Claims("The police said at least 20 people died in the fire.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "at least 20 people died in the fire");
}

TEST(ClaimsIndirectTest, PluralNounSpelledLikeACueOpensTheClause) {
  // "comments", "reports": nouns here, not the verbs "comment", "report".
  auto c = Claims(
      "A Senate aide said comments from the envoy were consistent with the "
      "plan.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "A Senate aide");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].content,
            "comments from the envoy were consistent with the plan");
}

TEST(ClaimsIndirectTest, ParticipleOfAskingAfterAGroupIsTheSubject) {
  auto c = Claims("Those surveyed said the economy was weak.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Those surveyed");
  EXPECT_EQ(c[0].content, "the economy was weak");
  auto d = Claims("The farmers interviewed said prices had doubled.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "The farmers interviewed");
  // Two verbs in a row stay unattributed.
  EXPECT_THAT(Claims("The firm maintained reported profits were high."),
              IsEmpty());
}

TEST(ClaimsIndirectTest, AddresseeThenAThatlessClause) {
  auto c = Claims("She told him the plan was dead.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "She");
  EXPECT_EQ(c[0].cue, "told");
  EXPECT_EQ(c[0].content, "the plan was dead");
  auto d = Claims("The mayor told reporters the bridge would reopen in May.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "the bridge would reopen in May");
  auto e = Claims("Kerr told Fox News host Ann Lee a loss is likely.");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].content, "a loss is likely");
  // With a "that" further on, the addressee may be longer.
  auto f = Claims(
      "Robinson told James Jones and two of his drivers that the bus had "
      "been attacked.");
  ASSERT_THAT(f, SizeIs(1));
  EXPECT_EQ(f[0].content, "the bus had been attacked");
}

TEST(ClaimsIndirectTest, SubjectOpeningASentenceTakesNothingFromTheOneBefore) {
  auto c = Claims(
      "Baker said the probe was \"ongoing.\" He said the agency had not "
      "commented on the case.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].source, "Baker");
  EXPECT_EQ(c[0].content, "the probe was \"ongoing.\"");
  EXPECT_EQ(c[1].source, "He");
  EXPECT_EQ(c[1].content, "the agency had not commented on the case");
  // The cue's own clause wins over a quote that closed the sentence before.
  auto d = Claims(
      "“A ban now would punish those who did not cause it.” The minister, "
      "Ana Ruiz, said Rome would present a plan.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "The minister, Ana Ruiz");
  EXPECT_EQ(d[0].content, "Rome would present a plan");
}

TEST(ClaimsIndirectTest, ContentEndsWhereANewSubjectAndCueBegin) {
  auto c = Claims(
      "Comey has said that he makes recommendations on cases, Lewandowski "
      "said he does not do them publicly.");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].source, "Comey");
  EXPECT_EQ(c[0].content, "he makes recommendations on cases");
  EXPECT_EQ(c[1].source, "Lewandowski");
  EXPECT_EQ(c[1].content, "he does not do them publicly");
  auto d = Claims(
      "She explained that the deal was fair - but she also insisted that "
      "the talks were over.");
  ASSERT_THAT(d, SizeIs(2));
  EXPECT_EQ(d[0].content, "the deal was fair");
  EXPECT_EQ(d[1].cue, "insisted");
  EXPECT_EQ(d[1].content, "the talks were over");
  // An interposed attribution and a modal clause do not cut the content.
  auto e = Claims(
      "The judge told the court that if the cases were delayed, he would "
      "dismiss them.");
  ASSERT_THAT(e, SizeIs(1));
  EXPECT_EQ(e[0].content,
            "if the cases were delayed, he would dismiss them");
}

TEST(ClaimsIndirectTest, ListsOfNamesAndQuotedWordsInAThatlessSubject) {
  auto c = Claims(
      "A Democratic aide said comments from Rice, Rhodes and Petraeus were "
      "consistent with their statements.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].content,
            "comments from Rice, Rhodes and Petraeus were consistent with "
            "their statements");
  auto d = Claims("Trump said \"zero\" voters would follow Graham.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].content, "\"zero\" voters would follow Graham");
  // A participle cue after a quote's inner comma ends the content.
  auto e = Claims(
      "Cruz said that Trump represents \"New York values,\" stating that "
      "they are liberal.");
  ASSERT_THAT(e, SizeIs(2));
  EXPECT_EQ(e[0].content, "Trump represents \"New York values");
  EXPECT_EQ(e[1].cue, "stating");
  EXPECT_EQ(e[1].content, "they are liberal");
}

}  // namespace sayso::testing
