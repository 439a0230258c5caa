// File: sayso/document.h
// -----------------------------------------------------------------------------
// A Document holds one text and every layer the stages add to it: tokens,
// sentences, paragraphs, entity mentions and claims. Every span is a half-open
// range of UTF-8 BYTE offsets into the caller's original text.
//
// Lifetime: a Document VIEWS the text it was made from (`Document(text)`,
// `Reset(text)`): the text must outlive the Document and must not change while
// the Document refers to it. `Document::Owning(std::string)` keeps its own
// copy.
//
// A Document is per-call scratch, owned by one thread at a time. Reuse one per
// thread with `Reset()`: capacity is kept, so steady-state annotation does not
// allocate per token, per mention or per claim.
//
// Results are views. Every std::string_view and std::span a Document hands
// out — token text and keys, EntityRef::id and ::canonical, Mention::stage,
// Claim::rule and ::cue_lemma, alternatives(mention) — is valid until the
// Document is Reset (Reset, ResetOwning, ClearLayers: the Tokenizer calls
// it), moved from or destroyed, and no longer. The strings live in the text,
// in static tables, in a gazetteer image the Document keeps alive
// (KeepAlive()), or in the Document's own string arena (Intern()). To keep a
// result past that, copy it into an owning type: ToOwned(doc, mention),
// ToOwned(claim), ToOwned(entity_ref) (OwnedMention, OwnedClaim,
// OwnedEntityRef below).
//
// A stage that adds results with strings it built (a host NER's ids, names
// made from the text) stores them with Intern(); string literals need not be
// interned:
//   sayso::Mention m;
//   m.entity.id = doc.Intern(absl::StrCat("host:", local_id));
//   m.entity.canonical = "Imani Okafor";  // static storage: fine as is
//   m.stage = "host-ner";
//   m.alternatives = doc.AddAlternatives(other_candidates);
//   doc.mutable_mentions().push_back(m);
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
#include <memory>
#include <optional>
#include <span>
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

// The string arena behind Document::Intern(): chunked blocks, so a stored
// string never moves; Clear() keeps the blocks for the next document.
class StringArena {
 public:
  StringArena() = default;
  StringArena(const StringArena&) = delete;
  StringArena& operator=(const StringArena&) = delete;
  // A moved-from arena is empty (its views moved with the blocks).
  StringArena(StringArena&& other) noexcept { *this = std::move(other); }
  StringArena& operator=(StringArena&& other) noexcept {
    if (this != &other) {
      blocks_ = std::move(other.blocks_);
      current_ = std::exchange(other.current_, 0);
      next_ = std::exchange(other.next_, nullptr);
      room_ = std::exchange(other.room_, 0);
      other.blocks_.clear();
    }
    return *this;
  }

  std::string_view Store(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > room_) NextBlock(s.size());
    char* p = next_;
    std::char_traits<char>::copy(p, s.data(), s.size());
    next_ += s.size();
    room_ -= s.size();
    return std::string_view(p, s.size());
  }
  // Forgets every stored string (their views dangle), keeps the blocks.
  void Clear();
  // Bytes held in blocks (for tests and memory accounting).
  size_t capacity() const;

 private:
  struct Block {
    std::unique_ptr<char[]> bytes;
    size_t size = 0;
  };
  void NextBlock(size_t need);

  std::vector<Block> blocks_;
  size_t current_ = 0;  // blocks_[current_ - 1] is being filled; 0: none yet
  char* next_ = nullptr;
  size_t room_ = 0;
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
inline constexpr uint16_t kSpaceBefore = 1 << 0;    // white space precedes it
inline constexpr uint16_t kNewlineBefore = 1 << 1;  // a line break precedes it
inline constexpr uint16_t kBlankLineBefore = 1
                                             << 2;  // 2+ line breaks precede it
