#include "gazetteer/common_words.h"

#include <string>

#include "absl/container/flat_hash_set.h"

namespace sayso::internal {
namespace {

constexpr std::string_view kCommonWords =
#include "gazetteer/common_words.inc"
    ;

const absl::flat_hash_set<std::string_view>& CommonWords() {
  static const auto* words = [] {
    auto* set = new absl::flat_hash_set<std::string_view>();
    size_t pos = 0;
    while (pos < kCommonWords.size()) {
      size_t nl = kCommonWords.find('\n', pos);
      if (nl == std::string_view::npos) nl = kCommonWords.size();
      if (nl > pos) set->insert(kCommonWords.substr(pos, nl - pos));
      pos = nl + 1;
    }
    return set;
  }();
  return *words;
}

}  // namespace

bool IsCommonWord(std::string_view key) { return CommonWords().contains(key); }

}  // namespace sayso::internal
