// ClaimAttributor: rules over the token arrays. See docs/claims.md for the
// output definition and the rule ids; each rule below names its id.
//
// Passes (all linear in tokens):
//   1. whole document, compact: the sentence starts, the tokens covered by
//      mentions (a bit each), the quote marks listed and paired (quotes.cc:
//      a quote may close far from its opening);
//   2. block scan, per token: a filter bit test for the words that may
//      start a cue or be a listed word (one hash probe for those; the word
//      classes of other tokens are looked up when a rule first asks); the
//      cue, colon and possible-stop tokens listed; the covering mention and
//      quote written. It runs a few thousand tokens ahead of the rules
//      (ClassifyUpTo(), Need()), so the rules find a sentence's tokens and
//      scratch still in the L2 cache;
//   3. whether a possible stop stops a content (IsStopAt()) is decided when
//      a content reaches it, once per call;
//   4. per cue: bounded look-left (subject), look-right (content, inverted
//      subject) and fronted-content windows; headline colons; uncued quotes;
//   5. source resolution against a salience state fed by the mentions in
//      reading order.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "claims/cue_lexicon.h"
#include "claims/quotes.h"
#include "core/absl_compat.h"
#include "core/byte_mask.h"
#include "core/key_hash.h"
#include "core/lower_bound_cursor.h"
#include "core/stage_input.h"
#include "sayso/claims.h"
#include "sayso/document.h"
#include "sayso/normalize.h"

namespace sayso {

struct ClaimAttributor::Impl {
  ClaimOptions options;
  internal::CueLexicon lexicon;
  uint64_t h_that, h_and, h_but, h_or, h_without, h_quoted, h_cited, h_by, h_it,
      h_he, h_she, h_him, h_they, h_we, h_i, h_as, h_was, h_were, h_is, h_are,
      h_been, h_be, h_said, h_who, h_which, h_what, h_in, h_turn, h_to, h_of,
      h_about, h_against, h_for, h_s, h_the, h_not, h_nt, h_never, h_at,
      h_who_s;
  // (Hash compares where a rule tests a word: the key itself is two more
  // dependent reads, its bounds and its bytes.)
  uint64_t h_us, h_me, h_them, h_a, h_an;
  // Hashes of given names by gender (lib/claims/given_names.inc), sorted.
  std::vector<uint64_t> female_names, male_names;
  // KeyHash("..."), the key of "..." and of "…" (normalization folds it).
  uint64_t h_dots;
};

namespace internal {
namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;
constexpr uint32_t kMaxContentTokens = 1200;
constexpr uint32_t kMaxAbout = 256;

struct DescEntry {
  int32_t mention = -1;
  uint8_t n = 0;
  uint64_t words[6];
};
inline uint64_t DescBit(uint64_t key_hash) {
  return uint64_t{1} << (key_hash & 63);
}
inline uint64_t DescBits(const DescEntry& d) {
  uint64_t bits = 0;
  for (int x = 0; x < d.n; ++x) bits |= DescBit(d.words[x]);
  return bits;
}

// Per-thread scratch: vectors keep their capacity across documents, so
// steady-state processing does not allocate per token.
constexpr uint8_t kEllipsis = 1;  // "..." or "…"
constexpr uint8_t kAnd = 2;       // the word "and"
constexpr uint8_t kBut = 3;       // the word "but"
// "without", "quoted", "cited": after a comma they end a content.
constexpr uint8_t kCommaBreak = 4;
constexpr bool AndBut(uint8_t code) { return code == kAnd || code == kBut; }

// A punctuation code: the ASCII punctuation character, kEllipsis, kAnd,
// kBut, kCommaBreak or 0 (the word codes save IsStopAt() a look at the
// next token's key hash). An enum rather than uint8_t: stores of a character
// type may alias anything, which made the compiler reload every pointer of the
// classification loop after each store.
enum class PunctCode : uint8_t {};
constexpr PunctCode ToCode(uint8_t c) { return static_cast<PunctCode>(c); }

// The per-token arrays pc and cue are kept clean between calls (every
// element at its default: 0, -1): a call sets only the
// elements it needs and resets them from its own lists at the end, so no
// call fills or clears a whole array (a text of 200,000 tokens has some
// 12,000 cue candidates). cls needs no reset: its elements carry the number
// of the call that looked them up (Run::Cls()). Each array is at least
// n + kTokenPad long: the pad elements stand for reads just past the last
// token. (mention and quote need neither: an element is read only where a
// bit of this call says the call wrote it, Run::MentionAt(), QuoteAt().)
constexpr uint32_t kTokenPad = 16;

// The block scan (Run::ClassifyUpTo()) runs ahead of the sentence rules by
// kScanLead to kScanLead + kScanStep tokens, so the rules find the tokens
// of their windows, and the scratch the scan wrote for them, still in the
// L2 cache (a document of 200,000 tokens has ~9 MB of both). How far ahead
// it runs changes no result (Run::Need()).
constexpr uint32_t kScanLead = 512;
constexpr uint32_t kScanStep = 2048;

struct Scratch {
  std::vector<PunctCode> pc;  // punctuation code (',' ';' ...) or 0
  // Word classes (wc::k... below 1 << 16) in the low 16 bits, looked up on
  // first use (Run::Cls()), as most tokens are never asked about; valid when
  // the high 16 bits are this call's `epoch`.
  std::vector<uint32_t> cls;
  uint32_t epoch = 0;        // 1..0xFFFF; 0 never valid (fresh elements)
  std::vector<int16_t> cue;  // cue form starting at the token, or -1
  // The top-level quote covering the token (index into quotes), valid where
  // its bit in in_quote is set (Run::QuoteAt()).
  std::vector<int32_t> quote;
  std::vector<uint64_t> in_quote;      // a bit per token
  std::vector<uint32_t> comma_breaks;  // tokens with pc kCommaBreak
  // A call is under way (or ended without its reset): the next call resets
  // the whole arrays first.
  bool dirty = false;
  std::vector<uint8_t> role;
  std::vector<uint32_t> sent;
  std::vector<int32_t> mention;
  // Per stop candidate (stop_merged): the first candidate at or after it
  // that stops a clause content / an object phrase (IsStopAt), or -1 while
  // not known yet (Run::NextStop()).
  // Clean between calls (all -1, at least one per candidate) like pc: the
  // ranges NextStop() wrote, [b, e) of one of them, are reset at the end.
  std::vector<int32_t> next_clause_stop, next_np_stop;
  struct MemoRange {
    uint32_t b, e;
    bool np;
  };
  std::vector<MemoRange> stop_memo_ranges;
  // Sentence starts after token 0, and the stop candidates: those and the
  // tokens with a punctuation code (ClassifyUpTo()), in order.
  std::vector<uint32_t> sentence_starts, stop_merged;
  // Per mention, its first byte (span.begin): binary searches and the
  // salience cursor read these 4 bytes instead of an 80-byte Mention each.
  std::vector<uint32_t> mention_begin;
  // A bit per token: some mention covers it (Covered(t)).
  std::vector<uint64_t> covered;
  // When the mentions come in token order: the tokens each one covers first
  // (it is their `mention`), as runs in token order, which the scan's steps
  // write into `mention` (Run::FillCovers()).
  struct CoverRun {
    uint32_t b, e;
    int32_t m;
  };
  std::vector<CoverRun> cover_runs;
  // The PER and ORG mentions with a canonical name, in order: (index,
  // token_begin), for the descriptor memory (Run::IngestMentionsBefore()).
  std::vector<std::pair<uint32_t, uint32_t>> desc_mentions;
  std::vector<uint32_t> cues, colons;  // cue and ':' tokens, in order
  std::vector<uint32_t> marks;         // quote-mark tokens, in order
  std::vector<MarkInfo> mark_info;     // DescribeMark() of each
  std::vector<uint32_t> who_which;     // "who" / "which" tokens, in order
  // Capitalized words (not all caps) spelled like a headline verb
  // (wc::kHeadlineVerbWord), in order: HeadlineVerb() emits only on a line
  // that holds one after its first token.
  std::vector<uint32_t> headline_verbs;
  std::vector<QuotePair> quotes;
  std::vector<TextUnit> sentences, paragraphs;
  // Per mention, for definite descriptions: 0 (not looked at yet) or
  // kKnown | kIsOrg (an ORG with a canonical name) | the word bits of its
  // canonical name (see Run::OrgWords()).
  std::vector<uint64_t> org_words;
  std::vector<uint32_t> org_mentions;  // ORG mentions with a canonical name
  std::vector<int8_t> gender;          // per mention: Run::GenderOf(), or -1
  // org_words and gender are clean between calls (0, -1; at least one per
  // mention) like pc: the mentions whose element a call set are reset.
  std::vector<uint32_t> org_words_set, gender_set;
  // SortClaims(): (sort key, index) pairs.
  std::vector<std::pair<uint64_t, uint32_t>> claim_order;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// (A byte loop: the suffixes are 1-3 bytes, too short for a memcmp call.)
bool EndsWith(std::string_view s, std::string_view suf) {
  if (s.size() < suf.size()) return false;
  const char* tail = s.data() + (s.size() - suf.size());
  for (size_t k = 0; k < suf.size(); ++k) {
    if (tail[k] != suf[k]) return false;
  }
  return true;
}

struct TokRange {
  uint32_t b = 0, e = 0;  // [b, e)
  bool empty() const { return e <= b; }
};

enum class Stop : uint8_t {
  kStart,
  kComma,
  kClose,
  kAnd,
  kRelative,
  kClause,
  kPrep,
  kOther,
  kFull
};

struct ContentPick {
  TokRange r;
  bool that = false;    // after "that"
  bool quote = false;   // a quote right after the cue (":", "," or none)
  bool clause = false;  // clause (vs object phrase)
};

class Run {
 public:
  Run(const ClaimAttributor::Impl& impl, Document& doc, Scratch& s)
      : impl_(impl),
        opt_(impl.options),
        lex_(impl.lexicon),
        doc_(doc),
        tk_(doc.tokens()),
        n_(static_cast<uint32_t>(doc.tokens().size())),
        s_(s),
        mentions_(doc.mentions()) {}

  void Go();

 private:
  // ---- token predicates
  bool Word(uint32_t i) const {
    const TokenKind k = tk_.kind(i);
    return k == TokenKind::kWord || k == TokenKind::kNumber;
  }
  bool Is(uint32_t i, uint64_t h) const {
    return i < n_ && tk_.key_hash(i) == h;
  }
  // Punctuation code per token, computed once (see ClassifyUpTo(); read through
  // Code()).
  bool Punct(uint32_t i, char c) const {
    return i < n_ && Code(i) == ToCode(static_cast<uint8_t>(c));
  }
  bool Comma(uint32_t i) const { return Punct(i, ','); }
  bool Terminal(uint32_t i) const {
    if (i >= n_) return false;
    const uint8_t c = static_cast<uint8_t>(Code(i));
    return c == '.' || c == '!' || c == '?' || c == kEllipsis || c == ';';
  }
  bool PunctOrDash(uint32_t i) const {
    const TokenKind k = tk_.kind(i);
    return k == TokenKind::kPunct || k == TokenKind::kDash;
  }
  bool Cap(uint32_t i) const {
    return tk_.has(i, token_flags::kCapitalized | token_flags::kAllCaps) &&
           tk_.has(i, token_flags::kHasLetter);
  }
  bool Lower(uint32_t i) const { return tk_.has(i, token_flags::kLowercase); }
  bool Clitic(uint32_t i) const { return tk_.has(i, token_flags::kClitic); }
  uint16_t Cls(uint32_t i) const {
    const uint32_t c = s_.cls[i];
    return ABSL_PREDICT_TRUE((c & 0xFFFF0000u) == epoch_)
               ? static_cast<uint16_t>(c)
               : LookUpCls(i);
  }
  ABSL_ATTRIBUTE_NOINLINE uint16_t LookUpCls(uint32_t i) const;
  bool Has(uint32_t i, uint32_t c) const { return (Cls(i) & c) != 0; }
  bool IsCue(uint32_t i) const {
    Need(i);
    return s_.cue[i] >= 0;
  }
  const CueForm& FormAt(uint32_t i) const {
    Need(i);
    return lex_.form(s_.cue[i]);
  }
  const CueLemma& LemmaAt(uint32_t i) const {
    return lex_.lemma(FormAt(i).lemma);
  }
  bool OpenQ(uint32_t i) const { return i < n_ && s_.role[i] == kOpenMark; }
  bool CloseQ(uint32_t i) const { return i < n_ && s_.role[i] == kCloseMark; }
  bool AnyQuoteMark(uint32_t i) const {
    const TokenKind k = tk_.kind(i);
    return k == TokenKind::kOpenQuote || k == TokenKind::kCloseQuote ||
           k == TokenKind::kAmbiguousQuote;
  }
  bool HasQuoteMark(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t < e; ++t) {
      if (s_.role[t] == kOpenMark || s_.role[t] == kCloseMark) return true;
    }
    return false;
  }
  // True if a "who" or "which" token lies in [b, e).
  bool WhoWhichIn(uint32_t b, uint32_t e) const {
    if (e > 0) Need(e - 1);
    const size_t k = who_which_cursor_.Find(s_.who_which, b);
    return k < s_.who_which.size() && s_.who_which[k] < e;
  }
  bool NewlineBefore(uint32_t i) const {
    return i < n_ && tk_.has(i, token_flags::kNewlineBefore);
  }
  // The sentence of token i (< n_). Rules look mostly inside one sentence:
  // the last answer's token range is checked first.
  uint32_t SentOf(uint32_t i) const {
    if (ABSL_PREDICT_TRUE(i - sent_hint_b_ < sent_hint_e_ - sent_hint_b_)) {
      return sent_hint_;
    }
    return FindSent(i);
  }
  uint32_t SentBegin(uint32_t i) const {
    return sents()[SentOf(i)].token_begin;
  }
  uint32_t SentEnd(uint32_t i) const { return sents()[SentOf(i)].token_end; }
  ABSL_ATTRIBUTE_NOINLINE uint32_t FindSent(uint32_t i) const;
  bool LyAdverb(uint32_t i) const {
    if (!Lower(i) || IsCue(i)) return false;
    const std::string_view k = tk_.key(i);
    const size_t n = k.size();
    return n > 4 && k[n - 1] == 'y' && k[n - 2] == 'l' && k[n - 3] != 'p' &&
           !(n == 5 && k == "italy") && !(n == 6 && k == "family");
  }
  bool PastLike(uint32_t i) const {
    return Lower(i) && !IsCue(i) && EndsWith(tk_.key(i), "ed") &&
           tk_.key(i).size() > 4;
  }

  // Short quote: at most 4 words and no sentence punctuation: a scare quote
  // or a name in quotes, never a claim on its own.
  bool ShortQuote(const QuotePair& q) const {
    if (q.close <= q.open + 1) return true;
    if (q.close - q.open > 16) return false;
    uint32_t words = 0;
    for (uint32_t t = q.open + 1; t < q.close; ++t) {
      if (Word(t)) ++words;
      if (tk_.kind(t) == TokenKind::kPunct && !Punct(t, '-') &&
          !Punct(t, '\'') && !Punct(t, '&')) {
        return false;
      }
      if (words > 4) return false;
    }
    return true;
  }
  bool NameQuote(const QuotePair& q) const {
    if (q.close - q.open > 16 || !ShortQuote(q)) return false;
    for (uint32_t t = q.open + 1; t < q.close; ++t) {
      if (Word(t) && Lower(t) && !Has(t, wc::kNpPrep | wc::kDet)) return false;
    }
    return q.close > q.open + 1;
  }

  // ---- passes
  void PrepareUnits();
  void BeginClassify();
  // The block scan from front_ on, until front_ >= end (or every token is
  // done). (const: the rules' accessors call it through Need(); it writes
  // only the scratch and the scan's position and cursors.)
  void ClassifyUpTo(uint32_t end) const;
  void PrefetchMentions(uint32_t end) const;
  void FillCovers(uint32_t b, uint32_t e) const;
  // Tokens [0, front_) are classified: their punctuation code and cue form
  // and the lists up to them are final. Rules ask for a token's through
  // Need(), which runs the scan further when it has not got there yet, so
  // the results do not depend on how far ahead of the rules it runs.
  void Need(uint32_t i) const {
    if (ABSL_PREDICT_FALSE(i >= front_)) ClassifyUpTo(i + 1);
  }
  PunctCode Code(uint32_t i) const {
    Need(i);
    return s_.pc[i];
  }
  // Set the token's codes; true if it is a stop candidate.
  bool ClassifyPunct(uint32_t i) const;
  bool ClassifyScanWord(uint32_t i, uint64_t h) const;
  void ResetScratch();
  // The cue forms that start at word i (e.first_form >= 0): out of line,
  // as the words "and", "but", "who" ... need none of its registers.
  ABSL_ATTRIBUTE_NOINLINE void ClassifyCueStart(
      uint32_t i, const CueLexicon::Entry& e) const;
  void PrepareQuotes();
  void PrepareStops() const;
  bool IsStopAt(uint32_t i, bool np) const;
  bool StopCandidateIsStop(size_t k, bool np) const;
  size_t NextStop(size_t k0, bool np) const;
  bool NewSubjectAndCueAfter(uint32_t i) const;
  bool PlausibleCue(uint32_t i, const CueForm& form) const;
  bool NounCompoundHead(uint32_t i, VerbForm form) const;

  // ---- windows
  uint32_t SkipAuxLeft(uint32_t e, uint32_t lo) const;
  TokRange NpLeft(uint32_t e, uint32_t lo, Stop* why, bool prep_stops) const;
  TokRange Subject(uint32_t e, uint32_t lo, Stop* why, bool ing = false) const;
  TokRange NpRight(uint32_t b, uint32_t hi, bool stop_at_and,
                   bool allow_preps) const;
  TokRange FirstNp(uint32_t b, uint32_t hi) const;
  uint32_t FrontStart(uint32_t b) const;
  uint32_t SkipDateline(uint32_t sb) const;
  ContentPick RightContent(uint32_t after, uint16_t frames, uint32_t lo_sent,
                           bool addressee) const;
  uint32_t ContentEnd(uint32_t cb, bool np) const;
  uint32_t SkipAdverbialsRight(uint32_t p, uint32_t hi, bool* found_that) const;
  bool ZeroClauseOk(uint32_t p, uint32_t end) const;
  bool BareNounClause(uint32_t p, uint32_t end) const;
  // "Those surveyed", "residents interviewed": a participle of asking after
  // a group, as a subject (`p` the participle, `lo` the sentence start).
  bool ReducedRelative(uint32_t p, uint32_t lo) const {
    const std::string_view k = tk_.key(p);
    if (!(k == "surveyed" || k == "polled" || k == "interviewed" ||
          k == "questioned" || k == "asked" || k == "contacted" ||
          k == "consulted")) {
      return false;
    }
    if (p <= lo || !Word(p - 1) || IsCue(p - 1)) return false;
    const uint32_t n = p - 1;  // the noun before the participle
    const bool noun =
        Lower(n) && !Has(n, wc::kVerbish | wc::kAux | wc::kClause | wc::kPrep);
    return tk_.key(n) == "those" || Cap(n) ||
           (noun && EndsWith(tk_.key(n), "s")) ||
           (noun && n > lo && Has(n - 1, wc::kDet));  // "the people polled"
  }
  bool TrimRange(TokRange& r) const;
  // A fronted phrase that is an adverbial, not a reported clause: it opens
  // with a preposition, a time word, a capitalized participle or -ly adverb
  // ("During ...", "Later on ...", "Fueled by ...") or a determiner before a
  // time word ("The next month"), has no quote mark, and no word that could
  // be its verb (a modal or copula, a lower-case -ed form or cue, a -s verb
  // after a noun).
  bool AdverbialOnly(TokRange r) const;
  // A word shaped like a present-tense verb after a noun ("hurts",
  // "makes"): over 3 letters, a final -s but not -ss, and no determiner,
  // preposition or clause word.
  bool VerbSShape(uint32_t t) const {
    const std::string_view k = tk_.key(t);
    return k.size() > 3 && k.back() == 's' && k[k.size() - 2] != 's' &&
           !Has(t, wc::kDet | wc::kPrep | wc::kNpPrep | wc::kClause);
  }

  // ---- rules
  void VerbCue(uint32_t c);
  void AccordingTo(uint32_t c);
  void AsSaying(uint32_t c);
  void Citing(uint32_t c);
  // The ':' tokens of the sentence [sb, se), from s_.colons[first_colon].
  void HeadlineColons(uint32_t sb, uint32_t se, size_t first_colon);
  // A title-case headline line [sb, se) with a capitalized reporting verb.
  void HeadlineVerb(uint32_t sb, uint32_t se);
  void UncuedQuotes();
  bool ContinuesQuote(const Claim& o, const QuotePair& next) const;
  void FillAbout(Claim& c) const;
  void NestedPass(size_t first_claim);
  void SortClaims();

  // ---- output
  // An empty source or reported_by is none. (Not a std::optional: g++ tests
  // a disengaged one's range before its flag, a branch on uninitialised
  // bytes that memcheck reports.)
  bool Emit(TokRange content, TokRange source, TokRange cue, uint16_t lemma,
            std::string_view lemma_text, std::string_view rule,
            float confidence, TokRange reported_by = {}, TokRange exclude = {});
  void Resolve(TokRange src, Claim& claim);
  static constexpr uint64_t kKnown = uint64_t{1} << 63;
  static constexpr uint64_t kIsOrg = uint64_t{1} << 62;
  static constexpr uint32_t kMaxFilteredWords = 16;
  static uint64_t WordBit(std::string_view word);
  uint64_t OrgWords(size_t m);
  void IngestMentionsBefore(uint32_t byte);
  int32_t LastPerMention(uint32_t byte, int gender = 0) const;
  int GenderOf(int32_t m) const;
  int ComputeGenderOf(int32_t m) const;
  int32_t LastClaimInClause(uint32_t lo, uint32_t c) const;
  // s_.mention[t]: -1 without a read of the array when no mention range
  // covers t (most tokens: the array is 4 bytes a token, and its line is
  // rarely in cache in a rule's window or at a sentence start; s_.covered
  // is a bit a token).
  int32_t MentionAt(uint32_t t) const {
    if (!Covered(t)) return -1;
    Need(t);  // (written by the scan's steps: FillCovers())
    return s_.mention[t];
  }
  // Inside a top-level quote (t <= n_ + 64).
  bool InQuote(uint32_t t) const {
    return (s_.in_quote[t >> 6] >> (t & 63)) & 1;
  }
  // s_.quote[t], or -1 outside the top-level quotes.
  int32_t QuoteAt(uint32_t t) const {
    if (!InQuote(t)) return -1;
    Need(t);  // (written by the scan's steps: FillCovers())
    return s_.quote[t];
  }
  // Some mention covers token t (t <= n_ + 64).
  bool Covered(uint32_t t) const {
    return (s_.covered[t >> 6] >> (t & 63)) & 1;
  }
  bool PlaceLabelClaim(uint32_t b, uint32_t t, TokRange content) const;

