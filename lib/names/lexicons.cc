#include "names/lexicons.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

constexpr std::string_view kTitles =
#include "names/titles.inc"
    ;
constexpr std::string_view kHeads =
#include "names/heads.inc"
    ;
constexpr std::string_view kWords =
#include "names/words.inc"
    ;
constexpr std::string_view kGivenNames =
#include "names/given_names.inc"
    ;

struct ClassName {
  std::string_view name;
  uint32_t bit;
};
constexpr ClassName kClassNames[] = {
    {"strong", name_class::kStrongTitle},
    {"weak", name_class::kWeakTitle},
    {"org", name_class::kOrg},
    {"orgof", name_class::kOrgOf},
    {"fac", name_class::kFacility},
    {"street", name_class::kStreet},
    {"geo", name_class::kGeo},
    {"admin", name_class::kAdmin},
    {"region", name_class::kRegion},
    {"geopre", name_class::kGeoPrefix},
    {"geoof", name_class::kGeoOfPrefix},
    {"inst", name_class::kInstitution},
    {"member", name_class::kMember},
    {"function", name_class::kFunction},
    {"connector", name_class::kConnector},
    {"particle", name_class::kParticle},
    {"generation", name_class::kGeneration},
    {"notacronym", name_class::kNotAcronym},
    {"notname", name_class::kNotName},
};

// Adds "KEY CLASS" lines (or bare "KEY" lines with `default_bit`).
absl::Status AddList(std::string_view list, std::string_view list_name,
                     uint32_t default_bit, NameLexicons& lex) {
  size_t pos = 0;
  while (pos < list.size()) {
    size_t nl = list.find('\n', pos);
    if (nl == std::string_view::npos) nl = list.size();
    std::string_view line = list.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    std::string_view word = line;
    uint32_t bit = default_bit;
    size_t sp = line.find(' ');
    if (sp != std::string_view::npos) {
      word = line.substr(0, sp);
      std::string_view cls = line.substr(sp + 1);
      bit = 0;
      for (const ClassName& c : kClassNames) {
        if (c.name == cls) bit = c.bit;
      }
      if (bit == 0) {
        return absl::InternalError(absl::StrCat("names lexicon ", Sv(list_name),
                                                ": unknown class in line '",
                                                Sv(line), "'"));
      }
    }
    if (bit == 0) {
      return absl::InternalError(absl::StrCat("names lexicon ", Sv(list_name),
                                              ": no class in line '", Sv(line),
                                              "'"));
    }
    lex.classes[NormalizedKey(word)] |= bit;
  }
  return absl::OkStatus();
}

}  // namespace

uint32_t NameLexicons::Classes(std::string_view key) const {
  auto it = classes.find(Sv(key));
  return it == classes.end() ? 0 : it->second;
}

absl::StatusOr<std::shared_ptr<const NameLexicons>> LoadNameLexicons() {
  auto lex = std::make_shared<NameLexicons>();
  absl::Status s = AddList(kTitles, "titles.inc", 0, *lex);
  if (s.ok()) s = AddList(kHeads, "heads.inc", 0, *lex);
  if (s.ok()) s = AddList(kWords, "words.inc", 0, *lex);
  if (s.ok())
    s = AddList(kGivenNames, "given_names.inc", name_class::kGivenName, *lex);
  if (!s.ok()) return s;
  return std::shared_ptr<const NameLexicons>(std::move(lex));
}

}  // namespace sayso::internal
