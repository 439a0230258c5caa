// The common-word list of the gazetteer's precision guard (see
// tools/make_common_words.py for its provenance and docs/gazetteer.md).
#ifndef SAYSO_LIB_GAZETTEER_COMMON_WORDS_H_
#define SAYSO_LIB_GAZETTEER_COMMON_WORDS_H_

#include <string_view>

namespace sayso::internal {

// IsCommonWord()
// True if `key` (a normalized, lower-case key) is a common English word.
bool IsCommonWord(std::string_view key);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_GAZETTEER_COMMON_WORDS_H_