  const ClaimAttributor::Impl& impl_;
  const ClaimOptions& opt_;
  const CueLexicon& lex_;
  Document& doc_;
  const Tokens& tk_;
  const uint32_t n_;
  Scratch& s_;
  const std::vector<Mention>& mentions_;
  uint32_t epoch_ = 0;  // s_.epoch << 16: the stamp of this call's classes
  // The block scan's position (a multiple of 64, or kNone once every token
  // is done) and its cursor into s_.sentence_starts.
  mutable uint32_t front_ = 0;
  mutable size_t next_start_ = 0;
  // PrefetchMentions(): the mentions whose records, and whose ORG names,
  // are prefetched.
  mutable size_t prefetched_mentions_ = 0, canon_prefetched_ = 0;
  // FillCovers(): the next mention run and top-level quote to write.
  mutable size_t cover_run_ = 0, quote_fill_ = 0;
  std::vector<Claim>* claims_ = nullptr;
  size_t first_claim_ = 0;
  // Claims made in the current sentence (indices into *claims_) and their
  // cue token (for "and said", ", noting").
  std::vector<std::pair<uint32_t, size_t>> recent_;
  std::vector<uint32_t> cue_tok_;  // cue token of each claim, in emit order
  std::vector<TokRange> src_tok_;  // source tokens of each claim, same order
  // cue_tok_ and src_tok_ belong to the claims one to one (in emit order,
  // then in the order SortClaims() makes) until NestedPass() ends.
  bool toks_parallel_ = true;
  // SortClaims(): the claims before it are in order (keys are the content
  // start and the cue start, which no pass changes after the sentence loop).
  size_t sorted_end_ = 0;
  // The token whose span starts the span [begin, ...) of a claim's cue or
  // source, given the token `guess` it was made from: Tokens::
  // FirstEndingAfter(begin), without its binary search over the token ends
  // when the guess is right (it is, unless a token is empty).
  uint32_t TokenAt(uint32_t begin, uint32_t guess) const {
    if (guess < n_ && tk_.end(guess) > begin &&
        (guess == 0 || tk_.end(guess - 1) <= begin)) {
      return guess;
    }
    return static_cast<uint32_t>(tk_.FirstEndingAfter(begin));
  }
  // Salience state.
  size_t ingested_ = 0;
  size_t desc_pos_ = 0;  // next entry of s_.desc_mentions to ingest
  // Searches from the last answer: s_.who_which, s_.stop_merged, s_.marks,
  // s_.mention_begin.
  mutable LowerBoundCursor who_which_cursor_, stop_cursor_, mark_cursor_,
      about_cursor_;
  DescEntry desc_[64];
  // Per entry of desc_: the DescBit()s of its words (a filter: an entry that
  // lacks a word's bit lacks the word).
  uint64_t desc_bits_[64] = {};
  uint32_t desc_count_ = 0;
  int32_t topic_per_ = -1;  // mention index
  uint32_t topic_sent_ = 0;
  // The last non-person source entity (it points into mentions_).
  const EntityRef* last_nonper_ = nullptr;
  // The entity Resolve() copied into the claim (into mentions_), or null.
  const EntityRef* resolved_ = nullptr;
  uint32_t cur_sent_ = 0;
  // Sentences sorted by first token: SentOf() searches them (else it reads
  // s_.sent, filled per token). The last answer and its token range
  // [b, e) (empty while none, or when the sentences are not sorted).
  bool sents_sorted_ = true;
  // The sentences (the Document's, or s_.sentences made to cover every
  // token) and paragraphs (the Document's, or one for the whole text).
  const std::vector<TextUnit>* sents_ = nullptr;
  const std::vector<TextUnit>* paras_ = nullptr;
  const std::vector<TextUnit>& sents() const { return *sents_; }
  mutable uint32_t sent_hint_ = 0, sent_hint_b_ = 0, sent_hint_e_ = 0;
};

// ---------------------------------------------------------------- passes

void Run::PrepareUnits() {
  const auto& sents = doc_.sentences();
  const auto& paras = doc_.paragraphs();
  if (paras.empty()) {
    s_.paragraphs.assign(1, TextUnit{{0, 0}, 0, n_});
    paras_ = &s_.paragraphs;
  } else {
    paras_ = &paras;
  }
  const std::vector<TextUnit>& src = sents.empty() ? *paras_ : sents;
  const uint32_t n_sents = static_cast<uint32_t>(src.size());
  // The sentence of a token: the last one that starts at or before it
  // (sentence 0 for tokens before the first; a defensive rule: sentences
  // should cover all tokens). Sorted sentences (the usual case) are
  // searched on demand (SentOf()); otherwise the index is filled per token,
  // range by range (the next sentence's first token is where the index
  // changes). The sentence starts after token 0 are listed for
  // ClassifyUpTo() (stop candidates). Sentences that already start at token
  // 0, end where the next starts and the last at n_ (the tokenizer's) are used
  // in place; others are copied and made so.
  s_.sentence_starts.clear();
  sents_sorted_ = true;
  bool in_place = src[0].token_begin == 0 && src.back().token_end == n_;
  // One walk: whether the sentences are sorted and contiguous, and the
  // starts the fill below would list if they are sorted: each first token
  // in (0, n_) of a sentence that is the last to start there.
  for (uint32_t k = 1; k < n_sents; ++k) {
    const uint32_t b = src[k].token_begin;
    if (b < src[k - 1].token_begin) sents_sorted_ = false;
    if (src[k - 1].token_end != b) in_place = false;
    if (b > 0 && b < n_ && (k + 1 == n_sents || src[k + 1].token_begin > b)) {
      s_.sentence_starts.push_back(b);
    }
  }
  if (!sents_sorted_) {
    s_.sentence_starts.clear();
    s_.sent.resize(n_);
    uint32_t si = 0;
    for (uint32_t i = 0; i < n_;) {
      while (si + 1 < n_sents && src[si + 1].token_begin <= i) ++si;
      if (i > 0 && src[si].token_begin == i) s_.sentence_starts.push_back(i);
      const uint32_t next =
          si + 1 < n_sents ? std::min(src[si + 1].token_begin, n_) : n_;
      std::fill(s_.sent.begin() + i, s_.sent.begin() + next, si);
      i = next;
    }
  }
  if (in_place) {
    sents_ = &src;
    return;
  }
  // Tokens before the first sentence: make sentence 0 start at 0.
  s_.sentences.assign(src.begin(), src.end());
  s_.sentences[0].token_begin = 0;
  s_.sentences.back().token_end = n_;
  for (size_t k = 0; k + 1 < s_.sentences.size(); ++k) {
    s_.sentences[k].token_end = s_.sentences[k + 1].token_begin;
  }
  sents_ = &s_.sentences;
}

uint32_t Run::FindSent(uint32_t i) const {
  if (!sents_sorted_) return s_.sent[i];
  // The last sentence starting at or before i (sentence 0 starts at 0 now):
  // a few steps forward from the last answer (the classification and the
  // stop walks go forward), else a binary search.
  const std::vector<TextUnit>& ss = sents();
  const uint32_t n_sents = static_cast<uint32_t>(ss.size());
  uint32_t k = sent_hint_;
  if (sent_hint_e_ <= sent_hint_b_) {
    k = n_sents;
  } else if (i >= sent_hint_e_) {
    const uint32_t stop = std::min(n_sents, k + 16);
    while (k + 1 < stop && ss[k + 1].token_begin <= i) ++k;
    if (ss[k].token_end <= i) k = n_sents;  // not found
  } else {                                  // i < sent_hint_b_
    const uint32_t stop = k > 4 ? k - 4 : 0;
    while (k > stop && ss[k].token_begin > i) --k;
    if (ss[k].token_begin > i || ss[k].token_end <= i) k = n_sents;
  }
  if (k == n_sents) {
    const auto it = std::upper_bound(
        ss.begin(), ss.end(), i,
        [](uint32_t v, const TextUnit& u) { return v < u.token_begin; });
    k = static_cast<uint32_t>(it - ss.begin()) - 1;
  }
  sent_hint_ = k;
  sent_hint_b_ = sents()[k].token_begin;
  sent_hint_e_ = sents()[k].token_end;
  return k;
}

void Run::BeginClassify() {
  const size_t padded = size_t{n_} + kTokenPad;
  if (s_.dirty) {
    // The last call did not reset its elements: reset everything.
    std::fill(s_.cue.begin(), s_.cue.end(), int16_t{-1});
    std::fill(s_.pc.begin(), s_.pc.end(), ToCode(0));
    std::fill(s_.role.begin(), s_.role.end(), kNotQuote);
    std::fill(s_.next_clause_stop.begin(), s_.next_clause_stop.end(), -1);
    std::fill(s_.next_np_stop.begin(), s_.next_np_stop.end(), -1);
    std::fill(s_.org_words.begin(), s_.org_words.end(), 0);
    std::fill(s_.gender.begin(), s_.gender.end(), -1);
  }
  s_.org_words_set.clear();
  s_.gender_set.clear();
  s_.stop_memo_ranges.clear();
  s_.dirty = true;
  if (s_.cls.size() < padded) s_.cls.resize(padded, 0);
  // A new epoch makes every class looked up by earlier calls stale; when the
  // 16-bit count wraps, the stamps are cleared.
  if (++s_.epoch > 0xFFFF) {
    std::fill(s_.cls.begin(), s_.cls.end(), 0u);
    s_.epoch = 1;
  }
  epoch_ = s_.epoch << 16;
  if (s_.cue.size() < padded) s_.cue.resize(padded, int16_t{-1});
  if (s_.pc.size() < padded) s_.pc.resize(padded, ToCode(0));
  if (s_.mention.size() < padded) s_.mention.resize(padded, -1);
  // Past the last token: no classes.
  std::fill(s_.cls.begin() + n_, s_.cls.begin() + padded, epoch_);
  s_.comma_breaks.clear();
  s_.cues.clear();
  s_.colons.clear();
  s_.who_which.clear();
  s_.headline_verbs.clear();
  s_.marks.clear();
  s_.mark_info.clear();
  s_.stop_merged.clear();
  // One walk over the mentions (80 bytes each): their tokens and covered
  // bits, and the PER and ORG mentions with a canonical name.
  s_.org_mentions.clear();
  s_.desc_mentions.clear();
  s_.mention_begin.resize(mentions_.size());
  s_.covered.assign(n_ / 64 + 2, 0);
  uint64_t* const covered = s_.covered.data();
  s_.cover_runs.clear();
  cover_run_ = 0;
  // Mentions in token order (the Gazetteer's and NameFinder's are): the
  // tokens a mention covers first are those past the ends of all before it,
  // one run, written later by the scan's steps next to the rules that read
  // them. Otherwise the elements are written here.
  bool in_order = true;
  uint32_t last_begin = 0, covered_end = 0;
  for (size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& men = mentions_[m];
    s_.mention_begin[m] = men.span.begin;
    if (!men.entity.canonical.empty() &&
        (men.entity.type == EntityType::kOrg ||
         men.entity.type == EntityType::kPer)) {
      if (men.entity.type == EntityType::kOrg) {
        s_.org_mentions.push_back(static_cast<uint32_t>(m));
      }
      s_.desc_mentions.push_back({static_cast<uint32_t>(m), men.token_begin});
    }
    const uint32_t end = std::min(men.token_end, n_);
    if (men.token_begin >= end) continue;
    if (in_order && men.token_begin < last_begin) {
      for (const Scratch::CoverRun& r : s_.cover_runs) {
        std::fill(s_.mention.begin() + r.b, s_.mention.begin() + r.e, r.m);
      }
      s_.cover_runs.clear();
      in_order = false;
    }
    last_begin = men.token_begin;
    if (in_order) {
      const uint32_t first = std::max(men.token_begin, covered_end);
      if (first < end) {
        s_.cover_runs.push_back({first, end, static_cast<int32_t>(m)});
      }
      covered_end = std::max(covered_end, end);
      for (uint32_t t = men.token_begin; t < end; ++t) {
        covered[t >> 6] |= uint64_t{1} << (t & 63);
      }
      continue;
    }
    // (The first mention over a token wins; its covered bit says whether
    // one came before, without a read of the 4-byte element.)
    for (uint32_t t = men.token_begin; t < end; ++t) {
      const uint64_t bit = uint64_t{1} << (t & 63);
      if ((covered[t >> 6] & bit) == 0) s_.mention[t] = static_cast<int32_t>(m);
      covered[t >> 6] |= bit;
    }
  }
  // The quote marks, for PairQuotes() (global: a quote may close far from
  // its opening): one pass over the kinds, a byte a token. Each mark's text
  // and spacing are read here (DescribeMark()), where the reads of the marks
  // overlap: PairQuotes() branches on each before it reads the next.
  const Tokens& tk = tk_;
  const uint32_t n = n_;  // (a local: the stores below may alias n_)
  alignas(16) uint8_t mark[64];
  for (uint32_t b0 = 0; b0 < n; b0 += 64) {
    const uint32_t len = std::min<uint32_t>(n - b0, 64);
    const size_t base = b0;  // (size_t indices: the loop vectorizes)
    const auto fill = [&](size_t count) {
      for (size_t j = 0; j < count; ++j) {
        // kOpenQuote, kCloseQuote, kAmbiguousQuote
        mark[j] = static_cast<uint8_t>(
                      static_cast<uint8_t>(tk.kind(base + j)) -
                      static_cast<uint8_t>(TokenKind::kOpenQuote)) <= 2
                      ? 0xFF
                      : 0;
      }
    };
    if (len == 64) {
      fill(64);  // a constant count: the loop vectorizes
    } else {
      std::memset(mark, 0, 64);
      fill(len);
    }
    for (uint64_t m = LowBitMask64(mark); m != 0; m &= m - 1) {
      const uint32_t i = b0 + static_cast<uint32_t>(__builtin_ctzll(m));
      s_.marks.push_back(i);
      s_.mark_info.push_back(DescribeMark(tk, i));
    }
  }
  front_ = 0;
  next_start_ = 0;
}

// Blocks of 64 tokens, two passes each. The first makes bit masks of the
// block's punctuation tokens and words that may start a cue or be a listed
// word (a filter bit test), with no branch per token. (Most words are none
// of these: their classes wait until a rule asks, Cls().) The second walks
// the masks' bits while the block's token data is still in L1 cache:
// punctuation codes first, then a look-up for the listed words, in token
// order. (PlausibleCue() reads the classes and codes of earlier tokens only:
// the block's punctuation codes are set before its words are looked at.)
// The stop candidates (punctuation with a code, "and", "but", sentence
// starts) are listed last, in token order.
void Run::ClassifyUpTo(uint32_t end) const {
  const Tokens& tk = tk_;
  const CueLexicon& lex = lex_;
  const uint32_t n = n_;  // (a local: the stores below may alias n_)
  const uint32_t stop = std::min(end, n);
  uint32_t b0 = front_;
  const uint32_t first = b0;
  if (first < stop) {
    FillCovers(first, std::min(n, first + (stop - first + 63) / 64 * 64));
  }
  // (While the scan runs, Need() never calls it again: the scan reads codes
  // and cue forms of earlier tokens only, and would find later ones at
  // their defaults, as when every token was scanned before the rules ran.)
  front_ = kNone;
  alignas(16) uint8_t word[64], punct[64];
  const std::vector<uint32_t>& starts = s_.sentence_starts;  // in order
  size_t next_start = next_start_;
  for (; b0 < stop; b0 += 64) {
    const uint32_t len = std::min<uint32_t>(n - b0, 64);
    // (size_t indices: the compiler vectorizes these loops.)
    const size_t base = b0;
    // Byte flags of the block's first `count` tokens (0xFF or 0), and the
    // scan-filter bits.
    uint64_t scan_mask = 0;
    const auto fill = [&](size_t count) {
      for (size_t j = 0; j < count; ++j) {
        const uint8_t kind = static_cast<uint8_t>(tk.kind(base + j));
        word[j] = kind == static_cast<uint8_t>(TokenKind::kWord) ? 0xFF : 0;
        punct[j] = kind == static_cast<uint8_t>(TokenKind::kPunct) ? 0xFF : 0;
      }
      // (The hash is tested for every token: no branch on the kind. Into a
      // register: byte stores and a LowBitMask64() cost more.)
      for (size_t j = 0; j < count; ++j) {
        scan_mask |= uint64_t{lex.MayStartScanWord(tk.key_hash(base + j))} << j;
      }
    };
    if (len == 64) {
      fill(64);  // a constant count: the loops vectorize
    } else {
      for (uint8_t* a : {word, punct}) std::memset(a, 0, 64);
      fill(len);
    }
    uint64_t stops = 0;
    for (uint64_t m = LowBitMask64(punct); m != 0; m &= m - 1) {
      if (ClassifyPunct(b0 + static_cast<uint32_t>(__builtin_ctzll(m)))) {
        stops |= m & (~m + 1);
      }
    }
    for (uint64_t m = scan_mask & LowBitMask64(word); m != 0; m &= m - 1) {
      const uint32_t i = b0 + static_cast<uint32_t>(__builtin_ctzll(m));
      if (ClassifyScanWord(i, tk.key_hash(i))) stops |= m & (~m + 1);
    }
    // The stop candidates: these and the sentence starts after token 0.
    for (; next_start < starts.size() && starts[next_start] - b0 < 64;
         ++next_start) {
      stops |= uint64_t{1} << (starts[next_start] - b0);
    }
    for (; stops != 0; stops &= stops - 1) {
      s_.stop_merged.push_back(b0 +
                               static_cast<uint32_t>(__builtin_ctzll(stops)));
    }
  }
  next_start_ = next_start;
  front_ = b0 >= n ? kNone : b0;
  PrepareStops();
  if (b0 > first) PrefetchMentions(std::min(b0, n));
}

// The rules behind the scan read the records of the mentions near their
// sentence (Emit(), Resolve(), FillAbout(), the descriptor memory), last
// touched by BeginClassify()'s walk: the records of those that begin before
// token `end` are prefetched, and the canonical names of the ORG ones among
// those prefetched the time before (their records are in cache by then;
// OrgWords() hashes the names). A prefetch changes no result.
void Run::PrefetchMentions(uint32_t end) const {
  for (size_t k = canon_prefetched_; k < prefetched_mentions_; ++k) {
    const EntityRef& e = mentions_[k].entity;
    if (e.type == EntityType::kOrg) __builtin_prefetch(e.canonical.data());
  }
  canon_prefetched_ = prefetched_mentions_;
  const uint32_t byte_end = end < n_ ? tk_.begin(end) : kNone;
  const std::vector<uint32_t>& begins = s_.mention_begin;
  size_t m = prefetched_mentions_;
  for (; m < begins.size() && begins[m] < byte_end; ++m) {
    const char* rec = reinterpret_cast<const char*>(&mentions_[m]);
    __builtin_prefetch(rec);
    __builtin_prefetch(rec + sizeof(Mention) - 1);
  }
  prefetched_mentions_ = m;
}

bool Run::ClassifyScanWord(uint32_t i, uint64_t h) const {
  const CueLexicon::Entry e = lex_.Lookup(h);
  // (The bits above 15 are only read here.)
  s_.cls[i] = epoch_ | (e.classes & 0xFFFF);
  const bool and_but = (e.classes & wc::kAndButWord) != 0;
  if (and_but) s_.pc[i] = ToCode(h == impl_.h_and ? kAnd : kBut);
  if (e.classes & wc::kCommaBreakWord) {
    s_.pc[i] = ToCode(kCommaBreak);
    s_.comma_breaks.push_back(i);
  }
  // (the keys "who" and "which" only come from word tokens)
  if (e.classes & wc::kWhoWhichWord) s_.who_which.push_back(i);
  if (e.first_form >= 0) ClassifyCueStart(i, e);
  // (The flags are in cache: ClassifyCueStart() read them.)
  if ((e.classes & wc::kHeadlineVerbWord) && Cap(i) &&
      !tk_.has(i, token_flags::kAllCaps)) {
    s_.headline_verbs.push_back(i);
  }
  return and_but;
}

uint16_t Run::LookUpCls(uint32_t i) const {
  // (Pad elements past the last token carry this call's stamp: i < n_.)
  uint16_t v = 0;
  if (tk_.kind(i) == TokenKind::kWord) {
    const uint64_t h = tk_.key_hash(i);
    if (lex_.MayContain(h)) v = static_cast<uint16_t>(lex_.Lookup(h).classes);
  }
  s_.cls[i] = epoch_ | v;
  return v;
}

// Puts every element this call set back to its default (see Scratch).
void Run::ResetScratch() {
  for (const uint32_t t : s_.cues) s_.cue[t] = -1;
  for (const uint32_t t : s_.marks) s_.role[t] = kNotQuote;
  for (const uint32_t m : s_.org_words_set) s_.org_words[m] = 0;
  for (const uint32_t m : s_.gender_set) s_.gender[m] = -1;
  for (const Scratch::MemoRange& r : s_.stop_memo_ranges) {
    std::vector<int32_t>& next = r.np ? s_.next_np_stop : s_.next_clause_stop;
    std::fill(next.begin() + r.b, next.begin() + r.e, -1);
  }
  // (A byte a token, set for some 15 % of them: one memset is cheaper than
  // a store per listed token.)
  std::memset(s_.pc.data(), 0, n_);
  s_.dirty = false;
}

bool Run::ClassifyPunct(uint32_t i) const {
  // From the hash, which the scan has in L1 cache: the key's length and
  // bytes would be three more reads of memory. A one-byte key's hash undoes
  // to (byte << 56) ^ 1 (KeyHashUnmix(), core/key_hash.h).
  const uint64_t h = tk_.key_hash(i);
  const uint64_t u = KeyHashUnmix(h);
  if ((u & ((uint64_t{1} << 56) - 1)) == 1) {  // a one-byte key
    const uint8_t c = static_cast<uint8_t>(u >> 56);
    s_.pc[i] = ToCode(c);
    if (c == ':') s_.colons.push_back(i);
    return true;
  }
  if (h == impl_.h_dots) {
    s_.pc[i] = ToCode(kEllipsis);
    return true;
  }
  return false;
}

void Run::ClassifyCueStart(uint32_t i, const CueLexicon::Entry& e) const {
  for (int32_t f = e.first_form; f >= 0; f = lex_.form(f).next) {
    const CueForm& form = lex_.form(f);
    if (i + form.n_words > n_) continue;
    bool ok = true;
    for (uint8_t w = 1; w < form.n_words; ++w) {
      if (tk_.key_hash(i + w) != form.words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      if (PlausibleCue(i, form)) {
        s_.cue[i] = static_cast<int16_t>(f);
        s_.cues.push_back(i);
        // The rules read the keys of the words around a cue (SkipAuxLeft(),
        // the -ly, -ed and -s tests) some thousand tokens later, when only
        // the ones PlausibleCue() read are in cache: their bytes are
        // prefetched (the keys lie back to back in token order).
        const uint32_t lo = i >= 6 ? i - 6 : 0;
        const uint32_t hi = std::min(i + 6, n_) - 1;
        __builtin_prefetch(tk_.key(lo).data());
        __builtin_prefetch(tk_.key(hi).data());
      }
      break;
    }
  }
}

// Cue words that are more often nouns or names in this position are not
// cues: "State Highway Department" (capitalized inside a sentence), "state
// GOP chairman", "a new report", "declined to say".
// "a profit warning that", "a daily news briefing that", "on optimistic
// revenue forecasts that": an -ing or -s form at the end of a noun phrase is
// a noun. The words before it (at most 3) are lower-case words of no closed
// class, reached from a determiner (-ing: a finite -ing verb needs an
// auxiliary) or, for -s, from a preposition with no determiner ("the agency
// says" stays a verb).
bool Run::NounCompoundHead(uint32_t i, VerbForm form) const {
  const uint32_t sb = SentBegin(i);
  uint32_t t = i;
  int words = 0;
  while (t > sb && words < 3) {
    const uint32_t k = t - 1;
    const uint64_t kh = tk_.key_hash(k);
    if (kh == impl_.h_us || kh == impl_.h_me || kh == impl_.h_them ||
        kh == impl_.h_him) {
      return false;
    }
    if (!Word(k) || !Lower(k) || IsCue(k) ||
        Has(k, wc::kDet | wc::kPronoun | wc::kPrep | wc::kNpPrep | wc::kClause |
                   wc::kAux | wc::kVerbish | wc::kTime | wc::kAdvPrep |
                   wc::kDiscourse) ||
        PastLike(k) || EndsWith(tk_.key(k), "ing")) {
      break;  // ("daily", "weekly": adjectives, kept)
    }
    ++words;
    t = k;
  }
  if (words == 0 || t == sb) return false;
  const uint32_t k = t - 1;
  if (!Word(k) || !Lower(k)) return false;
  if (form == VerbForm::kThird) {
    return Has(k, wc::kPrep | wc::kNpPrep) && !Has(k, wc::kDet);
  }
  if (!Has(k, wc::kDet)) return false;
  // A participle takes an object or a clause ("a resolution urging the
  // council", "a statement saying that P"); the noun is followed by a
  // relative clause ("a profit warning that erased ..."), a preposition or
  // punctuation. Event nouns ("a briefing that P": the P is the verb's
  // before it) are nouns in any case.
  const uint32_t nx = i + 1;
  if (nx >= n_ || !Word(nx)) return true;
  const std::string_view key = tk_.key(i);
  if (key == "briefing" || key == "meeting" || key == "hearing" ||
      key == "conference" || key == "gathering" || key == "interview") {
    return true;
  }
  // (Classes of tokens after i are not filled in yet: look them up.)
  const uint32_t next_cls = lex_.Lookup(tk_.key_hash(nx)).classes;
  if (Is(nx, impl_.h_that)) {
    const uint32_t v = nx + 1;
    if (v >= n_ || !Word(v) || !Lower(v)) return false;
    const uint32_t v_cls = lex_.Lookup(tk_.key_hash(v)).classes;
    return (v_cls & wc::kVerbish) != 0 ||
           (EndsWith(tk_.key(v), "ed") && tk_.key(v).size() > 4);
  }
  if (Cap(nx) || (next_cls & (wc::kDet | wc::kPronoun)) != 0) return false;
  return (next_cls & (wc::kPrep | wc::kNpPrep)) != 0;
}

bool Run::PlausibleCue(uint32_t i, const CueForm& form) const {
  // (Whether the word comes first matters for capitalized words only.)
  if (Cap(i) && !tk_.has(i, token_flags::kAllCaps)) {
    const bool first = SentBegin(i) == i || NewlineBefore(i) ||
                       (i > 0 && (Punct(i - 1, ':') || AnyQuoteMark(i - 1) ||
                                  tk_.kind(i - 1) == TokenKind::kDash));
    if (!first) return false;
  }
  if ((form.form == VerbForm::kIng || form.form == VerbForm::kThird) &&
      form.n_words == 1 && NounCompoundHead(i, form.form)) {
    return false;
  }
  // "her opening remarks that", "its latest findings": a possessive and an
  // adjective before an -s form make it a noun.
  if (form.form == VerbForm::kThird && form.n_words == 1 && i >= 2 &&
      Word(i - 1) && Lower(i - 1) && Has(i - 2, wc::kDet) &&
      !Has(i - 1, wc::kAux | wc::kVerbish)) {
    const std::string_view a = tk_.key(i - 1);
    if (EndsWith(a, "ing") || a == "final" || a == "latest" || a == "recent" ||
        a == "public" || a == "earlier" || a == "previous" || a == "written" ||
        a == "official" || a == "prepared" || a == "own") {
      return false;
    }
  }
  if (form.form != VerbForm::kBase || i == 0) return true;
  // "The WMO report says": a base form right before a verb is a noun.
  if (i + 1 < n_ && Word(i + 1) && Lower(i + 1) && form.n_words == 1) {
    const CueLexicon::Entry next = lex_.Lookup(tk_.key_hash(i + 1));
    if ((next.classes & wc::kVerbish) != 0 ||
        (next.first_form >= 0 &&
         lex_.form(next.first_form).form == VerbForm::kThird &&
         lex_.form(next.first_form).n_words == 1)) {
      return false;
    }
  }
  const uint32_t p = i - 1;
  if (!Word(p)) {
    if (form.n_words > 1) return true;  // "speak of", "call for"
    const uint32_t nx = i + 1;
    // (No test of the next token's punctuation code here: codes are filled
    // in the same pass, so the next token's is not known yet.)
    return nx < n_ &&
           (Is(nx, impl_.h_that) || AnyQuoteMark(nx) ||
            (Comma(p) && Word(nx) &&
             // (classes of later tokens are not filled in yet: look up)
             ((lex_.Lookup(tk_.key_hash(nx)).classes &
               (wc::kDet | wc::kPronoun)) != 0 ||
              (Cap(nx) && i + 2 < n_ && Word(i + 2) && Lower(i + 2)))));
  }
  // "the IG's report": a base form after a possessive is a noun.
  if (Is(p, impl_.h_to) || Has(p, wc::kDet) || Clitic(p)) return false;
  if (Has(p, wc::kPronoun | wc::kAux | wc::kVerbish)) return true;
  // "groups that have endorsed him say they": after an object pronoun.
  if (Is(p, impl_.h_him) || Is(p, impl_.h_them)) return true;
  if (Cap(p) || Covered(p)) return true;
  return Lower(p) && EndsWith(tk_.key(p), "s") && !Has(p, wc::kDet);
}

void Run::PrepareQuotes() {
  // (role is clean between calls, like pc: ResetScratch() resets the marks.)
  if (s_.role.size() < size_t{n_} + kTokenPad) {
    s_.role.resize(size_t{n_} + kTokenPad, kNotQuote);
  }
  PairQuotes(tk_, *paras_, opt_.max_quote_tokens, s_.marks, s_.mark_info,
             s_.quotes, s_.role, /*role_is_clean=*/true);
  // (No reset between calls: an element of `quote` is read only where this
  // call set its in_quote bit, QuoteAt().)
  if (s_.quote.size() < size_t{n_} + kTokenPad) {
    s_.quote.resize(size_t{n_} + kTokenPad, -1);
  }
  // The in-quote bits here; the quote of each token by the scan's steps
  // (FillCovers()).
  s_.in_quote.assign(n_ / 64 + 2, 0);
  uint64_t* const in_quote = s_.in_quote.data();
  for (size_t q = 0; q < s_.quotes.size(); ++q) {
    const QuotePair& qp = s_.quotes[q];
    if (!qp.top_level) continue;
    for (uint32_t t = qp.open; t <= qp.close; ++t) {
      in_quote[t >> 6] |= uint64_t{1} << (t & 63);
    }
  }
  quote_fill_ = 0;
}

// The covering mention and quote of tokens [b, e), from the mention runs and
// the top-level quotes (both in token order), from where the last call
// stopped.
void Run::FillCovers(uint32_t b, uint32_t e) const {
  const std::vector<Scratch::CoverRun>& runs = s_.cover_runs;
  int32_t* const mention = s_.mention.data();
  for (; cover_run_ < runs.size(); ++cover_run_) {
    const Scratch::CoverRun& r = runs[cover_run_];
    const uint32_t to = std::min(r.e, e);
    for (uint32_t t = std::max(r.b, b); t < to; ++t) mention[t] = r.m;
    if (r.e > e) break;  // (the rest in a later step)
  }
  const std::vector<QuotePair>& quotes = s_.quotes;
  int32_t* const quote = s_.quote.data();
  for (; quote_fill_ < quotes.size(); ++quote_fill_) {
    const QuotePair& q = quotes[quote_fill_];
    if (!q.top_level) continue;
    const uint32_t to = std::min(q.close + 1, e);
    for (uint32_t t = std::max(q.open, b); t < to; ++t) {
      quote[t] = static_cast<int32_t>(quote_fill_);
    }
    if (q.close + 1 > e) break;
  }
}

// "Comey said that P, Lewandowski said Q": after the comma at `i`, a new
// subject (a name or a personal pronoun) and its own single-word reporting
// verb, not a modal clause ("..., he would dismiss them") nor an
// interposed ", officials said," that a comma closes.
bool Run::NewSubjectAndCueAfter(uint32_t i) const {
  if (i + 2 >= n_ || !Word(i + 1) ||
      !(Cap(i + 1) || (Has(i + 1, wc::kPronoun) && !Has(i + 1, wc::kDet)))) {
    return false;
  }
  uint32_t k = i + 1;
  while (k < n_ && k - i <= 6 && Word(k) && !IsCue(k) &&
         !(Lower(k) && Has(k, wc::kClause | wc::kPrep | wc::kVerbish))) {
    ++k;
  }
  for (int a = 0; a < 2 && k < n_ && Word(k) && Lower(k) &&
                  (Has(k, wc::kAux) || LyAdverb(k));
       ++a) {
    const std::string_view m = tk_.key(k);
    if (m == "would" || m == "will" || m == "could" || m == "can" ||
        m == "may" || m == "might" || m == "should" || m == "must") {
      return false;
    }
    ++k;
  }
  return k > i + 1 && k + 1 < n_ && IsCue(k) && Lower(k) &&
         LemmaAt(k).cls != CueClass::kSpecial && FormAt(k).n_words == 1 &&
         (FormAt(k).form == VerbForm::kPast ||
          FormAt(k).form == VerbForm::kThird) &&
         !Comma(k + 1);
}

bool Run::IsStopAt(uint32_t i, bool np) const {
  if (InQuote(i) && !(s_.role[i] == kOpenMark && SentBegin(i) == i)) {
    // Inside a quote: the quote is atomic. But 'represents "New York
    // values," stating that': a comma right before the closing mark and a
    // participle cue after it end the content as the comma would outside.
    return Comma(i) && i + 2 < n_ && s_.role[i + 1] == kCloseMark &&
           QuoteAt(i + 1) == QuoteAt(i) && IsCue(i + 2) && Lower(i + 2) &&
           FormAt(i + 2).form == VerbForm::kIng &&
           LemmaAt(i + 2).special == CueSpecial::kNone;
  }
  if (i > 0 && SentBegin(i) == i) return true;
  if (Punct(i, ';')) return true;
  // 'asserted that P: “Q,” he claimed': the colon ends P when the quote after
  // it has a speaker of its own.
  if (Punct(i, ':') && i + 1 < n_ && s_.role[i + 1] == kOpenMark &&
      InQuote(i + 1)) {
    uint32_t k = s_.quotes[QuoteAt(i + 1)].close + 1;
    const uint32_t k0 = k;
    while (k < n_ && k - k0 < 4 && Word(k) && !IsCue(k) &&
           (Cap(k) || Has(k, wc::kPronoun | wc::kDet))) {
      ++k;
    }
    if (k > k0 && k < n_ && IsCue(k) && Lower(k)) return true;
  }
  if (Comma(i) && i + 1 < n_) {
    const uint32_t j = i + 1;
    if (IsCue(j)) {
      const CueLemma& l = LemmaAt(j);
      if (l.special == CueSpecial::kAccordingTo ||
          l.special == CueSpecial::kCiting || l.special == CueSpecial::kNone) {
        return true;
      }
    }
    // "without", "but", "quoted", "cited" (their codes: only word tokens
    // have these keys)
    const uint8_t next = static_cast<uint8_t>(Code(j));
    if (next == kBut || next == kCommaBreak) return true;
  }
  if (Comma(i) && NewSubjectAndCueAfter(i)) return true;
  if (Comma(i) && i + 1 < n_ && Code(i + 1) == ToCode(kAnd)) {
    // ", and the ministry added that ...": a new clause with its own cue.
    for (uint32_t j = i + 2; j < n_ && j < i + 9; ++j) {
      if (!Word(j)) break;
      if (IsCue(j) && LemmaAt(j).cls != CueClass::kSpecial) return true;
    }
  }
  if (AndBut(static_cast<uint8_t>(Code(i)))) {
    uint32_t j = i + 1;
    // "- but she also insisted that": a pronoun subject of the new clause.
    if (j + 1 < n_ && Word(j) && Has(j, wc::kPronoun) && !Has(j, wc::kDet) &&
        !np) {
      ++j;
    }
    for (int k = 0; k < 2 && j < n_ && (Has(j, wc::kAux) || LyAdverb(j)); ++k)
      ++j;
    if (j < n_ && IsCue(j) && LemmaAt(j).cls != CueClass::kSpecial) return true;
    if (np && j < n_ && PastLike(j)) return true;
  }
  return false;
}

// The tokens that can stop a content (a punctuation code, or a sentence
// start other than token 0), in order and without repeats. Whether each is
// a stop is decided on demand (ContentEnd()): a text has far more commas
// than contents that reach one.
void Run::PrepareStops() const {
  // (s_.stop_merged is listed by ClassifyUpTo(), as far as it got.)
  const size_t count = s_.stop_merged.size();
  if (s_.next_clause_stop.size() < count) {
    s_.next_clause_stop.resize(count, -1);
    s_.next_np_stop.resize(count, -1);
  }
}

// Is candidate k (of s_.stop_merged) a stop of a clause content (np false)
// or of an object phrase (np true)? The object-phrase stops are a superset
// of the clause stops.
bool Run::StopCandidateIsStop(size_t k, bool np) const {
  const uint32_t i = s_.stop_merged[k];
  const uint8_t code = static_cast<uint8_t>(Code(i));
  bool clause_stop;
  if (code == ',' || code == ';' || code == ':' || AndBut(code)) {
    clause_stop = IsStopAt(i, false);
  } else if (i > 0 && SentBegin(i) == i) {
    // IsStopAt() on a sentence start without one of those codes: a stop
    // unless inside a quote that does not open at this token.
    clause_stop = !(InQuote(i) && s_.role[i] != kOpenMark);
  } else {
    return false;  // other punctuation off a sentence start never stops
  }
  if (!np) return clause_stop;
  return clause_stop || (AndBut(code) && IsStopAt(i, true));
}

// The first stop among candidates k.. (their count if none). Every
// candidate passed on the way learns the answer, so each candidate is
// decided and walked at most once per kind per call.
size_t Run::NextStop(size_t k0, bool np) const {
  std::vector<int32_t>& next = np ? s_.next_np_stop : s_.next_clause_stop;
  size_t k = k0;
  size_t stop;
  while (true) {
    if (k == s_.stop_merged.size()) {
      // Past the candidates listed so far the scan lists more: the walk ends
      // at the same stop however far the scan had got.
      if (front_ == kNone) {
        stop = k;
        break;
      }
      ClassifyUpTo(front_ + kScanStep);
      continue;
    }
    if (next[k] >= 0) {
      stop = static_cast<size_t>(next[k]);
      break;
    }
    if (StopCandidateIsStop(k, np)) {
      stop = k;
      break;
    }
    ++k;
  }
  const size_t count = s_.stop_merged.size();
  for (size_t j = k0; j < k && j < count; ++j) {
    next[j] = static_cast<int32_t>(stop);
  }
  if (k < count) next[k] = static_cast<int32_t>(stop);
  const size_t written_end = std::min(k + 1, count);
  if (k0 < written_end) {
    s_.stop_memo_ranges.push_back(
        {static_cast<uint32_t>(k0), static_cast<uint32_t>(written_end), np});
  }
  return stop;
}

// ---------------------------------------------------------------- windows

// Skips auxiliaries and adverbs left of a verb: "had", "further", "in turn",
// "initially", "has repeatedly been". Returns the new exclusive end.
uint32_t Run::SkipAuxLeft(uint32_t e, uint32_t lo) const {
  for (int steps = 0; steps < 6 && e > lo; ++steps) {
    const uint32_t k = e - 1;
    if (Word(k) && (Has(k, wc::kAux) || LyAdverb(k))) {
      --e;
      continue;
    }
    if (Is(k, impl_.h_turn) && k > lo && Is(k - 1, impl_.h_in)) {
      e -= 2;
      continue;
    }
    break;
  }
  return e;
}

// The noun phrase ending at `e` (exclusive), walking left to the nearest
// clause boundary. `prep_stops`: every preposition ends it (for antecedents).
TokRange Run::NpLeft(uint32_t e, uint32_t lo, Stop* why,
                     bool prep_stops) const {
  const uint32_t max = opt_.max_source_tokens;
  uint32_t k = e;
  *why = Stop::kStart;
  while (k > lo) {
    const uint32_t t = k - 1;
    if (e - t > max) {
      *why = Stop::kFull;
      break;
    }
    const TokenKind kind = tk_.kind(t);
    if (kind == TokenKind::kWord || kind == TokenKind::kNumber) {
      if (IsCue(t) && !Clitic(t)) {
        *why = Stop::kOther;
        break;
      }
      const uint32_t c = Cls(t);
      if (k < e && NewlineBefore(k) && Cap(k) && Lower(t)) {
        *why = Stop::kStart;  // a heading line glued to the sentence
        break;
      }
      if (c & wc::kClause) {
        // "Moscow and the pro-Russians": "and" inside a noun phrase joins
        // two names.
        if (Is(t, impl_.h_and) && k < e && t > lo &&
            (Cap(t - 1) || Covered(t - 1)) && (Cap(k) || Has(k, wc::kDet)) &&
            !Comma(t - 1)) {
          k = t;
          continue;
        }
        if (Is(t, impl_.h_who) && t > lo && !Comma(t - 1) && Word(t - 1) &&
            !prep_stops) {
          k = t;  // "officials who spoke on condition of anonymity said"
          continue;
        }
        // "organizations that have endorsed him say": a relative "that"
        // after a plural noun, with a verb right after it.
        if (Is(t, impl_.h_that) && t > lo && k < e && Word(t - 1) &&
            !prep_stops && !IsCue(t - 1) && EndsWith(tk_.key(t - 1), "s") &&
            !Has(t - 1, wc::kVerbish) && Word(k) && Lower(k) &&
            (Has(k, wc::kAux) || PastLike(k))) {
          k = t;
          continue;
        }
        *why = (Is(t, impl_.h_and) || Is(t, impl_.h_but))
                   ? Stop::kAnd
                   : ((Is(t, impl_.h_which) || Is(t, impl_.h_who))
                          ? Stop::kRelative
                          : Stop::kClause);
        break;
      }
      if ((c & wc::kPrep) && !Is(t, impl_.h_to)) {
        *why = Stop::kPrep;
        break;
      }
      // "reporters on Thursday he viewed": a personal pronoun right before
      // the verb is the whole subject; a plain word before it ends the
      // phrase.
      if (k < e && k == e - 1 && Has(k, wc::kPronoun) && !Has(k, wc::kDet) &&
          !(c & (wc::kClause | wc::kDet)) && !Clitic(t) && !Has(t, wc::kAux)) {
        *why = Stop::kOther;
        break;
      }
      if (prep_stops && (c & wc::kNpPrep)) {
        *why = Stop::kPrep;
        break;
      }
      if (prep_stops && Lower(t) && PastLike(t)) {
        *why = Stop::kOther;
        break;
      }
      k = t;
      continue;
    }
    if (Punct(t, ')')) {
      // "(ISW)", "President (Russian Vladimir) Putin": a short parenthesis.
      uint32_t j = t;
      bool found = false;
      while (j > lo && t - j < 8) {
        --j;
        if (Punct(j, '(')) {
          found = true;
          break;
        }
      }
      if (found && j > lo && j < t) {
        k = j;
        continue;
      }
      *why = Stop::kOther;
      break;
    }
    if (s_.role[t] == kCloseMark && InQuote(t) &&
        NameQuote(s_.quotes[QuoteAt(t)]) && s_.quotes[QuoteAt(t)].open > lo) {
      k = s_.quotes[QuoteAt(t)].open;  // the agency “Belta”
      continue;
    }
    if (kind == TokenKind::kDash && tk_.end(t) - tk_.begin(t) == 1 &&
        !tk_.has(t, token_flags::kSpaceBefore)) {
      k = t;  // a hyphen inside a name
      continue;
    }
    if (Comma(t)) {
      *why = Stop::kComma;
    } else if (s_.role[t] == kCloseMark) {
      *why = Stop::kClose;
    } else {
      *why = Stop::kOther;
    }
    break;
  }
  TokRange r{k, e};
  if (*why == Stop::kFull) {
    // Too long to be a subject: keep its tail from the last name or
    // determiner.
    uint32_t b = e;
    for (uint32_t t = e; t > k && e - t < 6; --t) {
      const uint32_t u = t - 1;
      if (Has(u, wc::kDet) || Has(u, wc::kPronoun)) {
        b = u;
        break;
      }
      if (Cap(u) || Covered(u) || Clitic(u))
        b = u;
      else if (b != e)
        break;
    }
    r = {b, e};
  }
  // A subject never starts with a preposition or a conjunction, nor with a
  // time word ("Sunday he added").
  while (!r.empty() &&
         (Has(r.b, wc::kNpPrep | wc::kPrep | wc::kClause) && Lower(r.b))) {
    ++r.b;
  }
  if (r.e - r.b > 1 && Has(r.b, wc::kTime) &&
      Has(r.b + 1, wc::kPronoun | wc::kDet)) {
    ++r.b;
  }
  return r;
}

// The subject of a verb whose auxiliaries end at `e`: a noun phrase, with an
// appositive ("the head of the office, Andriy Yermak,") or a parenthetical
// clause (", who ..., ") skipped.
TokRange Run::Subject(uint32_t e, uint32_t lo, Stop* why, bool ing) const {
  if (e == 0 || e <= lo) {
    *why = Stop::kStart;
    return {e, e};
  }
  if (Comma(e - 1) && ing) {
    *why = Stop::kComma;  // ", noting that": a participle has no subject
    return {e, e};
  }
  if (Comma(e - 1)) {
    // Walk back over up to four comma-separated segments looking for the
    // opening comma of an appositive (first segment only) or of a
    // parenthetical clause: ", who ..., said", ", while admitting ...,
    // leaving ..., speak of".
    uint32_t seg_end = e - 1;  // the comma closing the current segment
    uint32_t skip_to = kNone;
    for (int seg = 0; seg < 4; ++seg) {
      uint32_t j = seg_end;
      bool found = false;
      while (j > lo && (e - 1) - j < 40) {
        --j;
        if (Comma(j)) {
          found = true;
          break;
        }
        if (s_.role[j] == kCloseMark && InQuote(j) &&
            ShortQuote(s_.quotes[QuoteAt(j)]) &&
            s_.quotes[QuoteAt(j)].open > lo) {
          // A name in quotes inside the segment ("which hosted the
          // so-called \"Jeddah talks\" in 2023,"): crossed.
          j = s_.quotes[QuoteAt(j)].open;
          continue;
        }
        if (Terminal(j) || Punct(j, ':') || s_.role[j] == kCloseMark) break;
      }
      if (!found || j + 1 >= seg_end) break;
      const uint32_t first = j + 1;
      const bool participle_phrase =
          Word(first) && Lower(first) &&
          (EndsWith(tk_.key(first), "ing") || PastLike(first));
      const bool adverb_only = seg_end - first == 1 && Word(first) &&
                               Lower(first) && Has(first, wc::kDiscourse);
      if (participle_phrase || adverb_only) {
        // ", speaking at a rally," / ", however,": skipped; the subject
        // ends at the opening comma unless an earlier segment says more.
        skip_to = j;
        seg_end = j;
        continue;
      }
      if (Has(first, wc::kClause | wc::kPrep) && Lower(first) &&
          !Is(first, impl_.h_and) && !Is(first, impl_.h_but) &&
          !Is(first, impl_.h_or)) {
        Stop w;
        TokRange np = NpLeft(j, lo, &w, false);
        if ((Is(first, impl_.h_which) || Is(first, impl_.h_who)) &&
            !np.empty() && np.b > lo && Word(np.b - 1) && Lower(np.b - 1) &&
            Has(np.b - 1, wc::kPrep | wc::kNpPrep)) {
          // ", after appearances before the jury, which is probing ...,":
          // the relative clause hangs on a noun inside a parenthetical PP.
          skip_to = j;
          seg_end = j;
          continue;
        }
        if (!np.empty()) {
          *why = w;
          return np;
        }
        break;
      }
      if (seg == 0) {
        // Apposition: the segment is a name or a short description.
        bool titled = false;
        for (uint32_t t = first; t < seg_end && t - first < 12; ++t) {
          titled |= Has(t, wc::kTitle);
        }
        // "Smith, 45, said", "X, a spokesman for the Ministry of Foreign
        // Affairs, said": longer when it names a role or is a description
        // ("UNIFIL, the United Nations peacekeeping force in southern
        // Lebanon, said").
        const bool described =
            Word(first) && Lower(first) &&
            (Is(first, impl_.h_the) || tk_.key(first) == "a" ||
             tk_.key(first) == "an");
        bool name = seg_end - first <= (titled || described ? 16u : 6u);
        for (uint32_t t = first; t < seg_end && name; ++t) {
          // "head of the teachers' federation (Fenprof)": parentheses too.
          if (!Word(t) && !Clitic(t) && !Punct(t, '.') &&
              tk_.kind(t) != TokenKind::kDash && !Punct(t, '(') &&
              !Punct(t, ')')) {
            name = false;
          }
          if (IsCue(t) && FormAt(t).form != VerbForm::kBase) name = false;
        }
        const bool age =
            seg_end - first == 1 && tk_.kind(first) == TokenKind::kNumber;
        if (name && (Cap(first) || Has(first, wc::kDet) || titled || age)) {
          Stop w;
          TokRange head = NpLeft(j, lo, &w, false);
          if (!head.empty()) {
            *why = w;
            return {head.b, e - 1};
          }
        }
        // "Senator Ana Rocha, from the state of Amazonas, said": a
        // prepositional phrase in commas after a name; the source is the
        // name.
        if (name && Lower(first) && Has(first, wc::kNpPrep) && j > lo &&
            Cap(j - 1)) {
          Stop w;
          TokRange head = NpLeft(j, lo, &w, false);
          if (!head.empty()) {
            *why = w;
            return head;
          }
        }
      }
      seg_end = j;
    }
    if (skip_to != kNone) {
      Stop w;
      TokRange np = NpLeft(skip_to, lo, &w, false);
      if (!np.empty()) {
        *why = w;
        return np;
      }
    }
    *why = Stop::kComma;
    return {e, e};
  }
  return NpLeft(e, lo, why, false);
}

// A noun phrase starting at `b`: inverted subjects ("said the head of the
// office, Andriy Yermak"), "according to X", "citing X".
TokRange Run::NpRight(uint32_t b, uint32_t hi, bool stop_at_and,
                      bool allow_preps) const {
  if (b >= hi || !Word(b)) return {b, b};
  if (!(Cap(b) || Has(b, wc::kDet | wc::kPronoun | wc::kGroup) || Covered(b) ||
        Lower(b))) {
    return {b, b};
  }
  if (Has(b, wc::kClause | wc::kPrep) && Lower(b)) return {b, b};
  uint32_t k = b;
  const uint32_t max = opt_.max_source_tokens;
  while (k < hi && k - b < max) {
    if (Word(k)) {
      if (IsCue(k) && k > b) break;
      const uint32_t c = Cls(k);
      if ((c & wc::kClause) && !(Is(k, impl_.h_and) && !stop_at_and)) break;
      if ((c & wc::kPrep) && Lower(k)) break;
      if ((c & wc::kNpPrep) && Lower(k) && !Is(k, impl_.h_of) && !allow_preps) {
        break;
      }
      if (k > b && (c & wc::kVerbish) && Lower(k)) break;
      ++k;
      continue;
    }
    if (Punct(k, '(')) {
      uint32_t j = k + 1;
      while (j < hi && j - k < 8 && !Punct(j, ')')) ++j;
      if (j < hi && Punct(j, ')')) {
        k = j + 1;
        continue;
      }
      break;
    }
    if (tk_.kind(k) == TokenKind::kDash &&
        !tk_.has(k, token_flags::kSpaceBefore)) {
      ++k;
      continue;
    }
    if (Comma(k) && k > b) {
      // Apposition: ", Volodymyr Zelensky," / ", Andriy Yermak."
      uint32_t j = k + 1;
      while (j < hi && j - k <= 5 && Word(j) && (Cap(j) || Clitic(j))) ++j;
      if (j > k + 1 &&
          (j >= hi || Comma(j) || Terminal(j) || s_.role[j] == kCloseMark)) {
        k = j;
      }
      break;
    }
    break;
  }
  return {b, k};
}

// The first noun phrase of a clause starting at `b`: names, determiners,
// possessives and up to three common nouns ("The Ukrainian army").
TokRange Run::FirstNp(uint32_t b, uint32_t hi) const {
  // Skip a discourse adverbial: "However, ..." / "For its part, ...".
  if (b < hi && Word(b) && Has(b, wc::kDiscourse) && Comma(b + 1)) b += 2;
  // "..., he recited": a personal pronoun is the whole phrase.
  if (b < hi && Word(b) && Has(b, wc::kPronoun) && !Has(b, wc::kDet) &&
      tk_.key(b) != "one") {
    return {b, b + 1};
  }
  uint32_t k = b;
  int lower_run = 0;
  bool det_seen = false;
  while (k < hi && k - b < opt_.max_source_tokens) {
    if (!Word(k)) {
      if (tk_.kind(k) == TokenKind::kDash &&
          !tk_.has(k, token_flags::kSpaceBefore)) {
        ++k;
        continue;
      }
      break;
    }
    if (IsCue(k)) break;
    if (lower_run > 0 && Has(k, wc::kDet)) break;  // a new phrase
    if (Clitic(k) || Has(k, wc::kDet) || Cap(k) || Covered(k)) {
      if (Has(k, wc::kClause) && Lower(k)) break;
      // A possessive determines what follows: "Brazil's justice minister".
      if (Has(k, wc::kDet) || Clitic(k)) det_seen = true;
      lower_run = 0;
      ++k;
      continue;
    }
    // "Minister of Justice": "of"/"for" inside a capitalized name.
    if (k > b && Cap(k - 1) && k + 1 < hi && Cap(k + 1) && Lower(k) &&
        (Is(k, impl_.h_of) || tk_.key(k) == "for")) {
      ++k;
      continue;
    }
    if (Is(k, impl_.h_and) && k > b && k + 1 < hi &&
        (Cap(k + 1) || Has(k + 1, wc::kDet))) {
      det_seen = false;
      ++k;
      continue;
    }
    // Common nouns only after a determiner: "The Ukrainian army", but not
    // "President Selenskyj spoke".
    if (Lower(k) && k > b && lower_run < 3 && det_seen &&
        !(k + 1 < hi && Has(k + 1, wc::kDet)) &&
        !Has(k,
             wc::kAux | wc::kVerbish | wc::kClause | wc::kPrep | wc::kNpPrep) &&
        !PastLike(k) && !LyAdverb(k)) {
      ++lower_run;
      ++k;
      continue;
    }
    break;
  }
  // "Brazil's justice minister, Renato Falcao, defended ...": a title phrase
  // and the name in apposition.
  if (k + 2 < hi && Comma(k) && Cap(k + 1)) {
    bool titled = false;
    for (uint32_t t = b; t < k; ++t) titled |= Has(t, wc::kTitle);
    uint32_t j = k + 1;
    while (j < hi && j - k <= 4 && Word(j) && Cap(j)) ++j;
    if (titled && j < hi && Comma(j) && j > k + 1) return {b, j};
  }
  return {b, k};
}

// Where a fronted content that ends just before token `b` starts: the start
// of b's sentence, reaching back to the open mark of a quote that spans
// several sentences, without a leading discourse adverbial.
// "BEIRUT/JERUSALEM (AP) — Israeli strikes ...", "KYIV, Ukraine —": a
// dateline (an all-caps place, more place words, an agency in parentheses)
// ended by a dash is not part of any content or source. Returns the token
// after the dash, or `sb`.
uint32_t Run::SkipDateline(uint32_t sb) const {
  if (sb >= n_ || !Word(sb) || !tk_.has(sb, token_flags::kAllCaps) ||
      tk_.text(sb).size() < 3) {
    return sb;
  }
  const uint32_t se = SentEnd(sb);
  for (uint32_t t = sb + 1; t < se && t - sb <= 12; ++t) {
    const std::string_view x = tk_.text(t);
    if (tk_.kind(t) == TokenKind::kDash || x == "--") {
      return t + 1 < se ? t + 1 : sb;
    }
    // Place words, a date ("Nov. 20"), an agency in parentheses.
    if (tk_.kind(t) == TokenKind::kNumber) continue;
    if (Word(t) ? !Cap(t)
                : !(x == "," || x == "/" || x == "(" || x == ")" || x == ".")) {
      return sb;
    }
  }
  return sb;
}

uint32_t Run::FrontStart(uint32_t b) const {
  uint32_t fs = SkipDateline(SentBegin(b));
  if (fs > b) fs = SentBegin(b);
  for (int iter = 0; iter < 2; ++iter) {
    if (fs < n_ && InQuote(fs) && s_.quotes[QuoteAt(fs)].open < fs) {
      fs = SentBegin(s_.quotes[QuoteAt(fs)].open);
    } else {
      break;
    }
  }
  // A content never starts inside an earlier quote of the same sentence
  // that a claim already used, nor with "But,"/"However,".
  for (int iter = 0; iter < 2 && fs < b; ++iter) {
    if (Word(fs) && Has(fs, wc::kDiscourse) && Comma(fs + 1)) {
      fs += 2;
    } else if (Word(fs) && (Is(fs, impl_.h_and) || Is(fs, impl_.h_but)) &&
               Cap(fs)) {
      fs += 1;
    } else {
      break;
    }
  }
  return fs;
}

uint32_t Run::ContentEnd(uint32_t cb, bool np) const {
  if (cb + 1 > n_) return n_;
  // (The candidates up to cb + 1 listed: the search below is the one over
  // all candidates.)
  Need(cb + 1);
  const std::vector<uint32_t>& cands = s_.stop_merged;
  const size_t k = stop_cursor_.Find(cands, cb + 1);
  const size_t stop = NextStop(k, np);
  return stop == cands.size() ? n_ : cands[stop];
}

// Skips time/place adverbials and parentheticals between a cue and "that":
// "said on Saturday in a statement that", "said – in an interview – that",
// "reported today, Saturday, that", "said Friday". Sets *found_that when it
// stops on a "that".
uint32_t Run::SkipAdverbialsRight(uint32_t p, uint32_t hi,
                                  bool* found_that) const {
  *found_that = false;
  for (int iter = 0; iter < 4 && p < hi; ++iter) {
    if (Is(p, impl_.h_that)) {
      *found_that = true;
      return p;
    }
    if (tk_.kind(p) == TokenKind::kDash) {
      uint32_t j = p + 1;
      while (j < hi && j - p < 40 && tk_.kind(j) != TokenKind::kDash &&
             !Terminal(j)) {
        ++j;
      }
      if (j < hi && tk_.kind(j) == TokenKind::kDash) {
        p = j + 1;
        continue;
      }
      return p;
    }
    if (Comma(p)) {
      if (OpenQ(p + 1)) return p;
      uint32_t j = p + 1;
      while (j < hi && j - p < 25 && !Comma(j) && !Terminal(j) &&
             s_.role[j] == kNotQuote && !IsCue(j)) {
        ++j;
      }
      if (j < hi && Comma(j) && Is(j + 1, impl_.h_that)) {
        p = j + 1;
        continue;
      }
      // "joked, again using a Southern accent, “Q”": an aside, then the
      // quote.
      if (j < hi && Comma(j) && OpenQ(j + 1)) {
        p = j;
        continue;
      }
      return p;
    }
    if (Word(p) && Has(p, wc::kTime) && !Has(p, wc::kDet) &&
        !(tk_.key(p) == "there" && p + 1 < hi && Has(p + 1, wc::kVerbish))) {
      ++p;  // not "said there had been": that "there" opens the clause
      continue;
    }
    if ((LyAdverb(p) || tk_.key(p) == "only" || tk_.key(p) == "merely" ||
         tk_.key(p) == "simply") &&
        Is(p + 1, impl_.h_that)) {
      ++p;  // "said repeatedly that", "expressed concern especially that"
      continue;
    }
    // "announcing on Wednesday he would": a preposition and a time word.
    if (Word(p) && Has(p, wc::kAdvPrep) && Lower(p) && p + 2 < hi &&
        Word(p + 1) && Has(p + 1, wc::kTime) && !Has(p + 1, wc::kDet) &&
        Word(p + 2) && !Has(p + 2, wc::kTime)) {
      p += 2;
      continue;
    }
    if (Word(p) && (Has(p, wc::kAdvPrep | wc::kPrep) || Is(p, impl_.h_of)) &&
        Lower(p)) {
      // A prepositional phrase: only skipped when "that" follows it, or a
      // colon or comma and a quote ("said of Mr. Diaz: “...”", "tweeted in
      // response: “...”").
      uint32_t j = p + 1;
      while (j < hi && j - p < 14 && !Is(j, impl_.h_that) && !Terminal(j) &&
             s_.role[j] == kNotQuote && !IsCue(j) &&
             tk_.kind(j) != TokenKind::kDash) {
        ++j;
      }
      if (j < hi && Is(j, impl_.h_that)) {
        *found_that = true;
        return j;
      }
      if (j < hi && Comma(j) && Is(j + 1, impl_.h_that)) {
        *found_that = true;
        return j + 1;
      }
      if (j < hi && j > p + 1 && OpenQ(j) &&
          (Punct(j - 1, ':') || Comma(j - 1))) {
        return j - 1;
      }
      // "P1, Clinton suggested in a tweet, P2": a short phrase closed by a
      // comma (the caller decides what the comma means).
      for (uint32_t k = p + 1; k < hi && k - p <= 6; ++k) {
        if (Comma(k)) {
          if (k > p + 1 && k + 1 < hi && Word(k + 1)) return k;
          break;
        }
        if (!Word(k) || IsCue(k) || (Lower(k) && Has(k, wc::kClause))) break;
      }
      return p;
    }
    break;
  }
  return p;
}

// Does a clause without "that" start at p? A pronoun subject, or a noun
// phrase followed soon by a finite verb.
bool Run::AdverbialOnly(TokRange r) const {
  if (r.empty() || !Word(r.b) || HasQuoteMark(r.b, r.e)) return false;
  const std::string_view k0 = tk_.key(r.b);
  const bool opener =
      Has(r.b, wc::kPrep | wc::kAdvPrep | wc::kTime) ||
      (Cap(r.b) && k0.size() > 4 &&
       (EndsWith(k0, "ed") || EndsWith(k0, "ing") || EndsWith(k0, "ly"))) ||
      (Has(r.b, wc::kDet) && r.b + 2 < r.e && Word(r.b + 1) &&
       (Has(r.b + 1, wc::kTime) || tk_.key(r.b + 1) == "next") &&
       Word(r.b + 2) && Has(r.b + 2, wc::kTime));
  if (!opener) return false;
  for (uint32_t t = r.b + 1; t < r.e; ++t) {
    if (!Word(t) || !Lower(t)) continue;
    if (Has(t, wc::kVerbish) || PastLike(t) || IsCue(t)) return false;
    if (Word(t - 1) && !Has(t - 1, wc::kDet | wc::kPrep | wc::kNpPrep) &&
        VerbSShape(t)) {
      return false;
    }
  }
  return true;
}

bool Run::ZeroClauseOk(uint32_t p, uint32_t end) const {
  if (p >= end || !Word(p)) return false;
  if (Has(p, wc::kPronoun) && !Is(p, impl_.h_him)) return true;
  // "said there had been no fighters": existential "there" + a verb.
  if (tk_.key(p) == "there" && p + 1 < end && Word(p + 1) &&
      Has(p + 1, wc::kVerbish)) {
    return true;
  }
  // "say about 60,000 residents have returned": an approximate number opens
  // the subject, not a topic.
  {
    const std::string_view k = tk_.key(p);
    if ((k == "about" || k == "around" || k == "nearly" || k == "almost" ||
         k == "roughly" || k == "over" || k == "some") &&
        p + 1 < end && tk_.kind(p + 1) == TokenKind::kNumber) {
      return ZeroClauseOk(p + 1, end);
    }
  }
  // "said more than 1 million donors made", "at least 20 people died": a
  // comparative quantifier opens the subject.
  if (p + 2 < end && Word(p + 1)) {
    const std::string_view k = tk_.key(p), k1 = tk_.key(p + 1);
    if (((k == "more" || k == "less" || k == "fewer") && k1 == "than") ||
        (k == "at" && (k1 == "least" || k1 == "most"))) {
      return ZeroClauseOk(p + 2, end);
    }
  }
  if (Has(p, wc::kClause | wc::kPrep) && Lower(p)) return false;
  if (BareNounClause(p, end)) return true;
  if (!(Has(p, wc::kDet) || Cap(p) || Covered(p) ||
        tk_.kind(p) == TokenKind::kNumber || Has(p, wc::kGroup))) {
    return false;
  }
  for (uint32_t t = p + 1; t < end && t - p < 14; ++t) {
    if (!Word(t)) {
      if (s_.role[t] != kNotQuote) continue;
      if (Comma(t) || tk_.kind(t) == TokenKind::kDash) continue;
      return false;
    }
    if ((Has(t, wc::kVerbish) && Lower(t)) || PastLike(t)) return true;
    if (IsCue(t)) return false;
    // "feared the creation of an elite which might ...": the verb belongs to
    // a relative or adverbial clause, not to a clause after the cue ("the
    // plan, which was approved, would ..." goes on).
    if (Lower(t) && Has(t, wc::kClause) && !Is(t, impl_.h_and) &&
        !Is(t, impl_.h_or) && !Comma(t - 1)) {
      return false;
    }
    // A present-tense verb after a noun: "the bill hurts the poor", 'the
    // nominee "makes you want to retch"' (a quote mark between).
    const uint32_t w =
        (t > p + 1 && s_.role[t - 1] != kNotQuote) ? t - 2 : t - 1;
    if (Lower(t) && t > p && Word(w) && !Has(w, wc::kDet) &&
        !Has(w, wc::kPrep | wc::kNpPrep) && t + 1 < end && VerbSShape(t)) {
      return true;
    }
  }
  return false;
}

// "said teachers had", "said quality problems at the unit would cost": a
// clause whose subject is a bare lower-case noun phrase. Bare nouns are also
// objects ("said goodbye", "said prayers for the dead"), so the phrase must
// reach an auxiliary, a modal or a listed verb form within a few words, with
// no comma, quote, clause word or other cue on the way.
bool Run::BareNounClause(uint32_t p, uint32_t end) const {
  constexpr uint32_t kNotNoun =
      wc::kDet | wc::kPronoun | wc::kClause | wc::kPrep | wc::kNpPrep |
      wc::kAux | wc::kVerbish | wc::kTime | wc::kAdvPrep | wc::kDiscourse;
  const std::string_view k = tk_.key(p);
  // A cue form ending in -s right after the cue is a plural noun ("said
  // comments from Rice were", "said reports of looting were").
  const bool plural_cue_noun =
      IsCue(p) && k.size() > 3 && EndsWith(k, "s") && !EndsWith(k, "ss");
  if (!Lower(p) || Has(p, kNotNoun) || (IsCue(p) && !plural_cue_noun) ||
      EndsWith(k, "ly") || PastLike(p) || Clitic(p) || Is(p, impl_.h_him) ||
      k == "me" || k == "us" || k == "them" || k == "myself" ||
      k == "yourself" || k == "ourselves") {
    return false;  // object pronouns are addressees: "told me he had"
  }
  for (uint32_t t = p + 1; t < end && t - p <= 16; ++t) {
    if (!Word(t)) {
      if (tk_.kind(t) == TokenKind::kNumber) continue;
      // "comments from Rice, Rhodes and Petraeus were": a list of names.
      if (Comma(t) && t > p && Cap(t - 1) && t + 1 < end && Word(t + 1) &&
          Cap(t + 1)) {
        continue;
      }
      return false;
    }
    // A determiner opens a second noun phrase unless a preposition links it
    // ("problems at its unit"; not "comfort some of the sandals").
    if (Has(t, wc::kDet) && !Has(t - 1, wc::kPrep | wc::kNpPrep) &&
        !Is(t - 1, impl_.h_and) && tk_.key(t - 1) != "or") {
      return false;
    }
    if (Lower(t) && Has(t, wc::kVerbish)) return true;
    // "seizures of cocaine and weapons had": a coordinated noun, not a
    // second verb ("said goodbye and went home").
    if ((Is(t, impl_.h_and) || tk_.key(t) == "or") && t + 1 < end &&
        Word(t + 1) &&
        !(Lower(t + 1) && (Has(t + 1, wc::kVerbish | wc::kAux | wc::kClause) ||
                           PastLike(t + 1) || IsCue(t + 1)))) {
      continue;
    }
    // "heatwaves now affect": an adverb of the Aux class before a verb.
    if (Lower(t) && Has(t, wc::kAux) && t + 1 < end && Word(t + 1) &&
        Lower(t + 1) && !Has(t + 1, kNotNoun) && !IsCue(t + 1)) {
      return true;
    }
    if (IsCue(t) || (Lower(t) && Has(t, wc::kClause))) return false;
  }
  return false;
}

ContentPick Run::RightContent(uint32_t after, uint16_t frames,
                              uint32_t /*lo_sent*/, bool addressee) const {
  ContentPick pick;
  const uint32_t hi = SentEnd(after < n_ ? after : n_ - 1);
  uint32_t p = after;
  if (p >= n_) return pick;
  bool that = false;
  p = SkipAdverbialsRight(p, std::max(hi, p), &that);
  if (!that && addressee && p < hi && Word(p) &&
      (Cap(p) || Has(p, wc::kDet | wc::kGroup) || Lower(p)) &&
      !Is(p, impl_.h_that) && !Has(p, wc::kClause | wc::kPrep)) {
    // "told him the plan was dead", "told reporters the vote would be
    // close", "told Hannity a loss is likely": the addressee (an object
    // pronoun or a noun phrase of up to four words), then a clause with no
    // "that".
    bool that_ahead = false;  // "told X and Y that P": the rule below
    for (uint32_t t = p; t < hi && t - p < 24 && !Terminal(t); ++t) {
      if (Is(t, impl_.h_that)) {
        that_ahead = true;
        break;
      }
    }
    if ((frames & frame::Zero) && !that_ahead) {
      const std::string_view k0 = tk_.key(p);
      const bool object_pronoun = k0 == "him" || k0 == "her" || k0 == "them" ||
                                  k0 == "me" || k0 == "us" || k0 == "you";
      const uint32_t first_a =
          (Has(p, wc::kDet) && !object_pronoun) ? p + 2 : p + 1;
      // The first clause start that opens with a determiner or a pronoun
      // ("told Fox News host Ann Lee a loss is likely"), else the first.
      uint32_t clause = kNone;
      for (uint32_t a = first_a; a < hi && a - p <= 8; ++a) {
        // "telling reporters on Thursday he viewed": a time phrase after
        // the addressee.
        if (a > p && Word(a) && Lower(a) && Has(a, wc::kAdvPrep) &&
            a + 2 < hi && Word(a + 1) && Has(a + 1, wc::kTime) &&
            !Has(a + 1, wc::kDet)) {
          a += 2;
          if (clause == kNone && ZeroClauseOk(a, hi) &&
              Has(a, wc::kDet | wc::kPronoun)) {
            clause = a;
            break;
          }
          continue;
        }
        const uint32_t last = a - 1;
        if (!Word(last) || IsCue(last) ||
            Has(last, wc::kClause | wc::kPrep | wc::kNpPrep) ||
            (Lower(last) && Has(last, wc::kVerbish | wc::kAux)) ||
            s_.role[last] != kNotQuote) {
          break;
        }
        if (!Word(a) || Is(a, impl_.h_that)) break;
        if (!ZeroClauseOk(a, hi) || Has(a, wc::kNpPrep)) continue;
        if (clause == kNone) clause = a;
        if (Has(a, wc::kDet | wc::kPronoun)) {
          clause = a;
          break;
        }
      }
      // No addressee: "warned the deal would collapse".
      if (clause == kNone && !object_pronoun && ZeroClauseOk(p, hi)) {
        clause = p;
      }
      if (clause != kNone) {
        pick.r = {clause, ContentEnd(clause, false)};
        pick.clause = true;
        return pick;
      }
    }
    // "told reporters (on Monday) that", "told CNN:", "warned him that"
    uint32_t j = p;
    while (j < hi && j - p < 5 && Word(j) && !Is(j, impl_.h_that) &&
           !IsCue(j) && !Has(j, wc::kPrep)) {
      ++j;
    }
    bool that2 = false;
    const uint32_t q = SkipAdverbialsRight(j, hi, &that2);
    if (that2 || (q < hi && (Punct(q, ':') || Comma(q)) && OpenQ(q + 1)) ||
        OpenQ(q) || q >= hi || Terminal(q) || Comma(q)) {
      p = q;
      that = that2;
      if (!that2 && (q >= hi || Terminal(q) || (Comma(q) && !OpenQ(q + 1)))) {
        return pick;  // "told CNN." — no content on the right
      }
    } else {
      // A longer adjunct after the addressee: "told Al Jazeera in an
      // interview broadcast on Saturday that P". Bounded: one clause, no
      // other cue, no quote, no clause word before the "that".
      uint32_t k = j;
      while (k < hi && k - p < 24 && Word(k) && !Is(k, impl_.h_that) &&
             !(IsCue(k) && !(k > p && Has(k - 1, wc::kDet))) &&
             s_.role[k] == kNotQuote && !(Has(k, wc::kClause) && Lower(k))) {
        ++k;
      }
      if (k < hi && Is(k, impl_.h_that) && k > j) {
        p = k;
        that = true;
      }
    }
  }
  if (that && (frames & frame::That)) {
    const uint32_t cb = p + 1;
    const uint32_t ce = ContentEnd(cb, false);
    pick.r = {cb, ce};
    pick.that = true;
    pick.clause = true;
    return pick;
  }
  if (that) return pick;
  if (p >= n_) return pick;
  if ((Punct(p, ':') || Comma(p)) && OpenQ(p + 1) && (frames & frame::Quote)) {
    const uint32_t cb = p + 1;
    pick.r = {cb, ContentEnd(cb, false)};
    pick.quote = true;
    pick.clause = true;
    return pick;
  }
  if (OpenQ(p) && (frames & (frame::Quote | frame::Np | frame::Zero))) {
    const QuotePair& q = s_.quotes[InQuote(p) ? QuoteAt(p) : 0];
    if (InQuote(p) && !ShortQuote(q)) {
      pick.r = {p, ContentEnd(p, !(frames & frame::Quote))};
      pick.quote = true;
      pick.clause = true;
      return pick;
    }
    if (InQuote(p) && (frames & frame::Quote) && (frames & frame::Zero)) {
      // A short quote that is the whole complement: "Ueda says “no rush”
      // as ...", "He said “no”." (not "said the “plan” was ...").
      const uint32_t after_q = q.close + 1;
      // 'said "zero" voters would follow': the quote opens the subject.
      if (q.close > p + 1 && after_q < hi && Word(after_q) && Lower(after_q) &&
          BareNounClause(after_q, hi)) {
        pick.r = {p, ContentEnd(p, false)};
        pick.clause = true;
        return pick;
      }
      if (q.close > p + 1 &&
          (after_q >= hi || Terminal(after_q) || Comma(after_q) ||
           NewlineBefore(after_q) ||
           (Word(after_q) && Lower(after_q) && Has(after_q, wc::kClause)))) {
        pick.r = {p, after_q};
        pick.quote = true;
        pick.clause = true;
        return pick;
      }
    }
    if (frames & frame::Np) {
      pick.r = {p, ContentEnd(p, true)};
      return pick;
    }
    return pick;
  }
  if (p >= hi || !Word(p)) return pick;
  if ((frames & frame::Zero) && ZeroClauseOk(p, hi)) {
    pick.r = {p, ContentEnd(p, false)};
    pick.clause = true;
    return pick;
  }
  if ((frames & frame::Naming) && Word(p) && !NewlineBefore(p)) {
    // "called Trump “unhinged”", "called the statement “offensive”",
    // "called it an attack on the states": a short object (a pronoun, a
    // name or a determiner phrase of up to four words), then a quote or
    // a/an + noun. Not "called a meeting", "called for", "a man called
    // John".
    uint32_t o = p;
    if (Has(p, wc::kPronoun) || Is(p, impl_.h_him) || tk_.key(p) == "them") {
      o = p + 1;
    } else if (Cap(p) || Has(p, wc::kDet)) {
      o = p + 1;
      while (o < hi && o - p < 4 && Word(o) && !IsCue(o) &&
             !Has(o, wc::kClause | wc::kPrep | wc::kNpPrep | wc::kAux |
                         wc::kVerbish | wc::kDet) &&
             !EndsWith(tk_.key(o), "ing") && s_.role[o] == kNotQuote) {
        ++o;
      }
      // A determiner needs its noun: "called the “IT Crowd”" is a name.
      if (Has(p, wc::kDet) && o == p + 1) o = p;
    }
    if (o > p && o < hi) {
      const std::string_view k = tk_.key(o);
      const bool name_quote =
          OpenQ(o) && InQuote(o) && s_.quotes[QuoteAt(o)].close > o + 1;
      const bool name_np = (k == "a" || k == "an") && o + 1 < hi && Word(o + 1);
      if (name_quote || name_np) {
        const uint32_t ce =
            name_quote ? s_.quotes[QuoteAt(o)].close + 1 : ContentEnd(o, true);
        pick.r = {p, ce};
        return pick;
      }
    }
    return pick;
  }
  if ((frames & frame::NpAs) && !(frames & frame::Np) && Word(p) &&
      !NewlineBefore(p) && !Has(p, wc::kClause | wc::kPrep) &&
      (Has(p, wc::kDet) || !Has(p, wc::kAdvPrep))) {
    // "identified the man as a local", "estimated the cost at $5 billion":
    // an object followed, within the clause, by its "as"/"at" complement.
    const uint32_t ce = ContentEnd(p, true);
    for (uint32_t j = p + 1; j < ce && j - p < 12; ++j) {
      if (Terminal(j) || IsCue(j)) break;
      if (Is(j, impl_.h_as) || Is(j, impl_.h_at)) {
        if (j + 1 < ce) pick.r = {p, ce};
        break;
      }
    }
    return pick;
  }
  if (frames & frame::Np) {
    if (Is(p, impl_.h_to) || Is(p, impl_.h_that)) return pick;
    if (NewlineBefore(p)) return pick;  // a heading ("Merger proposed")
    if (Has(p, wc::kAdvPrep | wc::kClause) && Lower(p) &&
        !Is(p, impl_.h_against) && !Is(p, impl_.h_about) &&
        !Is(p, impl_.h_for) && !Is(p, impl_.h_of)) {
      return pick;
    }
    pick.r = {p, ContentEnd(p, true)};
    return pick;
  }
  return pick;
}

bool Run::TrimRange(TokRange& r) const {
  // A leading "that" is the complementizer, except a demonstrative
  // subject before a comma ("That, she added, was a mistake").
  while (r.b < r.e &&
         (PunctOrDash(r.b) ||
          (Is(r.b, impl_.h_that) && !(r.b + 1 < r.e && Comma(r.b + 1)))) &&
         s_.role[r.b] == kNotQuote) {
    ++r.b;
  }
  while (r.e > r.b && PunctOrDash(r.e - 1) && s_.role[r.e - 1] == kNotQuote) {
    --r.e;
  }
  // Never end on a lone open mark or an unpaired mark.
  while (r.e > r.b &&
         (s_.role[r.e - 1] == kOpenMark || s_.role[r.e - 1] == kStrayMark)) {
    --r.e;
    while (r.e > r.b && PunctOrDash(r.e - 1) && s_.role[r.e - 1] == kNotQuote) {
      --r.e;
    }
  }
  return r.e > r.b && r.e - r.b <= kMaxContentTokens;
}

// ---------------------------------------------------------------- salience

void Run::IngestMentionsBefore(uint32_t byte) {
  // The mentions before `byte` (in order, to the first that is not), then
  // those of them with a PER or ORG entity with a canonical name, in order:
  // from the compact lists BeginClassify() made.
  const uint32_t* const begins = s_.mention_begin.data();
  while (ingested_ < mentions_.size() && begins[ingested_] < byte) {
    ++ingested_;
  }
  while (desc_pos_ < s_.desc_mentions.size() &&
         s_.desc_mentions[desc_pos_].first < ingested_) {
    const auto [mi, token_begin] = s_.desc_mentions[desc_pos_++];
    // Descriptors: up to 6 words before the mention ("Russian Defense
    // Minister", "The official Belarusian news agency “Belta”").
    DescEntry d;
    d.mention = static_cast<int32_t>(mi);
    uint32_t t = token_begin;
    while (t > 0 && d.n < 6) {
      const uint32_t u = t - 1;
      if (AnyQuoteMark(u)) {
        t = u;
        continue;
      }
      if (!Word(u) ||
          Has(u, wc::kDet | wc::kClause | wc::kPrep | wc::kNpPrep) ||
          IsCue(u) || Clitic(u)) {
        break;
      }
      d.words[d.n++] = tk_.key_hash(u);
      t = u;
    }
    // The canonical name's own words describe it too ("the ministry" ->
    // "Russian Ministry of Defense").
    desc_[desc_count_ % 64] = d;
    desc_bits_[desc_count_ % 64] = DescBits(d);
    ++desc_count_;
  }
}

// 1 female, 2 male, 0 unknown: the first word of the canonical name.
int Run::GenderOf(int32_t m) const {
  int8_t& known = s_.gender[m];  // (computed once per mention)
  if (known < 0) {
    known = static_cast<int8_t>(ComputeGenderOf(m));
    s_.gender_set.push_back(static_cast<uint32_t>(m));
  }
  return known;
}

int Run::ComputeGenderOf(int32_t m) const {
  std::string_view name = mentions_[m].entity.canonical;
  const size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return 0;  // a lone surname
  const uint64_t hash = CueLexicon::WordHash(name.substr(0, sp));
  const bool f = std::binary_search(impl_.female_names.begin(),
                                    impl_.female_names.end(), hash);
  const bool male = std::binary_search(impl_.male_names.begin(),
                                       impl_.male_names.end(), hash);
  return f == male ? 0 : (f ? 1 : 2);
}

int32_t Run::LastPerMention(uint32_t byte, int gender) const {
  // mentions_ sorted by begin: the last PER mention before `byte`.
  size_t hi =
      std::lower_bound(s_.mention_begin.begin(), s_.mention_begin.end(), byte) -
      s_.mention_begin.begin();
  for (size_t k = hi, steps = 0; k > 0 && steps < 200; --k, ++steps) {
    if (mentions_[k - 1].entity.type == EntityType::kPer &&
        !mentions_[k - 1].entity.canonical.empty() &&
        (gender == 0 || GenderOf(static_cast<int32_t>(k - 1)) != 3 - gender)) {
      return static_cast<int32_t>(k - 1);
    }
  }
  return -1;
}

namespace {
// ASCII classes, as <cctype> gives them in the "C" locale (without its
// per-call cost).
constexpr bool AsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
constexpr unsigned char AsciiLower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
}

bool CanonicalHasWord(std::string_view canonical, std::string_view word) {
  // Case-insensitive whole-word search (ASCII folding is enough here:
  // `word` is a normalized key).
  if (word.empty() || canonical.size() < word.size()) return false;
  const unsigned char first = static_cast<unsigned char>(word[0]);
  for (size_t i = 0; i + word.size() <= canonical.size(); ++i) {
    if (AsciiLower(static_cast<unsigned char>(canonical[i])) != first) continue;
    if (i > 0 && AsciiAlnum(static_cast<unsigned char>(canonical[i - 1]))) {
      continue;
    }
    bool eq = true;
    for (size_t k = 1; k < word.size() && eq; ++k) {
      eq = AsciiLower(static_cast<unsigned char>(canonical[i + k])) ==
           static_cast<unsigned char>(word[k]);
    }
    if (!eq) continue;
    const size_t end = i + word.size();
    if (end < canonical.size() &&
        AsciiAlnum(static_cast<unsigned char>(canonical[end]))) {
      continue;
    }
    return true;
  }
  return false;
}
// FNV-1a of a lower-case ASCII letter-digit run: kRunHashBasis, then
// RunHashStep() per byte; RunBit() is its bit in OrgWords().
constexpr uint64_t kRunHashBasis = 1469598103934665603ull;
// The step for a byte already folded (AsciiLower()).
inline uint64_t RunHashStepFolded(uint64_t h, unsigned char folded) {
  return (h ^ folded) * 1099511628211ull;
}
inline uint64_t RunHashStep(uint64_t h, unsigned char c) {
  return RunHashStepFolded(h, AsciiLower(c));
}
// AsciiLower() of an ASCII letter or digit, 0 for every other byte: one
// load per byte of a canonical name in OrgWords().
constexpr std::array<unsigned char, 256> kFoldedAlnum = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (AsciiAlnum(static_cast<unsigned char>(c))) {
      t[c] = AsciiLower(static_cast<unsigned char>(c));
    }
  }
  return t;
}();
inline uint64_t RunBit(uint64_t h) { return uint64_t{1} << (h % 62); }
uint64_t RunHash(std::string_view s, size_t b, size_t e) {
  uint64_t h = kRunHashBasis;
  for (size_t i = b; i < e; ++i) {
    h = RunHashStep(h, static_cast<unsigned char>(s[i]));
  }
  return h;
}
}  // namespace

