// A small gazetteer for the gazetteer tests (built from TSV text in memory).
#ifndef SAYSO_TESTS_GAZETTEER_TEST_UTIL_H_
#define SAYSO_TESTS_GAZETTEER_TEST_UTIL_H_

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/gazetteer_builder.h"
#include "sayso/tokenizer.h"

namespace sayso::testing {

inline constexpr char kTestTsv[] =
    "# id\ttype\tcanonical\taliases\tattributes\n"
    "sayso:ru\tGPE/"
    "country\tRussia\tRussian@NORP|Russians@NORP\tcountry=RU;prior=0.9\n"
    "sayso:ua\tGPE/country\tUkraine\tUkrainian@NORP\tcountry=UA;prior=0.9\n"
    "sayso:mod-ru\tORG/ministry\tRussian Ministry of Defense\tRussian Defense "
    "Ministry|Defense Ministry\tcountry=RU\n"
    "sayso:aljazeera\tORG/outlet\tAl Jazeera\tAl-Jazeera|Aljazeera\n"
    "sayso:kremlin\tORG\tKremlin\tthe Kremlin\n"
    "sayso:us\tGPE/country\tUnited States\t+US|U.S.|the United "
    "States\tcountry=US;prior=0.9\n"
    "sayso:ap\tORG/news_agency\tAssociated Press\t+AP\n"
    "sayso:kyiv\tGPE/city\tKyiv\tKiev|Київ\tcountry=UA;population=2797553\n"
    "sayso:kherson\tGPE/"
    "city\tKherson\t\tcountry=UA;population=280000;prior=0.6\n"
    "sayso:kherson-oblast\tGPE/region\tKherson Oblast\tKherson\tcountry=UA\n"
    "sayso:zap\tGPE/city\tZaporizhzhia\tZaporizhia\tcountry=UA;prior=0.6\n"
    "sayso:zap-oblast\tGPE/region\tZaporizhzhia "
    "Oblast\tZaporizhia\tcountry=UA\n"
    "sayso:paris-fr\tGPE/city\tParis\t\tcountry=FR;population=2100000\n"
    "sayso:paris-tx\tGPE/city\tParis\t\tcountry=US;population=25000\n"
    "sayso:fr\tGPE/country\tFrance\tFrench@NORP\tcountry=FR;prior=0.9\n"
    "sayso:nice\tGPE/city\tNice\t\tcountry=FR;population=340000\n"
    "sayso:reading\tGPE/city\tReading\t\tcountry=GB\n"
    "sayso:mobile-bay\tLOC\tMobile Bay\n"
    "sayso:pro-ru\tNORP\tpro-Russian separatists\tpro-Russians|pro-Russian\n";

// Compiles kTestTsv (plus `extra_tsv`) into an image.
inline std::string TestImage(const std::string& extra_tsv = "") {
  absl::StatusOr<GazetteerBuilder> b = GazetteerBuilder::Create();
  EXPECT_TRUE(b.ok()) << b.status();
  absl::Status s = b->AddTsvText(kTestTsv, "test.tsv");
  EXPECT_TRUE(s.ok()) << s;
  if (!extra_tsv.empty()) {
    s = b->AddTsvText(extra_tsv, "extra.tsv");
    EXPECT_TRUE(s.ok()) << s;
  }
  absl::StatusOr<std::string> image = b->Compile("test gazetteer");
  EXPECT_TRUE(image.ok()) << image.status();
  return image.ok() ? *image : std::string();
}

inline const Tokenizer& TestTokenizer() {
  static const Tokenizer* t = [] {
    absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
    EXPECT_TRUE(tok.ok()) << tok.status();
    return new Tokenizer(std::move(*tok));
  }();
  return *t;
}

// "text|id|TYPE" per mention, for compact exact assertions.
inline std::vector<std::string> MentionStrings(const Document& doc) {
  std::vector<std::string> out;
  for (const Mention& m : doc.mentions()) {
    out.push_back(std::string(doc.text(m.span)) + "|" +
                  std::string(m.entity.id) + "|" +
                  std::string(EntityTypeName(m.entity.type)));
  }
  return out;
}

}  // namespace sayso::testing

#endif  // SAYSO_TESTS_GAZETTEER_TEST_UTIL_H_
