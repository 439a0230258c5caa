#include "claims/quotes.h"

#include <algorithm>

namespace sayso::internal {
namespace {

enum Family : uint8_t { kDouble = 1, kSingle = 2 };
// Marks whose partner is not the usual one.
enum Code : uint8_t {
  kPlain = 0,
  kLowDouble = 1,
  kLowSingle = 2,
  kLeftGuil = 3,
  kRightGuil = 4,
  kLeftCurly = 5
};

struct Mark {
  Family family;
  Code code;
};

// `bytes` as DescribeMark() packs them: the first (up to) 3 bytes of the
// mark's text and their count.
Mark MarkOf(uint32_t bytes) {
  const uint32_t size = bytes >> 24;
  if (size == 0) return {kDouble, kPlain};
  const unsigned char c0 = bytes & 0xFF;
  if (c0 == '"') return {kDouble, kPlain};
  if (c0 == '\'' || c0 == '`') return {kSingle, kPlain};
  if (size >= 2 && c0 == 0xC2) {
    const unsigned char c1 = (bytes >> 8) & 0xFF;
    if (c1 == 0xAB) return {kDouble, kLeftGuil};   // «
    if (c1 == 0xBB) return {kDouble, kRightGuil};  // »
  }
  if (size >= 3 && c0 == 0xE2 && ((bytes >> 8) & 0xFF) == 0x80) {
    switch ((bytes >> 16) & 0xFF) {
      case 0x9C:
        return {kDouble, kLeftCurly};  // “
      case 0x9D:
        return {kDouble, kPlain};  // ”
      case 0x9E:
        return {kDouble, kLowDouble};  // „
      case 0x9F:
        return {kDouble, kPlain};  // ‟
      case 0x98:
        return {kSingle, kLeftCurly};  // ‘
      case 0x99:
        return {kSingle, kPlain};  // ’
      case 0x9A:
        return {kSingle, kLowSingle};  // ‚
      case 0xB9:
        return {kSingle, kLeftGuil};  // ‹
      case 0xBA:
        return {kSingle, kRightGuil};  // ›
      default:
        break;
    }
  }
  if (size >= 3 && c0 == 0xEF) return {kDouble, kPlain};  // ＂ and kin
  if (size >= 3 && c0 == 0xE2) return {kDouble, kPlain};  // ″ and kin
  return {kDouble, kPlain};
}

// Does the mark at `i` close the open mark `open`, given how it was written?
bool ClosesOddPair(Code open, Code tok) {
  // German „…“ and ‚…‘; Danish/Swiss »…« and ›…‹.
  return (open == kLowDouble && tok == kLeftCurly) ||
         (open == kLowSingle && tok == kLeftCurly) ||
         (open == kRightGuil && tok == kLeftGuil);
}

struct Open {
  uint32_t tok;
  Mark mark;
};

}  // namespace

void PairQuotes(const Tokens& tokens, const std::vector<TextUnit>& paragraphs,
                uint32_t max_quote_tokens, std::vector<QuotePair>& quotes,
                std::vector<uint8_t>& role) {
  std::vector<uint32_t> marks;
  std::vector<MarkInfo> info;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const TokenKind k = tokens.kind(i);
    if (k == TokenKind::kOpenQuote || k == TokenKind::kCloseQuote ||
        k == TokenKind::kAmbiguousQuote) {
      marks.push_back(i);
      info.push_back(DescribeMark(tokens, i));
    }
  }
  PairQuotes(tokens, paragraphs, max_quote_tokens, marks, info, quotes, role);
}

