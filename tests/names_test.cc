// Tests of the NameFinder stage (sayso/names.h): one group per rule of
// docs/names.md, over sentences written for these tests (invented names, so
// that the built-in gazetteer does not know them). Every test runs
// Tokenizer -> Gazetteer::Default() -> NameFinder and asserts the exact
// mentions (text, type, canonical), in reading order.
#include "sayso/names.h"

#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/tokenizer.h"

namespace sayso {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct M {
  std::string text, type, canonical, stage;
  friend bool operator==(const M&, const M&) = default;
  friend std::ostream& operator<<(std::ostream& os, const M& m) {
    return os << "{" << m.text << " " << m.type << " \"" << m.canonical << "\" "
              << m.stage << "}";
  }
};

M Names(std::string text, std::string type, std::string canonical = "") {
  if (canonical.empty()) canonical = text;
  return {std::move(text), std::move(type), std::move(canonical), "names"};
}
M Gaz(std::string text, std::string type, std::string canonical) {
  return {std::move(text), std::move(type), std::move(canonical), "gazetteer"};
}

class NamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<Gazetteer> gaz = Gazetteer::Default();
    if (!gaz.ok()) {
      GTEST_SKIP() << "the built-in gazetteer is not built (ninja "
                      "sayso_default_gazetteer): "
                   << gaz.status();
    }
    gaz_.emplace(*std::move(gaz));
  }

  std::vector<M> Run(const std::string& text,
                     const NameFinderOptions& options = {}) {
    text_ = text;
    doc_.Reset(text_);
    absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
    EXPECT_TRUE(tok.ok());
    EXPECT_TRUE(tok->Process(doc_).ok());
    EXPECT_TRUE(gaz_->Process(doc_).ok());
    absl::StatusOr<NameFinder> names = NameFinder::Create(options);
    EXPECT_TRUE(names.ok()) << names.status();
    EXPECT_TRUE(names->Process(doc_).ok());
    std::vector<M> out;
    for (const Mention& m : doc_.mentions()) {
      out.push_back({std::string(doc_.text(m.span)),
                     std::string(EntityTypeName(m.entity.type)),
                     std::string(m.entity.canonical), std::string(m.stage)});
    }
    return out;
  }

  std::optional<Gazetteer> gaz_;
  std::string text_;
  Document doc_;
};

// ---- API and invariants (no gazetteer needed)

TEST(NameFinderApiTest, NameAndUntokenizedDocument) {
  absl::StatusOr<NameFinder> names = NameFinder::Create({});
  ASSERT_TRUE(names.ok()) << names.status();
  EXPECT_EQ(names->name(), "names");
  Document doc("President Elena Vargova spoke.");
  absl::Status s = names->Process(doc);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), ::testing::HasSubstr("not tokenized"));
  Document empty("");
  EXPECT_TRUE(names->Process(empty).ok());
}

