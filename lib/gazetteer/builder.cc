// GazetteerBuilder: the entity model, the three loaders and the image
// compiler (docs/gazetteer.md).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "core/absl_compat.h"
#include "core/utf8.h"
#include "gazetteer/common_words.h"
#include "gazetteer/image_format.h"
#include "gazetteer/units.h"
#include "sayso/gazetteer_builder.h"
#include "sayso/normalize.h"
#include "sayso/tokenizer.h"
#include "simdjson.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sayso {
namespace {

using internal::Sv;
namespace gz = internal::gz;

absl::StatusOr<std::string> ReadFile(std::string_view path) {
  std::ifstream in(std::string(path), std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("cannot read ", Sv(path)));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    return absl::DataLossError(absl::StrCat("error reading ", Sv(path)));
  }
  return ss.str();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

absl::Status LineError(std::string_view file, size_t line,
                       std::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat(Sv(file), ":", line, ": ", Sv(what)));
}

// Words that GeoNames uses as place names but that in news are almost never
// places, even capitalized (months, week days, titles).
bool IsNeverPlaceWord(std::string_view key) {
  static constexpr std::string_view kWords[] = {
      "january", "february",  "march",     "april",    "may",      "june",
      "july",    "august",    "september", "october",  "november", "december",
      "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday",
      "sunday",  "president", "minister",  "general",  "governor", "mayor",
      "senator", "king",      "queen",     "prince",   "lord",     "god",
      "church",  "army",      "police",    "said",     "will",     "says",
      "told",    "today",     "news",      "people"};
  for (std::string_view w : kWords) {
    if (key == w) return true;
  }
  return false;
}

// Fine type from a GeoNames feature class and code.
std::string GeoNamesFineType(std::string_view fclass, std::string_view fcode) {
  if (fclass == "A") {
    if (fcode == "ADM1") return "region";
    if (fcode == "ADM2") return "district";
    if (fcode.substr(0, 3) == "PCL") return "country";
    return "admin";
  }
  if (fclass == "P") {
    if (fcode == "PPLC") return "capital";
    return "city";
  }
  return "place";
}

// True if every letter of `name` is Latin or Cyrillic.
bool IsLatinOrCyrillic(std::string_view name) {
  size_t pos = 0;
  while (pos < name.size()) {
    char32_t c;
    size_t bad;
    size_t n = internal::DecodeUtf8(name, pos, &c, &bad);
    if (n == 0) return false;
    pos += n;
    if (c < 0x80) continue;
    bool ok = (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF) ||
              (c >= 0x0300 && c <= 0x036F) || (c >= 0x0400 && c <= 0x052F) ||
              (c >= 0x2010 && c <= 0x2019) || c == 0x02BC || c == 0x02B9 ||
              c == 0x00A0;
    if (!ok) return false;
  }
  return true;
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// English plural of a demonym: "Russian" -> "Russians", "Israeli" ->
// "Israelis"; "" when the plural is the same word ("French", "Swiss").
std::string DemonymPlural(std::string_view d) {
  if (d.empty()) return "";
  char last = d.back();
  if (last == 'n' || last == 'i' || last == 'o')
    return absl::StrCat(Sv(d), "s");
  return "";
}

}  // namespace

struct GazetteerBuilder::Impl {
  explicit Impl(Tokenizer t) : tokenizer(std::move(t)) {}

  struct AliasRec {
    uint32_t text;
    uint32_t entity;
    uint16_t flags;
    uint8_t type;  // gz::kNoTypeOverride or an EntityType
  };
  // Which EntityDef fields a merge sets.
  enum Given : uint32_t {
    kCanonical = 1,
    kType = 2,
    kFine = 4,
    kCountry = 8,
    kPopulation = 16,
    kPrior = 32,
    kParent = 64,
    kAttributes = 128,
    kAll = 255
  };

  Tokenizer tokenizer;
  std::vector<EntityDef> entities;
  absl::flat_hash_map<std::string, uint32_t> by_id;
  std::vector<std::string> texts;
  absl::flat_hash_map<std::string, uint32_t> text_ids;
  std::vector<AliasRec> aliases;
  absl::flat_hash_map<std::tuple<uint32_t, uint32_t, uint8_t>, uint32_t>
      alias_index;

  uint32_t Upsert(const EntityDef& def, uint32_t given,
                  bool add_canonical = true) {
    auto [it, inserted] =
        by_id.try_emplace(def.id, static_cast<uint32_t>(entities.size()));
    if (inserted) {
      entities.push_back(def);
    } else {
      EntityDef& e = entities[it->second];
      if ((given & kCanonical) && !def.canonical.empty())
        e.canonical = def.canonical;
      if (given & kType) e.type = def.type;
      if (given & kFine) e.fine_type = def.fine_type;
      if (given & kCountry) e.country = def.country;
      if (given & kPopulation) e.population = def.population;
      if (given & kPrior) e.prior = def.prior;
      if (given & kParent) e.parent = def.parent;
      if ((given & kAttributes) && !def.attributes.empty()) {
        e.attributes = e.attributes.empty()
                           ? def.attributes
                           : absl::StrCat(e.attributes, ";", def.attributes);
      }
    }
    if (add_canonical && !entities[it->second].canonical.empty()) {
      AddAliasTo(it->second, entities[it->second].canonical, 0, std::nullopt);
    }
    return it->second;
  }

