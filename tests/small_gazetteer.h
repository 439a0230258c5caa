// File: tests/small_gazetteer.h
// -----------------------------------------------------------------------------
// A small gazetteer compiled in memory (no files): a dozen entities that
// exercise every matcher feature (multi-word aliases, case-sensitive
// acronyms, a NORP type override, an ambiguous alias, non-ASCII aliases).
// Used by the corruption, concurrency and hostile-input tests and the fuzzers.
//
// Example:
//   absl::StatusOr<std::string> image =
//   sayso::testing::CompileSmallGazetteer(); absl::StatusOr<sayso::Gazetteer>
//   gaz = sayso::Gazetteer::FromBytes(*image);
#ifndef SAYSO_TESTS_SMALL_GAZETTEER_H_
#define SAYSO_TESTS_SMALL_GAZETTEER_H_

#include <cstdint>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "sayso/gazetteer.h"
#include "sayso/gazetteer_builder.h"
#include "sayso/pipeline.h"

namespace sayso::testing {

// Texts that mention entities of the small gazetteer.
inline const std::vector<std::string>& SmallGazetteerTexts() {
  static const std::vector<std::string> texts = {
      "Russia's Defense Ministry said Kiev was shelled.",
      "Putin met Zelensky in Paris, the UN said.",
      "NATO and the North Atlantic Treaty Organization: Kharkov, Київ, Киев.",
      "Ukrainian and Russian officials told Al-Jazeera that the RU team left.",
  };
  return texts;
}

inline AliasDef Alias(std::string text, uint16_t flags = 0,
                      std::optional<EntityType> type = std::nullopt) {
  AliasDef alias;
  alias.text = std::move(text);
  alias.flags = flags;
  alias.type_override = type;
  return alias;
}

// CompileSmallGazetteer()
// The compiled image bytes.
inline absl::StatusOr<std::string> CompileSmallGazetteer() {
  absl::StatusOr<GazetteerBuilder> builder = GazetteerBuilder::Create();
  if (!builder.ok()) return builder.status();
  absl::Status status;
  auto add = [&](const EntityDef& e, const std::vector<AliasDef>& aliases) {
    if (status.ok()) status = builder->AddEntity(e, aliases);
  };
  add({"iso3166:RU", "Russia", EntityType::kGpe, "country", "RU", 144000000,
       0.9f, "", ""},
      {Alias("Russian Federation"), Alias("RU", alias_flags::kCaseSensitive),
       Alias("Russian", 0, EntityType::kNorp), Alias("Россия")});
  add({"iso3166:UA", "Ukraine", EntityType::kGpe, "country", "UA", 41000000,
       0.9f, "", ""},
      {Alias("Україна"), Alias("Ukrainian", 0, EntityType::kNorp)});
  add({"geonames:703448", "Kyiv", EntityType::kGpe, "city", "UA", 2900000, 0.8f,
       "iso3166:UA", ""},
      {Alias("Kiev"), Alias("Київ"), Alias("Киев")});
  add({"geonames:706483", "Kharkiv", EntityType::kGpe, "city", "UA", 1400000,
       0.7f, "iso3166:UA", ""},
      {Alias("Kharkov")});
  add({"geonames:2988507", "Paris", EntityType::kGpe, "city", "FR", 2100000,
       0.8f, "", ""},
      {});
  add({"geonames:4717560", "Paris", EntityType::kGpe, "city", "US", 25000, 0.2f,
       "", ""},
      {});
  add({"sayso:putin", "Vladimir Putin", EntityType::kPer, "head of state", "RU",
       0, 0.9f, "", ""},
      {Alias("Putin"), Alias("President Putin")});
  add({"sayso:zelensky", "Volodymyr Zelensky", EntityType::kPer,
       "head of state", "UA", 0, 0.9f, "", ""},
      {Alias("Zelensky"), Alias("Zelenskyy"), Alias("Selenskyj")});
  add({"sayso:nato", "NATO", EntityType::kOrg, "alliance", "", 0, 0.9f, "", ""},
      {Alias("North Atlantic Treaty Organization"), Alias("OTAN")});
  add({"sayso:mod-ru", "Russian Ministry of Defense", EntityType::kOrg,
       "ministry", "RU", 0, 0.8f, "iso3166:RU", ""},
      {Alias("Russian Defense Ministry"), Alias("Defense Ministry")});
  add({"sayso:aljazeera", "Al Jazeera", EntityType::kOrg, "outlet", "QA", 0,
       0.8f, "", ""},
      {Alias("Al-Jazeera")});
  add({"sayso:un", "United Nations", EntityType::kOrg, "body", "", 0, 0.9f, "",
       ""},
      {Alias("UN", alias_flags::kCaseSensitive), Alias("U.N.")});
  if (!status.ok()) return status;
  return builder->Compile("sayso test gazetteer");
}

// SharedTestPipeline()
// The default pipeline with the built-in gazetteer when it is built, else
// with the small test gazetteer written to TempDir()/<name>.gazetteer (so a
// test never depends on data files). Created once per process.
inline const Pipeline& SharedTestPipeline(const std::string& name) {
  static const Pipeline* pipeline = [&name] {
    PipelineOptions options;
    if (!Gazetteer::DefaultPath().ok()) {
      absl::StatusOr<std::string> image = CompileSmallGazetteer();
      EXPECT_TRUE(image.ok()) << image.status();
      options.gazetteer_path =
          ::testing::TempDir() + "/" + name + ".gazetteer";
      std::ofstream(options.gazetteer_path, std::ios::binary) << *image;
    }
    absl::StatusOr<Pipeline> p = Pipeline::Create(options);
    if (!p.ok()) {  // fail, and go on without entities rather than crash
      ADD_FAILURE() << p.status();
      options.match_entities = false;
      p = Pipeline::Create(options);
    }
    return new Pipeline(std::move(*p));
  }();
  return *pipeline;
}

}  // namespace sayso::testing

#endif  // SAYSO_TESTS_SMALL_GAZETTEER_H_
