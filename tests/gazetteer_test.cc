// Matching semantics of the Gazetteer stage (sayso/gazetteer.h): spans, ids,
// folding, leftmost-longest, possessive and "the", guards, ranking, region
// cues, type overrides, existing mentions.
#include "sayso/gazetteer.h"

#include <string>
#include <vector>

#include "gazetteer_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sayso {
namespace {

using ::sayso::testing::MentionStrings;
using ::sayso::testing::TestImage;
using ::sayso::testing::TestTokenizer;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { image_ = new std::string(TestImage()); }
  static void TearDownTestSuite() {
    delete image_;
    image_ = nullptr;
  }

  std::vector<std::string> Annotate(const std::string& text,
                                    const GazetteerOptions& options = {}) {
    absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image_, options);
    EXPECT_TRUE(gaz.ok()) << gaz.status();
    doc_.Reset(text);
    EXPECT_TRUE(TestTokenizer().Process(doc_).ok());
    absl::Status s = gaz->Process(doc_);
    EXPECT_TRUE(s.ok()) << s;
    return MentionStrings(doc_);
  }

  static std::string* image_;
  Document doc_;
};
std::string* GazetteerTest::image_ = nullptr;

TEST_F(GazetteerTest, PossessiveIsNotPartOfTheMention) {
  EXPECT_THAT(Annotate("Russia's army and Russia’s navy."),
              ElementsAre("Russia|sayso:ru|GPE", "Russia|sayso:ru|GPE"));
  ASSERT_EQ(doc_.mentions().size(), 2u);
  EXPECT_EQ(doc_.mentions()[0].span, (Span{0, 6}));
  EXPECT_EQ(doc_.mentions()[1].span, (Span{18, 24}));
  EXPECT_EQ(doc_.mentions()[0].stage, "gazetteer");
  EXPECT_EQ(doc_.mentions()[0].entity.canonical, "Russia");
}

TEST_F(GazetteerTest, LeadingTheIsNotPartOfTheMention) {
  EXPECT_THAT(
      Annotate("Officials in the Kremlin and the United States agree."),
      ElementsAre("Kremlin|sayso:kremlin|ORG", "United States|sayso:us|GPE"));
  EXPECT_EQ(doc_.mentions()[0].span, (Span{17, 24}));
  EXPECT_EQ(doc_.mentions()[0].token_begin, 3u);
  EXPECT_EQ(doc_.mentions()[0].token_end, 4u);
}

TEST_F(GazetteerTest, LeftmostLongestBeatsShorterPrefix) {
  EXPECT_THAT(
      Annotate("The Russian Ministry of Defense said Russian troops left."),
      ElementsAre("Russian Ministry of Defense|sayso:mod-ru|ORG",
                  "Russian|sayso:ru|NORP"));
  EXPECT_EQ(doc_.mentions()[0].span, (Span{4, 31}));
  EXPECT_EQ(doc_.mentions()[0].entity.canonical, "Russian Ministry of Defense");
}

TEST_F(GazetteerTest, OverlappingOptionReportsEveryMatch) {
  GazetteerOptions options;
  options.overlapping = true;
  EXPECT_THAT(Annotate("The Russian Defense Ministry said.", options),
              ElementsAre("Russian Defense Ministry|sayso:mod-ru|ORG",
                          "Russian|sayso:ru|NORP",
                          "Defense Ministry|sayso:mod-ru|ORG"));
}

TEST_F(GazetteerTest, AliasTypeOverrideGivesNorpLinkedToCountry) {
  EXPECT_THAT(Annotate("Russians and Ukrainian soldiers."),
              ElementsAre("Russians|sayso:ru|NORP", "Ukrainian|sayso:ua|NORP"));
  EXPECT_EQ(doc_.mentions()[0].entity.canonical, "Russia");
}

