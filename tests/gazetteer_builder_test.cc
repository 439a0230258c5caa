// GazetteerBuilder (sayso/gazetteer_builder.h): the TSV, GeoNames and
// world-countries loaders, their errors (file and line), merging by id, and
// the programmatic API.
#include "sayso/gazetteer_builder.h"

#include <string>
#include <vector>

#include "gazetteer_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/gazetteer.h"

namespace sayso {
namespace {

using ::sayso::testing::MentionStrings;
using ::sayso::testing::TestTokenizer;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

GazetteerBuilder NewBuilder() {
  absl::StatusOr<GazetteerBuilder> b = GazetteerBuilder::Create();
  EXPECT_TRUE(b.ok()) << b.status();
  return std::move(*b);
}

std::vector<std::string> Annotate(const GazetteerBuilder& b,
                                  const std::string& text) {
  absl::StatusOr<std::string> image = b.Compile();
  EXPECT_TRUE(image.ok()) << image.status();
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image);
  EXPECT_TRUE(gaz.ok()) << gaz.status();
  Document doc(text);
  EXPECT_TRUE(TestTokenizer().Process(doc).ok());
  EXPECT_TRUE(gaz->Process(doc).ok());
  return MentionStrings(doc);
}

// One GeoNames dump line (19 columns).
std::string GeoLine(const std::string& id, const std::string& name,
                    const std::string& alternates, const std::string& fclass,
                    const std::string& fcode, const std::string& cc,
                    const std::string& population) {
  return id + "\t" + name + "\t" + name + "\t" + alternates +
         "\t50.45\t30.52\t" + fclass + "\t" + fcode + "\t" + cc +
         "\t\t12\t\t\t\t" + population + "\t\t187\tEurope/Kyiv\t2020-01-01\n";
}

TEST(GazetteerTsvTest, ErrorsNameFileAndLine) {
  struct Case {
    std::string tsv;
    std::string message;
  };
  std::vector<Case> cases = {
      {"# c\nsayso:x\tPER\n",
       "x.tsv:2: expected 3 to 5 tab-separated columns, found 2"},
      {"sayso:x\tPER\tX\ta\tb\tc\n",
       "x.tsv:1: expected 3 to 5 tab-separated columns, found 6"},
      {"nocolon\tPER\tX\n", "x.tsv:1: bad id \"nocolon\""},
      {"sayso:x\tPERSON\tX\n", "x.tsv:1: bad type \"PERSON\""},
      {"sayso:x\tPER\t\n",
       "x.tsv:1: missing canonical name for new entity sayso:x"},
      {"sayso:x\t\tX\n", "x.tsv:1: missing type for new entity sayso:x"},
      {"sayso:x\tGPE\tX\t\tpopulation=many\n",
       "x.tsv:1: bad population \"many\""},
      {"sayso:x\tGPE\tX\t\tprior=2\n", "x.tsv:1: bad prior \"2\""},
      {"sayso:x\tGPE\tX\t\tcountry=UKR\n", "x.tsv:1: bad country \"UKR\""},
      {"sayso:x\tGPE\tX\t\tnovalue\n", "x.tsv:1: bad attribute \"novalue\""},
      {"sayso:x\tGPE\tX\tY@CITY\n", "x.tsv:1: bad alias type in \"Y@CITY\""},
  };
  for (const Case& c : cases) {
    GazetteerBuilder b = NewBuilder();
    absl::Status s = b.AddTsvText(c.tsv, "x.tsv");
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << c.tsv;
    EXPECT_THAT(s.message(), HasSubstr(c.message)) << c.tsv;
  }
  GazetteerBuilder b = NewBuilder();
  absl::Status s = b.AddTsv("/nonexistent/entities.tsv");
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(s.message(), HasSubstr("/nonexistent/entities.tsv"));
}

TEST(GazetteerTsvTest, HeaderCommentsFlagsAndAttributes) {
  GazetteerBuilder b = NewBuilder();
  ASSERT_TRUE(b.AddTsvText("id\ttype\tcanonical\taliases\tattributes\n"
                           "# comment\n\n"
                           "sayso:isw\tORG/think_tank\tInstitute for the Study "
                           "of War\t+ISW\tcountry=US;founded=2007\r\n",
                           "t.tsv")
                  .ok());
  EXPECT_EQ(b.entity_count(), 1u);
  EXPECT_THAT(Annotate(b,
                       "Experts at the ISW, the Institute for the Study of "
                       "War, not isw."),
              ElementsAre("ISW|sayso:isw|ORG",
                          "Institute for the Study of War|sayso:isw|ORG"));
  absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(*b.Compile());
  absl::StatusOr<GazetteerEntity> e = g->FindEntity("sayso:isw");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->fine_type, "think_tank");
  EXPECT_EQ(e->country, "US");
  EXPECT_EQ(e->attributes, "founded=2007");
  EXPECT_FLOAT_EQ(e->prior, 0.5f);
}

