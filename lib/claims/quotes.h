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
// The same, given `marks`: every token of kind kOpenQuote, kCloseQuote or
// kAmbiguousQuote, in order (the claim attributor lists them while it
// classifies tokens). Work is linear in marks + paragraphs, plus the fill of
// `role`. With `role_is_clean`, `role` holds at least one element per token,
// all kNotQuote, and only the marks' elements are written (no fill): the
// caller resets them. With `mark_kinds` (the kind of each mark, in the
// order of `marks`), the marks' kinds are read from it, not from `tokens`
// (the caller had them in cache when it listed the marks).
void PairQuotes(const Tokens& tokens, const std::vector<TextUnit>& paragraphs,
                uint32_t max_quote_tokens, const std::vector<uint32_t>& marks,
                std::vector<QuotePair>& quotes, std::vector<uint8_t>& role,
                bool role_is_clean = false,
                const std::vector<TokenKind>* mark_kinds = nullptr);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CLAIMS_QUOTES_H_