TEST_F(GazetteerTest, HyphenSpaceCaseAndDashVariantsFold) {
  EXPECT_THAT(
      Annotate("Al-Jazeera, Al Jazeera, AL JAZEERA, Al\u2011Jazeera and "
               "Aljazeera."),
      ElementsAre("Al-Jazeera|sayso:aljazeera|ORG",
                  "Al Jazeera|sayso:aljazeera|ORG",
                  "AL JAZEERA|sayso:aljazeera|ORG",
                  "Al\u2011Jazeera|sayso:aljazeera|ORG",
                  "Aljazeera|sayso:aljazeera|ORG"));
  EXPECT_EQ(doc_.mentions()[0].span, (Span{0, 10}));
  EXPECT_EQ(doc_.mentions()[3].span, (Span{36, 48}));  // U+2011 is 3 bytes
}

TEST_F(GazetteerTest, PossessiveAfterHyphenatedName) {
  EXPECT_THAT(Annotate("Al-Jazeera’s correspondent"),
              ElementsAre("Al-Jazeera|sayso:aljazeera|ORG"));
  EXPECT_EQ(doc_.mentions()[0].span, (Span{0, 10}));
}

TEST_F(GazetteerTest, DiacriticsAndOtherScriptsFold) {
  EXPECT_THAT(Annotate("From Kýiv to КИЇВ and Kiev."),
              ElementsAre("Kýiv|sayso:kyiv|GPE", "КИЇВ|sayso:kyiv|GPE",
                          "Kiev|sayso:kyiv|GPE"));
}

TEST_F(GazetteerTest, NameInsideHyphenatedWord) {
  EXPECT_THAT(
      Annotate("A Kyiv-based group and pro-Russians."),
      ElementsAre("Kyiv|sayso:kyiv|GPE", "pro-Russians|sayso:pro-ru|NORP"));
  EXPECT_EQ(doc_.mentions()[0].span, (Span{2, 6}));
  EXPECT_EQ(doc_.mentions()[0].token_begin, 1u);
  EXPECT_EQ(doc_.mentions()[0].token_end, 2u);
}

// A hyphenated word without capitals can only start lower-case aliases (the
// first pass tests its parts against the starts table alone): those still
// match inside it, as a part or as a whole.
TEST_F(GazetteerTest, LowerCaseHyphenatedWordsStartLowerCaseAliases) {
  EXPECT_THAT(Annotate("ukraine-based and kyiv-led groups, 1990-91 -- "
                       "not al-jazeera."),
              ElementsAre("ukraine|sayso:ua|GPE", "kyiv|sayso:kyiv|GPE",
                          "al-jazeera|sayso:aljazeera|ORG"));
  ASSERT_EQ(doc_.mentions().size(), 3u);
  EXPECT_EQ(doc_.mentions()[0].span, (Span{0, 7}));
  EXPECT_EQ(doc_.mentions()[1].span, (Span{18, 22}));
  EXPECT_EQ(doc_.mentions()[2].span, (Span{50, 60}));
}

// The first pass reads a hyphenated token's case from its flags: an ASCII
// token of the Tokenizer has kLowercase (or no kHasLetter) exactly when its
// text has no A-Z, as Shape() reads its parts.
TEST_F(GazetteerTest, HyphenatedAsciiFlagsTellUpperCase) {
  const std::string text =
      "well-known x-Ray e-Mail iPhone-maker mid-March 1990-91 -- a-B "
      "Al-Jazeera "
      "pro-Russians U.S.-led COVID-19 co-op'S so-called non-U.S. 3-D x-ray's "
      "state-of-the-art F-16s n't-x";
  doc_.Reset(text);
  ASSERT_TRUE(TestTokenizer().Process(doc_).ok());
  const Tokens& tokens = doc_.tokens();
  int hyphenated = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens.key(i).find('-') == std::string_view::npos) continue;
    ++hyphenated;
    const std::string_view t = tokens.text(i);
    bool upper = false;
    for (char c : t) upper |= c >= 'A' && c <= 'Z';
    const uint16_t f = tokens.flags(i);
    ASSERT_FALSE(f & token_flags::kNonAscii) << t;
    EXPECT_EQ(!upper, !(f & token_flags::kHasLetter) ||
                          (f & token_flags::kLowercase) != 0)
        << t;
  }
  EXPECT_GE(hyphenated, 17);
}