  void AddAliasTo(uint32_t entity, std::string_view text, uint16_t flags,
                  std::optional<EntityType> type) {
    text = Trim(text);
    if (text.empty()) return;
    auto [tit, tnew] = text_ids.try_emplace(
        std::string(text), static_cast<uint32_t>(texts.size()));
    if (tnew) texts.emplace_back(text);
    uint8_t t = type ? static_cast<uint8_t>(*type) : gz::kNoTypeOverride;
    auto [ait, anew] =
        alias_index.try_emplace(std::make_tuple(tit->second, entity, t),
                                static_cast<uint32_t>(aliases.size()));
    if (anew) {
      aliases.push_back({tit->second, entity, flags, t});
    } else {
      aliases[ait->second].flags = flags;  // the later source decides
    }
  }

  absl::Status AddTsvText(std::string_view text, std::string_view name);
  absl::Status AddGeoNamesText(std::string_view text, std::string_view name,
                               const GeoNamesOptions& options);
  absl::Status AddCountriesJsonText(std::string_view json,
                                    std::string_view name);
};

GazetteerBuilder::GazetteerBuilder(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
GazetteerBuilder::GazetteerBuilder(GazetteerBuilder&&) noexcept = default;
GazetteerBuilder& GazetteerBuilder::operator=(GazetteerBuilder&&) noexcept =
    default;
GazetteerBuilder::~GazetteerBuilder() = default;

absl::StatusOr<GazetteerBuilder> GazetteerBuilder::Create() {
  TokenizerOptions options;
  options.mode = TokenizerOptions::Mode::kNews;
  options.split_sentences = false;
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create(options);
  if (!tokenizer.ok()) return tokenizer.status();
  return GazetteerBuilder(std::make_unique<Impl>(std::move(*tokenizer)));
}

size_t GazetteerBuilder::entity_count() const { return impl_->entities.size(); }
size_t GazetteerBuilder::alias_count() const { return impl_->aliases.size(); }
std::vector<std::string> GazetteerBuilder::AliasTexts() const {
  return impl_->texts;
}

absl::Status GazetteerBuilder::AddEntity(const EntityDef& entity,
                                         const std::vector<AliasDef>& aliases) {
  if (entity.id.empty()) {
    return absl::InvalidArgumentError("AddEntity: empty id");
  }
  uint32_t given = Impl::kAll;
  if (impl_->by_id.contains(entity.id)) {
    given = 0;
    if (!entity.canonical.empty()) given |= Impl::kCanonical;
    if (entity.type != EntityType::kOther) given |= Impl::kType;
    if (!entity.fine_type.empty()) given |= Impl::kFine;
    if (!entity.country.empty()) given |= Impl::kCountry;
    if (entity.population != 0) given |= Impl::kPopulation;
    if (entity.prior != 0.5f) given |= Impl::kPrior;
    if (!entity.parent.empty()) given |= Impl::kParent;
    if (!entity.attributes.empty()) given |= Impl::kAttributes;
  } else if (entity.canonical.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("AddEntity: ", entity.id, ": empty canonical name"));
  }
  uint32_t index = impl_->Upsert(entity, given);
  for (const AliasDef& a : aliases) {
    impl_->AddAliasTo(index, a.text, a.flags, a.type_override);
  }
  return absl::OkStatus();
}

absl::Status GazetteerBuilder::AddAlias(std::string_view id,
                                        const AliasDef& alias) {
  auto it = impl_->by_id.find(std::string(id));
  if (it == impl_->by_id.end()) {
    return absl::NotFoundError(
        absl::StrCat("AddAlias: no entity with id ", Sv(id)));
  }
  impl_->AddAliasTo(it->second, alias.text, alias.flags, alias.type_override);
  return absl::OkStatus();
}

// --- TSV --------------------------------------------------------------------

absl::Status GazetteerBuilder::AddTsv(std::string_view path) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return impl_->AddTsvText(*text, path);
}
absl::Status GazetteerBuilder::AddTsvText(std::string_view text,
                                          std::string_view name) {
  return impl_->AddTsvText(text, name);
}

