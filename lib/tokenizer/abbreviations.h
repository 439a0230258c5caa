// The abbreviation list of the news-mode tokenizer (data in
// abbreviations.inc) and the classes that guide the sentence splitter.
//
// Example:
//   const Abbreviations& abbr = Abbreviations::Default();
//   std::optional<AbbrevClass> c = abbr.Find("Gen");  // AbbrevClass::kTitle
#ifndef SAYSO_LIB_TOKENIZER_ABBREVIATIONS_H_
#define SAYSO_LIB_TOKENIZER_ABBREVIATIONS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/word_lists.h"

namespace sayso::internal {

enum class AbbrevClass : uint8_t {
  kTitle,    // Mr. Gen.: never ends a sentence
  kNumber,   // No. p. Fig.: only before a number
  kMonth,    // Jan. Mon.: not before a number; ends before a starter word
  kInner,    // e.g. i.e. vs.: never ends a sentence
  kTime,     // a.m. p.m.
  kFinal,    // Inc. Jr. etc. U.S.: ends a sentence before a starter word
  kInitial,  // a single capital letter: J. R. R. Tolkien (not in the list)
};

class Abbreviations {
 public:
  // The list compiled from abbreviations.inc (built once, immutable).
  static const Abbreviations& Default();

  // Parses "FORM CLASS" lines ('#' or '//' lines and blank lines skipped).
  // Returns false and sets *error on a malformed line.
  bool Parse(std::string_view data, std::string* error);

  // The class of `form` (text without the final period), honouring the case
  // rule of the list: lower-case entries match any case, capitalized entries
  // only capitalized text.
  std::optional<AbbrevClass> Find(std::string_view form) const;
  // Same, for a caller that has KeyHash() of `form` ASCII-lower-cased at
  // hand (the tokenizer's key hash): no second hash.
  std::optional<AbbrevClass> Find(std::string_view form,
                                  uint64_t key_hash) const;

  // A filter over KeyHash() of the entries' lower-cased forms (no final
  // period): false means `form` with this key hash is surely not listed, so
  // the tokenizer's hot path skips Find() for almost every word.
  bool MayContainKeyHash(uint64_t key_hash) const {
    return (filter_[(key_hash >> 6) % kFilterWords] >> (key_hash & 63)) & 1;
  }

 private:
  static constexpr size_t kMaxForm = 16;  // longer forms are never found
  struct Entry {
    std::string lower;  // the form ASCII-lower-cased
    AbbrevClass cls = AbbrevClass::kFinal;
    bool needs_capital = false;
  };

  static constexpr size_t kFilterWords = 256;  // 16384 bits
  std::vector<Entry> entries_;
  // KeyHash() of an entry's lower-cased form -> its index in entries_ + 1.
  KeyHashTable<uint32_t> index_;
  std::array<uint64_t, kFilterWords> filter_{};
};

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_ABBREVIATIONS_H_
