#include "tokenizer/abbreviations.h"

#include <algorithm>
#include <cassert>

#include "absl/container/flat_hash_map.h"
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
  // Each listed form's entry, to replace it when it is listed again.
  absl::flat_hash_map<std::string, size_t> index;
  for (size_t e = 0; e < entries_.size(); ++e) {
    index.emplace(std::string(entries_[e].lower.data(), entries_[e].size), e);
  }
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
    Entry entry;
    entry.size = static_cast<uint8_t>(form.size());
    entry.cls = *cls;
    entry.needs_capital = form[0] >= 'A' && form[0] <= 'Z';
    const std::string lower = AsciiLower(form);
    std::copy(lower.begin(), lower.end(), entry.lower.begin());
    // A form listed again replaces the earlier line.
    auto [it, inserted] = index.try_emplace(lower, entries_.size());
    if (!inserted) {
      entries_[it->second] = entry;
    } else if (entries_.size() < 0xFFFF) {  // slot_entry_ holds 16 bits
      entries_.push_back(entry);
    } else {
      *error =
          "line " + std::to_string(line_no) + ": more than 65535 abbreviations";
      return false;
    }
    const uint64_t h = KeyHash(lower);
    filter_[(h >> 6) % kFilterWords] |= uint64_t{1} << (h & 63);
  }
  BuildTable();
  return true;
}

void Abbreviations::BuildTable() {
  // At most a quarter full: a miss ends at an empty slot within a probe or
  // two.
  size_t slots = 16;
  while (slots < 4 * entries_.size()) slots *= 2;
  slot_hash_.assign(slots, 0);
  slot_entry_.assign(slots, 0);
  slot_mask_ = slots - 1;
  for (size_t e = 0; e < entries_.size(); ++e) {
    const uint64_t h = KeyHashBytes(entries_[e].lower.data(), entries_[e].size);
    size_t s = h & slot_mask_;
    while (slot_entry_[s] != 0) s = (s + 1) & slot_mask_;
    slot_hash_[s] = h;
    slot_entry_[s] = static_cast<uint16_t>(e + 1);
  }
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
  if (form.empty() || form.size() > kMaxForm || slot_entry_.empty()) {
    return std::nullopt;
  }
  for (size_t s = key_hash & slot_mask_; slot_entry_[s] != 0;
       s = (s + 1) & slot_mask_) {
    if (slot_hash_[s] != key_hash) continue;
    const Entry& e = entries_[slot_entry_[s] - 1];
    if (e.size != form.size()) continue;
    bool same = true;
    for (size_t i = 0; i < form.size(); ++i) {
      const char c = form[i];
      same &= ((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c) ==
              e.lower[i];
    }
    if (!same) continue;
    if (e.needs_capital && !(form[0] >= 'A' && form[0] <= 'Z')) {
      return std::nullopt;
    }
    return e.cls;
  }
  return std::nullopt;
}

}  // namespace sayso::internal