// A host's batch may hold its keys in any order (AppendBatch takes offsets
// into it and stores the keys in token order): the matcher finds the same
// hyphenated keys as over the Tokenizer's own layer.
TEST_F(GazetteerTest, HostTokensWithKeysInAnyOrder) {
  const std::string text =
      "A Kyiv-based group, pro-Russians and Al-Jazeera in Kyiv.";
  const std::vector<std::string> expected = Annotate(text);
  ASSERT_THAT(
      expected,
      ElementsAre("Kyiv|sayso:kyiv|GPE", "pro-Russians|sayso:pro-ru|NORP",
                  "Al-Jazeera|sayso:aljazeera|ORG", "Kyiv|sayso:kyiv|GPE"));
  const Tokens& tokens = doc_.tokens();
  const size_t n = tokens.size();
  std::vector<uint32_t> begin, end, key_offset, key_length;
  std::vector<TokenKind> kind;
  std::vector<uint16_t> flags;
  std::vector<uint64_t> key_hash;
  // The keys back to front in the buffer, each followed by a "-" that
  // belongs to no key.
  std::string keys;
  key_offset.resize(n);
  for (size_t i = n; i-- > 0;) {
    key_offset[i] = static_cast<uint32_t>(keys.size());
    keys.append(tokens.key(i));
    keys.push_back('-');
  }
  for (size_t i = 0; i < n; ++i) {
    begin.push_back(tokens.begin(i));
    end.push_back(tokens.end(i));
    kind.push_back(tokens.kind(i));
    flags.push_back(tokens.flags(i));
    key_length.push_back(static_cast<uint32_t>(tokens.key(i).size()));
    key_hash.push_back(tokens.key_hash(i));
  }
  Document host(text);
  host.mutable_tokens().AppendBatch(n, begin.data(), end.data(), kind.data(),
                                    flags.data(), key_offset.data(),
                                    key_length.data(), key_hash.data(), keys);
  for (size_t i = 0; i < n; ++i) {
    ASSERT_EQ(host.tokens().key(i), tokens.key(i));
  }
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image_);
  ASSERT_TRUE(gaz.ok());
  ASSERT_TRUE(gaz->Process(host).ok());
  EXPECT_EQ(MentionStrings(host), expected);
  ASSERT_EQ(host.mentions().size(), 4u);
  EXPECT_EQ(host.mentions()[0].span, (Span{2, 6}));
}

// The matcher finds each hyphen's token by a search of the key bounds that
// starts after the last hit, per block of 4,096 tokens: a hyphenated token
// is split wherever it is (first or last of a block or of the text, next to
// another, thousands of tokens after the last, next to empty and dash-only
// keys, with two hyphens), over the Tokenizer's layer and over a host's
// (no flags, an empty key before every word).
TEST_F(GazetteerTest, HyphenatedTokensAreFoundAnywhereInLongTexts) {
  constexpr size_t kWords = 3 * 4096 + 10;
  std::vector<std::string> words(kWords, "x");  // token i is words[i]
  for (size_t i :
       {size_t{0}, size_t{1}, size_t{3}, size_t{63}, size_t{64}, size_t{4095},
        size_t{4096}, size_t{4100}, size_t{8194}, kWords - 1}) {
    words[i] = "Kyiv-based";
  }
  for (size_t i : {2, 4094, 4097, 8192}) words[i] = "\xff";  // empty key
  for (size_t i : {4, 1000, 8191}) words[i] = "--";
  for (size_t i : {5, 8193}) words[i] = "Kyiv-x-Kyiv";
  std::string text;
  std::vector<Span> want;
  for (const std::string& w : words) {
    if (!text.empty()) text += ' ';
    const uint32_t at = static_cast<uint32_t>(text.size());
    if (w.starts_with("Kyiv")) want.push_back({at, at + 4});
    if (w == "Kyiv-x-Kyiv") want.push_back({at + 7, at + 11});
    text += w;
  }
  const auto spans = [](const Document& doc) {
    std::vector<Span> out;
    for (const Mention& m : doc.mentions()) out.push_back(m.span);
    return out;
  };
  Annotate(text);
  ASSERT_EQ(doc_.tokens().size(), kWords);
  EXPECT_EQ(spans(doc_), want);

  Document host(text);
  const Tokens& tokens = doc_.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    host.mutable_tokens().Add({tokens.begin(i), tokens.begin(i)},
                              TokenKind::kInvalid, 0, "");
    host.mutable_tokens().Add(tokens.span(i), tokens.kind(i), 0, tokens.key(i));
  }
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image_);
  ASSERT_TRUE(gaz.ok());
  ASSERT_TRUE(gaz->Process(host).ok());
  EXPECT_EQ(spans(host), want);
}

