// Source phrases and their resolution to entities. Mentions are added by
// hand, as a host's own NER stage would (no gazetteer needed).
#include "claims_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sayso::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::SizeIs;

constexpr EntityType PER = EntityType::kPer;
constexpr EntityType ORG = EntityType::kOrg;
constexpr EntityType GPE = EntityType::kGpe;
constexpr EntityType NORP = EntityType::kNorp;

TEST(ClaimsSourceTest, TitledNameLinksToThePerson) {
  auto c = Claims(
      "Finnish Defence Minister Antti Kaikkonen said that the "
      "exercise went well.",
      {{"Finnish", NORP, "Finland"},
       {"Antti Kaikkonen", PER, "Antti Kaikkonen"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Finnish Defence Minister Antti Kaikkonen");
  EXPECT_EQ(c[0].entity, "Antti Kaikkonen");
  EXPECT_EQ(c[0].source_type, PER);
}

TEST(ClaimsSourceTest, PossessiveOwnerIsNotTheSource) {
  auto c = Claims(
      "Reuters’ correspondent in Odesa reported that the port "
      "was hit.",
      {{"Reuters", ORG, "Reuters"}, {"Odesa", GPE, "Odesa"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Reuters’ correspondent in Odesa");
  EXPECT_EQ(c[0].entity, "");
  EXPECT_EQ(c[0].source_type, PER);
}

TEST(ClaimsSourceTest, PronounResolvesToTheMostRecentPerson) {
  auto c = Claims(
      "Angela Merkel visited Paris on Monday. She said that the "
      "euro was stable.",
      {{"Angela Merkel", PER, "Angela Merkel"}, {"Paris", GPE, "Paris"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "She");
  EXPECT_EQ(c[0].entity, "Angela Merkel");
  EXPECT_EQ(c[0].source_type, PER);
}

TEST(ClaimsSourceTest, PronounPrefersTheSpeakerOverALaterMention) {
  auto c = Claims(
      "President Ines Vale said that the army was ready. She had been briefed "
      "by General Omar Diaz. She added that reserves were called up.",
      {{"Ines Vale", PER, "Ines Vale"}, {"Omar Diaz", PER, "Omar Diaz"}});
  const ClaimView added = One(c, "added");
  EXPECT_EQ(added.source, "She");
  EXPECT_EQ(added.entity, "Ines Vale");
}

TEST(ClaimsSourceTest, DefiniteDescriptionMatchesACanonicalName) {
  auto c = Claims(
      "The Ministry of Finance published new data. The ministry "
      "said that debt had fallen.",
      {{"Ministry of Finance", ORG, "Ministry of Finance"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "The ministry");
  EXPECT_EQ(c[0].entity, "Ministry of Finance");
  EXPECT_EQ(c[0].source_type, ORG);
}

TEST(ClaimsSourceTest, TheAgencyResolvesThroughItsDescription) {
  auto c = Claims(
      "The state news agency “Tanjug” reported that the pass was "
      "closed. The agency said that snow was falling.",
      {{"Tanjug", ORG, "Tanjug"}});
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].entity, "Tanjug");
  EXPECT_EQ(c[1].source, "The agency");
  EXPECT_EQ(c[1].entity, "Tanjug");
}

TEST(ClaimsSourceTest, ThePresidentResolvesThroughTheTitle) {
  auto c = Claims(
      "Brazilian President Lula da Silva met the press. Later, "
      "the Brazilian president said that talks would go on.",
      {{"Brazilian", NORP, "Brazil"},
       {"Lula da Silva", PER, "Luiz Inácio Lula da Silva"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "the Brazilian president");
  EXPECT_EQ(c[0].entity, "Luiz Inácio Lula da Silva");
}

TEST(ClaimsSourceTest, CountryAsSource) {
  auto c = Claims("Poland said that it would close the border.",
                  {{"Poland", GPE, "Poland"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].entity, "Poland");
  EXPECT_EQ(c[0].source_type, GPE);
}

TEST(ClaimsSourceTest, GroupOfExpertsFromAnOrganization) {
  auto c = Claims(
      "Researchers from the Kiel Institute estimate that aid "
      "fell.",
      {{"Kiel Institute", ORG,
        "Kiel Institute for the World "
        "Economy"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Researchers from the Kiel Institute");
  EXPECT_EQ(c[0].entity, "Kiel Institute for the World Economy");
  EXPECT_EQ(c[0].source_type, EntityType::kOther);
}

TEST(ClaimsSourceTest, CoordinatedSourceHasNoSingleEntity) {
  auto c = Claims(
      "Kenya and the United Nations said that the camp was full.",
      {{"Kenya", GPE, "Kenya"}, {"United Nations", ORG, "United Nations"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Kenya and the United Nations");
  EXPECT_EQ(c[0].entity, "");
  EXPECT_EQ(c[0].source_type, EntityType::kOther);
}

TEST(ClaimsSourceTest, AboutListsTheMentionsInsideTheContent) {
  auto c = Claims("Chile said that Peru and Bolivia had signed the treaty.",
                  {{"Chile", GPE, "Chile"},
                   {"Peru", GPE, "Peru"},
                   {"Bolivia", GPE, "Bolivia"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_THAT(c[0].about, ElementsAre("Peru", "Bolivia"));
}

TEST(ClaimsSourceTest, HeadlineSourceLinks) {
  auto c = Claims("Kremlin: Talks Are Over\n\nThe war goes on.",
                  {{"Kremlin", ORG, "Kremlin"}});
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Kremlin");
  EXPECT_EQ(c[0].entity, "Kremlin");
}

TEST(ClaimsSourceTest, ConfidenceAndMinConfidence) {
  auto c = Claims("The union said it would strike on Friday.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_GT(c[0].confidence, 0.5f);
  ClaimOptions strict;
  strict.min_confidence = 0.95f;
  EXPECT_THAT(Claims("The union said it would strike on Friday.", {}, strict),
              SizeIs(0));
}

}  // namespace
TEST(ClaimsSourceTest, NounsSpelledLikeCuesAfterAPossessive) {
  // "report" after a possessive, "remarks" after a possessive and an
  // adjective: nouns, not cues.
  auto c = Claims(
      "Maher stated that the inspector's report \"wasn't good.\"");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Maher");
  EXPECT_EQ(c[0].cue, "stated");
  auto d = Claims("She said in her opening remarks that the plan was dead.");
  ASSERT_THAT(d, SizeIs(1));
  EXPECT_EQ(d[0].source, "She");
  EXPECT_EQ(d[0].cue, "said");
  EXPECT_EQ(d[0].content, "the plan was dead");
}

TEST(ClaimsSourceTest, SubjectWithARelativeThatClause) {
  auto c = Claims(
      "Groups that have endorsed him say they want a new vote.");
  ASSERT_THAT(c, SizeIs(1));
  EXPECT_EQ(c[0].source, "Groups that have endorsed him");
  EXPECT_EQ(c[0].cue, "say");
  EXPECT_EQ(c[0].content, "they want a new vote");
}

TEST(ClaimsSourceTest, PronounRightBeforeTheVerbIsTheWholeSubject) {
  auto c = Claims(
      "McCain was telling reporters on Thursday he viewed the report as "
      "\"deeply flawed.\"");
  ASSERT_THAT(c, SizeIs(2));
  EXPECT_EQ(c[0].source, "McCain");
  EXPECT_EQ(c[0].cue, "telling");
  EXPECT_EQ(c[0].content,
            "he viewed the report as \"deeply flawed.\"");
  EXPECT_EQ(c[1].source, "he");
  EXPECT_EQ(c[1].cue, "viewed");
}

}  // namespace sayso::testing