absl::Status GazetteerBuilder::Impl::AddTsvText(std::string_view text,
                                                std::string_view name) {
  size_t line_no = 0;
  bool first = true;
  for (absl::string_view raw : absl::StrSplit(Sv(text), '\n')) {
    ++line_no;
    std::string_view line = Sv(raw);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    std::vector<absl::string_view> cols = absl::StrSplit(Sv(line), '\t');
    if (first && cols.size() >= 3 && Trim(Sv(cols[0])) == "id" &&
        Trim(Sv(cols[1])) == "type") {
      first = false;
      continue;
    }
    first = false;
    if (cols.size() < 3 || cols.size() > 5) {
      return LineError(name, line_no,
                       absl::StrCat("expected 3 to 5 tab-separated columns, "
                                    "found ",
                                    cols.size()));
    }
    EntityDef def;
    uint32_t given = 0;
    def.id = std::string(Trim(Sv(cols[0])));
    if (def.id.empty() || def.id.find(':') == std::string::npos ||
        def.id.front() == ':' || def.id.back() == ':') {
      return LineError(name, line_no,
                       absl::StrCat("bad id \"", def.id,
                                    "\": expected <namespace>:<local>"));
    }
    bool exists = by_id.contains(def.id);
    std::string_view type = Trim(Sv(cols[1]));
    if (!type.empty()) {
      std::string_view coarse = type;
      size_t slash = type.find('/');
      if (slash != std::string_view::npos) {
        coarse = type.substr(0, slash);
        def.fine_type = std::string(type.substr(slash + 1));
        given |= kFine;
      }
      std::optional<EntityType> t = ParseEntityType(coarse);
      if (!t || *t == EntityType::kOther) {
        return LineError(name, line_no,
                         absl::StrCat("bad type \"", Sv(type),
                                      "\": expected PER, ORG, GPE, LOC or "
                                      "NORP, optionally /fine_type"));
      }
      def.type = *t;
      given |= kType;
    } else if (!exists) {
      return LineError(name, line_no,
                       absl::StrCat("missing type for new entity ", def.id));
    }
    def.canonical = std::string(Trim(Sv(cols[2])));
    if (!def.canonical.empty()) given |= kCanonical;
    if (def.canonical.empty() && !exists) {
      return LineError(
          name, line_no,
          absl::StrCat("missing canonical name for new entity ", def.id));
    }
    // Attributes.
    std::string extra;
    if (cols.size() >= 5) {
      for (absl::string_view kv_raw : absl::StrSplit(cols[4], ';')) {
        std::string_view kv = Trim(Sv(kv_raw));
        if (kv.empty()) continue;
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos || eq == 0) {
          return LineError(name, line_no,
                           absl::StrCat("bad attribute \"", Sv(kv),
                                        "\": expected key=value"));
        }
        std::string_view key = Trim(kv.substr(0, eq));
        std::string_view value = Trim(kv.substr(eq + 1));
        if (key == "country") {
          if (value.size() != 2) {
            return LineError(name, line_no,
                             absl::StrCat("bad country \"", Sv(value),
                                          "\": expected ISO 3166 alpha-2"));
          }
          def.country = std::string(value);
          given |= kCountry;
        } else if (key == "population") {
          uint64_t pop = 0;
          auto [p, ec] =
              std::from_chars(value.data(), value.data() + value.size(), pop);
          if (ec != std::errc() || p != value.data() + value.size()) {
            return LineError(name, line_no,
                             absl::StrCat("bad population \"", Sv(value),
                                          "\": expected an integer"));
          }
          def.population = pop;
          given |= kPopulation;
        } else if (key == "prior") {
          char* end = nullptr;
          std::string v(value);
          float prior = std::strtof(v.c_str(), &end);
          if (v.empty() || end != v.c_str() + v.size() || !(prior >= 0) ||
              prior > 1) {
            return LineError(name, line_no,
                             absl::StrCat("bad prior \"", v,
                                          "\": expected a number in [0, 1]"));
          }
          def.prior = prior;
          given |= kPrior;
        } else if (key == "parent") {
          def.parent = std::string(value);
          given |= kParent;
        } else {
          if (!extra.empty()) extra += ';';
          absl::StrAppend(&extra, Sv(key), "=", Sv(value));
        }
      }
    }
    if (!extra.empty()) {
      def.attributes = extra;
      given |= kAttributes;
    }
    if (!exists) given = kAll;
    uint32_t index = Upsert(def, given);
    if (cols.size() >= 4) {
      for (absl::string_view alias_raw : absl::StrSplit(cols[3], '|')) {
        std::string_view alias = Trim(Sv(alias_raw));
        if (alias.empty()) continue;
        uint16_t flags = 0;
        std::optional<EntityType> override_type;
        if (alias.front() == '+') {
          flags |= alias_flags::kCaseSensitive;
          alias.remove_prefix(1);
        }
        size_t at = alias.rfind('@');
        if (at != std::string_view::npos) {
          std::optional<EntityType> t = ParseEntityType(alias.substr(at + 1));
          if (!t || *t == EntityType::kOther) {
            return LineError(
                name, line_no,
                absl::StrCat("bad alias type in \"", Sv(alias),
                             "\": expected @PER, @ORG, @GPE, @LOC or @NORP"));
          }
          override_type = t;
          alias = Trim(alias.substr(0, at));
        }
        if (alias.empty()) {
          return LineError(name, line_no, "empty alias");
        }
        AddAliasTo(index, alias, flags, override_type);
      }
    }
  }
  return absl::OkStatus();
}

// --- GeoNames
// -----------------------------------------------------------------

absl::Status GazetteerBuilder::AddGeoNames(std::string_view path,
                                           const GeoNamesOptions& options) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return impl_->AddGeoNamesText(*text, path, options);
}
absl::Status GazetteerBuilder::AddGeoNamesText(std::string_view text,
                                               std::string_view name,
                                               const GeoNamesOptions& options) {
  return impl_->AddGeoNamesText(text, name, options);
}