// An ill-formed byte is a token with an empty key: no unit, so a walk goes
// past it and a match may span it; the word after it still starts a match.
TEST_F(GazetteerTest, IllFormedBytesAreNoUnits) {
  EXPECT_THAT(
      Annotate("The United \xff States and \xffRussia."),
      ElementsAre("United \xff States|sayso:us|GPE", "Russia|sayso:ru|GPE"));
  ASSERT_EQ(doc_.mentions().size(), 2u);
  EXPECT_EQ(doc_.mentions()[0].span, (Span{4, 19}));
  EXPECT_EQ(doc_.mentions()[1].span, (Span{25, 31}));
}

TEST_F(GazetteerTest, AcronymsAndShortAliasesAreCaseSensitive) {
  EXPECT_THAT(
      Annotate("US and U.S. officials told us and AP, not ap or Ap."),
      ElementsAre("US|sayso:us|GPE", "U.S.|sayso:us|GPE", "AP|sayso:ap|ORG"));
}

// Case-sensitive aliases with lower-case letters: the case flags of the
// units reject most other spellings before the text is read; the spelling
// as written still matches, also as a part of a hyphenated word.
TEST(GazetteerCaseTest, MixedCaseAliasesMatchOnlyAsWritten) {
  absl::StatusOr<Gazetteer> gaz =
      Gazetteer::FromBytes(TestImage("sayso:ufa\tGPE/city\tUfa\t\tcountry=RU\n"
                                     "sayso:ebay\tORG\teBay\t+eBay\n"));
  ASSERT_TRUE(gaz.ok()) << gaz.status();
  Document doc(
      "Ufa, UFA, ufa, uFA, Ufa-based, UFA-based, eBay, EBAY, Ebay, "
      "ebay, eBay-owned.");
  ASSERT_TRUE(TestTokenizer().Process(doc).ok());
  ASSERT_TRUE(gaz->Process(doc).ok());
  EXPECT_THAT(MentionStrings(doc),
              ElementsAre("Ufa|sayso:ufa|GPE", "Ufa|sayso:ufa|GPE",
                          "eBay|sayso:ebay|ORG", "eBay|sayso:ebay|ORG"));
}

// A host's own tokens may come without shape flags: case-sensitive aliases
// are then checked against the text, not rejected by the flags.
TEST(GazetteerCaseTest, HostTokensWithoutShapeFlagsMatchCaseSensitiveAliases) {
  absl::StatusOr<Gazetteer> gaz =
      Gazetteer::FromBytes(TestImage("sayso:ebay\tORG\teBay\t+eBay\n"));
  ASSERT_TRUE(gaz.ok()) << gaz.status();
  std::string text = "eBay said EBAY";
  Document doc(text);
  doc.mutable_tokens().Add({0, 4}, TokenKind::kWord, 0, "ebay");
  doc.mutable_tokens().Add({5, 9}, TokenKind::kWord, 0, "said");
  doc.mutable_tokens().Add({10, 14}, TokenKind::kWord, 0, "ebay");
  ASSERT_TRUE(gaz->Process(doc).ok());
  EXPECT_THAT(MentionStrings(doc), ElementsAre("eBay|sayso:ebay|ORG"));
}

TEST_F(GazetteerTest, LowerCaseNonCommonWordsMatch) {
  EXPECT_THAT(Annotate("the conflict in ukraine"),
              ElementsAre("ukraine|sayso:ua|GPE"));
}