inline constexpr uint16_t kCapitalized = 1 << 3;  // first letter is upper case
inline constexpr uint16_t kAllCaps = 1 << 4;    // has letters, none lower case
inline constexpr uint16_t kLowercase = 1 << 5;  // has letters, all lower case
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
  // Whether a tokenizer has run over the text: true after Tokenizer::Process
  // even when it found no token (a text of white space only), and whenever
  // there are tokens. Later stages use it to tell "no tokens" from "not
  // tokenized yet". A host's own tokenizer that may find no token calls
  // MarkTokenized(); Clear() resets it.
  bool tokenized() const { return tokenized_ || !begin_.empty(); }
  void MarkTokenized() { tokenized_ = true; }

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
    return std::string_view(key_arena_.data() + key_bound_[i],
                            key_bound_[i + 1] - key_bound_[i]);
  }
  // KeyHash(key(i)), computed once when the token was added.
  uint64_t key_hash(size_t i) const { return key_hash_[i]; }

  // For a host's own tokenizer. `key` is copied into the key arena. The
  // later stages read key(i) as the normalized text (NormalizedKey() of
  // text(i)), key_hash(i) as KeyHash(key(i)) and the flags as documented
  // above; sayso's Tokenizer fills the arrays itself.
  void Add(Span span, TokenKind kind, uint16_t flags, std::string_view key);
  // Same, with the key's hash already computed by the caller.
  void Add(Span span, TokenKind kind, uint16_t flags, std::string_view key,
           uint64_t key_hash) {
    host_added_ = true;
    begin_.push_back(span.begin);
    end_.push_back(span.end);
    kind_.push_back(kind);
    flags_.push_back(flags);
    if (key_bound_.empty()) key_bound_.push_back(0);
    key_arena_.insert(key_arena_.end(), key.begin(), key.end());
    key_bound_.push_back(static_cast<uint32_t>(key_arena_.size()));
    key_hash_.push_back(key_hash);
  }
  // For tokenizers that fill a batch of tokens at a time: appends `n` tokens
  // given as parallel arrays. Token i's key is the `key_length[i]` bytes at
  // `key_offset[i]` in `keys`, in any order; they are copied into the key
  // arena in token order. A range outside `keys` is cut to it (key_hash[i]
  // must then be the cut key's hash, as always KeyHash(key(i))).
  void AppendBatch(size_t n, const uint32_t* begin, const uint32_t* end,
                   const TokenKind* kind, const uint16_t* flags,
                   const uint32_t* key_offset, const uint32_t* key_length,
                   const uint64_t* key_hash, std::string_view keys);
  // Whether a token came in through Add() or AppendBatch() since the last
  // Clear(). Tokens that sayso's Tokenizer writes keep promises beyond the
  // documented ones, which stages use as shortcuts only when this is false:
  //   - every word whose key ends in "." has kAbbreviation (or kNonAscii: a
  //     character such as U+2488 whose normalized form ends in "."), and a
  //     word with kAbbreviation has a key of two bytes or more ending in ".";
  //   - a token without kNonAscii whose key is one byte has a one-byte text;
  //   - an ASCII word's or number's key is its text lower-cased, byte for
  //     byte;
  //   - an ASCII token other than a clitic (kClitic: "n'T" takes the case
  //     of its 'n') that holds a letter A-Z has kHasLetter without
  //     kLowercase (not the converse: the word before "N't" is shaped with
  //     the 'N', so "ca" of "caN't" has no kLowercase);
  //   - a key holds '-' exactly when the token has kHasHyphen, or is a
  //     kDash, kSymbol, kUrl, kEmail or kMarkup token (which never has it):
  //     a word's or number's hyphens are known from its flags.
  // tests/document_invariants.h checks them on every tokenized test text
  // and fuzz input.
  bool host_added() const { return host_added_; }
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
  // Keys lie back to back in the arena in token order: token i's key is
  // [key_bound_[i], key_bound_[i + 1]). Empty, or size() + 1 entries with
  // key_bound_[0] == 0 (one array and one store per token less than an
  // offset and a length).
  Array<uint32_t> key_bound_;
  Array<uint64_t> key_hash_;
  Array<char> key_arena_;
  bool tokenized_ = false;   // MarkTokenized()
  bool host_added_ = false;  // host_added()
};

// A sentence or paragraph: its byte span and its tokens [token_begin,
// token_end).
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

// A candidate entity for a mention. The strings are views (see the header
// comment for how long they live); ToOwned() copies them.
struct EntityRef {
  std::string_view id;         // "geonames:703448", "iso3166:UA", "sayso:putin"
  std::string_view canonical;  // "Kyiv"
  EntityType type = EntityType::kOther;
  float score = 0;  // ranking score; higher is better
};

// A range [begin, begin + size) of a Document's alternatives: read them with
// Document::alternatives(mention), make one with Document::AddAlternatives().
struct AlternativeRange {
  uint32_t begin = 0;
  uint32_t count = 0;
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  friend bool operator==(const AlternativeRange&,
                         const AlternativeRange&) = default;
};

// An entity mention: a span of text linked to an entity.
struct Mention {
  Span span;
  uint32_t token_begin = 0;  // tokens [token_begin, token_end)
  uint32_t token_end = 0;
  EntityRef entity;  // the best candidate
  // Other candidates, best first: doc.alternatives(mention). The range
  // indexes its own Document; a Mention copied into another Document needs
  // its alternatives added there (or cleared).
  AlternativeRange alternatives;
  // Who added it: "gazetteer", "names", or a host's stage name (a literal or
  // Document::Intern()ed).
  std::string_view stage;
};

enum class ClaimKind : uint8_t { kDirect, kIndirect, kMixed };
// "direct", "indirect", "mixed".
std::string_view ClaimKindName(ClaimKind kind);

// Who says what: one attribution relation.
struct Claim {
  ClaimKind kind = ClaimKind::kIndirect;
  std::optional<Span> source;  // "Russian Defense Minister Sergei Shoigu"
  std::optional<EntityRef> source_entity;  // what the source resolves to
  EntityType source_type = EntityType::kOther;
  std::optional<Span> cue;          // "said", "according to", ":"
  std::string_view cue_lemma;       // "say", "according to", ":"
  Span content;                     // the reported proposition
  std::optional<Span> reported_by;  // the relaying reporter, if any
  float confidence = 0;
  // Id of the rule that produced it, e.g. "indirect.say_that".
  std::string_view rule;
  std::vector<uint32_t>
      about;  // indices into Document::mentions() inside content
};