// The bit of a word in OrgWords(), or 0 when the word is not a plain
// lower-case ASCII letter-digit run (then no filter applies: a match of such
// a word by CanonicalHasWord() is always one whole letter-digit run of the
// name, whose bit is set).
uint64_t Run::WordBit(std::string_view word) {
  if (word.empty()) return 0;
  for (const char ch : word) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (!AsciiAlnum(c) || AsciiLower(c) != c) return 0;
  }
  return RunBit(RunHash(word, 0, word.size()));
}

uint64_t Run::OrgWords(size_t m) {
  uint64_t& v = s_.org_words[m];
  if (v != 0) return v;
  v = kKnown;
  s_.org_words_set.push_back(static_cast<uint32_t>(m));
  const EntityRef& e = mentions_[m].entity;
  if (e.type != EntityType::kOrg || e.canonical.empty()) return v;
  v |= kIsOrg;
  // One pass: RunHash() of each letter-digit run, folded in as it is read.
  uint64_t h = kRunHashBasis;
  bool in_run = false;
  for (const char ch : e.canonical) {
    const unsigned char c = kFoldedAlnum[static_cast<unsigned char>(ch)];
    if (c != 0) {
      h = RunHashStepFolded(h, c);
      in_run = true;
    } else if (in_run) {
      v |= RunBit(h);
      h = kRunHashBasis;
      in_run = false;
    }
  }
  if (in_run) v |= RunBit(h);
  return v;
}

