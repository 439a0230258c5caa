// File: tests/document_invariants.h
// -----------------------------------------------------------------------------
// The structural guarantees every annotated Document must keep, whatever the
// input bytes (docs/reliability.md): checked by the hostile-input, concurrency
// and corruption tests and by every fuzz target. Header-only, no GoogleTest
// dependency, so the fuzzers can use it too.
//
//   - tokens are non-empty, in order, non-overlapping and inside the text;
//   - every span (tokens, sentences, paragraphs, mentions, claims) starts and
//     ends on a UTF-8 boundary: a code point boundary, or the edge of a
//     maximal ill-formed subpart (Unicode §3.9);
//   - kInvalid tokens cover ill-formed bytes exactly, and no ill-formed byte
//     is anywhere else;
//   - no text is lost: every byte outside tokens is white space or an
//     invisible control or format character (White_Space, Cc, Cf: what the
//     tokenizer skips, docs/reliability.md);
//   - sentences (and paragraphs) partition the tokens, in order;
//   - mentions are sorted, inside their tokens, non-overlapping by default;
//   - claims' spans are inside the text and `about` indexes real mentions;
//   - tokens written by sayso's Tokenizer (not Tokens::host_added()) keep the
//     promises that document.h lists for them and later stages use as
//     shortcuts (CheckTokenizerPromises()).
//
// Example:
//   std::string problem = sayso::testing::CheckDocumentInvariants(doc);
//   EXPECT_EQ(problem, "");
#ifndef SAYSO_TESTS_DOCUMENT_INVARIANTS_H_
#define SAYSO_TESTS_DOCUMENT_INVARIANTS_H_

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/escaping.h"
#include "core/utf8.h"
#include "sayso/document.h"
#include "sayso/normalize.h"
#include "unicode/uchar.h"