// Owning copies of results, to keep them past their Document (or to move
// them between threads). They cost an allocation per string: for storage,
// not for the annotation loop.
struct OwnedEntityRef {
  std::string id;
  std::string canonical;
  EntityType type = EntityType::kOther;
  float score = 0;
  // A view of this copy (valid while it lives and is not changed).
  EntityRef view() const { return {id, canonical, type, score}; }
  friend bool operator==(const OwnedEntityRef&,
                         const OwnedEntityRef&) = default;
};

struct OwnedMention {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  OwnedEntityRef entity;
  std::vector<OwnedEntityRef> alternatives;  // best first
  std::string stage;
};

struct OwnedClaim {
  ClaimKind kind = ClaimKind::kIndirect;
  std::optional<Span> source;
  std::optional<OwnedEntityRef> source_entity;
  EntityType source_type = EntityType::kOther;
  std::optional<Span> cue;
  std::string cue_lemma;
  Span content;
  std::optional<Span> reported_by;
  float confidence = 0;
  std::string rule;
  std::vector<uint32_t> about;  // indices into the Document's mentions
};

OwnedEntityRef ToOwned(const EntityRef& entity);
class Document;
// `mention` must belong to `doc` (its alternatives are read there).
OwnedMention ToOwned(const Document& doc, const Mention& mention);
OwnedClaim ToOwned(const Claim& claim);

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
  // Clears every layer (tokens, sentences, paragraphs, mentions and their
  // alternatives, claims, interned strings, kept-alive owners) but keeps the
  // text and the allocated capacity. The Tokenizer calls it first.
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

  // Removes every mention and their alternatives (not the interned strings).
  void ClearMentions() {
    mentions_.clear();
    alternatives_.clear();
  }

  // The other candidates of `mention` (a mention of this Document), best
  // first. Empty if it has none (or its range is not this Document's).
  std::span<const EntityRef> alternatives(const Mention& mention) const {
    const AlternativeRange r = mention.alternatives;
    if (r.begin > alternatives_.size() ||
        r.count > alternatives_.size() - r.begin) {
      return {};
    }
    return std::span<const EntityRef>(alternatives_.data() + r.begin, r.count);
  }
  // Appends `refs` to the Document's alternatives; set the returned range
  // as a Mention's `alternatives`.
  AlternativeRange AddAlternatives(std::span<const EntityRef> refs) {
    const AlternativeRange r{static_cast<uint32_t>(alternatives_.size()),
                             static_cast<uint32_t>(refs.size())};
    alternatives_.insert(alternatives_.end(), refs.begin(), refs.end());
    return r;
  }
  // Every mention's alternatives, back to back (Mention::alternatives
  // indexes it). For stages that write them in place.
  const std::vector<EntityRef>& all_alternatives() const {
    return alternatives_;
  }
  std::vector<EntityRef>& mutable_alternatives() { return alternatives_; }

  const std::vector<Claim>& claims() const { return claims_; }
  std::vector<Claim>& mutable_claims() { return claims_; }

  // Copies `s` into the Document's string arena and returns a view of the
  // copy, valid until the Document is Reset, moved from or destroyed (it
  // never moves while more strings are interned). The arena's blocks are
  // kept across Reset(): steady-state interning does not allocate.
  std::string_view Intern(std::string_view s) { return arena_.Store(s); }

  // Keeps `owner` alive as long as this Document's results may point into
  // it (until the next Reset, ClearLayers, or the Document's end). Stages
  // whose results view their own data (the Gazetteer: ids and canonical
  // names in its image) call it in Process(); an owner already held is not
  // added again (no reference-count traffic then).
  template <typename T>
  void KeepAlive(const std::shared_ptr<T>& owner) {
    if (owner == nullptr || KeepsAlive(owner.get())) return;
    kept_alive_.push_back(std::shared_ptr<const void>(owner));
  }
  // True if KeepAlive() holds an owner whose pointer is `p`.
  bool KeepsAlive(const void* p) const {
    for (const std::shared_ptr<const void>& k : kept_alive_) {
      if (k.get() == p) return true;
    }
    return false;
  }

 private:
  void RebindViews();
  void ClearResults();

  std::string owned_;  // used only by owning documents
  bool owning_ = false;
  std::string_view text_;
  Tokens tokens_;
  std::vector<TextUnit> sentences_;
  std::vector<TextUnit> paragraphs_;
  std::vector<Mention> mentions_;
  std::vector<EntityRef> alternatives_;  // indexed by Mention::alternatives
  std::vector<Claim> claims_;
  internal::StringArena arena_;                          // Intern()
  std::vector<std::shared_ptr<const void>> kept_alive_;  // KeepAlive()
};

}  // namespace sayso

#endif  // SAYSO_DOCUMENT_H_