void Run::Resolve(TokRange src, Claim& claim) {
  resolved_ = nullptr;
  IngestMentionsBefore(tk_.begin(src.b));
  claim.source_type = EntityType::kOther;
  // Pronouns.
  if (src.e - src.b == 1 && Has(src.b, wc::kPronoun)) {
    const uint32_t t = src.b;
    if (Is(t, impl_.h_he) || Is(t, impl_.h_she)) {
      claim.source_type = EntityType::kPer;
      int32_t m = -1;
      if (topic_per_ >= 0 && cur_sent_ - topic_sent_ <= 8) m = topic_per_;
      if (m < 0) m = LastPerMention(tk_.begin(t));
      // A first name of the other gender vetoes the antecedent: take the
      // most recent person whose first name does not clash.
      const int want = Is(t, impl_.h_she) ? 1 : 2;
      if (m >= 0 && GenderOf(m) != 0 && GenderOf(m) != want) {
        m = LastPerMention(tk_.begin(t), want);
      }
      if (m >= 0) {
        claim.source_entity = mentions_[m].entity;
        resolved_ = &mentions_[m].entity;
      }
      return;
    }
    if (Is(t, impl_.h_they) || Is(t, impl_.h_it)) {
      if (last_nonper_ != nullptr) {
        claim.source_entity = *last_nonper_;
        claim.source_type = last_nonper_->type;
        resolved_ = last_nonper_;
      }
      return;
    }
    if (Has(t, wc::kFirstPerson)) claim.source_type = EntityType::kPer;
    return;
  }
  // Structure of the phrase: its head part ends at the first preposition or
  // comma; coordination makes a group.
  uint32_t head_end = src.e;
  bool coordinated = false;
  uint32_t appos_b = src.e;
  for (uint32_t t = src.b; t < src.e; ++t) {
    if (head_end == src.e && Has(t, wc::kNpPrep | wc::kPrep) && Lower(t)) {
      head_end = t;
    }
    if (Comma(t) && appos_b == src.e) {
      if (head_end == src.e) head_end = t;
      appos_b = t + 1;
    }
    if (Is(t, impl_.h_and) && t < head_end) coordinated = true;
  }
  // Head word: last word of the head part.
  uint32_t head = head_end;
  while (head > src.b && !Word(head - 1)) --head;
  head = head > src.b ? head - 1 : src.b;
  const bool group = Has(head, wc::kGroup);
  const bool title = Has(head, wc::kTitle);
  // Mentions inside the phrase.
  int32_t best = -1;
  int32_t per = -1, org_in_head = -1, gpe_head = -1, org_pp = -1,
          norp_head = -1;
  int n_head_mentions = 0;
  for (uint32_t t = src.b; t < src.e; ++t) {
    const int32_t m = MentionAt(t);
    if (m < 0 || (t > src.b && MentionAt(t - 1) == m)) continue;
    const Mention& men = mentions_[m];
    if (men.entity.canonical.empty()) continue;
    const uint32_t after = std::min<uint32_t>(men.token_end, n_ - 1);
    const bool possessive = men.token_end < n_ && Clitic(after);
    const bool in_head = t < head_end;
    if (in_head) ++n_head_mentions;
    if (possessive) continue;
    switch (men.entity.type) {
      case EntityType::kPer:
        if (in_head || t >= appos_b) per = m;
        break;
      case EntityType::kOrg:
        if (in_head) {
          if (org_in_head < 0 || men.token_end >= head) org_in_head = m;
        } else if (org_pp < 0) {
          org_pp = m;
        }
        break;
      case EntityType::kGpe:
      case EntityType::kLoc:
        if (in_head && men.token_end >= head + 1 && gpe_head < 0) gpe_head = m;
        break;
      case EntityType::kNorp:
        // "the pro-Russians": a demonym as the head noun names the group.
        if (men.token_end == head + 1 && in_head) norp_head = m;
        break;
      default:
        break;
    }
  }
  if (coordinated && n_head_mentions >= 2) {
    claim.source_type = EntityType::kOther;
    return;
  }
  if (per >= 0)
    best = per;
  else if (org_in_head >= 0)
    best = org_in_head;
  else if (gpe_head >= 0)
    best = gpe_head;
  else if (group && org_pp >= 0)
    best = org_pp;
  else if (norp_head >= 0)
    best = norp_head;
  if (best >= 0) {
    claim.source_entity = mentions_[best].entity;
    resolved_ = &mentions_[best].entity;
    claim.source_type =
        group ? EntityType::kOther : mentions_[best].entity.type;
    if (claim.source_type == EntityType::kNorp)
      claim.source_type = EntityType::kOther;
    // A person named with a title teaches "the president" who it is.
    if (mentions_[best].entity.type == EntityType::kPer) {
      DescEntry d;
      d.mention = best;
      for (uint32_t t = src.b; t < src.e && d.n < 6; ++t) {
        if (Word(t) && MentionAt(t) != best && !Has(t, wc::kDet) &&
            !Clitic(t)) {
          d.words[d.n++] = tk_.key_hash(t);
        }
      }
      if (d.n > 0) {
        desc_[desc_count_ % 64] = d;
        desc_bits_[desc_count_ % 64] = DescBits(d);
        ++desc_count_;
      }
    }
    return;
  }
  if (group) {
    claim.source_type = EntityType::kOther;
    return;
  }
  // A definite description: "the ministry", "The French President", "the
  // agency". Words after the determiner, in the head part.
  uint64_t words[6];
  int nw = 0;
  uint32_t t0 = src.b;
  if (Has(t0, wc::kDet)) ++t0;
  for (uint32_t t = t0; t < head_end && nw < 6; ++t) {
    if (Word(t) && !Clitic(t)) words[nw++] = tk_.key_hash(t);
  }
  if (nw == 0 || t0 == src.b) {
    if (title)
      claim.source_type = EntityType::kPer;
    else if (Has(head, wc::kOrgHead))
      claim.source_type = EntityType::kOrg;
    return;
  }
  // 1. Descriptor memory (most recent first).
  const uint32_t count = std::min<uint32_t>(desc_count_, 64);
  uint64_t need = 0;
  for (int w = 0; w < nw; ++w) need |= DescBit(words[w]);
  for (uint32_t k = 0; k < count; ++k) {
    const uint32_t slot = (desc_count_ - 1 - k) % 64;
    if ((desc_bits_[slot] & need) != need) continue;  // a word is missing
    const DescEntry& d = desc_[slot];
    bool all = true;
    for (int w = 0; w < nw && all; ++w) {
      bool hit = false;
      for (int x = 0; x < d.n; ++x) hit |= d.words[x] == words[w];
      all = hit;
    }
    if (all) {
      claim.source_entity = mentions_[d.mention].entity;
      resolved_ = &mentions_[d.mention].entity;
      claim.source_type = mentions_[d.mention].entity.type;
      return;
    }
  }
  // 2. The most recent mention whose canonical name has every word. The
  // word bits of each name (computed once per mention) rule out most names
  // without a search.
  if (!title) {
    uint64_t bits[kMaxFilteredWords];
    uint32_t toks[kMaxFilteredWords];
    uint32_t n_words = 0;
    bool filtered = true;
    for (uint32_t t = t0; t < head_end; ++t) {
      if (!Word(t) || Clitic(t)) continue;
      if (n_words == kMaxFilteredWords) {
        filtered = false;
        break;
      }
      bits[n_words] = WordBit(tk_.key(t));
      toks[n_words++] = t;
    }
    // The last 200 mentions, of which only the ORGs can match.
    const size_t hi = ingested_;
    const size_t lo = hi > 200 ? hi - 200 : 0;
    const std::vector<uint32_t>& orgs = s_.org_mentions;
    for (size_t j =
             std::lower_bound(orgs.begin(), orgs.end(), hi) - orgs.begin();
         j > 0 && orgs[j - 1] >= lo; --j) {
      const uint64_t org_words = OrgWords(orgs[j - 1]);
      if ((org_words & kIsOrg) == 0) continue;
      const Mention& m = mentions_[orgs[j - 1]];
      bool all = true;
      if (filtered) {
        for (uint32_t w = 0; w < n_words && all; ++w) {
          all = (bits[w] == 0 || (org_words & bits[w]) != 0) &&
                CanonicalHasWord(m.entity.canonical, tk_.key(toks[w]));
        }
      } else {
        for (uint32_t t = t0; t < head_end && all; ++t) {
          if (!Word(t) || Clitic(t)) continue;
          all = CanonicalHasWord(m.entity.canonical, tk_.key(t));
        }
      }
      if (all) {
        resolved_ = &m.entity;
        claim.source_entity = m.entity;
        claim.source_type = EntityType::kOrg;
        return;
      }
    }
  }
  if (title)
    claim.source_type = EntityType::kPer;
  else if (Has(head, wc::kOrgHead))
    claim.source_type = EntityType::kOrg;
}

