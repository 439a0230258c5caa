// File: tests/hostile_inputs.h
// -----------------------------------------------------------------------------
// Generators of the hostile inputs sayso must survive (docs/reliability.md),
// shared by tests/hostile_input_test.cc and bench/hostile_bench.cc (which
// measures that their cost is linear in their size). Each takes a size and
// returns a text of about that many bytes (or that many repetitions), built
// from a short unit whose tokens are known, so tests can count them.
//
// Example:
//   std::string text = sayso::testing::HeSaid(1'000'000);  // 8 MB
#ifndef SAYSO_TESTS_HOSTILE_INPUTS_H_
#define SAYSO_TESTS_HOSTILE_INPUTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sayso::testing {

// One ill-formed UTF-8 sample per class, each a single maximal ill-formed
// subpart sequence as Unicode §3.9 counts them (`subparts` of them).
struct IllFormedSample {
  const char* name;
  std::string_view bytes;
  int subparts;  // maximal ill-formed subparts in `bytes`
};

inline const std::vector<IllFormedSample>& IllFormedSamples() {
  using std::string_view_literals::operator""sv;
  static const std::vector<IllFormedSample> samples = {
      {"overlong 2-byte (C0 AF)", "\xC0\xAF"sv, 2},
      {"overlong 2-byte (C1 BF)", "\xC1\xBF"sv, 2},
      {"overlong 3-byte (E0 80 AF)", "\xE0\x80\xAF"sv, 3},
      {"overlong 4-byte (F0 80 80 AF)", "\xF0\x80\x80\xAF"sv, 4},
      {"high surrogate (ED A0 80)", "\xED\xA0\x80"sv, 3},
      {"low surrogate (ED BF BF)", "\xED\xBF\xBF"sv, 3},
      {"surrogate pair (ED A0 BD ED B8 80)", "\xED\xA0\xBD\xED\xB8\x80"sv, 6},
      {"truncated 2-byte (C3)", "\xC3"sv, 1},
      {"truncated 3-byte (E2 82)", "\xE2\x82"sv, 1},
      {"truncated 4-byte (F0 9F 98)", "\xF0\x9F\x98"sv, 1},
      {"stray continuation (80)", "\x80"sv, 1},
      {"stray continuations (80 BF 80)", "\x80\xBF\x80"sv, 3},
      {"above U+10FFFF (F4 90 80 80)", "\xF4\x90\x80\x80"sv, 4},
      {"F5 lead byte", "\xF5\x80\x80\x80"sv, 4},
      {"FE FF bytes", "\xFE\xFF"sv, 2},
      {"F8 5-byte form", "\xF8\x88\x80\x80\x80"sv, 5},
      {"FC 6-byte form", "\xFC\x84\x80\x80\x80\x80"sv, 6},
      {"truncated then ASCII (E2 82 41)",
       "\xE2\x82"
       "A"sv,
       1},
  };
  return samples;
}

// Repeats `unit` until the text has at least `bytes` bytes.
inline std::string RepeatTo(std::string_view unit, size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out.append(unit);
  return out;
}

// Words separated by every class of ill-formed UTF-8.
inline std::string IllFormedText(size_t bytes) {
  std::string unit;
  for (const IllFormedSample& s : IllFormedSamples()) {
    unit += "word ";
    unit += s.bytes;
    unit += " ok";
    unit += s.bytes;
    unit += "end. ";
  }
  return RepeatTo(unit, bytes);
}

// NUL bytes alone, between words and inside words.
inline std::string NulText(size_t bytes) {
  using std::string_view_literals::operator""sv;
  return RepeatTo("Kyiv\0said \0 \0\0 he said.\0\n"sv, bytes);
}

// One line without a single space or break: letters, digits and hyphens.
inline std::string LongLine(size_t bytes) {
  return RepeatTo("abcdefghijKLMNOPQRST0123456789-xyz", bytes);
}

// `count` opening quote marks that never close, each before a word.
inline std::string UnmatchedQuotes(size_t count) {
  std::string out;
  out.reserve(count * 10);
  static const char* const kQuotes[] = {"\xE2\x80\x9C", "\"", "\xC2\xAB",
                                        "\xE2\x80\x9E", "'"};
  for (size_t i = 0; i < count; ++i) {
    out += kQuotes[i % 5];
    out += "war ";
  }
  return out;
}

// "he said " `count` times: a cue in every sentence, no content anywhere.
inline std::string HeSaid(size_t count) {
  return RepeatTo("he said ", count * 8);
}

// Quotes nested `depth` deep, alternating “ ‘ " ' «, each level after
// "X said: ", then closed in reverse order.
inline std::string NestedQuotes(size_t depth) {
  static const char* const kOpen[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\"", "'",
                                      "\xC2\xAB"};
  static const char* const kClose[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\"",
                                       "'", "\xC2\xBB"};
  std::string out;
  for (size_t i = 0; i < depth; ++i) {
    out += "Putin said: ";
    out += kOpen[i % 5];
  }
  out += "the war is over";
  for (size_t i = depth; i-- > 0;) {
    out += kClose[i % 5];
    out += " he said.";
  }
  return out;
}

// Emoji of every kind, separated by spaces: ZWJ families, flags, skin tones,
// keycaps, presentation selectors.
inline std::string EmojiText(size_t bytes) {
  return RepeatTo(
      "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91"
      "\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6 "  // family
      "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6\xF0\x9F\x87\xB7\xF0\x9F\x87\xBA "  // flags
      "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD "          // thumbs up
      "1\xEF\xB8\x8F\xE2\x83\xA3 "                 // keycap 1
      "\xE2\x9D\xA4\xEF\xB8\x8F\xF0\x9F\x94\xA5",  // heart, fire
      bytes);
}

// Emoji joined by ZWJ without end: one extended grapheme cluster.
inline std::string EmojiZwjChain(size_t bytes) {
  return RepeatTo("\xF0\x9F\x91\xA9\xE2\x80\x8D", bytes);
}

// Regional indicators without spaces: flag after flag.
inline std::string FlagRun(size_t bytes) {
  return RepeatTo("\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6", bytes);
}

}  // namespace sayso::testing

#endif  // SAYSO_TESTS_HOSTILE_INPUTS_H_