// Visits only the tokens where something can happen: quote marks and
// paragraph transitions. On the tokens skipped in between, the only possible
// event is abandoning an over-long quote, and whether that happened is
// checked once, on the last skipped token (the condition only grows with
// the token index).
void PairQuotes(const Tokens& tokens, const std::vector<TextUnit>& paragraphs,
                uint32_t max_quote_tokens, const std::vector<uint32_t>& marks,
                const std::vector<MarkInfo>& info,
                std::vector<QuotePair>& quotes, std::vector<uint8_t>& role,
                bool role_is_clean) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  quotes.clear();
  if (!role_is_clean) role.assign(n, kNotQuote);
  constexpr int kMaxDepth = 4;
  Open stack[kMaxDepth];
  int depth = 0;
  size_t p = 0;
  const size_t n_paras = paragraphs.size();
  uint32_t para_end = paragraphs.empty() ? n : paragraphs[0].token_end;

  auto abandon = [&](int from) {
    for (int d = from; d < depth; ++d) role[stack[d].tok] = kStrayMark;
    depth = from;
  };

  size_t mi = 0;
  uint32_t next = 0;  // first token not visited yet
  while (true) {
    const uint32_t next_mark = mi < marks.size() ? marks[mi] : n;
    const uint32_t next_transition =
        p + 1 < n_paras ? std::max(para_end, next) : n;
    const uint32_t i = std::min(next_mark, next_transition);
    if (i >= n) break;
    // The mark at i, if any (any other token is no quote mark: marks lists
    // them all).
    const MarkInfo* const cur = next_mark == i ? &info[mi] : nullptr;
    const TokenKind kind_i = cur != nullptr ? cur->kind : TokenKind::kWord;
    if (next_mark == i) ++mi;
    if (i > next && depth > 0 && i - 1 - stack[0].tok > max_quote_tokens) {
      abandon(0);  // on a skipped token
    }
    next = i + 1;
    // Paragraph transitions: a quote open at the end of a paragraph goes on
    // only if the next paragraph reopens it with a mark of the same family.
    while (i >= para_end && p + 1 < n_paras) {
      ++p;
      para_end = paragraphs[p].token_end;
      if (depth > 0) {
        const TokenKind k = kind_i;
        const bool reopen =
            (k == TokenKind::kOpenQuote || k == TokenKind::kAmbiguousQuote) &&
            MarkOf(cur->bytes).family == stack[0].mark.family &&
            i == paragraphs[p].token_begin;
        if (reopen) {
          abandon(1);
          role[i] = kReopenMark;
          goto next_token;
        }
        abandon(0);
      }
    }
    if (depth > 0 && i - stack[0].tok > max_quote_tokens) abandon(0);
    {
      const TokenKind kind = kind_i;
      if (kind != TokenKind::kOpenQuote && kind != TokenKind::kCloseQuote &&
          kind != TokenKind::kAmbiguousQuote) {
        continue;
      }
      const Mark mark = MarkOf(cur->bytes);
      // The innermost open mark this token can close, if any.
      int match = -1;
      for (int d = depth - 1; d >= 0; --d) {
        if (stack[d].mark.family == mark.family) {
          match = d;
          break;
        }
      }
      bool closes = false;
      if (match >= 0) {
        if (kind == TokenKind::kCloseQuote) {
          closes = true;
        } else if (kind == TokenKind::kOpenQuote) {
          closes = ClosesOddPair(stack[match].mark.code, mark.code) ||
                   (!(cur->spacing & MarkInfo::kSpaceBefore) &&
                    (cur->spacing & MarkInfo::kSpaceAfter) &&
                    match == depth - 1 && mark.family == kDouble);
        } else {  // ambiguous: close unless it clearly opens
          closes = !(cur->spacing & MarkInfo::kSpaceBefore) ||
                   (cur->spacing & MarkInfo::kSpaceAfter);
        }
      }
      if (closes) {
        abandon(match + 1);
        quotes.push_back({stack[match].tok, i, false});
        role[stack[match].tok] = kOpenMark;
        role[i] = kCloseMark;
        depth = match;
        continue;
      }
      if (kind == TokenKind::kCloseQuote) {
        role[i] = kStrayMark;  // an apostrophe or an unbalanced mark
        continue;
      }
      if (mark.family == kSingle && kind == TokenKind::kAmbiguousQuote &&
          depth == 0) {
        role[i] = kStrayMark;  // a straight ' outside quotes: an apostrophe
        continue;
      }
      if (depth == kMaxDepth) {
        role[i] = kStrayMark;
        continue;
      }
      stack[depth++] = Open{i, mark};
      role[i] = kStrayMark;  // until it is closed
    }
  next_token:;
  }
  abandon(0);
  std::sort(
      quotes.begin(), quotes.end(),
      [](const QuotePair& a, const QuotePair& b) { return a.open < b.open; });
  uint32_t last_close = 0;
  bool any = false;
  for (QuotePair& q : quotes) {
    if (!any || q.open > last_close) {
      q.top_level = true;
      last_close = q.close;
      any = true;
    }
  }
}

}  // namespace sayso::internal