// ---------------------------------------------------------------- output

bool Run::Emit(TokRange content, TokRange source, TokRange cue, uint16_t lemma,
               std::string_view lemma_text, std::string_view rule,
               float confidence, TokRange reported_by, TokRange exclude) {
  (void)lemma;
  if (!TrimRange(content)) return false;
  if (confidence < opt_.min_confidence) return false;
  Claim c;
  // Kind: quotes in the content?
  // (TrimRange bounds the content, so these counts are bounded work.)
  // Open and close marks are among the listed quote-mark tokens; the words
  // outside quotes matter only when there are marks.
  uint32_t marks = 0, outside = 0;
  for (auto it = s_.marks.begin() + mark_cursor_.Find(s_.marks, content.b);
       it != s_.marks.end() && *it < content.e; ++it) {
    const uint8_t r = s_.role[*it];
    marks += (r == kOpenMark || r == kCloseMark) ? 1 : 0;
  }
  if (marks != 0) {
    for (uint32_t t = content.b; t < content.e; ++t) {
      if (!InQuote(t) && Word(t) && !(t >= exclude.b && t < exclude.e)) {
        ++outside;
      }
    }
  }
  Span bytes{tk_.begin(content.b), tk_.end(content.e - 1)};
  if (marks == 0) {
    c.kind = ClaimKind::kIndirect;
  } else if (outside == 0 && OpenQ(content.b) && CloseQ(content.e - 1)) {
    c.kind = ClaimKind::kDirect;
    if (content.e - content.b < 3) return false;
    bytes = {tk_.begin(content.b + 1), tk_.end(content.e - 2)};
  } else {
    c.kind = ClaimKind::kMixed;
  }
  if (bytes.empty()) return false;
  // The same content from the same cue: keep the first.
  // (Claims come in cue order, so a duplicate is among the last few.)
  for (size_t k = claims_->size(), steps = 0; k > first_claim_ && steps < 8;
       --k, ++steps) {
    const Claim& o = (*claims_)[k - 1];
    if (o.content == bytes && o.cue.has_value() == !cue.empty() &&
        (cue.empty() || o.cue->begin == tk_.begin(cue.b))) {
      return false;
    }
  }
  c.content = bytes;
  if (!cue.empty()) c.cue = Span{tk_.begin(cue.b), tk_.end(cue.e - 1)};
  // Both are literals (rule ids; the lexicon's lemmas, ":"): static storage.
  c.cue_lemma = lemma_text;
  c.rule = rule;
  c.confidence = confidence;
  if (!source.empty()) {
    c.source = Span{tk_.begin(source.b), tk_.end(source.e - 1)};
    Resolve(source, c);
    if (c.source_entity) {
      if (c.source_entity->type == EntityType::kPer) {
        // Find the mention index of this entity for the topic.
        for (uint32_t t = source.b; t < source.e; ++t) {
          const int32_t m = MentionAt(t);
          if (m >= 0 && mentions_[m].entity.id == c.source_entity->id) {
            topic_per_ = m;
            topic_sent_ = cur_sent_;
            break;
          }
        }
        if (topic_per_ < 0 ||
            mentions_[topic_per_].entity.id != c.source_entity->id) {
          // Resolved through a pronoun or a description: keep the topic.
          const int32_t m = LastPerMention(tk_.begin(source.b));
          if (m >= 0 && mentions_[m].entity.id == c.source_entity->id) {
            topic_per_ = m;
            topic_sent_ = cur_sent_;
          }
        } else {
          topic_sent_ = cur_sent_;
        }
      } else {
        last_nonper_ = resolved_;
      }
    }
  }
  if (!reported_by.empty()) {
    c.reported_by = Span{tk_.begin(reported_by.b), tk_.end(reported_by.e - 1)};
  }
  FillAbout(c);  // the mentions inside the content
  recent_.push_back({cue.empty() ? content.b : cue.b, claims_->size()});
  cue_tok_.push_back(cue.empty() ? content.b : cue.b);
  src_tok_.push_back(source.empty() ? TokRange{} : source);
  claims_->push_back(std::move(c));
  return true;
}