absl::Status GazetteerBuilder::Impl::AddGeoNamesText(
    std::string_view text, std::string_view name,
    const GeoNamesOptions& options) {
  size_t line_no = 0;
  size_t pos = 0;
  std::vector<std::string_view> cols;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    cols.clear();
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        cols.push_back(line.substr(start));
        break;
      }
      cols.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    if (cols.size() != 19) {
      return LineError(name, line_no,
                       absl::StrCat("expected 19 tab-separated columns "
                                    "(GeoNames dump format), found ",
                                    cols.size()));
    }
    std::string_view geonameid = cols[0];
    if (geonameid.empty() ||
        geonameid.find_first_not_of("0123456789") != std::string_view::npos) {
      return LineError(name, line_no,
                       absl::StrCat("bad geonameid \"", Sv(geonameid), "\""));
    }
    std::string_view fclass = cols[6];
    if (!options.feature_classes.empty() &&
        (fclass.size() != 1 ||
         options.feature_classes.find(fclass[0]) == std::string::npos)) {
      continue;
    }
    uint64_t population = 0;
    if (!cols[14].empty()) {
      auto [p, ec] = std::from_chars(
          cols[14].data(), cols[14].data() + cols[14].size(), population);
      if (ec != std::errc() || p != cols[14].data() + cols[14].size()) {
        return LineError(name, line_no,
                         absl::StrCat("bad population \"", Sv(cols[14]),
                                      "\": expected an integer"));
      }
    }
    if (population < options.min_population) continue;
    EntityDef def;
    def.id = absl::StrCat("geonames:", Sv(geonameid));
    def.canonical = std::string(Trim(cols[1]));
    if (def.canonical.empty()) {
      return LineError(name, line_no, "empty name");
    }
    def.type = EntityType::kGpe;
    def.fine_type = GeoNamesFineType(fclass, cols[7]);
    def.country = cols[8].size() == 2 ? std::string(cols[8]) : "";
    def.population = population;
    def.prior = cols[7] == "PPLC" ? 0.6f : 0.5f;
    def.attributes = absl::StrCat("feature=", Sv(fclass), ".", Sv(cols[7]));
    uint16_t flags =
        options.capitalized_only ? alias_flags::kCapitalizedOnly : 0;
    auto keep = [&](std::string_view alias, bool alternate) {
      alias = Trim(alias);
      if (alias.size() < 2 || HasDigit(alias)) return false;
      int letters = 0, lower = 0;
      internal::CountLetters(alias, &letters, &lower);
      if (letters < 2) return false;
      // Codes (airport, postal, abbreviations) are all caps; romanizations
      // written all in lower case ("ji fu", "kiv") are not how English
      // writes the place.
      if (alternate && (lower == 0 || lower == letters)) return false;
      if (alternate && options.latin_and_cyrillic_only &&
          !IsLatinOrCyrillic(alias)) {
        return false;
      }
      if (IsNeverPlaceWord(NormalizedKey(alias))) return false;
      return true;
    };
    bool exists = by_id.contains(def.id);
    // A curated entry merged earlier keeps its canonical name.
    uint32_t index = Upsert(def, exists ? kAll & ~kCanonical : kAll,
                            /*add_canonical=*/false);
    if (keep(def.canonical, false)) {
      AddAliasTo(index, def.canonical, flags, std::nullopt);
    }
    if (cols[2] != cols[1] && keep(cols[2], false)) {
      AddAliasTo(index, cols[2], flags, std::nullopt);
    }
    if (options.alternate_names && !cols[3].empty()) {
      for (size_t start = 0; start <= cols[3].size();) {
        size_t comma = cols[3].find(',', start);
        if (comma == std::string_view::npos) comma = cols[3].size();
        std::string_view alt = cols[3].substr(start, comma - start);
        start = comma + 1;
        if (keep(alt, true)) AddAliasTo(index, alt, flags, std::nullopt);
      }
    }
  }
  return absl::OkStatus();
}

// --- world-countries JSON
// -------------------------------------------------------

absl::Status GazetteerBuilder::AddCountriesJson(std::string_view path) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return impl_->AddCountriesJsonText(*text, path);
}
absl::Status GazetteerBuilder::AddCountriesJsonText(std::string_view json,
                                                    std::string_view name) {
  return impl_->AddCountriesJsonText(json, name);
}

