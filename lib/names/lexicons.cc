#include "names/lexicons.h"

#include <string>
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
// The gazetteer's common-word list (read only, the same data IsCommonWord()
// answers from): folded into the table so one probe gives kCommon too.
constexpr std::string_view kCommonWords =
#include "gazetteer/common_words.inc"
    ;

// Common Chinese family names in pinyin (name_class::kChineseFamily).
constexpr std::string_view kChineseFamilyNames[] = {
    "bai",   "bao",   "bi",     "cai",  "cao",    "chang", "chen",  "cheng",
    "cui",   "dai",   "deng",   "ding", "dong",   "du",    "duan",  "fan",
    "fang",  "fei",   "feng",   "fu",   "gao",    "ge",    "geng",  "gong",
    "gu",    "guan",  "guo",    "han",  "hao",    "he",    "hong",  "hou",
    "hu",    "hua",   "huang",  "ji",   "jia",    "jiang", "jin",   "kang",
    "kong",  "lai",   "lei",    "li",   "liang",  "liao",  "lin",   "liu",
    "long",  "lu",    "luo",    "ma",   "mao",    "meng",  "mo",    "mu",
    "ning",  "niu",   "ouyang", "pan",  "peng",   "qi",    "qian",  "qiao",
    "qin",   "qiu",   "ren",    "rong", "shao",   "shen",  "shi",   "song",
    "su",    "sun",   "tan",    "tang", "tao",    "tian",  "wan",   "wang",
    "wei",   "wen",   "wu",     "xia",  "xiang",  "xiao",  "xie",   "xing",
    "xiong", "xu",    "xue",    "yan",  "yang",   "yao",   "ye",    "yi",
    "yin",   "yu",    "yuan",   "yue",  "zeng",   "zhai",  "zhang", "zhao",
    "zheng", "zhong", "zhou",   "zhu",  "zhuang", "zou"};

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

// One "KEY CLASS" (or bare "KEY") line of a list.
absl::Status AddLine(std::string_view line, std::string_view list_name,
                     uint32_t default_bit, NameLexicons& lex) {
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
  lex.Add(NormalizedKey(word), bit);
  return absl::OkStatus();
}

// Adds "KEY CLASS" lines (or bare "KEY" lines with `default_bit`).
absl::Status AddList(std::string_view list, std::string_view list_name,
                     uint32_t default_bit, NameLexicons& lex) {
  absl::Status status;
  ForEachPiece(list, '\n', [&](std::string_view line) {
    if (status.ok()) status = AddLine(line, list_name, default_bit, lex);
  });
  return status;
}

}  // namespace

uint32_t NameLexicons::Classes(std::string_view key) const {
  return ClassesOfHash(KeyHash(key));
}

void PackedClassTable::Add(uint64_t key_hash, uint32_t bits) {
  if ((used_ + 1) * 2 > slots_.size()) Grow();
  const uint64_t tag = key_hash & ~kValueMask;
  size_t i = static_cast<size_t>(key_hash) & mask_;
  while (slots_[i] != 0 && (slots_[i] & ~kValueMask) != tag) {
    i = (i + 1) & mask_;
  }
  if (slots_[i] == 0) {
    ++used_;
    homes_[i] = static_cast<size_t>(key_hash);
  }
  // Never 0 once used: bits != 0.
  slots_[i] = tag | (slots_[i] & kValueMask) | bits;
}

void PackedClassTable::Grow() {
  const std::vector<uint64_t> old = std::move(slots_);
  const std::vector<size_t> old_homes = std::move(homes_);
  slots_.assign(old.size() * 2, 0);
  homes_.assign(old.size() * 2, 0);
  mask_ = slots_.size() - 1;
  for (size_t k = 0; k < old.size(); ++k) {
    if (old[k] == 0) continue;
    size_t i = old_homes[k] & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = old[k];
    homes_[i] = old_homes[k];
  }
}

void DirectClassTable::Add(uint64_t key_hash, uint32_t bits) {
  constexpr uint64_t kValueMask = PackedClassTable::kValueMask;
  const uint64_t tag = key_hash & ~kValueMask;
  bool found = false;
  for (uint64_t& e : entries_) {
    if ((e & ~kValueMask) == tag) {
      e |= bits;
      found = true;
    }
  }
  if (!found) entries_.push_back(tag | bits);
  // The smallest table, and in it the first shift of the tag's bits, that
  // gives every key a slot of its own.
  for (int bits_log = 4;; ++bits_log) {
    const size_t size = size_t{1} << bits_log;
    for (int shift = PackedClassTable::kValueBits; shift + bits_log <= 64;
         ++shift) {
      std::vector<uint64_t> slots(size, 0);
      bool distinct = true;
      for (const uint64_t e : entries_) {
        uint64_t& slot = slots[(e >> shift) & (size - 1)];
        distinct = distinct && slot == 0;
        slot = e;
      }
      if (!distinct) continue;
      slots_ = std::move(slots);
      shift_ = shift;
      mask_ = size - 1;
      return;
    }
  }
}

void NameLexicons::Add(std::string_view key, uint32_t bits) {
  const uint64_t h = KeyHash(key);
  table_.Add(h, bits);
  if (bits & (name_class::kFunction | name_class::kConnector)) {
    *function_by_tag_.FindOrInsert(h >> PackedClassTable::kValueBits) = h;
  }
  std::string dotted_key(key);
  dotted_key += '.';
  dotted_.Add(KeyHash(dotted_key), bits);
  if (bits & name_class::kJoiner) {
    // A token's key ending in '.' is looked up without it (KeyHashOfKey in
    // name_finder.cc; with sayso's Tokenizer only for a token with
    // kAbbreviation, see KeyHashOfWord): "key." has the classes of "key", and
    // "key" itself only when a token's key can be it (it does not end in '.').
    if (key.empty() || key.back() != '.') {
      token_joiners_.Add(h, bits & name_class::kJoiner);
    }
    std::string dotted(key);
    dotted += '.';
    token_joiners_.Add(KeyHash(dotted), bits & name_class::kJoiner);
  }
}

absl::StatusOr<std::shared_ptr<const NameLexicons>> LoadNameLexicons() {
  auto lex = std::make_shared<NameLexicons>();
  absl::Status s = AddList(kTitles, "titles.inc", 0, *lex);
  if (s.ok()) s = AddList(kHeads, "heads.inc", 0, *lex);
  if (s.ok()) s = AddList(kWords, "words.inc", 0, *lex);
  if (s.ok())
    s = AddList(kGivenNames, "given_names.inc", name_class::kGivenName, *lex);
  if (!s.ok()) return s;
  for (std::string_view w : kChineseFamilyNames) {
    lex->Add(w, name_class::kChineseFamily);
  }
  // Common words: one lower-case key per line, added as written (exactly the
  // keys IsCommonWord() accepts).
  ForEachPiece(kCommonWords, '\n', [&](std::string_view word) {
    lex->Add(word, name_class::kCommon);
  });
  return std::shared_ptr<const NameLexicons>(std::move(lex));
}

}  // namespace sayso::internal