TEST(GazetteerTsvTest, MergesByIdIntoGeoNamesEntity) {
  GazetteerBuilder b = NewBuilder();
  ASSERT_TRUE(b.AddGeoNamesText(GeoLine("703448", "Kiev", "Kyiv,Kijev", "P",
                                        "PPLC", "UA", "2797553"),
                                "geo.txt")
                  .ok());
  ASSERT_TRUE(
      b.AddTsvText("geonames:703448\t\tKyiv\tKyjiw\tprior=0.8\n", "cur.tsv")
          .ok());
  EXPECT_EQ(b.entity_count(), 1u);
  absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(*b.Compile());
  ASSERT_TRUE(g.ok());
  absl::StatusOr<GazetteerEntity> e = g->FindEntity("geonames:703448");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->canonical, "Kyiv");
  EXPECT_EQ(e->type, EntityType::kGpe);  // kept: the merge gave no type
  EXPECT_EQ(e->fine_type, "capital");
  EXPECT_EQ(e->population, 2797553u);
  EXPECT_FLOAT_EQ(e->prior, 0.8f);
  EXPECT_THAT(
      Annotate(b, "Kiev, Kyiv, Kijev, Kyjiw."),
      ElementsAre("Kiev|geonames:703448|GPE", "Kyiv|geonames:703448|GPE",
                  "Kijev|geonames:703448|GPE", "Kyjiw|geonames:703448|GPE"));
}

TEST(GazetteerGeoNamesTest, FiltersNamesAndPlaces) {
  GazetteerBuilder b = NewBuilder();
  GeoNamesOptions options;
  options.min_population = 5000;
  std::string dump = GeoLine("706448", "Kherson",
                             "KHE,Cherson,Херсон,ヘルソン,he er song,Kherson 2",
                             "P", "PPLA", "UA", "320477") +
                     GeoLine("1", "Smallville", "", "P", "PPL", "UA", "999") +
                     GeoLine("2", "Some Hill", "", "T", "HLL", "UA", "100000") +
                     GeoLine("3", "Nice", "", "P", "PPLA2", "FR", "340000") +
                     GeoLine("4", "March", "", "P", "PPL", "GB", "22000");
  ASSERT_TRUE(b.AddGeoNamesText(dump, "geo.txt", options).ok());
  EXPECT_EQ(b.entity_count(), 3u);  // not Smallville (population) nor the hill
  std::vector<std::string> names = b.AliasTexts();
  EXPECT_THAT(names, ElementsAre("Kherson", "Cherson", "Херсон", "Nice"));
  // GeoNames names need a capital; "March" the month never becomes a place.
  EXPECT_THAT(
      Annotate(b, "In March, Cherson and Херсон, not kherson; in Nice."),
      ElementsAre("Cherson|geonames:706448|GPE", "Херсон|geonames:706448|GPE",
                  "Nice|geonames:3|GPE"));
}

TEST(GazetteerGeoNamesTest, ErrorsNameFileAndLine) {
  GazetteerBuilder b = NewBuilder();
  absl::Status s = b.AddGeoNamesText(
      GeoLine("1", "A", "", "P", "PPL", "UA", "1") + "2\tB\n", "geo.txt");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(),
              HasSubstr("geo.txt:2: expected 19 tab-separated columns"));
  s = b.AddGeoNamesText(GeoLine("x1", "A", "", "P", "PPL", "UA", "1"), "g.txt");
  EXPECT_THAT(s.message(), HasSubstr("g.txt:1: bad geonameid \"x1\""));
  s = b.AddGeoNamesText(GeoLine("1", "A", "", "P", "PPL", "UA", "lots"),
                        "g.txt");
  EXPECT_THAT(s.message(), HasSubstr("g.txt:1: bad population \"lots\""));
}