int32_t Run::LastClaimInClause(uint32_t lo, uint32_t c) const {
  for (size_t k = recent_.size(), steps = 0; k > 0 && steps < 16;
       --k, ++steps) {
    const auto& [cue_tok, idx] = recent_[k - 1];
    if (cue_tok < c && cue_tok >= lo && (*claims_)[idx].source) {
      return static_cast<int32_t>(idx);
    }
  }
  return -1;
}

// ---------------------------------------------------------------- rules

namespace {
std::optional<TokRange> SpanRange(const Tokens& tk, const Span& s) {
  const size_t b = tk.FirstEndingAfter(s.begin);
  size_t e = b;
  while (e < tk.size() && tk.end(e) <= s.end) ++e;
  if (e <= b) return std::nullopt;
  return TokRange{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}
}  // namespace

// Verb cues: indirect.that, indirect.zero_that, indirect.object,
// direct.quote_after_cue, front.subject_cue, front.cue_subject,
// front.interposed, direct.split_quote, participle.clause_subject,
// coordinated.previous_source, relative.antecedent, as_parenthetical,
// passive.it_that.
void Run::VerbCue(uint32_t c) {
  const CueForm& form = FormAt(c);
  const CueLemma& lemma = LemmaAt(c);
  const uint16_t frames = lemma.frames;
  const uint32_t sb = SentBegin(c);
  const uint32_t se = SentEnd(c);
  const TokRange cue{c, c + form.n_words};
  uint32_t after = cue.e;
  if (lemma.particle_hash != 0 && Is(after, lemma.particle_hash)) ++after;
  const bool ing = form.form == VerbForm::kIng;
  // The word before the cue: a determiner or preposition makes it a noun or
  // an adjective ("the reported deaths", "after reports").
  const uint32_t e = SkipAuxLeft(c, sb);
  if (c > sb) {
    const uint32_t k = c - 1;
    // "Berry's proposed amendment": a participle used as an adjective after
    // a possessive ("Moody's warned that", "Moody's warned investors" stay).
    if (Clitic(k) && form.form == VerbForm::kPast && Word(after) &&
        Lower(after) && !(frames & frame::Addr) &&
        !Has(after, wc::kDet | wc::kPronoun | wc::kClause | wc::kPrep |
                        wc::kNpPrep | wc::kAdvPrep)) {
      return;
    }
    if (Word(k) && ing && Lower(k) &&
        (Is(k, impl_.h_the) || Is(k, impl_.h_a) || Is(k, impl_.h_an))) {
      return;  // "a briefing", "the warning": a noun
    }
    if (!ing && Word(k) &&
        (Has(k, wc::kDet) || (Lower(k) && Has(k, wc::kPrep)) ||
         (Lower(k) && Has(k, wc::kNpPrep) && e == c))) {
      return;
    }
    // "maintained reported": two verbs; but "Those surveyed said", "voters
    // polled said": a participle after the noun it describes.
    if (e == c && e > sb && PastLike(e - 1) && !ReducedRelative(e - 1, sb)) {
      return;
    }
    if (e < c && e > sb && PastLike(e - 1) && !Has(e - 1, wc::kAux)) return;
  }
  // Passives: "it was reported that P" (source null); other passives are
  // not claims of their subject ("X is expected to").
  bool passive = false;
  for (uint32_t t = e; t < c; ++t) {
    if (Is(t, impl_.h_not) || Is(t, impl_.h_nt) || Is(t, impl_.h_never)) {
      return;  // "did not comment", "never said": nothing is attributed
    }
    if (Is(t, impl_.h_was) || Is(t, impl_.h_were) || Is(t, impl_.h_is) ||
        Is(t, impl_.h_are) || Is(t, impl_.h_been) || Is(t, impl_.h_be)) {
      passive = true;
    }
  }
  if (passive && form.form == VerbForm::kPast && Is(after, impl_.h_by)) {
    // "He had been briefed by General X about P", "was told by officials
    // that P": the agent is the source.
    const TokRange agent = NpRight(after + 1, se, true, false);
    if (!agent.empty()) {
      uint32_t p = agent.e;
      TokRange content;
      if (Is(p, impl_.h_that)) {
        content = {p + 1, ContentEnd(p + 1, false)};
      } else if ((Is(p, impl_.h_about) || Is(p, impl_.h_of)) && p + 1 < se) {
        content = {p + 1, ContentEnd(p + 1, true)};
      } else if ((Comma(p) || Punct(p, ':')) && OpenQ(p + 1)) {
        content = {p + 1, ContentEnd(p + 1, false)};
      }
      if (!content.empty()) {
        Emit(content, agent, cue, form.lemma, lemma.lemma, "passive.by_agent",
             0.7f);
      }
    }
    return;
  }
  if (passive && form.form == VerbForm::kPast) {
    if (e > sb && Is(e - 1, impl_.h_it)) {
      ContentPick r = RightContent(after, frame::That, sb, false);
      if (r.that) {
        Emit(r.r, TokRange{}, cue, form.lemma, lemma.lemma, "passive.it_that",
             0.6f);
      }
    }
    return;
  }
  Stop why;
  TokRange subj = Subject(e, sb, &why, ing);
  // "Mr. Hale, who retired from the council in 1990 said": a relative
  // clause whose closing comma is missing; the source is its antecedent.
  // The walk below acts only on a "who"/"which" among the tokens it
  // visits, [max(sb + 1, subj.b - 20), subj.b): look that up first, so a
  // cue without one nearby (1,000,000 x "he said") costs no walk.
  if (!subj.empty() && subj.b > sb + 2 &&
      WhoWhichIn(subj.b - std::min(subj.b - (sb + 1), 20u), subj.b)) {
    for (uint32_t k = subj.b; k > sb + 1 && subj.b - k < 20; --k) {
      const uint32_t u = k - 1;
      if (Comma(u) || Terminal(u) || s_.role[u] != kNotQuote) break;
      if ((Is(u, impl_.h_who) || Is(u, impl_.h_which)) && Comma(u - 1)) {
        Stop w;
        TokRange ante = NpLeft(u - 1, sb, &w, true);
        if (!ante.empty() && Cap(ante.b)) {
          subj = ante;
          why = w;
        }
        break;
      }
    }
  }
  // A subject made only of "it/this/which" is not a source, except "it".
  if (!subj.empty() && subj.e - subj.b == 1 && Has(subj.b, wc::kNotSource) &&
      !Is(subj.b, impl_.h_it)) {
    subj = {e, e};
    why = Stop::kOther;
  }
  ContentPick right =
      RightContent(after, frames, sb, (frames & frame::Addr) != 0);
  // Fronted content: the subject (or the cue, when inverted) follows a comma
  // or a closing quote mark.
  auto fronted = [&](uint32_t before, TokRange* out) -> bool {
    // `before`: first token of the subject (or cue). The content ends at the
    // comma/closing mark before it.
    if (before == 0 || NewlineBefore(before)) return false;
    uint32_t b = before - 1;
    uint32_t end;
    if (Comma(b)) {
      end = b;
      if (b > 0 && s_.role[b - 1] == kCloseMark) end = b;  // keep the mark
    } else if (s_.role[b] == kCloseMark) {
      end = before;
    } else {
      return false;
    }
    if (end == 0) return false;
    uint32_t fs = FrontStart(end - 1);
    if (fs >= end || end - fs < 2) return false;
    // 'P: “Q,” he claimed': only the quote after the colon.
    {
      const uint32_t mark = s_.role[end - 1] == kCloseMark ? end - 1 : b - 1;
      if (s_.role[mark] == kCloseMark && InQuote(mark)) {
        const uint32_t open = s_.quotes[QuoteAt(mark)].open;
        if (open > fs && Punct(open - 1, ':')) fs = open;
      }
    }
    // 'Baker said the probe is "ongoing." He said P': a subject that starts
    // a sentence takes no fronted content from the sentence before, unless
    // that is a quote of its own ("“Why?” he asked.").
    if (SentOf(fs) != SentOf(before)) {
      // Only the quote that ends here, if there is one ("Sub-heading “Q.
      // Q2”, X said").
      const uint32_t mark = s_.role[end - 1] == kCloseMark ? end - 1 : b - 1;
      if (b > 0 && s_.role[mark] == kCloseMark && InQuote(mark) &&
          s_.quotes[QuoteAt(mark)].open >= fs &&
          s_.quotes[QuoteAt(mark)].close - s_.quotes[QuoteAt(mark)].open > 3) {
        fs = s_.quotes[QuoteAt(mark)].open;
      } else {
        fs = SentBegin(before);
      }
      if (fs >= end || end - fs < 2) return false;
    }
    // Not a participial adjunct ("Speaking in Paris on Monday, he read").
    if (Word(fs) && Cap(fs) && EndsWith(tk_.key(fs), "ing") && fs + 1 < end &&
        Word(fs + 1) && Has(fs + 1, wc::kPrep | wc::kAdvPrep | wc::kNpPrep) &&
        !HasQuoteMark(fs, end)) {
      return false;
    }
    // Not across a paragraph boundary, and not a mere adverbial.
    const uint32_t words = end - fs;
    if (words <= 5 && Word(fs) &&
        Has(fs, wc::kAdvPrep | wc::kPrep | wc::kNpPrep | wc::kDiscourse) &&
        !HasQuoteMark(fs, end)) {
      return false;
    }
    // "He said P1, and P2, he added": the fronted part of the second cue
    // starts after the "and" that follows an earlier cue of the sentence;
    // that cue's claim ends before the "and".
    uint32_t and_at = kNone, cue_at = kNone;
    for (uint32_t t = end; t > fs && end - t < 200; --t) {
      const uint32_t u = t - 1;
      if (InQuote(u) && s_.role[u] == kNotQuote) continue;
      if (and_at == kNone && u + 2 < end && u > fs &&
          (Is(u, impl_.h_and) || Is(u, impl_.h_but)) &&
          (Comma(u - 1) || tk_.kind(u - 1) == TokenKind::kDash)) {
        and_at = u;
      } else if (and_at != kNone && IsCue(u) &&
                 LemmaAt(u).cls != CueClass::kSpecial) {
        cue_at = u;
        break;
      }
    }
    if (cue_at != kNone) {
      for (size_t k = recent_.size(), steps = 0; k > 0 && steps < 16;
           --k, ++steps) {
        const auto& [cue_tok, idx] = recent_[k - 1];
        if (cue_tok != cue_at) continue;
        Claim& first = (*claims_)[idx];
        uint32_t last = and_at;
        while (last > cue_at + 1 &&
               (PunctOrDash(last - 1) && s_.role[last - 1] == kNotQuote)) {
          --last;
        }
        if (last > cue_at + 1 && first.content.begin < tk_.end(last - 1) &&
            first.content.end > tk_.begin(and_at)) {
          first.content.end = tk_.end(last - 1);
          fs = and_at + 1;
        }
        break;
      }
    }
    *out = {fs, end};
    return true;
  };

  if (!subj.empty()) {
    // "as Putin always says, P"
    if (subj.b > sb && Is(subj.b - 1, impl_.h_as) && Comma(after)) {
      uint32_t cb = after + 1;
      if (Word(cb) && Has(cb, wc::kVerbish) && Lower(cb)) ++cb;
      const TokRange r{cb, ContentEnd(cb, false)};
      // Inside a quote, the content ends at the quote's end.
      TokRange rr = r;
      if (InQuote(c)) {
        rr.e = std::min<uint32_t>(rr.e, s_.quotes[QuoteAt(c)].close);
      }
      Emit(rr, subj, cue, form.lemma, lemma.lemma, "as_parenthetical", 0.7f);
      return;
    }
    // "Under review, the auditors said, were the contracts", "That, she
    // added, was a mistake": the cue interrupts a clause whose predicate
    // follows it; the content is the whole sentence part (contiguous).
    if ((frames & frame::Front) && subj.b > sb + 0 && Comma(subj.b - 1) &&
        !NewlineBefore(subj.b) && subj.b >= sb + 2 &&
        (Cap(subj.b) || Has(subj.b, wc::kDet | wc::kPronoun | wc::kGroup))) {
      bool that_found = false;
      const uint32_t q = SkipAdverbialsRight(after, se, &that_found);
      if (!that_found && q + 2 < se && Comma(q) && Word(q + 1) &&
          Lower(q + 1) && Has(q + 1, wc::kVerbish) && !IsCue(q + 1)) {
        const uint32_t fs = FrontStart(subj.b - 2);
        if (fs < subj.b - 1) {
          TokRange all{fs, ContentEnd(q + 1, false)};
          Emit(all, subj, cue, form.lemma, lemma.lemma, "front.interposed",
               0.8f, TokRange{}, TokRange{subj.b, after});
          return;
        }
      }
    }
    TokRange front;
    bool has_front = (frames & frame::Front) && fronted(subj.b, &front);
    // '“Q.” The minister said Rome would act': a quote that ends the
    // sentence before is not this cue's content when the cue has its own
    // clause on the right.
    if (has_front && SentOf(front.b) != SentOf(subj.b) && right.clause &&
        !right.r.empty() && !right.quote) {
      has_front = false;
    }
    if (has_front && Word(front.b) && Cap(front.b) &&
        Has(front.b, wc::kPrep | wc::kAdvPrep | wc::kNpPrep) &&
        !HasQuoteMark(front.b, front.e) && after < se && Word(after) &&
        s_.role[front.e - 1] != kCloseMark) {
      // "In a statement posted on Telegram, the RSF said its forces ...":
      // a fronted adverbial without a comma inside is not the content when
      // the cue has words after it.
      bool comma_inside = false;
      for (uint32_t t = front.b; t < front.e; ++t) comma_inside |= Comma(t);
      if (!comma_inside) {
        has_front = false;
        if (right.r.empty() && (frames & frame::Zero)) {
          bool that_found = false;
          const uint32_t p = SkipAdverbialsRight(after, se, &that_found);
          if (!that_found && p < se && Word(p) &&
              (Has(p, wc::kDet | wc::kPronoun | wc::kGroup) || Cap(p))) {
            right.r = {p, ContentEnd(p, false)};
            right.clause = true;
          }
        }
      }
    }
    if (has_front && after < se && Word(after) && AdverbialOnly(front)) {
      // "During a rally in Raleigh, North Carolina, Trump remarked upon ...",
      // "The next month, X announced plans ...": a fronted adverbial with no
      // verb is not what the cue reports when the cue has words after it.
      has_front = false;
    }
    if (right.that || right.quote) {
      if (has_front && right.quote && s_.role[front.e - 1] == kCloseMark &&
          OpenQ(front.b)) {
        // "“A,” X said, “B.”": one direct claim.
        TokRange all{front.b, right.r.e};
        Emit(all, subj, cue, form.lemma, lemma.lemma, "direct.split_quote",
             0.85f, TokRange{}, TokRange{subj.b, after});
        return;
      }
      Emit(right.r, subj, cue, form.lemma, lemma.lemma,
           right.that ? "indirect.that" : "direct.quote_after_cue",
           right.that ? 0.9f : 0.9f);
      return;
    }
    if (has_front && right.clause && !right.r.empty() &&
        s_.role[front.e - 1] != kCloseMark) {
      // "However, the jury said it believes P": the clause on the right.
      Emit(right.r, subj, cue, form.lemma, lemma.lemma, "indirect.zero_that",
           0.75f);
      return;
    }
    if (has_front) {
      // "P1, X said, P2": the content is the whole sentence.
      uint32_t q = after;
      bool dummy;
      q = SkipAdverbialsRight(q, se, &dummy);
      if (Comma(q) && q + 3 < se && Word(q + 1) && !IsCue(q + 1) &&
          !Has(q + 1, wc::kPrep | wc::kAdvPrep) && !PastLike(q + 1) &&
          !EndsWith(tk_.key(q + 1), "ing") &&
          s_.role[front.e - 1] != kCloseMark) {
        TokRange all{front.b, ContentEnd(q + 1, false)};
        Emit(all, subj, cue, form.lemma, lemma.lemma, "front.interposed", 0.8f,
             TokRange{}, TokRange{subj.b, after});
        return;
      }
      // ", quoted by Interfax": a relay.
      TokRange relay;
      if (Comma(q) && (Is(q + 1, impl_.h_quoted) || Is(q + 1, impl_.h_cited)) &&
          Is(q + 2, impl_.h_by)) {
        relay = NpRight(q + 3, se, true, false);
      }
      Emit(front, subj, cue, form.lemma, lemma.lemma, "front.subject_cue",
           0.85f, relay);
      return;
    }
    if (!right.r.empty()) {
      Emit(right.r, subj, cue, form.lemma, lemma.lemma,
           right.clause ? "indirect.zero_that" : "indirect.object",
           right.clause ? 0.75f : 0.7f);
    }
    return;
  }

  // No subject on the left.
  if ((why == Stop::kComma || why == Stop::kClose) &&
      (frames & frame::Invert) && e == c &&
      (form.form == VerbForm::kPast || form.form == VerbForm::kThird)) {
    TokRange src = NpRight(after, se, true, false);
    if (!src.empty() && src.e - src.b == 1 && Has(src.b, wc::kPronoun) &&
        !(src.e >= se || Terminal(src.e) || Comma(src.e) ||
          s_.role[src.e] != kNotQuote)) {
      src = {after, after};  // "said he would win": not an inverted subject
    }
    // "X, an aide to Y, said of Y: ..." / "said in a statement": a phrase
    // that opens with a preposition is never an inverted subject.
    if (!src.empty() && Word(src.b) && Lower(src.b) &&
        Has(src.b, wc::kPrep | wc::kNpPrep | wc::kAdvPrep)) {
      src = {after, after};
    }
    // "X, head of the union, said teachers had ...": a clause after the cue,
    // not an inverted subject.
    if (!src.empty() && (BareNounClause(after, se) ||
                         (src.e < se && Word(src.e) && Lower(src.e) &&
                          (Has(src.e, wc::kVerbish) || PastLike(src.e))))) {
      src = {after, after};
    }
    if (!src.empty() && !Has(src.b, wc::kNotSource)) {
      TokRange front;
      if (fronted(c, &front)) {
        TokRange relay;
        uint32_t q = src.e;
        if (Comma(q) &&
            (Is(q + 1, impl_.h_quoted) || Is(q + 1, impl_.h_cited)) &&
            Is(q + 2, impl_.h_by)) {
          relay = NpRight(q + 3, se, true, false);
        }
        Emit(front, src, cue, form.lemma, lemma.lemma, "front.cue_subject",
             0.85f, relay);
        return;
      }
    }
  }
  // "Said Senator X: “Q.”", "Added the minister: “Q”": the cue opens the
  // sentence, the subject follows it, then a colon or comma and a quote.
  if (c == sb && e == c && Cap(c) && (frames & frame::Quote) &&
      (form.form == VerbForm::kPast || form.form == VerbForm::kThird)) {
    const TokRange src = NpRight(after, se, true, false);
    if (!src.empty() && !Has(src.b, wc::kNotSource) &&
        !(src.e - src.b == 1 && Has(src.b, wc::kPronoun) &&
          !Is(src.b, impl_.h_he) && !Is(src.b, impl_.h_she))) {
      for (uint32_t k = src.e; k + 1 < se && k - src.e < 16; ++k) {
        if (Terminal(k) || s_.role[k] != kNotQuote || IsCue(k)) break;
        if ((Punct(k, ':') || Comma(k)) && OpenQ(k + 1) && InQuote(k + 1) &&
            !ShortQuote(s_.quotes[QuoteAt(k + 1)])) {
          TokRange content{k + 1, ContentEnd(k + 1, false)};
          Emit(content, src, cue, form.lemma, lemma.lemma,
               "direct.inverted_cue", 0.85f);
          return;
        }
      }
    }
  }
  if (right.r.empty()) return;
  // Relative clause: "the Russian forces, which in turn announced that P".
  if (why == Stop::kRelative && e > sb) {
    uint32_t rel = e;
    while (rel > sb &&
           !(Is(rel - 1, impl_.h_which) || Is(rel - 1, impl_.h_who)))
      --rel;
    if (rel > sb + 1 && Comma(rel - 2)) {
      Stop w;
      TokRange ante = NpLeft(rel - 2, sb, &w, true);
      // "Naomi Fink, global strategist at Amova, who expects": an antecedent
      // inside the apposition's PP stands for the apposition's head.
      if (!ante.empty() && ante.b > sb + 1 && Word(ante.b - 1) &&
          Lower(ante.b - 1) && Has(ante.b - 1, wc::kPrep | wc::kNpPrep)) {
        for (uint32_t k = ante.b - 1; k > sb && ante.b - k < 16; --k) {
          if (Terminal(k - 1) || s_.role[k - 1] != kNotQuote) break;
          if (Comma(k - 1)) {
            TokRange head = NpLeft(k - 1, sb, &w, true);
            if (!head.empty() && Cap(head.b)) ante = head;
            break;
          }
        }
      }
      if (!ante.empty()) {
        Emit(right.r, ante, cue, form.lemma, lemma.lemma, "relative.antecedent",
             0.75f);
      }
    }
    return;
  }
  // Participles and coordinated verbs take the subject of their clause:
  // ", noting that P", "and said P", "while admitting that P".
  if (why == Stop::kAnd || ing || why == Stop::kComma || why == Stop::kClause ||
      why == Stop::kPrep || why == Stop::kStart) {
    if (!(ing || why == Stop::kAnd)) return;
    // Clause start: the nearest ", but" / ", and" / ";" / sentence start
    // (after a dateline).
    uint32_t lo = SkipDateline(sb);
    if (lo >= c) lo = sb;
    for (uint32_t t = c; t > sb && c - t < 60; --t) {
      const uint32_t u = t - 1;
      if (Punct(u, ';') ||
          (Comma(u) && (Is(t, impl_.h_but) || Is(t, impl_.h_and)) &&
           t != e - 1 && t + 1 < c)) {
        lo = Punct(u, ';') ? u + 1 : t + 1;
        break;
      }
    }
    // A fragment that starts with a comma (", adding: ...") continues the
    // previous sentence.
    uint32_t search_lo = lo;
    // Not "While emphasizing that P, X said ...": a fronted adjunct takes
    // the subject after it (below), not the previous sentence's.
    const bool fronted_adjunct =
        c == sb + 1 && Word(sb) && Cap(sb) &&
        Has(sb, wc::kPrep | wc::kAdvPrep | wc::kClause);
    if (sb > 0 && (Comma(sb) || (c <= sb + 1 && !fronted_adjunct))) {
      search_lo = SentBegin(sb - 1);
    }
    TokRange content = right.r;
    std::optional<TokRange> src;
    // ", while admitting that P, ...": the subject is the phrase before the
    // comma.
    if (why == Stop::kClause && e >= sb + 2 && Comma(e - 2) &&
        Has(e - 1, wc::kClause) && !Is(e - 1, impl_.h_and) &&
        !Is(e - 1, impl_.h_but)) {
      Stop w;
      TokRange np = NpLeft(e - 2, sb, &w, false);
      if (!np.empty()) src = np;
    }
    const int32_t prev = src ? -1 : LastClaimInClause(search_lo, c);
    if (prev >= 0) {
      // (The tokens of its source span, as Emit() had them.)
      src = src_tok_[prev - first_claim_];
    }
    if (!src) {
      // "After ... stating that P, President X spoke": the main clause
      // subject comes after the adjunct.
      const uint32_t first =
          (Word(lo) && Has(lo, wc::kDiscourse) && Comma(lo + 1)) ? lo + 2 : lo;
      // Also a fronted participle ("Speaking on Monday, he ..., saying")
      // and a cue inside a fronted adjunct ("One month after announcing P,
      // Rubio said").
      const bool adjunct =
          Word(first) && Cap(first) && c > first &&
          (Has(first, wc::kPrep | wc::kAdvPrep | wc::kClause) ||
           (EndsWith(tk_.key(first), "ing") && !Has(first, wc::kDet)) ||
           (c > first + 1 && Word(c - 1) &&
            Has(c - 1, wc::kPrep | wc::kAdvPrep | wc::kClause)));
      uint32_t adjunct_end = kNone;  // the comma closing the adjunct
      for (uint32_t t = first + 1; adjunct && t < c; ++t) {
        if (InQuote(t) && s_.role[t] == kOpenMark) {
          t = s_.quotes[QuoteAt(t)].close;
          continue;
        }
        if (Comma(t)) {
          adjunct_end = t;
          break;
        }
      }
      if (adjunct && adjunct_end != kNone) {
        // The cue follows the main clause ("Speaking on Monday, he
        // recited the list, saying: Q"): its subject is the source.
        TokRange np = FirstNp(adjunct_end + 1, c);
        if (!np.empty() && np.e <= c) src = np;
      } else if (adjunct) {
        uint32_t comma = right.r.b;
        while (comma < se && comma - right.r.b < 80 && !Comma(comma)) {
          if (InQuote(comma)) comma = s_.quotes[QuoteAt(comma)].close;
          ++comma;
        }
        if (comma < se && Comma(comma)) {
          TokRange np = FirstNp(comma + 1, se);
          if (!np.empty()) {
            src = np;
            content.e = std::min(content.e, comma);
          }
        }
      } else {
        TokRange np = FirstNp(first, c);
        if (!np.empty() && np.e <= c) src = np;
      }
    }
    if (!src) return;
    Emit(content, *src, cue, form.lemma, lemma.lemma,
         why == Stop::kAnd ? "coordinated.previous_source"
                           : "participle.clause_subject",
         0.75f);
  }
}

// "according to X, P" / "P, according to X" (+ ", citing Y").
void Run::AccordingTo(uint32_t c) {
  const CueForm& form = FormAt(c);
  const uint32_t sb = SentBegin(c);
  const uint32_t se = SentEnd(c);
  const TokRange cue{c, c + form.n_words};
  TokRange src = NpRight(cue.e, se, true, true);
  if (src.empty()) return;
  std::optional<TokRange> relay_src;
  uint32_t after_src = src.e;
  TokRange content;
  bool leading = c == sb ||
                 (c == sb + 1 && Word(sb) && Has(sb, wc::kDiscourse)) ||
                 (c > sb && Comma(c - 1) &&
                  !(c >= 2 && c - 2 >= sb && Word(c - 2) &&
                    s_.role[c - 2] == kNotQuote && c - sb > 4));
  if (leading && !Comma(after_src)) {
    // "According to a person familiar with the matter, P": the source runs
    // to the comma.
    uint32_t k = after_src;
    while (k < se && k - cue.e < 20 && !Comma(k) && !Terminal(k) &&
           s_.role[k] == kNotQuote && !IsCue(k)) {
      ++k;
    }
    if (k < se && Comma(k)) {
      src.e = k;
      after_src = k;
    }
  }
  if (leading && c > sb + 1 && Comma(c - 1) &&
      (after_src >= se || Terminal(after_src) ||
       (Comma(after_src) &&
        (Is(after_src + 1, impl_.h_which) || Is(after_src + 1, impl_.h_who) ||
         Is(after_src + 1, impl_.h_who_s))))) {
    // "“P”, according to the resolution, which added ...": nothing after the
    // source but a relative clause, so the content is the part before.
    leading = false;
  }
  if (leading && Comma(after_src)) {
    const uint32_t cb = after_src + 1;
    content = {cb, ContentEnd(cb, false)};
  } else if (c > sb &&
             (Comma(c - 1) || s_.role[c - 1] == kCloseMark || Word(c - 1))) {
    const uint32_t end = Comma(c - 1) ? c - 1 : c;
    const uint32_t fs = FrontStart(end > sb ? end - 1 : sb);
    content = {fs, end};
  } else {
    return;
  }
  if (!leading) {
    // "X vowed that P, according to SUNA": the inner cue's claim ends here;
    // the agency relays it (GUIDELINES, nested: source X, reported_by SUNA).
    const uint32_t end_byte = tk_.end(content.e - 1);
    for (size_t k = recent_.size(), steps = 0; k > 0 && steps < 16;
         --k, ++steps) {
      const auto& [cue_tok, idx] = recent_[k - 1];
      if (cue_tok < content.b || cue_tok >= content.e) continue;
      Claim& inner = (*claims_)[idx];
      if (!inner.source || inner.reported_by || inner.content.end != end_byte ||
          inner.content.begin <= tk_.begin(cue_tok)) {
        continue;
      }
      inner.reported_by = Span{tk_.begin(src.b), tk_.end(src.e - 1)};
      return;
    }
  }
  Emit(content, src, cue, form.lemma, lex_.lemma(form.lemma).lemma,
       leading ? "according_to.leading" : "according_to.trailing", 0.9f);
  (void)relay_src;
}

// ", citing Y": a relayed claim with the previous claim's content.
void Run::Citing(uint32_t c) {
  if (!opt_.emit_relayed || c == 0 || !Comma(c - 1)) return;
  const uint32_t sb = SentBegin(c);
  const uint32_t se = SentEnd(c);
  const int32_t prev = LastClaimInClause(sb, c);
  if (prev < 0) return;
  TokRange src = NpRight(c + 1, se, true, false);
  if (src.empty()) return;
  const Claim& p = (*claims_)[prev];
  auto content = SpanRange(tk_, p.content);
  auto outer = SpanRange(tk_, *p.source);
  if (!content || !outer) return;
  const CueForm& form = FormAt(c);
  Emit(*content, src, TokRange{c, c + form.n_words}, form.lemma,
       lex_.lemma(form.lemma).lemma, "relay.citing", 0.7f, *outer);
}

// "X quoted Y as saying P" (source Y, reported_by X) and "X was quoted as
// saying P" (source X).
void Run::AsSaying(uint32_t c) {
  const CueForm& form = FormAt(c);
  const uint32_t sb = SentBegin(c);
  const TokRange cue{c, c + form.n_words};
  // Find "quoted"/"cited" within 12 tokens to the left.
  uint32_t q = c;
  bool found = false;
  while (q > sb && c - q < 12) {
    --q;
    if (Is(q, impl_.h_quoted) || Is(q, impl_.h_cited)) {
      found = true;
      break;
    }
    if (Terminal(q) || IsCue(q)) break;
  }
  if (!found) return;
  ContentPick right =
      RightContent(cue.e, frame::That | frame::Zero | frame::Quote, sb, false);
  if (right.r.empty()) return;
  TokRange reporter;  // empty: none
  TokRange src;
  if (q + 2 < c && Is(q + 1, impl_.h_by) && q > sb && SkipAuxLeft(q, sb) < q) {
    // "X was quoted by Politico as saying P": source X, reported_by
    // Politico.
    Stop why;
    src = Subject(SkipAuxLeft(q, sb), sb, &why);
    if (src.empty()) return;
    reporter = TokRange{q + 2, c};
  } else if (q + 1 < c) {
    src = {q + 1, c};  // the quoted source
    Stop why;
    reporter = Subject(SkipAuxLeft(q, sb), sb, &why);
    if (!opt_.emit_relayed && !reporter.empty()) return;
  } else {
    // Passive: "X was quoted as saying".
    const uint32_t e = SkipAuxLeft(q, sb);
    Stop why;
    src = Subject(e, sb, &why);
    if (src.empty()) return;
  }
  Emit(right.r, src, cue, form.lemma, lex_.lemma(form.lemma).lemma,
       reporter.empty() ? "passive.quoted_as_saying" : "relay.quoted_as_saying",
       0.85f, reporter);
}

// A place before a headline colon is usually a topic label ("Sudan: UN
// warns of famine", "Gaza: Fighting Resumes"), not a speaker. Without quotes
// a place speaks only in a demand: a modal ("Kyiv: West Must Act") or an
// imperative first word ("Kyiv: Destroy Russia's Military Infrastructure").
// Persons, organizations and unlinked names always speak.
bool Run::PlaceLabelClaim(uint32_t b, uint32_t t, TokRange content) const {
  bool place = false;
  for (uint32_t k = b; k < t; ++k) {
    const int32_t m = MentionAt(k);
    if (m >= 0) {
      const EntityType ty = mentions_[m].entity.type;
      if (ty == EntityType::kGpe || ty == EntityType::kLoc) place = true;
    }
  }
  if (!place) return true;
  for (uint32_t k = content.b; k < content.e; ++k) {
    if (IsCue(k)) return false;  // "Sudan: UN warns ...": a report, labelled
  }
  for (uint32_t k = content.b; k < content.e && k - content.b < 4; ++k) {
    if (!Word(k)) continue;
    const std::string_view w = tk_.key(k);
    if (w == "must" || w == "should" || w == "will" || w == "can" ||
        w == "cannot" || w == "need" || w == "needs" || w == "would" ||
        w == "could" || w == "shall" || w == "won't") {
      return true;
    }
  }
  const uint32_t p = content.b;
  if (!Word(p) || Covered(p) ||
      Has(p, wc::kDet | wc::kPronoun | wc::kGroup | wc::kPrep | wc::kClause) ||
      EndsWith(tk_.key(p), "s") || EndsWith(tk_.key(p), "ing") ||
      EndsWith(tk_.key(p), "ed")) {
    return false;
  }
  // An imperative is not followed by a third-person verb ("Fighting
  // resumes", "Talks collapse" has no -s but also no object: two words).
  if (p + 1 < content.e && Word(p + 1) && !Covered(p + 1) &&
      EndsWith(tk_.key(p + 1), "s") && !EndsWith(tk_.key(p + 1), "ss")) {
    return false;
  }
  return true;
}

// Headlines "Zelensky: “2 thousand square kilometers recovered”" and
// "Kyiv: Destroy Russia's Military Infrastructure" (cue ":").
void Run::HeadlineColons(uint32_t sb, uint32_t se, size_t first_colon) {
  for (size_t ci = first_colon; ci < s_.colons.size() && s_.colons[ci] < se;
       ++ci) {
    const uint32_t t = s_.colons[ci];
    if (t == sb || t + 1 >= se) continue;
    if (InQuote(t)) continue;
    // The name: 1-4 capitalized words after a boundary.
    uint32_t b = t;
    while (b > sb && t - b < 5 && Word(b - 1) &&
           (Cap(b - 1) || Clitic(b - 1)) && !NewlineBefore(b)) {
      --b;
    }
    if (b == t || t - b > 4) continue;
    const bool boundary =
        b == sb || NewlineBefore(b) || Comma(b - 1) || Terminal(b - 1) ||
        tk_.kind(b - 1) == TokenKind::kDash || Punct(b - 1, '|');
    if (!boundary) continue;
    bool label = false;
    for (uint32_t k = b; k < t; ++k) {
      if (Has(k, wc::kLabel | wc::kPronoun | wc::kDet) || IsCue(k) ||
          tk_.kind(k) == TokenKind::kNumber) {
        label = true;
      }
    }
    if (label) continue;
    const uint32_t p = t + 1;
    TokRange content;
    if (OpenQ(p) && InQuote(p)) {
      content = {p, s_.quotes[QuoteAt(p)].close + 1};
    } else {
      // A headline line: no sentence-final mark before the line ends.
      uint32_t k = p;
      while (k < n_ && k - p < 30 && !NewlineBefore(k) && !Terminal(k)) ++k;
      if (k - p < 2 || (k < n_ && !NewlineBefore(k) && Terminal(k) &&
                        k + 1 < n_ && !NewlineBefore(k + 1))) {
        continue;
      }
      if (k - p >= 30) continue;
      content = {p, k};
      if (!PlaceLabelClaim(b, t, content)) continue;
    }
    Emit(content, TokRange{b, t}, TokRange{t, t + 1}, 0, ":", "headline.colon",
         0.8f);
  }
}

// "Hollande Says Trump ‘Makes You Want To Retch’", "China Urges EU to
// Correct Its Practices": in a line of its own written in title case, a
// capitalized reporting verb after a name; the source is the name, the
// content the rest of the line. (A capitalized cue elsewhere is not a verb.)
void Run::HeadlineVerb(uint32_t sb, uint32_t se) {
  if (sb >= n_ || (sb > 0 && !NewlineBefore(sb))) return;
  // A lower-case word that is no function word fails title case below:
  // whatever the line's end, nothing is emitted then, so the scan for the
  // end stops at the first one. (A line over 60 tokens is no headline
  // either: the scan stops there.)
  auto not_title_case = [&](uint32_t t) {
    return Word(t) && !Clitic(t) && s_.role[t] == kNotQuote && !Cap(t) &&
           !Has(t, wc::kPrep | wc::kNpPrep | wc::kAdvPrep | wc::kDet |
                       wc::kClause);
  };
  const uint32_t limit = std::min(se, sb + 61);  // (se <= n_)
  uint32_t end = sb;
  do {
    if (not_title_case(end)) return;
    ++end;
  } while (end < limit && !tk_.has(end, token_flags::kNewlineBefore));
  if (end - sb > 60) return;
  if (end < n_ && !NewlineBefore(end)) return;  // not a whole line
  // Title case: every word capitalized but short function words. The
  // verbs: capitalized single-word speech cues in the 3rd person or the
  // past ("Says", "Urges", "Warned"), each after a name that opens the line
  // or follows a comma ("China Urges X, Ministry Spokesperson Stresses Y").
  uint32_t caps = 0;
  std::array<uint32_t, 4> verbs;
  std::array<const CueForm*, 4> forms;
  size_t n_verbs = 0;
  for (uint32_t t = sb; t < end; ++t) {
    if (!Word(t) || Clitic(t) || s_.role[t] != kNotQuote) continue;
    if (!Cap(t)) {
      if (!Has(t, wc::kPrep | wc::kNpPrep | wc::kAdvPrep | wc::kDet |
                      wc::kClause)) {
        return;
      }
      continue;
    }
    ++caps;
    if (t == sb || Comma(t - 1) || n_verbs == verbs.size() ||
        tk_.has(t, token_flags::kAllCaps)) {
      continue;
    }
    const CueLexicon::Entry e = lex_.Lookup(tk_.key_hash(t));
    for (int32_t f = e.first_form; f >= 0; f = lex_.form(f).next) {
      const CueForm& form = lex_.form(f);
      if (form.n_words == 1 &&
          lex_.lemma(form.lemma).cls == CueClass::kSpeech &&
          lex_.lemma(form.lemma).special == CueSpecial::kNone &&
          (form.form == VerbForm::kThird || form.form == VerbForm::kPast)) {
        verbs[n_verbs] = t;
        forms[n_verbs++] = &form;
        break;
      }
    }
  }
  if (caps < 4) return;
  for (size_t v = 0; v < n_verbs; ++v) {
    const uint32_t c = verbs[v];
    // The name: up to six capitalized words (or possessives) before it.
    uint32_t b = c;
    while (b > sb && !Comma(b - 1) && c - b < 7) --b;
    if (b == c || c - b > 6) continue;
    bool name = true;
    for (uint32_t t = b; t < c; ++t) {
      name = name && Word(t) && (Cap(t) || Clitic(t)) &&
             !Has(t, wc::kLabel | wc::kDet | wc::kPronoun);
    }
    if (!name) continue;
    // The content: to the comma before the next verb's name, or the line's
    // end.
    uint32_t ce = end;
    if (v + 1 < n_verbs) {
      for (uint32_t t = verbs[v + 1]; t > c + 1; --t) {
        if (Comma(t - 1)) {
          ce = t - 1;
          break;
        }
      }
    }
    while (ce > c + 1 && (Terminal(ce - 1) || PunctOrDash(ce - 1)) &&
           s_.role[ce - 1] == kNotQuote) {
      --ce;
    }
    uint32_t words = 0;
    for (uint32_t t = c + 1; t < ce; ++t) words += Word(t) ? 1 : 0;
    if (words < 2) continue;
    Emit(TokRange{c + 1, ce}, TokRange{b, c}, TokRange{c, c + 1},
         forms[v]->lemma, lex_.lemma(forms[v]->lemma).lemma, "headline.verb",
         0.7f);
  }
}

// Sorts this call's claims by content start (then cue), stably. The claims
// are sorted as (key, index) pairs; then each claim out of place moves
// once, straight to its place.
void Run::SortClaims() {
  auto key = [](const Claim& c) -> uint64_t {
    return (static_cast<uint64_t>(c.content.begin) << 32) |
           (c.cue ? c.cue->begin : 0u);
  };
  std::vector<Claim>& cl = *claims_;
  const size_t count = cl.size() - first_claim_;
  // Claims come almost in order (cue order): skip the sort when they are.
  // (The claims before sorted_end_ are in order already: only those added
  // since the last call are checked.)
  bool sorted = true;
  const size_t from = sorted_end_ > first_claim_ && sorted_end_ <= cl.size()
                          ? sorted_end_
                          : first_claim_ + 1;
  for (size_t k = from; k < cl.size() && sorted; ++k) {
    sorted = key(cl[k - 1]) <= key(cl[k]);
  }
  sorted_end_ = cl.size();
  if (sorted) return;
  auto& order = s_.claim_order;
  order.clear();
  for (size_t k = 0; k < count; ++k) {
    order.push_back({key(cl[first_claim_ + k]), static_cast<uint32_t>(k)});
  }
  // (The index breaks ties: the order is total, so any sort gives the same
  // result.) Few claims are out of place, and not far: an insertion sort,
  // unless it moves too much.
  const size_t budget = 8 * count + 256;
  size_t moves = 0;
  for (size_t k = 1; k < count && moves <= budget; ++k) {
    const std::pair<uint64_t, uint32_t> x = order[k];
    size_t j = k;
    for (; j > 0 && x < order[j - 1]; --j) order[j] = order[j - 1];
    order[j] = x;
    moves += k - j;
  }
  if (moves > budget) std::sort(order.begin(), order.end());
  // The permutation is applied cycle by cycle: every claim out of place
  // moves once (plus one per cycle), the others stay.
  // While the claims are those Emit() made (NestedPass()), their cue and
  // source tokens move with them.
  Claim* const base = cl.data() + first_claim_;
  const bool toks = toks_parallel_ && cue_tok_.size() == count;
  for (size_t k = 0; k < count; ++k) {
    if (order[k].second == k) continue;
    Claim held = std::move(base[k]);
    uint32_t held_cue = 0;
    TokRange held_src;
    if (toks) {
      held_cue = cue_tok_[k];
      held_src = src_tok_[k];
    }
    size_t j = k;
    while (true) {
      const size_t from = order[j].second;
      order[j].second = static_cast<uint32_t>(j);  // placed
      if (from == k) {
        base[j] = std::move(held);
        if (toks) {
          cue_tok_[j] = held_cue;
          src_tok_[j] = held_src;
        }
        break;
      }
      base[j] = std::move(base[from]);
      if (toks) {
        cue_tok_[j] = cue_tok_[from];
        src_tok_[j] = src_tok_[from];
      }
      j = from;
    }
  }
}

// Quotes with no cue in their sentence, attributed to the speaker of the
// previous claim (guidelines: "an obvious speaker from the previous
// sentence"). Claims are sorted by content start; a running maximum of their
// ends tells in O(log n) whether a quote is already inside some claim.
void Run::UncuedQuotes() {
  if (!opt_.attribute_uncued_quotes) return;
  SortClaims();
  const size_t base = first_claim_;
  const size_t count = claims_->size() - base;
  std::vector<uint32_t> begins(count), max_end(count);
  for (size_t k = 0; k < count; ++k) {
    const Claim& o = (*claims_)[base + k];
    begins[k] = o.content.begin;
    max_end[k] = std::max(k ? max_end[k - 1] : 0u, o.content.end);
  }
  std::optional<size_t> last_uncued;
  for (size_t q = 0; q < s_.quotes.size(); ++q) {
    const QuotePair& qp = s_.quotes[q];
    if (!qp.top_level) continue;
    if (qp.close - qp.open < 6 || ShortQuote(qp)) continue;
    // The quote is a sentence of its own: it starts a sentence and ends one.
    // (Tested first: most quotes do not start one, and the test reads no
    // byte offsets.)
    if (SentBegin(qp.open) != qp.open) continue;
    const uint32_t qbegin = tk_.begin(qp.open);
    const uint32_t mid = (tk_.end(qp.open) + tk_.begin(qp.close)) / 2;
    const size_t ub =
        std::upper_bound(begins.begin(), begins.end(), mid) - begins.begin();
    if (ub > 0 && max_end[ub - 1] > mid) continue;  // already used
    const uint32_t after = qp.close + 1;
    if (!(after >= n_ || Terminal(after) || SentBegin(after) == after ||
          (Terminal(qp.close - 1)))) {
      continue;
    }
    // The claim just before, within the previous two sentences.
    const size_t before =
        std::upper_bound(begins.begin(), begins.end(), qbegin) - begins.begin();
    std::optional<size_t> prev;
    for (size_t k = before, steps = 0; k > 0 && steps < 8; --k, ++steps) {
      const Claim& o = (*claims_)[base + k - 1];
      if (o.content.end <= qbegin && o.source) {
        prev = base + k - 1;
        break;
      }
    }
    if (last_uncued && (!prev || (*claims_)[*last_uncued].content.begin >
                                     (*claims_)[*prev].content.begin)) {
      prev = last_uncued;
    }
    if (!prev) continue;
    const Claim& o = (*claims_)[*prev];
    if (o.kind == ClaimKind::kIndirect || o.content.end > qbegin) continue;
    const uint32_t ot =
        static_cast<uint32_t>(tk_.FirstEndingAfter(o.content.begin));
    if (ot >= n_ || SentOf(qp.open) - SentOf(ot) > 2) continue;
    if (ContinuesQuote(o, qp)) {
      // "“A,” X said. “B.”": one interrupted quote, one claim (guidelines:
      // a quote over several sentences is ONE claim with one contiguous
      // span; PolNeAR annotates it so too).
      Claim& grown = (*claims_)[*prev];
      grown.content.end = tk_.end(qp.close - 1);
      grown.rule = "direct.split_quote";
      FillAbout(grown);
      last_uncued = *prev;
      continue;
    }
    Claim c = o;
    c.kind = ClaimKind::kDirect;
    c.cue.reset();
    c.cue_lemma = {};
    c.reported_by.reset();
    c.rule = "direct.uncued";
    c.confidence = 0.55f;
    if (c.confidence < opt_.min_confidence) continue;
    c.content = Span{tk_.begin(qp.open + 1), tk_.end(qp.close - 1)};
    FillAbout(c);
    last_uncued = claims_->size();
    claims_->push_back(std::move(c));
  }
}

// "“A,” X said. “B.”": the quote `next` continues the direct claim `o` when
// only o's own attribution (source and cue, after A) and the end of its
// sentence stand between A's closing mark and B's opening one, in one
// paragraph.
bool Run::ContinuesQuote(const Claim& o, const QuotePair& next) const {
  if (o.kind != ClaimKind::kDirect || !o.cue || !o.source ||
      o.cue->begin < o.content.end || o.source->begin < o.content.end ||
      o.cue->end > tk_.begin(next.open)) {
    return false;
  }
  const uint32_t close =
      static_cast<uint32_t>(tk_.FirstEndingAfter(o.content.end));
  if (close >= next.open || s_.role[close] != kCloseMark ||
      next.open - close > 24 || !Terminal(next.open - 1)) {
    return false;
  }
  for (uint32_t t = close + 1; t <= next.open; ++t) {
    if (NewlineBefore(t)) return false;
    if (t < next.open && s_.role[t] != kNotQuote) return false;
  }
  return true;
}

// The mentions inside c's content (Claim::about).
void Run::FillAbout(Claim& c) const {
  c.about.clear();
  auto it =
      mentions_.begin() + about_cursor_.Find(s_.mention_begin, c.content.begin);
  // Counted first: one allocation per claim.
  size_t count = 0;
  auto end = it;
  for (; end != mentions_.end() && end->span.begin < c.content.end &&
         count < kMaxAbout;
       ++end) {
    count += end->span.end <= c.content.end ? 1 : 0;
  }
  c.about.reserve(count);
  for (; it != end; ++it) {
    if (it->span.end <= c.content.end) {
      c.about.push_back(static_cast<uint32_t>(it - mentions_.begin()));
    }
  }
}

// Claims whose cue is inside another claim's quoted content: reported_by is
// the outer source; first-person ones ("I emphasize") are dropped. Claims
// are sorted by content start, so the outer claim is found by binary search
// and a bounded look-back.
void Run::NestedPass(size_t first_claim) {
  SortClaims();
  std::vector<Claim>& cl = *claims_;
  std::vector<uint8_t> drop(cl.size() - first_claim, 0);
  for (size_t k = first_claim; k < cl.size(); ++k) {
    Claim& c = cl[k];
    if (!c.cue || c.kind == ClaimKind::kDirect || c.rule == "headline.colon") {
      continue;
    }
    const size_t ki = k - first_claim;
    const bool toks =
        toks_parallel_ && cue_tok_.size() == cl.size() - first_claim;
    const uint32_t ct =
        toks ? TokenAt(c.cue->begin, cue_tok_[ki])
             : static_cast<uint32_t>(tk_.FirstEndingAfter(c.cue->begin));
    if (ct >= n_ || !InQuote(ct)) continue;
    const QuotePair& q = s_.quotes[QuoteAt(ct)];
    const uint32_t qb = tk_.begin(q.open), qe = tk_.end(q.close);
    const uint32_t st =
        !c.source ? n_
        : toks    ? TokenAt(c.source->begin, src_tok_[ki].b)
               : static_cast<uint32_t>(tk_.FirstEndingAfter(c.source->begin));
    // Inside a quote, only reports of speech with a clause or a quote are
    // claims of their own ("he said we would win"); a belief ("they
    // believe", "she thinks") or an act on an object ("he has always
    // denied it", "he identifies as a Latino") is part of the speaker's
    // own words.
    const bool own_words =
        LemmaAt(ct).cls == CueClass::kBelief || c.rule == "indirect.object";
    if ((st < n_ && Has(st, wc::kFirstPerson)) || !opt_.emit_nested ||
        own_words) {
      drop[k - first_claim] = 1;
      continue;
    }
    // A claim inside a quote ends with it ("“The minister said the plant
    // would close,” the union leader told reporters").
    if (c.content.begin >= qb && c.content.begin < tk_.begin(q.close) &&
        c.content.end > tk_.begin(q.close) && q.close > ct + 1) {
      uint32_t last = q.close - 1;
      while (last > ct + 1 && PunctOrDash(last)) --last;
      if (tk_.end(last) > c.content.begin) {
        c.content.end = tk_.end(last);
        FillAbout(c);
      }
    }
    if (c.reported_by) continue;
    // The outer claim: one whose content holds this quote, cue outside it.
    const size_t ub = std::upper_bound(cl.begin() + first_claim, cl.end(), qe,
                                       [](uint32_t v, const Claim& x) {
                                         return v < x.content.begin;
                                       }) -
                      cl.begin();
    for (size_t o = ub, steps = 0; o > first_claim && steps < 16;
         --o, ++steps) {
      const Claim& x = cl[o - 1];
      if (o - 1 == k || drop[o - 1 - first_claim]) continue;
      if (x.content.end >= qb && x.source &&
          (!x.cue || x.cue->begin < qb || x.cue->begin > qe)) {
        c.reported_by = x.source;
        break;
      }
    }
  }
  size_t w = first_claim;
  for (size_t k = first_claim; k < cl.size(); ++k) {
    if (drop[k - first_claim]) continue;
    if (w != k) cl[w] = std::move(cl[k]);
    ++w;
  }
  cl.resize(w);
  sorted_end_ = w;  // (the claims kept keep their order)
  toks_parallel_ = false;
}

void Run::Go() {
  claims_ = &doc_.mutable_claims();
  first_claim_ = claims_->size();
  if (n_ == 0) return;
  PrepareUnits();
  if (s_.org_words.size() < mentions_.size()) {
    s_.org_words.resize(mentions_.size(), 0);
  }
  // (s_.org_mentions is listed by BeginClassify().)
  if (s_.gender.size() < mentions_.size()) {
    s_.gender.resize(mentions_.size(), -1);
  }
  BeginClassify();
  PrepareQuotes();
  // Cursors into the cue and colon lists: the first at or after the
  // sentence's first token (sentences come in order; a lower_bound if not).
  size_t cue_pos = 0, colon_pos = 0, headline_pos = 0;
  uint32_t last_begin = 0;
  for (uint32_t si = 0; si < sents().size(); ++si) {
    const TextUnit& s = sents()[si];
    // The scan runs ahead of this sentence by at least kScanLead tokens. (It
    // must be past the sentence at least: the cursors below read the lists.
    // A host's sentences out of order can end before they begin.)
    const uint32_t s_last = std::min(std::max(s.token_begin, s.token_end), n_);
    if (front_ != kNone && s_last + kScanLead > front_) {
      ClassifyUpTo(s_last + kScanLead + kScanStep);
    }
    cur_sent_ = si;
    if (sents_sorted_) {
      sent_hint_ = si;
      sent_hint_b_ = s.token_begin;
      sent_hint_e_ = s.token_end;
    }
    if (s.token_begin < last_begin) {
      cue_pos =
          std::lower_bound(s_.cues.begin(), s_.cues.end(), s.token_begin) -
          s_.cues.begin();
      colon_pos =
          std::lower_bound(s_.colons.begin(), s_.colons.end(), s.token_begin) -
          s_.colons.begin();
      headline_pos = std::upper_bound(s_.headline_verbs.begin(),
                                      s_.headline_verbs.end(), s.token_begin) -
                     s_.headline_verbs.begin();
    } else {
      while (cue_pos < s_.cues.size() && s_.cues[cue_pos] < s.token_begin) {
        ++cue_pos;
      }
      while (colon_pos < s_.colons.size() &&
             s_.colons[colon_pos] < s.token_begin) {
        ++colon_pos;
      }
      while (headline_pos < s_.headline_verbs.size() &&
             s_.headline_verbs[headline_pos] <= s.token_begin) {
        ++headline_pos;
      }
    }
    last_begin = s.token_begin;
    const uint32_t s_end = std::min(s.token_end, n_);
    // recent_ is read by the cue rules only.
    const bool has_cue = cue_pos < s_.cues.size() && s_.cues[cue_pos] < s_end;
    recent_.clear();
    if (has_cue) {
      // Keep claims of the previous sentence reachable for ", adding:".
      for (size_t k = claims_->size();
           k > first_claim_ && claims_->size() - k < 4; --k) {
        const Claim& o = (*claims_)[k - 1];
        if (!o.cue) continue;
        const uint32_t ct = cue_tok_[k - 1 - first_claim_];
        if (si > 0 && ct >= sents()[si - 1].token_begin) {
          recent_.insert(recent_.begin(), {ct, k - 1});
        }
      }
    }
    // Topic: a sentence that starts with a person. (Only where a mention
    // covers the first token or the one after "However,": the tokens' data
    // is rarely in cache at a sentence start.)
    if (s.token_begin < n_ &&
        (Covered(s.token_begin) || Covered(s.token_begin + 2))) {
      uint32_t t = s.token_begin;
      if (Word(t) && Comma(t + 1) && Has(t, wc::kDiscourse)) t += 2;
      const int32_t m = t < n_ ? MentionAt(t) : -1;
      if (m >= 0 && mentions_[m].entity.type == EntityType::kPer) {
        topic_per_ = m;
        topic_sent_ = si;
      }
    }
    // The cue tokens of this sentence, from the list made by
    // ClassifyUpTo() (the same tokens a scan of the sentence would visit:
    // a multi-word cue skips the cues inside it).
    uint32_t skip_to = 0;  // tokens inside the last multi-word cue
    // (By index: a rule that runs the scan on can grow the list.)
    for (size_t k = cue_pos; k < s_.cues.size() && s_.cues[k] < s_end; ++k) {
      const uint32_t t = s_.cues[k];
      if (t < skip_to) continue;
      const CueLemma& l = LemmaAt(t);
      switch (l.special) {
        case CueSpecial::kAccordingTo:
          AccordingTo(t);
          break;
        case CueSpecial::kAsSaying:
          AsSaying(t);
          break;
        case CueSpecial::kCiting:
          Citing(t);
          break;
        case CueSpecial::kNone:
          VerbCue(t);
          break;
      }
      skip_to = t + FormAt(t).n_words;
    }
    // (A headline verb never opens its line: only one after the first token
    // counts. Most sentences have none, and HeadlineVerb() would read the
    // tokens of every line start to find out.)
    if (opt_.headline_colon && headline_pos < s_.headline_verbs.size() &&
        s_.headline_verbs[headline_pos] < s_end) {
      HeadlineVerb(s.token_begin, s_end);
    }
    if (opt_.headline_colon && colon_pos < s_.colons.size() &&
        s_.colons[colon_pos] < s_end) {
      HeadlineColons(s.token_begin, s_end, colon_pos);
    }
  }
  ClassifyUpTo(n_);  // (the passes below and the reset read every token's)
  NestedPass(first_claim_);
  UncuedQuotes();
  SortClaims();
  ResetScratch();
}

}  // namespace
}  // namespace internal

