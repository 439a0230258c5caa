// File: sayso/document.h
// -----------------------------------------------------------------------------
// A Document holds one text and every layer the stages add to it: tokens,
// sentences, paragraphs, entity mentions and claims. Every span is a half-open
// range of UTF-8 BYTE offsets into the caller's original text.
//
// Lifetime: a Document VIEWS the text it was made from (`Document(text)`,
// `Reset(text)`): the text must outlive the Document and must not change while
// the Document refers to it. `Document::Owning(std::string)` keeps its own copy.
//
// A Document is per-call scratch, owned by one thread at a time. Reuse one per
// thread with `Reset()`: capacity is kept, so steady-state annotation does not
// allocate per token.
//
// Example:
//   sayso::Document doc(text);
//   ABSL_CHECK_OK(tokenizer.Process(doc));
//   for (size_t i = 0; i < doc.tokens().size(); ++i)
//     std::cout << doc.tokens().text(i) << " " << doc.tokens().key(i) << "\n";
#ifndef SAYSO_DOCUMENT_H_
#define SAYSO_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sayso {

namespace internal {
class TokenWriter;  // lib/tokenizer: fills Tokens in place

// std::allocator whose value-initialization (vector::resize) leaves trivial
// elements uninitialized: the tokenizer sizes the token arrays ahead and
// writes every element itself, so zero-filling them first is wasted work.
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <typename U>
  UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    if constexpr (sizeof...(Args) == 0) {
      ::new (static_cast<void*>(p)) U;
    } else {
      ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
  }
};
}  // namespace internal

// Span: a half-open byte range [begin, end) into a Document's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// The largest text a Document accepts (offsets are 32-bit).
inline constexpr size_t kMaxDocumentBytes = 0xFFFFFFF0u;

enum class TokenKind : uint8_t {
  kWord,            // letters (and marks, digits, internal . - ' in news mode)
  kNumber,          // 76,000  2.5  73rd  1990s (currency and % marks: see
                    // docs/tokenization.md)
  kPunct,           // . , ; : ! ? … and other punctuation
  kOpenQuote,       // “ ‘ « ‹ „ ‚ and straight quotes that open
  kCloseQuote,      // ” ’ » › and straight quotes that close
  kAmbiguousQuote,  // a straight " or ' whose direction is not clear
  kDash,            // - – — ‒ ― when standing alone
  kSymbol,          // $ € % & + = and other symbols
  kUrl,             // https://example.com/a?b=c, www.example.com
  kEmail,           // someone@example.com
  kHashtag,         // #sayso
  kMention,         // @sayso
  kEmoji,           // one emoji, including ZWJ sequences, flags, modifiers
  kMarkup,          // <unk>, <br/> and similar markup-like tokens
  kInvalid,         // one maximal ill-formed UTF-8 subpart (Unicode §3.9)
};

// A short name for a TokenKind: "word", "number", ..., "invalid".
std::string_view TokenKindName(TokenKind kind);

// Token flags: white space before the token and the token's shape.
namespace token_flags {
inline constexpr uint16_t kSpaceBefore = 1 << 0;      // white space precedes it
inline constexpr uint16_t kNewlineBefore = 1 << 1;    // a line break precedes it
inline constexpr uint16_t kBlankLineBefore = 1 << 2;  // 2+ line breaks precede it
inline constexpr uint16_t kCapitalized = 1 << 3;  // first letter is upper case
inline constexpr uint16_t kAllCaps = 1 << 4;      // has letters, none lower case
inline constexpr uint16_t kLowercase = 1 << 5;    // has letters, all lower case
inline constexpr uint16_t kHasDigit = 1 << 6;
inline constexpr uint16_t kHasLetter = 1 << 7;
inline constexpr uint16_t kHasHyphen = 1 << 8;  // word-internal hyphen or dash
inline constexpr uint16_t kNonAscii = 1 << 9;   // some byte >= 0x80
inline constexpr uint16_t kAbbreviation = 1 << 10;  // ends in a "." that is
                                                    // part of the token
inline constexpr uint16_t kClitic = 1 << 11;  // 's ’s n't 're 've 'll 'd 'm
}  // namespace token_flags

// Tokens: a structure of arrays. Index i in [0, size()) names one token.
class Tokens {
 public:
  size_t size() const { return begin_.size(); }
  bool empty() const { return begin_.empty(); }

  Span span(size_t i) const { return {begin_[i], end_[i]}; }
  uint32_t begin(size_t i) const { return begin_[i]; }
  uint32_t end(size_t i) const { return end_[i]; }
  TokenKind kind(size_t i) const { return kind_[i]; }
  uint16_t flags(size_t i) const { return flags_[i]; }
  bool has(size_t i, uint16_t flag) const { return (flags_[i] & flag) != 0; }
  // The token's original text (a view into the Document's text).
  std::string_view text(size_t i) const {
    return text_.substr(begin_[i], end_[i] - begin_[i]);
  }
  // The normalized key: NFKC + case fold + marks removed + dash, apostrophe
  // and quote variants folded (see sayso/normalize.h). Empty for kInvalid.
  std::string_view key(size_t i) const {
    return std::string_view(key_arena_.data() + key_offset_[i], key_length_[i]);
  }
  // KeyHash(key(i)), computed once when the token was added.
  uint64_t key_hash(size_t i) const { return key_hash_[i]; }