TEST_F(GazetteerTest, CommonWordNeedsCapitalizedMidSentence) {
  // Sentence-initial, lower case, all caps, after an opening quote: no.
  EXPECT_THAT(Annotate("Nice weather. It was nice. We like NICE food."),
              IsEmpty());
  EXPECT_THAT(Annotate("\u201cNice to meet you,\u201d he said."), IsEmpty());
  EXPECT_THAT(Annotate("Reading the news is reading."), IsEmpty());
  // Capitalized, not sentence-initial: yes.
  EXPECT_THAT(Annotate("They moved from Reading to Nice in May."),
              ElementsAre("Reading|sayso:reading|GPE", "Nice|sayso:nice|GPE"));
}

TEST_F(GazetteerTest, CommonWordInsideALongerNameIsNotAPlace) {
  EXPECT_THAT(Annotate("He played The Wolf Man. Reading Football Club won."),
              IsEmpty());
  EXPECT_THAT(Annotate("He lives in Nice, France."),
              ElementsAre("Nice|sayso:nice|GPE", "France|sayso:fr|GPE"));
}

TEST_F(GazetteerTest, CommonWordNotInTitleCaseHeadline) {
  EXPECT_THAT(
      Annotate("Ukraine Army Goes Reading Far Away\n\nIt is in Reading."),
      ElementsAre("Ukraine|sayso:ua|GPE", "Reading|sayso:reading|GPE"));
  EXPECT_EQ(doc_.mentions()[1].span.begin, 45u);
}

TEST_F(GazetteerTest, MultiWordCommonAliasMatchesCapitalizedAnywhere) {
  EXPECT_THAT(Annotate("Mobile Bay is calm. We sailed on mobile bay."),
              ElementsAre("Mobile Bay|sayso:mobile-bay|LOC"));
}

TEST_F(GazetteerTest, AmbiguityRankedByPopulationAndAlternativesKept) {
  EXPECT_THAT(Annotate("He flew to Paris."),
              ElementsAre("Paris|sayso:paris-fr|GPE"));
  const Mention& m = doc_.mentions()[0];
  const std::span<const EntityRef> alternatives = doc_.alternatives(m);
  ASSERT_EQ(alternatives.size(), 1u);
  EXPECT_EQ(m.alternatives.size(), 1u);
  EXPECT_EQ(alternatives[0].id, "sayso:paris-tx");
  EXPECT_GT(m.entity.score, alternatives[0].score);
}

TEST_F(GazetteerTest, AmbiguityRankedByCountryMentionedEarlier) {
  EXPECT_THAT(
      Annotate("In the United States, Paris is small."),
      ElementsAre("United States|sayso:us|GPE", "Paris|sayso:paris-tx|GPE"));
  ASSERT_EQ(doc_.alternatives(doc_.mentions()[1]).size(), 1u);
  EXPECT_EQ(doc_.alternatives(doc_.mentions()[1])[0].id, "sayso:paris-fr");
  GazetteerOptions no_context;
  no_context.use_context = false;
  EXPECT_THAT(
      Annotate("In the United States, Paris is small.", no_context),
      ElementsAre("United States|sayso:us|GPE", "Paris|sayso:paris-fr|GPE"));
}

TEST_F(GazetteerTest, RegionWordAfterNamePrefersRegion) {
  EXPECT_THAT(Annotate("Shelling in Kherson."),
              ElementsAre("Kherson|sayso:kherson|GPE"));
  EXPECT_THAT(Annotate("Shelling in the Kherson region."),
              ElementsAre("Kherson|sayso:kherson-oblast|GPE"));
  EXPECT_EQ(doc_.mentions()[0].span, (Span{16, 23}));
  EXPECT_EQ(doc_.mentions()[0].entity.canonical, "Kherson Oblast");
  ASSERT_FALSE(doc_.alternatives(doc_.mentions()[0]).empty());
  EXPECT_EQ(doc_.alternatives(doc_.mentions()[0])[0].id, "sayso:kherson");
}

