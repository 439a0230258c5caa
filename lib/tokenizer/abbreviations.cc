#include "tokenizer/abbreviations.h"

#include <cassert>

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
    bool needs_capital = form[0] >= 'A' && form[0] <= 'Z';
    const std::string lower = AsciiLower(form);
    entries_[lower] = Entry{*cls, needs_capital};
    const uint64_t h = KeyHash(lower);
    filter_[(h >> 6) % kFilterWords] |= uint64_t{1} << (h & 63);
  }
  return true;
}

std::optional<AbbrevClass> Abbreviations::Find(std::string_view form) const {
  if (form.empty() || form.size() > 16) return std::nullopt;
  char buf[16];
  for (size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  auto it = entries_.find(absl::string_view(buf, form.size()));
  if (it == entries_.end()) return std::nullopt;
  if (it->second.needs_capital && !(form[0] >= 'A' && form[0] <= 'Z')) {
    return std::nullopt;
  }
  return it->second.cls;
}

}  // namespace sayso::internal