namespace sayso::testing {

struct InvariantOptions {
  // Sentences must partition the tokens (the tokenizer ran with
  // split_sentences). When false, sentences are not checked.
  bool sentences = true;
  // Paragraphs must partition the tokens.
  bool paragraphs = true;
  // Mentions must not overlap (the default gazetteer options).
  bool non_overlapping_mentions = true;
  // Bytes outside tokens may be invisible controls and format characters
  // (general categories Cc, Cf: NUL, ZWSP, BOM, soft hyphen, bidi marks);
  // false: only White_Space may be outside tokens.
  bool ignorable_gaps = true;
  // Recompute every token's key hash (KeyHash(key)) and compare.
  bool check_key_hashes = true;
  // Every mention links an entity with a non-empty id. Off by default: the
  // name finder adds unlinked names (empty id) by design.
  bool require_entity_ids = false;
  // Every mention's score is finite (no NaN or infinity reaches the JSON).
  bool require_finite_scores = true;
};

// IsUnicodeWhiteSpace()
// The Unicode White_Space property (PropList.txt, Unicode 15.0).
inline bool IsUnicodeWhiteSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// IsInvisibleControlOrFormat()
// General category Cc or Cf.
inline bool IsInvisibleControlOrFormat(char32_t c) {
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

namespace invariants_internal {

// Per-byte facts about a text, computed once.
struct TextMap {
  std::vector<uint8_t> boundary;   // [0, n]: 1 where a unit starts (and at n)
  std::vector<uint8_t> invalid;    // [0, n): 1 for ill-formed bytes
  std::vector<uint8_t> space;      // [0, n): 1 for White_Space bytes
  std::vector<uint8_t> ignorable;  // [0, n): 1 for Cc and Cf bytes
};

inline TextMap MapText(std::string_view text) {
  TextMap m;
  const size_t n = text.size();
  m.boundary.assign(n + 1, 0);
  m.invalid.assign(n, 0);
  m.space.assign(n, 0);
  m.ignorable.assign(n, 0);
  size_t pos = 0;
  while (pos < n) {
    m.boundary[pos] = 1;
    char32_t cp = 0;
    size_t bad = 0;
    size_t len = internal::DecodeUtf8(text, pos, &cp, &bad);
    if (len == 0) {
      for (size_t i = 0; i < bad; ++i) m.invalid[pos + i] = 1;
      pos += bad;
    } else {
      if (IsUnicodeWhiteSpace(cp)) {
        for (size_t i = 0; i < len; ++i) m.space[pos + i] = 1;
      } else if (IsInvisibleControlOrFormat(cp)) {
        for (size_t i = 0; i < len; ++i) m.ignorable[pos + i] = 1;
      }
      pos += len;
    }
  }
  m.boundary[n] = 1;
  return m;
}

// `bytes` C-escaped (absl::CEscape) for a message.
inline std::string Escaped(std::string_view bytes) {
  return absl::CEscape(absl::string_view(bytes.data(), bytes.size()));
}

inline std::string SpanText(Span s) {
  std::string out = "[";  // appends: GCC 12 warns (-Wrestrict) on "[" + ...
  out += std::to_string(s.begin);
  out += ',';
  out += std::to_string(s.end);
  out += ')';
  return out;
}

// "" if `s` is inside the text, on boundaries (and non-empty if required).
inline std::string CheckSpan(const TextMap& m, Span s, bool allow_empty) {
  const size_t n = m.invalid.size();
  if (s.end < s.begin || s.end > n) return SpanText(s) + " outside the text";
  if (!allow_empty && s.empty()) return SpanText(s) + " is empty";
  if (!m.boundary[s.begin] || !m.boundary[s.end]) {
    return SpanText(s) + " is not on UTF-8 boundaries";
  }
  return "";
}

// Sentences or paragraphs partition the tokens.
inline std::string CheckUnits(const char* what, const std::vector<TextUnit>& u,
                              const Tokens& tokens, const TextMap& m) {
  const size_t count = tokens.size();
  if (count == 0) {
    if (!u.empty()) return std::string(what) + ": units but no tokens";
    return "";
  }
  if (u.empty()) return std::string(what) + ": none, but there are tokens";
  uint32_t next_token = 0;
  uint32_t prev_end = 0;
  for (size_t i = 0; i < u.size(); ++i) {
    const TextUnit& s = u[i];
    std::string where = std::string(what) + " " + std::to_string(i) + " " +
                        SpanText(s.span) + ": ";
    if (std::string e = CheckSpan(m, s.span, false); !e.empty()) {
      return where + e;
    }
    if (s.span.begin < prev_end) return where + "overlaps the previous one";
    prev_end = s.span.end;
    if (s.token_begin != next_token) {
      return where + "token_begin " + std::to_string(s.token_begin) +
             ", expected " + std::to_string(next_token);
    }
    if (s.token_end <= s.token_begin || s.token_end > count) {
      return where + "bad token range " + std::to_string(s.token_begin) + ".." +
             std::to_string(s.token_end);
    }
    if (tokens.begin(s.token_begin) < s.span.begin ||
        tokens.end(s.token_end - 1) > s.span.end) {
      return where + "does not contain its tokens";
    }
    next_token = s.token_end;
  }
  if (next_token != count) {
    return std::string(what) + ": tokens from " + std::to_string(next_token) +
           " are in none";
  }
  return "";
}

}  // namespace invariants_internal

// CheckTokenizerPromises()
// "" when the tokens keep the promises sayso's Tokenizer makes beyond the
// documented token fields (include/sayso/document.h, next to host_added()):
//   - a word whose key ends in "." has kAbbreviation, or kNonAscii (a
//     character such as U+2488 whose normalized form ends in "."), and a
//     word with kAbbreviation has a key of 2 bytes or more ending in ".";
//   - a token without kNonAscii whose key is one byte has a one-byte text;
//   - an ASCII word's or number's key is its text lower-cased (not every
//     ASCII token's: a backtick's key is an apostrophe);
//   - an ASCII token other than a clitic that holds a letter A-Z has
//     kHasLetter without kLowercase (not the converse: "ca" of "caN't" is
//     shaped with the 'N');
//   - a key holds '-' exactly when the token has kHasHyphen, or is of a kind
//     that never has it (kDash, kSymbol, kUrl, kEmail, kMarkup).
// Host tokens (Tokens::host_added()) are not checked.
inline std::string CheckTokenizerPromises(const Tokens& tokens) {
  if (tokens.host_added()) return "";
  for (size_t i = 0; i < tokens.size(); ++i) {
    // The message is made only on failure (this runs for every token).
    const auto fail = [&](const std::string& what) {
      return "token " + std::to_string(i) + " " +
             invariants_internal::SpanText(tokens.span(i)) + " \"" +
             invariants_internal::Escaped(tokens.text(i)) + "\" (" +
             std::string(TokenKindName(tokens.kind(i))) + ", key \"" +
             invariants_internal::Escaped(tokens.key(i)) + "\"): " + what;
    };
    const std::string_view key = tokens.key(i);
    const std::string_view text = tokens.text(i);
    const uint16_t f = tokens.flags(i);
    const TokenKind kind = tokens.kind(i);
    if (kind == TokenKind::kWord && !key.empty() && key.back() == '.' &&
        !(f & (token_flags::kAbbreviation | token_flags::kNonAscii))) {
      return fail("key ends in '.' without kAbbreviation");
    }
    if (kind == TokenKind::kWord && (f & token_flags::kAbbreviation) &&
        (key.size() < 2 || key.back() != '.')) {
      return fail("kAbbreviation on a key that is not 2+ bytes ending in '.'");
    }
    if (!(f & token_flags::kNonAscii) && key.size() == 1 && text.size() != 1) {
      return fail("one-byte key without kNonAscii, but a longer text");
    }
    bool ascii = true, upper = false;
    for (char c : text) {
      ascii &= static_cast<unsigned char>(c) < 0x80;
      upper |= c >= 'A' && c <= 'Z';
    }
    if (ascii && upper && !(f & token_flags::kClitic) &&
        (!(f & token_flags::kHasLetter) || (f & token_flags::kLowercase))) {
      return fail("upper case without kHasLetter, or with kLowercase");
    }
    if (ascii && (kind == TokenKind::kWord || kind == TokenKind::kNumber)) {
      std::string lower(text);
      for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      if (key != lower)
        return fail("ASCII word's key is not its text lower-cased");
    }
    const bool key_hyphen = key.find('-') != std::string_view::npos;
    const bool other_kind =
        kind == TokenKind::kDash || kind == TokenKind::kSymbol ||
        kind == TokenKind::kUrl || kind == TokenKind::kEmail ||
        kind == TokenKind::kMarkup;
    if ((f & token_flags::kHasHyphen) && (other_kind || !key_hyphen)) {
      return fail(other_kind ? "kHasHyphen on a kind that never has it"
                             : "kHasHyphen, but the key holds no '-'");
    }
    if (!(f & token_flags::kHasHyphen) && key_hyphen && !other_kind) {
      return fail("key holds '-' but the " + std::string(TokenKindName(kind)) +
                  " token has no kHasHyphen");
    }
  }
  return "";
}

// CheckDocumentInvariants()
// "" when `doc` keeps every invariant above, otherwise a description of the
// first violation found.
inline std::string CheckDocumentInvariants(
    const Document& doc, const InvariantOptions& options = {}) {
  using invariants_internal::CheckSpan;
  using invariants_internal::SpanText;
  const std::string_view text = doc.text();
  const invariants_internal::TextMap m = invariants_internal::MapText(text);
  const Tokens& tokens = doc.tokens();
  const size_t n = text.size();

  // Tokens.
  std::vector<uint8_t> covered(n, 0);
  uint32_t prev_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Span s = tokens.span(i);
    std::string where = "token " + std::to_string(i) + " " + SpanText(s) + ": ";
    if (std::string e = CheckSpan(m, s, false); !e.empty()) return where + e;
    if (s.begin < prev_end) return where + "overlaps or precedes the previous";
    prev_end = s.end;
    const bool is_invalid = tokens.kind(i) == TokenKind::kInvalid;
    for (uint32_t b = s.begin; b < s.end; ++b) {
      covered[b] = 1;
      if (is_invalid && !m.invalid[b]) {
        return where + "kInvalid token covers valid byte " + std::to_string(b);
      }
      if (!is_invalid && m.invalid[b]) {
        return where + "ill-formed byte " + std::to_string(b) +
               " in a token of kind " +
               std::string(TokenKindName(tokens.kind(i)));
      }
    }
    if (is_invalid && !tokens.key(i).empty())
      return where + "kInvalid with a key";
    if (options.check_key_hashes &&
        tokens.key_hash(i) != KeyHash(tokens.key(i))) {
      return where + "key_hash != KeyHash(key)";
    }
  }
  if (std::string e = CheckTokenizerPromises(tokens); !e.empty()) return e;
  for (size_t b = 0; b < n; ++b) {
    if (!covered[b] && !m.space[b] &&
        !(options.ignorable_gaps && m.ignorable[b])) {
      return "byte " + std::to_string(b) + " (0x" +
             "0123456789abcdef"[static_cast<unsigned char>(text[b]) >> 4] +
             "0123456789abcdef"[static_cast<unsigned char>(text[b]) & 15] +
             ") is outside every token but is not white space: text lost";
    }
  }

  // Sentences and paragraphs.
  if (options.sentences) {
    if (std::string e = invariants_internal::CheckUnits(
            "sentence", doc.sentences(), tokens, m);
        !e.empty()) {
      return e;
    }
  }
  if (options.paragraphs) {
    if (std::string e = invariants_internal::CheckUnits(
            "paragraph", doc.paragraphs(), tokens, m);
        !e.empty()) {
      return e;
    }
  }

  // Mentions.
  const std::vector<Mention>& mentions = doc.mentions();
  uint32_t prev_begin = 0;
  prev_end = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& x = mentions[i];
    std::string where =
        "mention " + std::to_string(i) + " " + SpanText(x.span) + ": ";
    if (std::string e = CheckSpan(m, x.span, false); !e.empty()) {
      return where + e;
    }
    if (x.token_begin >= x.token_end || x.token_end > tokens.size()) {
      return where + "bad token range";
    }
    if (x.span.begin < tokens.begin(x.token_begin) ||
        x.span.end > tokens.end(x.token_end - 1)) {
      return where + "span outside its tokens";
    }
    if (x.span.begin < prev_begin) return where + "not sorted";
    if (options.non_overlapping_mentions && x.span.begin < prev_end) {
      return where + "(stage " + std::string(x.stage) +
             ") overlaps the previous mention " +
             SpanText(mentions[i - 1].span) + " (stage " +
             std::string(mentions[i - 1].stage) + ")";
    }
    prev_begin = x.span.begin;
    prev_end = x.span.end;
    if (options.require_entity_ids && x.entity.id.empty())
      return where + "no entity id";
    if (options.require_finite_scores) {
      if (!std::isfinite(x.entity.score)) return where + "score not finite";
      for (const EntityRef& alt : doc.alternatives(x)) {
        if (!std::isfinite(alt.score))
          return where + "alternative score not finite";
      }
    }
  }

  // Claims.
  const std::vector<Claim>& claims = doc.claims();
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    std::string where = "claim " + std::to_string(i) + ": ";
    if (std::string e = CheckSpan(m, c.content, true); !e.empty()) {
      return where + "content " + e;
    }
    for (const std::optional<Span>* o : {&c.source, &c.cue, &c.reported_by}) {
      if (!o->has_value()) continue;
      if (std::string e = CheckSpan(m, **o, true); !e.empty()) return where + e;
    }
    for (uint32_t a : c.about) {
      if (a >= mentions.size()) {
        return where + "about[] = " + std::to_string(a) +
               " >= " + std::to_string(mentions.size()) + " mentions";
      }
    }
    if (!std::isfinite(c.confidence) || c.confidence < 0 || c.confidence > 1) {
      return where + "confidence out of [0, 1]";
    }
    if (c.kind != ClaimKind::kDirect && c.kind != ClaimKind::kIndirect &&
        c.kind != ClaimKind::kMixed) {
      return where + "bad kind";
    }
  }
  return "";
}

}  // namespace sayso::testing

#endif  // SAYSO_TESTS_DOCUMENT_INVARIANTS_H_