absl::Status GazetteerBuilder::Impl::AddCountriesJsonText(
    std::string_view json, std::string_view name) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json.data(), json.size());
  simdjson::dom::element root;
  auto error = parser.parse(padded).get(root);
  if (error) {
    return absl::InvalidArgumentError(absl::StrCat(
        Sv(name), ": invalid JSON: ", simdjson::error_message(error)));
  }
  simdjson::dom::array countries;
  if (root.get_array().get(countries)) {
    return absl::InvalidArgumentError(
        absl::StrCat(Sv(name), ": expected a JSON array of country objects"));
  }
  size_t index_in_file = 0;
  for (simdjson::dom::element country : countries) {
    ++index_in_file;
    auto where = [&](std::string_view what) {
      return absl::InvalidArgumentError(
          absl::StrCat(Sv(name), ": country #", index_in_file, ": ", Sv(what)));
    };
    std::string_view cca2, common;
    if (country["cca2"].get_string().get(cca2) || cca2.size() != 2) {
      return where("missing or bad \"cca2\"");
    }
    if (country["name"]["common"].get_string().get(common) || common.empty()) {
      return where("missing \"name.common\"");
    }
    EntityDef def;
    def.id = absl::StrCat("iso3166:", Sv(cca2));
    def.canonical = std::string(common);
    def.type = EntityType::kGpe;
    def.fine_type = "country";
    def.country = std::string(cca2);
    def.prior = 0.9f;
    std::string_view cca3;
    if (!country["cca3"].get_string().get(cca3)) {
      def.attributes = absl::StrCat("cca3=", Sv(cca3));
    }
    bool exists = by_id.contains(def.id);
    uint32_t index = Upsert(def, exists ? kAll & ~kCanonical : kAll);
    auto add = [&](std::string_view alias) {
      if (!alias.empty()) AddAliasTo(index, alias, 0, std::nullopt);
    };
    std::string_view s;
    if (!country["name"]["official"].get_string().get(s)) add(s);
    simdjson::dom::object native;
    if (!country["name"]["native"].get_object().get(native)) {
      for (auto field : native) {
        if (!field.value["common"].get_string().get(s)) add(s);
        if (!field.value["official"].get_string().get(s)) add(s);
      }
    }
    simdjson::dom::object translations;
    if (!country["translations"].get_object().get(translations)) {
      for (auto field : translations) {
        if (!field.value["common"].get_string().get(s)) add(s);
        if (!field.value["official"].get_string().get(s)) add(s);
      }
    }
    simdjson::dom::array alt;
    if (!country["altSpellings"].get_array().get(alt)) {
      for (simdjson::dom::element a : alt) {
        if (!a.get_string().get(s)) {
          int letters = 0, lower = 0;
          internal::CountLetters(s, &letters, &lower);
          // Short all-caps codes that are also English words ("IN", "IT",
          // "NO") would match shouting headlines: leave them to curated data.
          if (lower == 0 && internal::IsCommonWord(NormalizedKey(s))) continue;
          // Two-letter codes are mostly something else in news text ("AI",
          // "AG", "PS", "CO", "MD"): the curated TSV adds the few in use
          // ("US", "UK").
          if (lower == 0 && letters <= 2) continue;
          add(s);
        }
      }
    }
    // Three-letter codes ("UKR", "USA") are aliases; two-letter ones are not
    // (see altSpellings above).
    if (!cca3.empty() && !internal::IsCommonWord(NormalizedKey(cca3))) {
      AddAliasTo(index, cca3, alias_flags::kCaseSensitive, std::nullopt);
    }
    for (const char* lang : {"eng", "fra"}) {
      for (const char* g : {"m", "f"}) {
        std::string_view d;
        if (country["demonyms"][lang][g].get_string().get(d) || d.empty()) {
          continue;
        }
        AddAliasTo(index, d, 0, EntityType::kNorp);
        if (std::strcmp(lang, "eng") == 0) {
          std::string plural = DemonymPlural(d);
          if (!plural.empty()) AddAliasTo(index, plural, 0, EntityType::kNorp);
        }
      }
    }
  }
  return absl::OkStatus();
}

// --- Compile
// ----------------------------------------------------------------------

namespace {

// An alias text turned into match units.
struct CompiledAlias {
  std::vector<uint64_t> hashes;
  std::string signature;   // case signature (for case-sensitive matching)
  uint16_t flags = 0;      // gz::accept_flags derived from the text
  uint8_t lower_mask = 0;  // units (< 8) written in lower case
  bool ok = false;
};

class PoolWriter {
 public:
  gz::StrRef Add(std::string_view s) {
    if (s.empty()) return {0, 0};
    auto it = dedupe_.find(Sv(s));
    if (it != dedupe_.end())
      return {it->second, static_cast<uint32_t>(s.size())};
    uint32_t off = static_cast<uint32_t>(pool_.size());
    pool_.append(s);
    if (s.size() <= 48) dedupe_.emplace(std::string(s), off);
    return {off, static_cast<uint32_t>(s.size())};
  }
  uint32_t AddSignature(std::string_view s) {
    std::string key = absl::StrCat("\x01", Sv(s));
    auto it = dedupe_.find(key);
    if (it != dedupe_.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(pool_.size());
    pool_.push_back(static_cast<char>(s.size()));
    pool_.append(s);
    dedupe_.emplace(std::move(key), off);
    return off;
  }
  const std::string& bytes() const { return pool_; }

 private:
  std::string pool_;
  absl::flat_hash_map<std::string, uint32_t> dedupe_;
};

bool IsFastPathAlias(std::string_view s) {
  if (s.empty()) return false;
  char prev = ' ';
  for (char c : s) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      prev = 'a';
      continue;
    }
    if ((c == ' ' || c == '-') && prev == 'a') {
      prev = c;
      continue;
    }
    return false;
  }
  return prev == 'a';
}

void FinishAlias(std::string_view kept_text,
                 const std::vector<std::string>& keys,
                 const std::vector<bool>& lower_units, CompiledAlias* out) {
  for (size_t k = 0; k < lower_units.size() && k < 8; ++k) {
    if (lower_units[k]) out->lower_mask |= static_cast<uint8_t>(1u << k);
  }
  int letters = 0, lower = 0;
  internal::CountLetters(kept_text, &letters, &lower);
  if (letters > 0 && (letters <= 3 || lower == 0)) {
    out->flags |= gz::accept_flags::kCaseSensitive;
  }
  out->signature = internal::CaseSignature(kept_text);
  // A name with a common word in it ("Mobile Bay", "Defense Ministry")
  // needs a capitalized form; particles ("of", "the") do not count.
  bool any_common = false;
  bool any_lower_letter = lower > 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string& k = keys[i];
    bool has_letter = std::any_of(k.begin(), k.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80);
    });
    if (!has_letter) continue;
    if (keys.size() > 1 && (internal::IsNameParticle(k) ||
                            (i < lower_units.size() && lower_units[i]))) {
      continue;
    }
    if (internal::IsCommonWord(k)) any_common = true;
  }
  if (any_common) out->flags |= gz::accept_flags::kCommonWord;
  if (letters > 0 && !any_lower_letter) {
    out->flags |= gz::accept_flags::kAllCapsAlias;
  }
  if (keys.size() == 1) out->flags |= gz::accept_flags::kSingleWord;
  out->ok = !out->hashes.empty();
}

