#include "sayso/document.h"

#include <algorithm>
#include <utility>

#include "absl/strings/match.h"
#include "core/absl_compat.h"
#include "sayso/normalize.h"

namespace sayso {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kOpenQuote:
      return "open_quote";
    case TokenKind::kCloseQuote:
      return "close_quote";
    case TokenKind::kAmbiguousQuote:
      return "quote";
    case TokenKind::kDash:
      return "dash";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kMention:
      return "mention";
    case TokenKind::kEmoji:
      return "emoji";
    case TokenKind::kMarkup:
      return "markup";
    case TokenKind::kInvalid:
      return "invalid";
  }
  return "unknown";
}

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPer:
      return "PER";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kGpe:
      return "GPE";
    case EntityType::kLoc:
      return "LOC";
    case EntityType::kNorp:
      return "NORP";
    case EntityType::kOther:
      return "OTHER";
  }
  return "OTHER";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (EntityType t :
       {EntityType::kPer, EntityType::kOrg, EntityType::kGpe, EntityType::kLoc,
        EntityType::kNorp, EntityType::kOther}) {
    if (absl::EqualsIgnoreCase(internal::Sv(name),
                               internal::Sv(EntityTypeName(t))))
      return t;
  }
  return std::nullopt;
}

std::string_view ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDirect:
      return "direct";
    case ClaimKind::kIndirect:
      return "indirect";
    case ClaimKind::kMixed:
      return "mixed";
  }
  return "indirect";
}

void Tokens::Add(Span span, TokenKind kind, uint16_t flags,
                 std::string_view key) {
  Add(span, kind, flags, key, KeyHash(key));
}

void Tokens::AppendBatch(size_t n, const uint32_t* begin, const uint32_t* end,
                         const TokenKind* kind, const uint16_t* flags,
                         const uint32_t* key_offset, const uint32_t* key_length,
                         const uint64_t* key_hash, std::string_view keys) {
  host_added_ = true;
  begin_.insert(begin_.end(), begin, begin + n);
  end_.insert(end_.end(), end, end + n);
  kind_.insert(kind_.end(), kind, kind + n);
  flags_.insert(flags_.end(), flags, flags + n);
  key_hash_.insert(key_hash_.end(), key_hash, key_hash + n);
  if (key_bound_.empty()) key_bound_.push_back(0);
  for (size_t i = 0; i < n; ++i) {
    const size_t offset = std::min<size_t>(key_offset[i], keys.size());
    const size_t length = std::min<size_t>(key_length[i], keys.size() - offset);
    key_arena_.insert(key_arena_.end(), keys.begin() + offset,
                      keys.begin() + offset + length);
    key_bound_.push_back(static_cast<uint32_t>(key_arena_.size()));
  }
}

size_t Tokens::FirstEndingAfter(uint32_t offset) const {
  return std::upper_bound(end_.begin(), end_.end(), offset) - end_.begin();
}

void Tokens::Clear() {
  begin_.clear();
  end_.clear();
  kind_.clear();
  flags_.clear();
  key_bound_.clear();
  key_hash_.clear();
  key_arena_.clear();
  tokenized_ = false;
  host_added_ = false;
}

namespace internal {

void StringArena::NextBlock(size_t need) {
  // Reuse the blocks of earlier documents in order; a string too large for
  // the next block gets a new one there (kept for the next document too).
  constexpr size_t kFirstBlock = 4096;
  while (current_ < blocks_.size() && blocks_[current_].size < need) {
    ++current_;
  }
  if (current_ == blocks_.size()) {
    const size_t last = blocks_.empty() ? 0 : blocks_.back().size;
    const size_t size = std::max({kFirstBlock, 2 * last, need});
    blocks_.push_back({std::make_unique<char[]>(size), size});
  }
  Block& b = blocks_[current_++];
  next_ = b.bytes.get();
  room_ = b.size;
}

void StringArena::Clear() {
  current_ = 0;
  next_ = nullptr;
  room_ = 0;
}

size_t StringArena::capacity() const {
  size_t total = 0;
  for (const Block& b : blocks_) total += b.size;
  return total;
}

}  // namespace internal

OwnedEntityRef ToOwned(const EntityRef& entity) {
  return {std::string(entity.id), std::string(entity.canonical), entity.type,
          entity.score};
}

OwnedMention ToOwned(const Document& doc, const Mention& mention) {
  OwnedMention out;
  out.span = mention.span;
  out.token_begin = mention.token_begin;
  out.token_end = mention.token_end;
  out.entity = ToOwned(mention.entity);
  for (const EntityRef& alt : doc.alternatives(mention)) {
    out.alternatives.push_back(ToOwned(alt));
  }
  out.stage = std::string(mention.stage);
  return out;
}

OwnedClaim ToOwned(const Claim& claim) {
  OwnedClaim out;
  out.kind = claim.kind;
  out.source = claim.source;
  if (claim.source_entity) out.source_entity = ToOwned(*claim.source_entity);
  out.source_type = claim.source_type;
  out.cue = claim.cue;
  out.cue_lemma = std::string(claim.cue_lemma);
  out.content = claim.content;
  out.reported_by = claim.reported_by;
  out.confidence = claim.confidence;
  out.rule = std::string(claim.rule);
  out.about = claim.about;
  return out;
}

Document Document::Owning(std::string text) {
  Document doc;
  doc.ResetOwning(std::move(text));
  return doc;
}

Document::Document(Document&& other) noexcept { *this = std::move(other); }

Document& Document::operator=(Document&& other) noexcept {
  if (this == &other) return *this;
  owned_ = std::move(other.owned_);
  owning_ = other.owning_;
  text_ = other.text_;
  tokens_ = std::move(other.tokens_);
  sentences_ = std::move(other.sentences_);
  paragraphs_ = std::move(other.paragraphs_);
  mentions_ = std::move(other.mentions_);
  alternatives_ = std::move(other.alternatives_);
  claims_ = std::move(other.claims_);
  arena_ = std::move(other.arena_);
  kept_alive_ = std::move(other.kept_alive_);
  // A moved std::string may have moved its bytes (or, for short strings,
  // copied them): re-point the views at our own copy.
  RebindViews();
  return *this;
}

void Document::RebindViews() {
  if (owning_) text_ = owned_;
  tokens_.text_ = text_;
}

void Document::Reset(std::string_view text) {
  owning_ = false;
  owned_.clear();
  text_ = text;
  ClearLayers();
  RebindViews();
}

void Document::ClearLayers() {
  tokens_.Clear();
  sentences_.clear();
  paragraphs_.clear();
  ClearResults();
}

void Document::ClearResults() {
  mentions_.clear();
  alternatives_.clear();
  claims_.clear();
  // After the results that view them: the strings and owners go last.
  arena_.Clear();
  kept_alive_.clear();
}

void Document::ResetOwning(std::string text) {
  Reset({});
  owned_ = std::move(text);
  owning_ = true;
  RebindViews();
}

void Document::SortMentions() {
  std::stable_sort(mentions_.begin(), mentions_.end(),
                   [](const Mention& a, const Mention& b) {
                     if (a.span.begin != b.span.begin)
                       return a.span.begin < b.span.begin;
                     return a.span.end > b.span.end;
                   });
}

}  // namespace sayso