// A host's own tokens (Tokens::Add()) keep only the documented promises: a
// host that leaves kAbbreviation off "Mr." still gets "Mr." looked up as the
// title "mr", and its all-caps words and '(' read from their text.
TEST(NameFinderApiTest, HostTokensWithoutAbbreviationFlagsGiveTheSameNames) {
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
  absl::StatusOr<NameFinder> names = NameFinder::Create({});
  ASSERT_TRUE(tok.ok() && names.ok());
  const std::string text =
      "Yesterday Mr. Halvorsen met Dr. Quint and Gen. Oduya of the UNDP. "
      "Joseph (Joey) Brakowicz said so.";
  Document ours(text);
  ASSERT_TRUE(tok->Process(ours).ok());
  EXPECT_FALSE(ours.tokens().host_added());
  ASSERT_TRUE(names->Process(ours).ok());

  Document host(text);
  const Tokens& t = ours.tokens();
  int abbreviations = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    abbreviations += t.has(i, token_flags::kAbbreviation);
    host.mutable_tokens().Add(
        t.span(i), t.kind(i),
        static_cast<uint16_t>(t.flags(i) & ~token_flags::kAbbreviation),
        t.key(i));
  }
  EXPECT_EQ(abbreviations, 3);  // Mr. Dr. Gen.
  EXPECT_TRUE(host.tokens().host_added());
  host.mutable_sentences() = ours.sentences();
  host.mutable_paragraphs() = ours.paragraphs();
  ASSERT_TRUE(names->Process(host).ok());

  std::vector<std::string> ours_found, host_found;
  for (const Mention& m : ours.mentions()) {
    ours_found.emplace_back(ours.text(m.span));
    ours_found.back() += EntityTypeName(m.entity.type);
  }
  for (const Mention& m : host.mentions()) {
    host_found.emplace_back(host.text(m.span));
    host_found.back() += EntityTypeName(m.entity.type);
  }
  EXPECT_THAT(ours_found, ElementsAre("HalvorsenPER", "QuintPER", "OduyaPER",
                                      "UNDPORG", "Joseph (Joey) BrakowiczPER"));
  EXPECT_EQ(host_found, ours_found);
  // Clear() forgets where the tokens came from.
  host.mutable_tokens().Clear();
  EXPECT_FALSE(host.tokens().host_added());
}

TEST(NameFinderApiTest, WorksWithoutGazetteer) {
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
  absl::StatusOr<NameFinder> names = NameFinder::Create({});
  ASSERT_TRUE(tok.ok() && names.ok());
  std::string text = "Senator Elena Vargova met Mr. Brakowicz.";
  Document doc(text);
  ASSERT_TRUE(tok->Process(doc).ok());
  ASSERT_TRUE(names->Process(doc).ok());
  ASSERT_EQ(doc.mentions().size(), 2u);
  EXPECT_EQ(doc.text(doc.mentions()[0].span), "Elena Vargova");
  EXPECT_EQ(doc.mentions()[0].token_end - doc.mentions()[0].token_begin, 2u);
  EXPECT_EQ(doc.mentions()[0].entity.id, "");  // unlinked: no id
  EXPECT_EQ(doc.mentions()[0].stage, "names");
  EXPECT_EQ(doc.text(doc.mentions()[1].span), "Brakowicz");
  // Running it twice adds nothing new.
  ASSERT_TRUE(names->Process(doc).ok());
  EXPECT_EQ(doc.mentions().size(), 2u);
}

// A sentence's first word counts as sentence-initial (a common word there
// is dropped from a run's start) also when a host's sentences do not tile
// the tokens: only the words inside a sentence are marked, not the first
// word after a sentence without words.
TEST(NameFinderApiTest, SentenceStartsWithAndWithoutTiling) {
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
  absl::StatusOr<NameFinder> names = NameFinder::Create({});
  ASSERT_TRUE(tok.ok() && names.ok());
  // Tokens: we met 5 Officials Jane Doe here
  const std::string text = "we met 5 Officials Jane Doe here";
  auto run = [&](std::vector<TextUnit> sentences) {
    Document doc(text);
    EXPECT_TRUE(tok->Process(doc).ok());
    EXPECT_EQ(doc.tokens().size(), 7u);
    doc.mutable_sentences() = std::move(sentences);
    EXPECT_TRUE(names->Process(doc).ok());
    std::vector<std::string> out;
    for (const Mention& m : doc.mentions()) {
      out.push_back(std::string(doc.text(m.span)));
    }
    return out;
  };
  // "5 Officials Jane Doe here" is a sentence: "Officials" starts it and is
  // dropped, and "Jane Doe" is a given name and a surname.
  EXPECT_THAT(run({{{0, 6}, 0, 2}, {{7, 32}, 2, 7}}), ElementsAre("Jane Doe"));
  // "5" alone is a sentence, and "Officials" is in none: a mid-sentence
  // common word keeps the run "Officials Jane Doe", which is no name.
  EXPECT_THAT(run({{{0, 6}, 0, 2}, {{7, 8}, 2, 3}}), IsEmpty());
  // The same with the last sentence ending before the text does.
  EXPECT_THAT(run({{{0, 6}, 0, 2}, {{7, 8}, 2, 3}, {{9, 18}, 3, 3}}),
              IsEmpty());
}