CompiledAlias CompileAlias(std::string_view text, const Tokenizer& tokenizer,
                           Document* doc) {
  CompiledAlias out;
  std::vector<std::string> keys;
  if (IsFastPathAlias(text)) {
    // Letters, single spaces and inner hyphens: the tokenizer makes one token
    // per space-separated word, and units split at hyphens.
    std::vector<bool> lower_units;
    for (absl::string_view part :
         absl::StrSplit(Sv(text), absl::ByAnyChar(" -"))) {
      lower_units.push_back(!part.empty() && part[0] >= 'a' && part[0] <= 'z');
      std::string k(part.data(), part.size());
      for (char& c : k) c = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
      keys.push_back(std::move(k));
    }
    std::string_view kept = text;
    if (keys.size() > 1 && keys[0] == "the") {
      keys.erase(keys.begin());
      lower_units.erase(lower_units.begin());
      kept = text.substr(4);
    }
    for (const std::string& k : keys) out.hashes.push_back(KeyHash(k));
    FinishAlias(kept, keys, lower_units, &out);
    return out;
  }
  doc->Reset(text);
  if (!tokenizer.Process(*doc).ok()) return out;
  std::vector<internal::Unit> units;
  internal::AppendUnits(doc->tokens(), &units, &keys);
  size_t first = 0;
  if (units.size() > 1 && keys[0] == "the") first = 1;
  if (first >= units.size()) return out;
  for (size_t i = first; i < units.size(); ++i)
    out.hashes.push_back(units[i].hash);
  keys.erase(keys.begin(), keys.begin() + first);
  std::vector<bool> lower_units;
  for (size_t i = first; i < units.size(); ++i) {
    lower_units.push_back(units[i].has_letter && !units[i].capitalized);
  }
  std::string_view kept =
      text.substr(units[first].begin, units.back().end - units[first].begin);
  FinishAlias(kept, keys, lower_units, &out);
  return out;
}

void AlignTo8(std::string* s) {
  while (s->size() % 8 != 0) s->push_back('\0');
}

template <typename T>
void AppendPod(std::string* s, const T& v) {
  s->append(reinterpret_cast<const char*>(&v), sizeof(T));
}

}  // namespace