// ---------------------------------------------------------------- API

absl::StatusOr<ClaimAttributor> ClaimAttributor::Create(
    const ClaimOptions& options) {
  if (!(options.min_confidence >= 0.0f && options.min_confidence <= 1.0f)) {
    return absl::InvalidArgumentError(
        "ClaimOptions.min_confidence must be in [0, 1]");
  }
  if (options.max_quote_tokens < 8) {
    return absl::InvalidArgumentError(
        "ClaimOptions.max_quote_tokens must be >= 8");
  }
  if (options.max_source_tokens < 2 || options.max_source_tokens > 64) {
    return absl::InvalidArgumentError(
        "ClaimOptions.max_source_tokens must be in [2, 64]");
  }
  absl::StatusOr<internal::CueLexicon> lex = internal::CueLexicon::Build();
  if (!lex.ok()) return lex.status();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->lexicon = *std::move(lex);
  auto h = [](std::string_view w) { return internal::CueLexicon::WordHash(w); };
  impl->h_that = h("that");
  impl->h_and = h("and");
  impl->h_but = h("but");
  impl->h_or = h("or");
  impl->h_without = h("without");
  impl->h_quoted = h("quoted");
  impl->h_cited = h("cited");
  impl->h_by = h("by");
  impl->h_it = h("it");
  impl->h_he = h("he");
  impl->h_she = h("she");
  impl->h_him = h("him");
  impl->h_they = h("they");
  impl->h_we = h("we");
  impl->h_i = h("i");
  impl->h_as = h("as");
  impl->h_was = h("was");
  impl->h_were = h("were");
  impl->h_is = h("is");
  impl->h_are = h("are");
  impl->h_been = h("been");
  impl->h_be = h("be");
  impl->h_said = h("said");
  impl->h_who = h("who");
  impl->h_which = h("which");
  impl->h_what = h("what");
  impl->h_in = h("in");
  impl->h_turn = h("turn");
  impl->h_to = h("to");
  impl->h_of = h("of");
  impl->h_about = h("about");
  impl->h_against = h("against");
  impl->h_for = h("for");
  impl->h_s = h("'s");
  impl->h_the = h("the");
  impl->h_not = h("not");
  impl->h_nt = h("n't");
  impl->h_never = h("never");
  impl->h_at = h("at");
  {
    auto fill = [&](std::vector<uint64_t>& out, std::string_view list) {
      for (size_t b = 0; b < list.size();) {
        size_t e = list.find('|', b);
        if (e == std::string_view::npos) e = list.size();
        if (e > b) out.push_back(h(list.substr(b, e - b)));
        b = e + 1;
      }
      std::sort(out.begin(), out.end());
    };
#define SAYSO_GIVEN_NAMES(gender, list)                           \
  fill(std::string_view(#gender) == "Female" ? impl->female_names \
                                             : impl->male_names,  \
       list);
#include "claims/given_names.inc"
#undef SAYSO_GIVEN_NAMES
  }
  impl->h_who_s = h("whose");
  impl->h_us = h("us");
  impl->h_me = h("me");
  impl->h_them = h("them");
  impl->h_a = h("a");
  impl->h_an = h("an");
  impl->h_dots = h("...");
  return ClaimAttributor(std::move(impl));
}

ClaimAttributor::ClaimAttributor(std::unique_ptr<const Impl> impl)
    : impl_(std::move(impl)) {}
ClaimAttributor::ClaimAttributor(ClaimAttributor&&) noexcept = default;
ClaimAttributor& ClaimAttributor::operator=(ClaimAttributor&&) noexcept =
    default;
ClaimAttributor::~ClaimAttributor() = default;

const ClaimOptions& ClaimAttributor::options() const { return impl_->options; }

absl::Status ClaimAttributor::Process(Document& doc) const {
  if (doc.tokens().empty()) return internal::NoTokensStatus(doc, "claims");
  internal::Scratch& scratch = internal::ThreadScratch();
  internal::Run run(*impl_, doc, scratch);
  run.Go();
  return absl::OkStatus();
}

}  // namespace sayso
