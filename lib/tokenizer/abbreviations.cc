#include "tokenizer/abbreviations.h"

#include <cassert>
#include <utility>

#include "core/key_hash.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

constexpr std::string_view kDefaultData =
#include "tokenizer/abbreviations.inc"
    ;

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<AbbrevClass> ParseClass(std::string_view name) {
  if (name == "title") return AbbrevClass::kTitle;
  if (name == "number") return AbbrevClass::kNumber;
  if (name == "month") return AbbrevClass::kMonth;
  if (name == "inner") return AbbrevClass::kInner;
  if (name == "time") return AbbrevClass::kTime;
  if (name == "final") return AbbrevClass::kFinal;
  return std::nullopt;
}

}  // namespace

const Abbreviations& Abbreviations::Default() {
  static const Abbreviations* abbreviations = [] {
    auto* a = new Abbreviations;
    std::string error;
    [[maybe_unused]] bool ok = a->Parse(kDefaultData, &error);
    assert(ok && "abbreviations.inc is malformed");
    return a;
  }();
  return *abbreviations;
}

bool Abbreviations::Parse(std::string_view data, std::string* error) {
  size_t pos = 0;
  int line_no = 0;
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    if (line.empty() || line[0] == '#' || line.substr(0, 2) == "//") continue;
    size_t space = line.find(' ');
    std::optional<AbbrevClass> cls;
    if (space != std::string_view::npos)
      cls = ParseClass(line.substr(space + 1));
    if (!cls || space == 0) {
      *error = "line " + std::to_string(line_no) + ": expected 'FORM CLASS'";
      return false;
    }
    std::string_view form = line.substr(0, space);
    if (form.size() > kMaxForm) continue;  // never found (Find())
    Entry entry{AsciiLower(form), *cls, form[0] >= 'A' && form[0] <= 'Z'};
    const uint64_t h = KeyHash(entry.lower);
    uint32_t* slot = index_.FindOrInsert(h);
    if (*slot == 0) {
      entries_.push_back(std::move(entry));
      *slot = static_cast<uint32_t>(entries_.size());
    } else if (entries_[*slot - 1].lower == entry.lower) {
      entries_[*slot - 1] = std::move(entry);  // listed again: replaces
    } else {
      *error = "line " + std::to_string(line_no) + ": '" + std::string(form) +
               "' has the key hash of '" + entries_[*slot - 1].lower + "'";
      return false;
    }
    filter_[(h >> 6) % kFilterWords] |= uint64_t{1} << (h & 63);
  }
  return true;
}

std::optional<AbbrevClass> Abbreviations::Find(std::string_view form) const {
  if (form.empty() || form.size() > kMaxForm) return std::nullopt;
  char lower[kMaxForm];
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return Find(form, KeyHashBytes(lower, form.size()));
}

std::optional<AbbrevClass> Abbreviations::Find(std::string_view form,
                                               uint64_t key_hash) const {
  const uint32_t e = index_.Find(key_hash);
  if (e == 0) return std::nullopt;
  const Entry& entry = entries_[e - 1];
  if (entry.lower.size() != form.size()) return std::nullopt;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c) !=
        entry.lower[i]) {
      return std::nullopt;
    }
  }
  if (entry.needs_capital && !(form[0] >= 'A' && form[0] <= 'Z')) {
    return std::nullopt;
  }
  return entry.cls;
}

}  // namespace sayso::internal