// One NameFinder shared by several threads, each with its own Document,
// gives the same mentions as a single thread (Process() is const).
TEST(NameFinderApiTest, SharedAcrossThreads) {
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
  absl::StatusOr<NameFinder> names = NameFinder::Create({});
  ASSERT_TRUE(tok.ok() && names.ok());
  const std::string text =
      "Senator Elena Vargova met the Coastal Defense League (CDL). Vargova "
      "said the CDL would appeal to the Ministry of Fisheries.";
  auto run = [&](std::vector<std::string>* out) {
    for (int rep = 0; rep < 50; ++rep) {
      Document doc(text);
      if (!tok->Process(doc).ok() || !names->Process(doc).ok()) return;
      out->clear();
      for (const Mention& m : doc.mentions()) {
        out->push_back(std::string(doc.text(m.span)) + "|" +
                       std::string(m.entity.canonical));
      }
    }
  };
  std::vector<std::string> expected;
  run(&expected);
  ASSERT_EQ(expected.size(), 6u);
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got) threads.emplace_back(run, &g);
  for (auto& t : threads) t.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

// ---- Rule 1: capitalized sequences

TEST_F(NamesTest, InitialsAndHyphenatedNames) {
  EXPECT_THAT(
      Run("The report was signed by Laura T. Brennan and Mark Kowalski-Reyes."),
      ElementsAre(Names("Laura T. Brennan", "PER"),
                  Names("Mark Kowalski-Reyes", "PER")));
}

// A lower-case particle glued to a capitalized name makes a name token;
// an all-lower-case hyphenated word does not (Classify() rules those out by
// kLowercase without reading their text).
TEST_F(NamesTest, ParticleGluedToACapitalizedName) {
  EXPECT_THAT(Run("Talks with Ahmed al-Zorkani ended."),
              ElementsAre(Names("Ahmed al-Zorkani", "PER")));
  EXPECT_THAT(Run("Talks with Ahmed al-zorkani ended."), IsEmpty());
}

TEST_F(NamesTest, NoSentenceInitialWordsDaysOrLoneTitles) {
  EXPECT_THAT(Run("Officials said the plan was sound. The President spoke on "
                  "Monday. Yesterday Brakowicz was silent."),
              IsEmpty());
}

TEST_F(NamesTest, ConnectorsJoinHeadToComplementOnly) {
  // "of" after a head joins; after a person's name it does not.
  EXPECT_THAT(
      Run("Mayor Ana Ruiz of Jordan met the Department of Fisheries and "
          "Marine Services."),
      ElementsAre(Names("Ana Ruiz", "PER"), Gaz("Jordan", "GPE", "Jordan"),
                  Names("Department of Fisheries and Marine Services", "ORG")));
}

// "&" joins two name tokens into one run (a spaced "&" and one glued to a
// word are different tokens: only the one-byte "&" token joins).
TEST_F(NamesTest, AmpersandJoinsNamesIntoOneRun) {
  EXPECT_THAT(Run("Shares of Brakowicz & Tallis Company rose on Monday."),
              ElementsAre(Names("Brakowicz & Tallis Company", "ORG")));
  // After a lower-case content word in the line (a different path of the
  // classification pass).
  EXPECT_THAT(
      Run("Investors sold shares of Brakowicz & Tallis Company on Monday."),
      ElementsAre(Names("Brakowicz & Tallis Company", "ORG")));
  // Without a name token after it, "&" ends the run.
  EXPECT_THAT(Run("Shares of Brakowicz & co rose. Tallis Company fell."),
              ElementsAre(Names("Tallis Company", "ORG")));
}

