// File: sayso/gazetteer_builder.h
// -----------------------------------------------------------------------------
// GazetteerBuilder collects entities and aliases from sayso's TSV format, the
// GeoNames dump format and the world-countries JSON (or from code), merges
// them by id, and compiles them into a gazetteer image that
// sayso::Gazetteer::Load() / FromBytes() use in place. docs/gazetteer.md
// documents the three input formats and the image layout.
//
// Aliases are tokenized with the same Tokenizer (news mode) and the same key
// folding as text, so dictionary entries and text always agree.
//
// A builder is not thread-safe (it is mutable scratch); Compile() is const and
// may be called several times.
//
// Example:
//   absl::StatusOr<sayso::GazetteerBuilder> b =
//   sayso::GazetteerBuilder::Create(); absl::Status s =
//   b->AddCountriesJson("world-countries.json");
//   s.Update(b->AddTsv("news-entities.tsv"));
//   absl::StatusOr<std::string> image = b->Compile();
//   absl::StatusOr<sayso::Gazetteer> gaz = sayso::Gazetteer::FromBytes(*image);
#ifndef SAYSO_GAZETTEER_BUILDER_H_
#define SAYSO_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "sayso/document.h"

namespace sayso {

// Per-alias flags (see docs/gazetteer.md, "Guards").
namespace alias_flags {
// Match only with exactly this case (letters and digits compared as written,
// punctuation and spacing ignored). Set by a leading '+' in the TSV; set
// automatically for all-caps aliases ("NATO", "U.S.") and aliases of at most
// 3 letters ("Ufa").
inline constexpr uint16_t kCaseSensitive = 1 << 0;
// Match only where every word of the text span is capitalized (GeoNames
// aliases by default: lower-case city names in news are rarely cities).
inline constexpr uint16_t kCapitalizedOnly = 1 << 1;
}  // namespace alias_flags

// An entity to add with AddEntity().
struct EntityDef {
  std::string id;         // "<namespace>:<local>"
  std::string canonical;  // also an alias
  EntityType type = EntityType::kOther;
  std::string fine_type;  // free: "city", "region", "ministry", ...
  std::string country;    // ISO 3166 alpha-2
  uint64_t population = 0;
  float prior = 0.5f;  // 0..1, ranking prior among entities sharing an alias
  std::string parent;  // id of the containing entity
  std::string attributes;  // other key=value pairs, ';'-separated
};

// An alias to add with AddAlias().
struct AliasDef {
  std::string text;
  uint16_t flags = 0;  // alias_flags
  // The mention type when this alias matches ("Russian" -> NORP on Russia);
  // nullopt: the entity's type.
  std::optional<EntityType> type_override;
};

// Options for AddGeoNames(). Defaults:
//   min_population       0       keep every place of the dump
//   feature_classes      "PA"    populated places and administrative areas
//   alternate_names      true    also index alternatenames (filtered below)
//   latin_and_cyrillic_only true alternate names in Latin or Cyrillic script
//   only capitalized_only     true    GeoNames aliases need a capitalized text
//   span
struct GeoNamesOptions {
  uint64_t min_population = 0;
  std::string feature_classes = "PA";
  bool alternate_names = true;
  bool latin_and_cyrillic_only = true;
  bool capitalized_only = true;
};

class GazetteerBuilder {
 public:
  // Create()
  // Makes a builder with its own news-mode Tokenizer.
  static absl::StatusOr<GazetteerBuilder> Create();

  GazetteerBuilder(GazetteerBuilder&&) noexcept;
  GazetteerBuilder& operator=(GazetteerBuilder&&) noexcept;
  ~GazetteerBuilder();

  // AddTsv()
  // Reads sayso's TSV format (docs/gazetteer.md). An id loaded before merges:
  // canonical and type replaced when given, aliases added, attributes
  // override. Errors: NotFound for the file, InvalidArgument naming
  // "file:line: what" for a malformed line.
  absl::Status AddTsv(std::string_view path);
  // Same for TSV text already in memory; `name` is used in error messages.
  absl::Status AddTsvText(std::string_view text, std::string_view name);

  // AddGeoNames()
  // Reads the GeoNames dump format (cities1000.txt, allCountries.txt: 19
  // tab-separated columns). Ids are "geonames:<geonameid>".
  absl::Status AddGeoNames(std::string_view path,
                           const GeoNamesOptions& options = {});
  absl::Status AddGeoNamesText(std::string_view text, std::string_view name,
                               const GeoNamesOptions& options = {});

  // AddCountriesJson()
  // Reads the world-countries JSON (mledoze/countries format): one GPE
  // "iso3166:<cca2>" per country; common, official, native and translated
  // names and altSpellings as aliases, cca2/cca3 case-sensitive, English and
  // French demonyms (and English plurals) as NORP aliases.
  absl::Status AddCountriesJson(std::string_view path);
  absl::Status AddCountriesJsonText(std::string_view json,
                                    std::string_view name);

  // AddEntity()
  // Adds (or merges into, by id) one entity and its aliases. The canonical
  // name is always an alias.
  absl::Status AddEntity(const EntityDef& entity,
                         const std::vector<AliasDef>& aliases = {});
  // AddAlias()
  // Adds one alias to an entity added before (NotFound otherwise).
  absl::Status AddAlias(std::string_view id, const AliasDef& alias);

  // Compile()
  // The image bytes (docs/gazetteer.md, "Image layout"). `description` is
  // stored in the image and shown by Info().
  absl::StatusOr<std::string> Compile(std::string_view description = "") const;

  size_t entity_count() const;
  size_t alias_count() const;  // (alias text, entity) pairs
  // Every distinct alias text, in insertion order (for benchmarks that feed
  // the same names to another matcher).
  std::vector<std::string> AliasTexts() const;

 private:
  struct Impl;
  explicit GazetteerBuilder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sayso

#endif  // SAYSO_GAZETTEER_BUILDER_H_