absl::StatusOr<std::string> GazetteerBuilder::Compile(
    std::string_view description) const {
  const Impl& b = *impl_;
  // 1. Alias texts -> units.
  TokenizerOptions topt;
  topt.split_sentences = false;
  Document doc;
  std::vector<CompiledAlias> compiled(b.texts.size());
  std::vector<bool> used(b.texts.size(), false);
  for (const Impl::AliasRec& a : b.aliases) used[a.text] = true;
  for (size_t i = 0; i < b.texts.size(); ++i) {
    if (used[i]) compiled[i] = CompileAlias(b.texts[i], b.tokenizer, &doc);
  }
  // 2. Vocabulary: distinct unit hashes, placed by linear probing; a token
  // id is its slot.
  std::vector<uint64_t> distinct;
  {
    absl::flat_hash_set<uint64_t> seen;
    for (const CompiledAlias& c : compiled) {
      for (uint64_t h : c.hashes) {
        if (h == 0) {
          return absl::InternalError("a key hashes to 0 (reserved)");
        }
        if (seen.insert(h).second) distinct.push_back(h);
      }
    }
  }
  uint64_t vocab_capacity = std::max<uint64_t>(8, distinct.size() * 4 / 3 + 1);
  std::vector<gz::VocabEntry> vocab(vocab_capacity, gz::VocabEntry{0, 0, 0});
  absl::flat_hash_map<uint64_t, uint32_t> token_of;
  token_of.reserve(distinct.size());
  for (uint64_t h : distinct) {
    uint64_t slot = gz::SlotOf(h, vocab_capacity);
    while (vocab[slot].hash != 0) {
      slot = slot + 1 == vocab_capacity ? 0 : slot + 1;
    }
    vocab[slot].hash = h;
    token_of[h] = static_cast<uint32_t>(slot);
  }
  // 3. Temporary trie: node 0 is the root.
  struct TmpNode {
    uint32_t parent;
    uint32_t token;
    uint32_t depth;
  };
  std::vector<TmpNode> nodes = {{0, 0, 0}};
  absl::flat_hash_map<uint64_t, uint32_t> tmp_edges;
  struct TmpAccept {
    uint32_t node;
    gz::Accept accept;
    uint32_t signature_text;  // index into texts, for the signature
  };
  std::vector<TmpAccept> accepts;
  accepts.reserve(b.aliases.size());
  std::vector<uint32_t> alias_node(b.texts.size(), 0);
  for (size_t i = 0; i < b.texts.size(); ++i) {
    if (!compiled[i].ok) continue;
    uint32_t node = 0;
    for (uint64_t h : compiled[i].hashes) {
      uint32_t tok = token_of[h];
      uint64_t key = (static_cast<uint64_t>(node) << 32) | tok;
      auto [it, inserted] =
          tmp_edges.try_emplace(key, static_cast<uint32_t>(nodes.size()));
      if (inserted) nodes.push_back({node, tok, nodes[node].depth + 1});
      node = it->second;
    }
    alias_node[i] = node;
  }
  size_t alias_count = 0;
  for (const Impl::AliasRec& a : b.aliases) {
    const CompiledAlias& c = compiled[a.text];
    if (!c.ok) continue;
    gz::Accept acc{};
    acc.entity = a.entity;
    acc.flags = c.flags;
    if (a.flags & alias_flags::kCaseSensitive) {
      acc.flags |= gz::accept_flags::kCaseSensitive;
    }
    if (a.flags & alias_flags::kCapitalizedOnly) {
      acc.flags |= gz::accept_flags::kCapitalizedOnly;
    }
    if (c.signature.size() > 255)
      acc.flags &= ~gz::accept_flags::kCaseSensitive;
    acc.type = a.type;
    acc.lower_mask = c.lower_mask;
    acc.signature = gz::kNoSignature;
    accepts.push_back({alias_node[a.text], acc, a.text});
    ++alias_count;
  }
  // 4. Place the edges level by level: a node's id is its edge's slot + 1,
  // and its edge is hashed on its parent's final id.
  uint64_t edge_count = nodes.size() - 1;
  uint64_t edge_capacity = std::max<uint64_t>(8, edge_count * 5 / 4 + 1);
  if (edge_capacity >= gz::kEmptyToken || vocab_capacity >= gz::kEmptyToken ||
      accepts.size() >= gz::kAcceptIndexMask) {
    return absl::ResourceExhaustedError("gazetteer too large for one image");
  }
  std::vector<gz::Edge> edges(edge_capacity,
                              gz::Edge{0, gz::kEmptyToken, gz::kNoAccept, 0});
  std::vector<uint32_t> final_id(nodes.size(), 0);
  {
    std::vector<uint32_t> order(nodes.size() - 1);
    for (size_t i = 0; i < order.size(); ++i)
      order[i] = static_cast<uint32_t>(i + 1);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
      return nodes[x].depth < nodes[y].depth;
    });
    for (uint32_t n : order) {
      uint32_t parent = final_id[nodes[n].parent];
      uint64_t slot =
          gz::SlotOf(gz::EdgeHash(parent, nodes[n].token), edge_capacity);
      while (edges[slot].token != gz::kEmptyToken) {
        slot = slot + 1 == edge_capacity ? 0 : slot + 1;
      }
      edges[slot].parent = parent;
      edges[slot].token = nodes[n].token;
      final_id[n] = static_cast<uint32_t>(slot + 1);
      // The parent (placed before: it is less deep) learns this child.
      if (parent != 0) {
        edges[parent - 1].child_mask |=
            gz::ChildMaskBit(vocab[nodes[n].token].hash);
      }
    }
  }
  // 5. Accept lists, grouped per node; entries equal in all but nothing are
  // merged.
  std::stable_sort(
      accepts.begin(), accepts.end(),
      [](const TmpAccept& x, const TmpAccept& y) { return x.node < y.node; });
  PoolWriter pool;
  gz::StrRef description_ref = pool.Add(description);
  std::vector<gz::Accept> accept_table;
  accept_table.reserve(accepts.size());
  // Per temporary node: does every accept in its subtree need a capitalized
  // first word? (Nodes without accepts do not object.)
  std::vector<bool> subtree_capital(nodes.size(), true);
  for (size_t i = 0; i < accepts.size();) {
    size_t j = i;
    while (j < accepts.size() && accepts[j].node == accepts[i].node) ++j;
    uint32_t begin = static_cast<uint32_t>(accept_table.size());
    bool needs_capital = true;
    for (size_t k = i; k < j; ++k) {
      gz::Accept acc = accepts[k].accept;
      if (acc.flags & gz::accept_flags::kCaseSensitive) {
        acc.signature =
            pool.AddSignature(compiled[accepts[k].signature_text].signature);
      }
      // Mirrors the matcher's guards: which accepts need a capital first word.
      namespace af = gz::accept_flags;
      bool exact_acronym =
          (acc.flags & af::kCaseSensitive) && (acc.flags & af::kAllCapsAlias);
      bool capital_first = (acc.flags & af::kCapitalizedOnly) ||
                           ((acc.flags & af::kCommonWord) && !exact_acronym &&
                            !(acc.lower_mask & 1));
      if (!capital_first) needs_capital = false;
      accept_table.push_back(acc);
    }
    accept_table.back().flags |= gz::accept_flags::kLast;
    if (!needs_capital) subtree_capital[accepts[i].node] = false;
    uint32_t node = final_id[accepts[i].node];
    if (node > 0) {
      edges[node - 1].accept_begin =
          begin | (needs_capital ? gz::kNeedsCapital : 0u);
    }
    i = j;
  }
  // Children have larger temporary ids than their parents.
  for (size_t n = nodes.size() - 1; n > 0; --n) {
    if (!subtree_capital[n]) subtree_capital[nodes[n].parent] = false;
  }
  std::vector<gz::VocabEntry> starts_list;
  for (size_t n = 1; n < nodes.size(); ++n) {
    if (nodes[n].parent != 0) continue;
    gz::VocabEntry& v = vocab[nodes[n].token];
    v.root_child = final_id[n];
    v.flags = subtree_capital[n] ? gz::kSubtreeNeedsCapital : 0;
    if (!subtree_capital[n])
      starts_list.push_back({v.hash, v.root_child, nodes[n].token});
  }
  // The small table of tokens that may start a match in lower case: most
  // text is lower case, and this keeps its probes in cache.
  uint64_t starts_capacity =
      std::max<uint64_t>(8, starts_list.size() * 4 / 3 + 1);
  std::vector<gz::VocabEntry> starts(starts_capacity, gz::VocabEntry{0, 0, 0});
  for (const gz::VocabEntry& e : starts_list) {
    uint64_t slot = gz::SlotOf(e.hash, starts_capacity);
    while (starts[slot].hash != 0) {
      slot = slot + 1 == starts_capacity ? 0 : slot + 1;
    }
    starts[slot] = e;
  }
  // 6. Entities.
  std::vector<gz::Entity> entity_table;
  entity_table.reserve(b.entities.size());
  for (const EntityDef& e : b.entities) {
    gz::Entity r{};
    r.id = pool.Add(e.id);
    r.canonical = pool.Add(e.canonical);
    r.fine_type = pool.Add(e.fine_type);
    r.parent = pool.Add(e.parent);
    r.attributes = pool.Add(e.attributes);
    r.population = e.population;
    r.prior = e.prior;
    r.type = static_cast<uint8_t>(e.type);
    if (e.country.size() == 2) {
      r.country[0] = e.country[0];
      r.country[1] = e.country[1];
    }
    entity_table.push_back(r);
  }
  // Ranking inputs, a compact table beside the entities.
  std::vector<gz::EntityRank> rank_table;
  rank_table.reserve(entity_table.size());
  for (size_t i = 0; i < entity_table.size(); ++i) {
    const gz::Entity& r = entity_table[i];
    gz::EntityRank k{};
    k.base_score = gz::BaseScore(r.prior, r.population);
    k.country[0] = r.country[0];
    k.country[1] = r.country[1];
    k.type = r.type;
    k.flags = b.entities[i].fine_type == "region" ? gz::kRankRegion : 0;
    rank_table.push_back(k);
  }
  // Bloom filters of the vocabulary and of the edges.
  const uint64_t vocab_filter_words = gz::FilterWords(distinct.size());
  std::vector<uint64_t> vocab_filter(vocab_filter_words, 0);
  for (uint64_t h : distinct) {
    vocab_filter[gz::FilterWord(h, vocab_filter_words)] |= gz::FilterBits(h);
  }
  const uint64_t edge_filter_words = gz::FilterWords(edge_count);
  std::vector<uint64_t> edge_filter(edge_filter_words, 0);
  for (const gz::Edge& e : edges) {
    if (e.token == gz::kEmptyToken) continue;
    const uint64_t h = gz::EdgeHash(e.parent, e.token);
    edge_filter[gz::FilterWord(h, edge_filter_words)] |= gz::FilterBits(h);
  }
  if (pool.bytes().size() >= 0xFFFFFFF0u) {
    return absl::ResourceExhaustedError("gazetteer string pool over 4 GiB");
  }
  // 7. Assemble: header, then the sections, each 8-aligned.
  gz::Meta meta{};
  meta.vocab_capacity = vocab_capacity;
  meta.edge_capacity = edge_capacity;
  meta.accept_count = accept_table.size();
  meta.entity_count = entity_table.size();
  meta.pool_size = pool.bytes().size();
  meta.node_count = nodes.size();
  meta.alias_count = alias_count;
  meta.vocab_count = distinct.size();
  meta.starts_capacity = starts_capacity;
  meta.description = description_ref;
  meta.vocab_filter_words = vocab_filter_words;
  meta.edge_filter_words = edge_filter_words;

  gz::Header header{};
  std::memcpy(header.magic, gz::kMagic, sizeof(gz::kMagic));
  header.version = gz::kFormatVersion;
  header.header_size = sizeof(gz::Header);
  header.section_count = gz::kNumSections;
  header.endian_check = gz::kEndianCheck;

  std::string out(sizeof(gz::Header), '\0');
  auto section = [&](gz::Section id, const void* data, size_t size) {
    AlignTo8(&out);
    header.sections[id] = {out.size(), size};
    out.append(static_cast<const char*>(data), size);
  };
  section(gz::kMeta, &meta, sizeof(meta));
  section(gz::kVocab, vocab.data(), vocab.size() * sizeof(gz::VocabEntry));
  section(gz::kEdges, edges.data(), edges.size() * sizeof(gz::Edge));
  section(gz::kAccepts, accept_table.data(),
          accept_table.size() * sizeof(gz::Accept));
  section(gz::kEntities, entity_table.data(),
          entity_table.size() * sizeof(gz::Entity));
  section(gz::kPool, pool.bytes().data(), pool.bytes().size());
  section(gz::kStarts, starts.data(), starts.size() * sizeof(gz::VocabEntry));
  section(gz::kEntityRanks, rank_table.data(),
          rank_table.size() * sizeof(gz::EntityRank));
  section(gz::kVocabFilter, vocab_filter.data(),
          vocab_filter.size() * sizeof(uint64_t));
  section(gz::kEdgeFilter, edge_filter.data(),
          edge_filter.size() * sizeof(uint64_t));
  AlignTo8(&out);
  header.file_size = out.size();
  std::memcpy(out.data(), &header, sizeof(header));
  header.checksum = XXH3_64bits(out.data() + 16, out.size() - 16);
  std::memcpy(out.data() + 8, &header.checksum, sizeof(header.checksum));
  return out;
}

}  // namespace sayso