TEST_F(NamesTest, UnknownCapitalizedSequenceIsNotGuessed) {
  EXPECT_THAT(Run("The Silver Arrow Festival opened with Blue Lantern music."),
              IsEmpty());
}

TEST_F(NamesTest, NicknameInParenthesesIsInsideThePersonName) {
  EXPECT_THAT(Run("Police questioned Robert (Bobby) Tarkington on Friday."),
              ElementsAre(Names("Robert (Bobby) Tarkington", "PER",
                                "Robert Tarkington")));
}

// ---- Rule 2: typing by cue words

TEST_F(NamesTest, TitlesAreNotPartOfThePersonSpan) {
  EXPECT_THAT(
      Run("President Elena Vargova met Mr. Brakowicz. Finance Minister Rafael "
          "Onteniente said prices rose."),
      ElementsAre(Names("Elena Vargova", "PER"), Names("Brakowicz", "PER"),
                  Names("Rafael Onteniente", "PER")));
}

// "CEO" is all caps, yet a strong title, not an acronym.
TEST_F(NamesTest, AllCapsCeoIsATitle) {
  EXPECT_THAT(Run("The board said Vantor CEO Mirela Daskova resigned."),
              ElementsAre(Names("Mirela Daskova", "PER")));
}

TEST_F(NamesTest, TitleWithComplement) {
  EXPECT_THAT(Run("Secretary of State Marco Velasquez arrived. The President "
                  "of the Regional Council resigned."),
              ElementsAre(Names("Marco Velasquez", "PER"),
                          Names("Regional Council", "ORG")));
}

TEST_F(NamesTest, GivenNameFirst) {
  EXPECT_THAT(Run("Yesterday Hiroshi Makimura arrived with Ingrid Solvang."),
              ElementsAre(Names("Hiroshi Makimura", "PER"),
                          Names("Ingrid Solvang", "PER")));
}

TEST_F(NamesTest, WeakTitleNeedsAGivenNameOrTwoNames) {
  // "General" is also a word of company names.
  EXPECT_THAT(Run("Shares of General Brakeworks fell, and General Tomas "
                  "Brakowicz resigned."),
              ElementsAre(Names("Tomas Brakowicz", "PER")));
}

TEST_F(NamesTest, OrganizationHeadWords) {
  EXPECT_THAT(Run("The Greystone Water Authority and the Ministry of Fisheries "
                  "disagreed with the Aldermoor Tenants Association."),
              ElementsAre(Names("Greystone Water Authority", "ORG"),
                          Names("Ministry of Fisheries", "ORG"),
                          Names("Aldermoor Tenants Association", "ORG")));
}

// A lower-case "company" or "corporation" right after a run closes an ORG;
// another lower-case word there does not.
TEST_F(NamesTest, LowerCaseCompanyClosesAnOrganization) {
  EXPECT_THAT(Run("Workers at the Hargrove Supply company and the Velmar "
                  "Steel corporation left. The Dralen Supply firm stayed."),
              ElementsAre(Names("Hargrove Supply company", "ORG"),
                          Names("Velmar Steel corporation", "ORG")));
}

TEST_F(NamesTest, AcronymDefinedInParenthesesAndLinked) {
  EXPECT_THAT(Run("The Coastal Defense League (CDL) said it would appeal. "
                  "The CDL added that talks failed."),
              ElementsAre(Names("Coastal Defense League", "ORG"),
                          Names("CDL", "ORG", "Coastal Defense League"),
                          Names("CDL", "ORG", "Coastal Defense League")));
}

