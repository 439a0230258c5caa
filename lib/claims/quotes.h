// Quote pairing for the claim attributor: one pass over a Document's tokens
// with a small stack per paragraph, visiting only quote marks and paragraph
// transitions. It knows curly and straight quotes,
// guillemets (« » and » «), German „ “, nested single quotes, paragraphs that
// reopen a quote without closing the previous one, and abandons an unclosed
// quote at its paragraph end or after `max_quote_tokens` tokens, so a stray
// mark never swallows the article. Linear time, no allocation per token.
#ifndef SAYSO_LIB_CLAIMS_QUOTES_H_
#define SAYSO_LIB_CLAIMS_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "sayso/document.h"

namespace sayso::internal {

// A paired quote: tokens open and close are its marks.
struct QuotePair {
  uint32_t open = 0;
  uint32_t close = 0;
  bool top_level = false;  // not inside another paired quote
};

// Roles of quote-mark tokens after pairing.
enum QuoteRole : uint8_t {
  kNotQuote = 0,
  kOpenMark = 1,
  kCloseMark = 2,
  kReopenMark = 3,  // a paragraph-initial mark continuing an open quote
  kStrayMark = 4,   // unpaired (apostrophe, unbalanced mark)
};

// PairQuotes()
// Fills `quotes` (sorted by open) and `role` (one per token).
void PairQuotes(const Tokens& tokens, const std::vector<TextUnit>& paragraphs,
                uint32_t max_quote_tokens, std::vector<QuotePair>& quotes,
                std::vector<uint8_t>& role);
// What PairQuotes() reads of a quote mark's token: its kind, the first bytes
// of its text, and the space around it.
struct MarkInfo {
  uint32_t bytes = 0;  // text bytes 0-2 (little-endian), min(size, 3) << 24
  TokenKind kind = TokenKind::kWord;
  uint8_t spacing = 0;                        // kSpaceBefore, kSpaceAfter
  static constexpr uint8_t kSpaceBefore = 1;  // a space or newline before
  static constexpr uint8_t kSpaceAfter = 2;   // the same after, or no token
};
inline MarkInfo DescribeMark(const Tokens& tokens, uint32_t i) {
  constexpr uint16_t kSpace =
      token_flags::kSpaceBefore | token_flags::kNewlineBefore;
  const std::string_view t = tokens.text(i);
  const uint32_t len = t.size() < 3 ? static_cast<uint32_t>(t.size()) : 3;
  uint32_t bytes = len << 24;
  for (uint32_t k = 0; k < len; ++k) {
    bytes |= uint32_t{static_cast<unsigned char>(t[k])} << (8 * k);
  }
  MarkInfo m;
  m.bytes = bytes;
  m.kind = tokens.kind(i);
  m.spacing = static_cast<uint8_t>(
      (tokens.has(i, kSpace) ? MarkInfo::kSpaceBefore : 0) |
      (i + 1 >= tokens.size() || tokens.has(i + 1, kSpace)
           ? MarkInfo::kSpaceAfter
           : 0));
  return m;
}

// The same, given `marks`: every token of kind kOpenQuote, kCloseQuote or
// kAmbiguousQuote, in order, and `info`, DescribeMark() of each (the claim
// attributor lists them in one pass over the token kinds, where their
// reads overlap). Work is linear in marks + paragraphs, plus the fill of
// `role`. With `role_is_clean`, `role` holds at least one element per token,
// all kNotQuote, and only the marks' elements are written (no fill): the
// caller resets them.
void PairQuotes(const Tokens& tokens, const std::vector<TextUnit>& paragraphs,
                uint32_t max_quote_tokens, const std::vector<uint32_t>& marks,
                const std::vector<MarkInfo>& info,
                std::vector<QuotePair>& quotes, std::vector<uint8_t>& role,
                bool role_is_clean = false);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CLAIMS_QUOTES_H_