TEST_F(GazetteerTest, RegionCueCoversCoordinatedLists) {
  EXPECT_THAT(Annotate("the provinces of Kherson and Zaporizhia were hit"),
              ElementsAre("Kherson|sayso:kherson-oblast|GPE",
                          "Zaporizhia|sayso:zap-oblast|GPE"));
  doc_.Reset("");
  EXPECT_THAT(Annotate("Kherson, and Zaporizhia regions were hit"),
              ElementsAre("Kherson|sayso:kherson-oblast|GPE",
                          "Zaporizhia|sayso:zap-oblast|GPE"));
  // A list without a region word stays with the cities.
  EXPECT_THAT(
      Annotate("Kherson and Zaporizhia were hit"),
      ElementsAre("Kherson|sayso:kherson|GPE", "Zaporizhia|sayso:zap|GPE"));
}

TEST_F(GazetteerTest, CityWordBeforeNamePrefersTheCity) {
  EXPECT_THAT(Annotate("The Kherson region is shelled. The regional capital "
                       "of Kherson was hit."),
              ElementsAre("Kherson|sayso:kherson-oblast|GPE",
                          "Kherson|sayso:kherson|GPE"));
}

TEST_F(GazetteerTest, SameEntityLaterGetsContextBoost) {
  // Once the oblast is established, a bare "Kherson" later means it too.
  EXPECT_THAT(Annotate("The Kherson region is shelled. Kherson suffers."),
              ElementsAre("Kherson|sayso:kherson-oblast|GPE",
                          "Kherson|sayso:kherson-oblast|GPE"));
}

TEST_F(GazetteerTest, RespectsMentionsAlreadyInTheDocument) {
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image_);
  ASSERT_TRUE(gaz.ok());
  std::string text = "The Russian Ministry of Defense and Kyiv.";
  doc_.Reset(text);
  ASSERT_TRUE(TestTokenizer().Process(doc_).ok());
  Mention host;  // a host NER found "Ministry of Defense"
  host.span = {12, 31};
  host.entity.id = "host:mod";
  host.stage = "host-ner";
  doc_.mutable_mentions().push_back(host);
  ASSERT_TRUE(gaz->Process(doc_).ok());
  EXPECT_THAT(
      MentionStrings(doc_),
      ElementsAre("Russian|sayso:ru|NORP", "Ministry of Defense|host:mod|OTHER",
                  "Kyiv|sayso:kyiv|GPE"));
}

TEST_F(GazetteerTest, UntokenizedDocumentIsAnError) {
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image_);
  ASSERT_TRUE(gaz.ok());
  Document doc("Kyiv");
  absl::Status s = gaz->Process(doc);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  Document blank("  \n");
  EXPECT_TRUE(gaz->Process(blank).ok());
}

TEST_F(GazetteerTest, LookupReturnsRankedCandidatesWithRecords) {
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image_);
  ASSERT_TRUE(gaz.ok());
  absl::StatusOr<std::vector<GazetteerMatch>> matches = gaz->Lookup("Paris");
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->size(), 1u);
  const GazetteerMatch& m = (*matches)[0];
  EXPECT_EQ(m.span, (Span{0, 5}));
  ASSERT_EQ(m.candidates.size(), 2u);
  EXPECT_EQ(m.candidates[0].entity.id, "sayso:paris-fr");
  EXPECT_EQ(m.candidates[0].entity.country, "FR");
  EXPECT_EQ(m.candidates[0].entity.population, 2100000u);
  EXPECT_EQ(m.candidates[0].entity.fine_type, "city");
  EXPECT_EQ(m.candidates[1].entity.id, "sayso:paris-tx");
}

TEST_F(GazetteerTest, FindEntityAndInfo) {
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image_);
  ASSERT_TRUE(gaz.ok());
  absl::StatusOr<GazetteerEntity> e = gaz->FindEntity("sayso:kyiv");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->canonical, "Kyiv");
  EXPECT_EQ(e->type, EntityType::kGpe);
  EXPECT_EQ(gaz->FindEntity("nope:x").status().code(),
            absl::StatusCode::kNotFound);
  GazetteerInfo info = gaz->Info();
  EXPECT_EQ(info.format_version, 4u);
  EXPECT_EQ(info.entities, 19u);
  EXPECT_EQ(info.image_bytes, image_->size());
  EXPECT_EQ(info.description, "test gazetteer");
  EXPECT_FALSE(info.memory_mapped);
  EXPECT_GT(info.aliases, 30u);
}

}  // namespace
}  // namespace sayso