// Only a one-byte "(" opens a definition: a full-width one (whose key is
// "(" too) does not (Classify() tells them apart by kNonAscii).
TEST_F(NamesTest, FullWidthParenthesesDefineNoAcronym) {
  EXPECT_THAT(Run("The Coastal Defense League (XYZ) appealed. Later XYZ said "
                  "talks failed."),
              ElementsAre(Names("Coastal Defense League", "ORG"),
                          Names("XYZ", "ORG", "Coastal Defense League"),
                          Names("XYZ", "ORG", "Coastal Defense League")));
  EXPECT_THAT(Run("The Coastal Defense League \uFF08XYZ) appealed. Later "
                  "XYZ said talks failed."),
              ElementsAre(Names("Coastal Defense League", "ORG")));
}

TEST_F(NamesTest, ShortNameAndForeignAcronymDefinedInParentheses) {
  EXPECT_THAT(
      Run("The National Federation of Farmers (Farmfed) called a strike. "
          "Farmfed said pay had fallen. Police fought the First Capital "
          "Command (PCC), and the PCC denied it."),
      ElementsAre(Names("National Federation of Farmers", "ORG"),
                  Names("Farmfed", "ORG", "National Federation of Farmers"),
                  Names("Farmfed", "ORG", "National Federation of Farmers"),
                  Names("First Capital Command", "ORG"),
                  Names("PCC", "ORG", "First Capital Command"),
                  Names("PCC", "ORG", "First Capital Command")));
  // After a place, the acronym's first letter must still be the name's.
  EXPECT_THAT(Run("Troops from El Salvador (FAES) arrived."),
              ElementsAre(Gaz("El Salvador", "GPE", "El Salvador")));
}

TEST_F(NamesTest, UndefinedAcronymLinksToTheNameWithItsInitials) {
  EXPECT_THAT(Run("The Reserve Bank of Farland held rates, and the RBF said "
                  "it would wait."),
              ElementsAre(Names("Reserve Bank of Farland", "ORG"),
                          Names("RBF", "ORG", "Reserve Bank of Farland")));
}

TEST_F(NamesTest, AcronymAloneNeedsAnOrganizationCue) {
  EXPECT_THAT(Run("He studied XQT patterns. A BRKT spokesman declined to "
                  "comment, and the BRKT later issued a statement."),
              ElementsAre(Names("BRKT", "ORG"), Names("BRKT", "ORG")));
}

// An acronym is 2-6 capital letters A-Z, not only Roman-numeral letters:
// "QZ" and "KORVAL" with a cue are ORGs; "KORVALX" (7 letters), "XIV", "QZ9"
// and the non-ASCII "KÖRV" are not acronyms.
TEST_F(NamesTest, AcronymShapeLengthLettersAndRomanNumerals) {
  EXPECT_THAT(Run("Rail staff met the QZ and the KORVAL in the morning, and "
                  "the KORVALX and the XIV and the QZ9 and the KÖRV later."),
              ElementsAre(Names("QZ", "ORG"), Names("KORVAL", "ORG")));
}

TEST_F(NamesTest, PlacePatterns) {
  EXPECT_THAT(
      Run("Floods hit Harlan County and Tavrik Province near Mount Korvath, "
          "the Velna River and the Gulf of Sorren."),
      ElementsAre(Names("Harlan County", "GPE"),
                  // The generic region word is not part of the span.
                  Names("Tavrik", "GPE", "Tavrik Province"),
                  Names("Mount Korvath", "LOC"), Names("Velna River", "LOC"),
                  Names("Gulf of Sorren", "LOC")));
}

// ---- Rule 3: containment

TEST_F(NamesTest, LongerNameReplacesPlaceOrDemonymInside) {
  // (Names the built-in gazetteer does not know as a whole.)
  EXPECT_THAT(Run("The Bank of Norway kept rates. The Sudanese Ministry of "
                  "Water warned of shortages."),
              ElementsAre(Names("Bank of Norway", "ORG"),
                          Names("Sudanese Ministry of Water", "ORG")));
}