constexpr char kCountries[] = R"json([
 {"name": {"common": "Ukraine", "official": "Ukraine",
           "native": {"ukr": {"official": "Україна", "common": "Україна"}}},
  "cca2": "UA", "cca3": "UKR", "altSpellings": ["UA", "Ukrayina"],
  "translations": {"deu": {"official": "Ukraine", "common": "Ukraine"},
                   "pol": {"official": "Ukraina", "common": "Ukraina"}},
  "demonyms": {"eng": {"f": "Ukrainian", "m": "Ukrainian"},
               "fra": {"f": "Ukrainienne", "m": "Ukrainien"}}},
 {"name": {"common": "India", "official": "Republic of India", "native": {}},
  "cca2": "IN", "cca3": "IND", "altSpellings": ["IN", "Bhārat"],
  "demonyms": {"eng": {"f": "Indian", "m": "Indian"}}}
])json";

TEST(GazetteerCountriesTest, NamesCodesAndDemonyms) {
  GazetteerBuilder b = NewBuilder();
  ASSERT_TRUE(b.AddCountriesJsonText(kCountries, "countries.json").ok());
  EXPECT_EQ(b.entity_count(), 2u);
  EXPECT_THAT(
      Annotate(b,
               "Ukraina, Україна, Ukrayina, UKR and UA; Ukrainians, "
               "Ukrainienne and Ukrainian troops. IN India, in Bharat, "
               "Indians."),
      ElementsAre("Ukraina|iso3166:UA|GPE", "Україна|iso3166:UA|GPE",
                  "Ukrayina|iso3166:UA|GPE", "UKR|iso3166:UA|GPE",
                  "Ukrainians|iso3166:UA|NORP", "Ukrainienne|iso3166:UA|NORP",
                  "Ukrainian|iso3166:UA|NORP", "India|iso3166:IN|GPE",
                  "Bharat|iso3166:IN|GPE", "Indians|iso3166:IN|NORP"));
  absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(*b.Compile());
  absl::StatusOr<GazetteerEntity> e = g->FindEntity("iso3166:UA");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->canonical, "Ukraine");
  EXPECT_EQ(e->fine_type, "country");
  EXPECT_EQ(e->country, "UA");
  // Codes are case-sensitive: "ukr" is not Ukraine. Two-letter codes are not
  // aliases at all: in news "AI", "AG" or "PS" is rarely a country.
  EXPECT_THAT(Annotate(b, "ukr UA ua IN"), IsEmpty());
}

TEST(GazetteerCountriesTest, Errors) {
  GazetteerBuilder b = NewBuilder();
  absl::Status s = b.AddCountriesJsonText("[{", "c.json");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("c.json: invalid JSON"));
  s = b.AddCountriesJsonText("{}", "c.json");
  EXPECT_THAT(s.message(), HasSubstr("c.json: expected a JSON array"));
  s = b.AddCountriesJsonText(R"([{"cca2": "UA"}])", "c.json");
  EXPECT_THAT(s.message(),
              HasSubstr("c.json: country #1: missing \"name.common\""));
}

TEST(GazetteerBuilderTest, AddEntityAndAlias) {
  GazetteerBuilder b = NewBuilder();
  EntityDef putin;
  putin.id = "sayso:putin";
  putin.canonical = "Vladimir Putin";
  putin.type = EntityType::kPer;
  ASSERT_TRUE(b.AddEntity(putin, {{"Putin", 0, std::nullopt}}).ok());
  ASSERT_TRUE(b.AddAlias("sayso:putin", {"Путин", 0, std::nullopt}).ok());
  EXPECT_EQ(b.AddAlias("sayso:nobody", {"X", 0, std::nullopt}).code(),
            absl::StatusCode::kNotFound);
  EntityDef no_name;
  no_name.id = "sayso:x";
  EXPECT_EQ(b.AddEntity(no_name).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(Annotate(b, "Vladimir Putin (Путин). Putin's"),
              ElementsAre("Vladimir Putin|sayso:putin|PER",
                          "Путин|sayso:putin|PER", "Putin|sayso:putin|PER"));
  EXPECT_EQ(b.alias_count(), 3u);
}

TEST(GazetteerBuilderTest, EmptyBuilderCompilesToAnImageThatMatchesNothing) {
  GazetteerBuilder b = NewBuilder();
  EXPECT_THAT(Annotate(b, "Kyiv and Paris"), IsEmpty());
}

}  // namespace
}  // namespace sayso