  // For stages that produce tokens. `key` is copied into the key arena.
  void Add(Span span, TokenKind kind, uint16_t flags, std::string_view key);
  // Same, with the key's hash already computed by the caller.
  // Inline: the tokenizer calls it once per token.
  void Add(Span span, TokenKind kind, uint16_t flags, std::string_view key,
           uint64_t key_hash) {
    begin_.push_back(span.begin);
    end_.push_back(span.end);
    kind_.push_back(kind);
    flags_.push_back(flags);
    key_offset_.push_back(static_cast<uint32_t>(key_arena_.size()));
    key_length_.push_back(static_cast<uint32_t>(key.size()));
    key_hash_.push_back(key_hash);
    key_arena_.insert(key_arena_.end(), key.begin(), key.end());
  }
  // For tokenizers that fill a batch of tokens at a time: appends `n` tokens
  // given as parallel arrays. `keys` holds their keys back to back and
  // key_offset[i] is relative to keys.data().
  void AppendBatch(size_t n, const uint32_t* begin, const uint32_t* end,
                   const TokenKind* kind, const uint16_t* flags,
                   const uint32_t* key_offset, const uint32_t* key_length,
                   const uint64_t* key_hash, std::string_view keys);
  // Index of the first token whose end is > offset (size() if none).
  size_t FirstEndingAfter(uint32_t offset) const;
  // Removes every token, keeping capacity and the view of the text. For
  // stages that re-fill the layer (the Tokenizer's Process()).
  void Clear();

 private:
  friend class Document;
  friend class internal::TokenWriter;
  template <typename T>
  using Array = std::vector<T, internal::UninitializedAllocator<T>>;

  std::string_view text_;
  Array<uint32_t> begin_, end_;
  Array<TokenKind> kind_;
  Array<uint16_t> flags_;
  Array<uint32_t> key_offset_, key_length_;
  Array<uint64_t> key_hash_;
  Array<char> key_arena_;
};

// A sentence or paragraph: its byte span and its tokens [token_begin, token_end).
struct TextUnit {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  friend bool operator==(const TextUnit&, const TextUnit&) = default;
};

enum class EntityType : uint8_t { kPer, kOrg, kGpe, kLoc, kNorp, kOther };
// "PER", "ORG", "GPE", "LOC", "NORP", "OTHER".
std::string_view EntityTypeName(EntityType type);
// Parses the names above (case-insensitive); nullopt for anything else.
std::optional<EntityType> ParseEntityType(std::string_view name);

// A candidate entity for a mention.
struct EntityRef {
  std::string id;         // "geonames:703448", "iso3166:UA", "sayso:putin"
  std::string canonical;  // "Kyiv"
  EntityType type = EntityType::kOther;
  float score = 0;  // ranking score; higher is better
};

// An entity mention: a span of text linked to an entity.
struct Mention {
  Span span;
  uint32_t token_begin = 0;  // tokens [token_begin, token_end)
  uint32_t token_end = 0;
  EntityRef entity;                  // the best candidate
  std::vector<EntityRef> alternatives;  // other candidates, best first
  std::string stage;  // who added it: "gazetteer", or a host's stage name
};

enum class ClaimKind : uint8_t { kDirect, kIndirect, kMixed };
// "direct", "indirect", "mixed".
std::string_view ClaimKindName(ClaimKind kind);

// Who says what: one attribution relation.
struct Claim {
  ClaimKind kind = ClaimKind::kIndirect;
  std::optional<Span> source;       // "Russian Defense Minister Sergei Shoigu"
  std::optional<EntityRef> source_entity;  // what the source resolves to
  EntityType source_type = EntityType::kOther;
  std::optional<Span> cue;          // "said", "according to", ":"
  std::string cue_lemma;            // "say", "according to", ":"
  Span content;                     // the reported proposition
  std::optional<Span> reported_by;  // the relaying reporter, if any
  float confidence = 0;
  std::string rule;  // id of the rule that produced it, e.g. "indirect.say_that"
  std::vector<uint32_t> about;  // indices into Document::mentions() inside content
};

// Document: the text plus every stage's results.
class Document {
 public:
  Document() = default;
  // Views `text`; it must outlive this Document.
  explicit Document(std::string_view text) { Reset(text); }
  // A Document that owns a copy of its text.
  static Document Owning(std::string text);

  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;

  // Clears every layer and views `text` (which must outlive this Document).
  // Keeps allocated capacity.
  void Reset(std::string_view text);
  // Clears every layer and takes ownership of `text`.
  void ResetOwning(std::string text);
  // Clears every layer (tokens, sentences, paragraphs, mentions, claims) but
  // keeps the text and the allocated capacity. The Tokenizer calls it first.
  void ClearLayers();

  std::string_view text() const { return text_; }
  std::string_view text(Span s) const {
    return text_.substr(s.begin, s.end - s.begin);
  }

  const Tokens& tokens() const { return tokens_; }
  Tokens& mutable_tokens() { return tokens_; }

  const std::vector<TextUnit>& sentences() const { return sentences_; }
  std::vector<TextUnit>& mutable_sentences() { return sentences_; }
  const std::vector<TextUnit>& paragraphs() const { return paragraphs_; }
  std::vector<TextUnit>& mutable_paragraphs() { return paragraphs_; }

  // Mentions in reading order (by span.begin), non-overlapping unless a
  // stage was asked for overlapping matches.
  const std::vector<Mention>& mentions() const { return mentions_; }
  std::vector<Mention>& mutable_mentions() { return mentions_; }
  // Re-sorts mentions by (begin, -end). Call after appending out of order.
  void SortMentions();

  const std::vector<Claim>& claims() const { return claims_; }
  std::vector<Claim>& mutable_claims() { return claims_; }

 private:
  void RebindViews();

  std::string owned_;  // used only by owning documents
  bool owning_ = false;
  std::string_view text_;
  Tokens tokens_;
  std::vector<TextUnit> sentences_;
  std::vector<TextUnit> paragraphs_;
  std::vector<Mention> mentions_;
  std::vector<Claim> claims_;
};

}  // namespace sayso

#endif  // SAYSO_DOCUMENT_H_