TEST_F(NamesTest, PossessiveSplitsPlaceFromOrganization) {
  EXPECT_THAT(Run("Russia's Ministry of Civil Aviation said flights resumed."),
              ElementsAre(Gaz("Russia", "GPE", "Russia"),
                          Names("Ministry of Civil Aviation", "ORG")));
}

TEST_F(NamesTest, PlaceBeforeKnownOrganizationStaysSplit) {
  std::vector<M> got =
      Run("Analysts at the U.S. Institute for the Study of War disagreed.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], Gaz("U.S.", "GPE", "United States"));
  EXPECT_EQ(got[1].text, "Institute for the Study of War");
  EXPECT_EQ(got[1].stage, "gazetteer");
}

TEST_F(NamesTest, KnownCompanyStartingALongerNameIsNotReported) {
  // The built-in gazetteer knows Nokia and Volkswagen, not these (made-up)
  // units.
  EXPECT_THAT(
      Run("Shares of Nokia Zellnet fell. Its unit Nokia Ventrix cut jobs, "
          "said Nokia Oyj and Volkswagen Chief Executive Oliver Blume."),
      ElementsAre(Names("Nokia Zellnet", "ORG"), Names("Nokia Ventrix", "ORG"),
                  // A legal form extends the known company and keeps its id.
                  Names("Nokia Oyj", "ORG", "Nokia"),
                  // A title after it is not part of the company's name.
                  Gaz("Volkswagen", "ORG", "Volkswagen"),
                  Names("Oliver Blume", "PER")));
}

TEST_F(NamesTest, KnownOrganizationFollowedByEventWordsIsNotExtended) {
  // Acronyms, several-word ORGs and common words without an organization
  // head stay as they were.
  EXPECT_THAT(Run("Officials met at the NATO Council. The United Nations "
                  "Charter was cited."),
              ElementsAre(Gaz("NATO", "ORG", "NATO"),
                          Gaz("United Nations", "ORG", "United Nations")));
}

TEST_F(NamesTest, NameAfterACapitalizedTitleAndComma) {
  EXPECT_THAT(Run("Italy's Environment Minister, Gilberto Pichetto Fratin, "
                  "spoke. The Minister of Justice, Renato Falcao, agreed."),
              ElementsAre(Gaz("Italy", "GPE", "Italy"),
                          Names("Gilberto Pichetto Fratin", "PER"),
                          Names("Renato Falcao", "PER")));
}

TEST_F(NamesTest, ChineseNamesFamilyNameFirst) {
  // "He" is a family name here, not the pronoun; the bare family name later
  // links to the full name (not the given name, as for Western names).
  EXPECT_THAT(Run("Spokesperson He Wenjun said the probe was unfair. Zhou "
                  "Mi, a researcher, agreed. Later Zhou said talks would go "
                  "on."),
              ElementsAre(Names("He Wenjun", "PER"), Names("Zhou Mi", "PER"),
                          Names("Zhou", "PER", "Zhou Mi")));
  // The given name must be pinyin-shaped: "Long Rain" is not a name, and a
  // common-word given name needs a speaker context.
  EXPECT_THAT(Run("The Long Rain fell. They heard Long Rain."), IsEmpty());
}

TEST_F(NamesTest, NoReplacementWhenDisabled) {
  NameFinderOptions options;
  options.replace_contained = false;
  EXPECT_THAT(Run("The Bank of Norway kept rates.", options),
              ElementsAre(Gaz("Norway", "GPE", "Norway")));
}

TEST_F(NamesTest, AbbreviatedHeadWordIsSpelledOutInTheCanonical) {
  EXPECT_THAT(Run("He lives on Madison St. near Kedzie Av. and works for "
                  "Hargrove Supply Co. in town."),
              ElementsAre(Names("Madison St.", "LOC", "Madison Street"),
                          Names("Kedzie Av.", "LOC", "Kedzie Avenue"),
                          Names("Hargrove Supply Co.", "ORG",
                                "Hargrove Supply Company")));
}

// ---- Rule 4: within-document linking

TEST_F(NamesTest, SurnameAndMrSurnameLinkToFullName) {
  EXPECT_THAT(Run("John Reama spoke first. Later Reama said the vote was "
                  "close, and Mr. Reama left."),
              ElementsAre(Names("John Reama", "PER"),
                          Names("Reama", "PER", "John Reama"),
                          Names("Reama", "PER", "John Reama")));
}

TEST_F(NamesTest, SurnameThatIsAlsoATownBecomesThePerson) {
  // Matsudo is a Japanese city the gazetteer knows.
  EXPECT_THAT(Run("Governor Hiroshi Matsudo spoke. Matsudo said the budget "
                  "was ready."),
              ElementsAre(Names("Hiroshi Matsudo", "PER"),
                          Names("Matsudo", "PER", "Hiroshi Matsudo")));
}

// A line of capitalized words whose only lower-case words are function words
// or connectors is a title-case line (a headline), where a common word
// breaks a name; a lower-case content word anywhere in it makes it prose.
// (Classify() tells those words apart by a table of the function words and
// connectors, without looking them up: NameLexicons::FunctionOrConnector().)
TEST_F(NamesTest, LowerCaseFunctionWordsKeepATitleCaseLine) {
  EXPECT_THAT(Run("and the Zanthor Water Board\n"), IsEmpty());
  EXPECT_THAT(Run("of the Zanthor Water Board\n"), IsEmpty());
  EXPECT_THAT(Run("rising Zanthor Water Board\n"),
              ElementsAre(Names("Zanthor Water Board", "ORG")));
  EXPECT_THAT(Run("the rising Zanthor Water Board\n"),
              ElementsAre(Names("Zanthor Water Board", "ORG")));
  EXPECT_THAT(Run("the Zanthor Water Board rose\n"),
              ElementsAre(Names("Zanthor Water Board", "ORG")));
}

// Lower-case words after a lower-case content word of their line are
// classified only when a later pass asks (docs/names.md, "Speed (fifth
// session)"): the cues among them must still work there.
TEST_F(NamesTest, LowerCaseCuesLateInALine) {
  EXPECT_THAT(Run("The budget was read out late on Friday by spokesman "
                  "Vardek Brezhnyk."),
              ElementsAre(Names("Vardek Brezhnyk", "PER")));
  // "to Matsudo": the document uses the town as a place, so the lone
  // surname is not linked to the person there.
  EXPECT_THAT(Run("Governor Hiroshi Matsudo spoke. The team later flew "
                  "back to Matsudo."),
              ElementsAre(Names("Hiroshi Matsudo", "PER"),
                          Gaz("Matsudo", "GPE", "Matsudo")));
}

TEST_F(NamesTest, ShortenedOrganizationIsNotAMention) {
  EXPECT_THAT(Run("The Harbor Council met. Later the Council voted."),
              ElementsAre(Names("Harbor Council", "ORG")));
}

TEST_F(NamesTest, NoLinkingWhenDisabled) {
  NameFinderOptions options;
  options.link_within_document = false;
  EXPECT_THAT(Run("John Reama spoke first. Later Reama said so.", options),
              ElementsAre(Names("John Reama", "PER")));
}

// ---- Rule 5: canonical names and ids

TEST_F(NamesTest, CanonicalIsTheNameAsWrittenAndIdIsEmpty) {
  Run("Mayor Ana Ruiz's plan passed.");
  ASSERT_EQ(doc_.mentions().size(), 1u);
  const Mention& m = doc_.mentions()[0];
  EXPECT_EQ(doc_.text(m.span), "Ana Ruiz");  // possessive not in the span
  EXPECT_EQ(m.entity.canonical, "Ana Ruiz");
  EXPECT_EQ(m.entity.id, "");
  EXPECT_GT(m.entity.score, 0.0f);
}

}  // namespace
}  // namespace sayso
