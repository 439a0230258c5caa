// The NameFinder stage (include/sayso/names.h, docs/names.md): proper names
// the gazetteer does not know, from capitalization and cue words, plus
// within-document linking of surnames and acronyms.
//
// One Process() call:
//   1. classify every token once (lexicon classes, common word, name token);
//   2. cut maximal capitalized runs and type each (title, head word, given
//      name, weak speech cue), producing proposals;
//   3. apply proposals against the gazetteer's mentions (containment rule);
//   4. acronyms defined in parentheses, acronyms with an organization cue;
//   5. link surnames and "Mr. Surname" to the full name.
// Every pass is linear in tokens + mentions.
#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "core/absl_compat.h"
#include "core/byte_mask.h"  // Classify()'s blocks of 64 tokens
#include "core/key_hash.h"   // KeyHash() inline, for Classify()'s loop
#include "core/load_ahead.h"
#include "core/stage_input.h"
#include "names/lexicons.h"
#include "sayso/document.h"
#include "sayso/names.h"
#include "sayso/normalize.h"

namespace sayso {
namespace {

namespace nc = internal::name_class;
namespace tf = token_flags;

constexpr std::string_view kStage = "names";

// Per-token marks kept in the token's class word, above the lexicon's
// name_class bits (Finder::cls_).
constexpr uint32_t kNameTokBit = 1u << 27;    // a capitalized name token
constexpr uint32_t kAcronymBit = 1u << 28;    // AcronymShape(i)
constexpr uint32_t kInitialBit = 1u << 29;    // first word of a sentence/line
constexpr uint32_t kTitleLineBit = 1u << 30;  // in a title-case (headline) line
constexpr uint32_t kOwnedBit = 1u << 26;      // Finder::Owner(i) is stored
// The token's kNewlineBefore (!Joined(i)) and IsLowerWord(i), copied from
// the token arrays by Classify(): the passes after it test them at the token
// after each run, at scattered places, where one class word is one cache
// line and the token's flags and kind were two more. A lazy word (a plain
// lower-case word, never after a line break) has neither bit until
// Resolve() gives it kLowerWordBit; skipped punctuation has neither.
constexpr uint32_t kBreakBit = 1u << 25;
constexpr uint32_t kLowerWordBit = 1u << 21;
// One-byte "(" and "&" tokens (IsChar(i, '(') and IsChar(i, '&')), marked by
// Classify() so that CutRuns() tests the token after each run without
// reading its span and text (three loads at a place of the arrays the pass
// does not otherwise read).
constexpr uint32_t kParenBit = 1u << 23;
constexpr uint32_t kAmpBit = 1u << 24;
// The lexicon's classes of this word are not looked up yet: Classify() leaves
// most lower-case words so (their classes matter only next to a name) and
// Has() looks them up on first use.
constexpr uint32_t kLazyBit = 1u << 31;
static_assert(nc::kChineseFamily < kParenBit,
              "the marks must not overlap the lexicon's classes");
static_assert(kLowerWordBit > nc::kCommon && kLowerWordBit < nc::kChineseFamily,
              "bit 21 is no lexicon class (names/lexicons.h)");

enum class Evidence : uint8_t {
  kStrongTitle,
  kWeakTitle,
  kLowerTitle,
  kGivenName,
  kHead,
  kWeakCue,
  kLink,
};

float ScoreOf(Evidence e) {
  switch (e) {
    case Evidence::kStrongTitle:
      return 0.9f;
    case Evidence::kLink:
      return 0.85f;
    case Evidence::kHead:
    case Evidence::kGivenName:
      return 0.75f;
    case Evidence::kWeakTitle:
    case Evidence::kLowerTitle:
      return 0.7f;
    case Evidence::kWeakCue:
      return 0.55f;
  }
  return 0.5f;
}

// ---- Chinese names (family name first): "Wang Wentao", "He Yadong".

// Pinyin syllables (without tones): initial + final.
bool IsPinyinSyllable(std::string_view s) {
  static constexpr std::string_view kInitials[] = {
      "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
      "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w", ""};
  static constexpr std::string_view kFinals[] = {
      "a",   "o",  "e",   "i",   "u",    "v",   "ai",   "ei", "ao",
      "ou",  "an", "en",  "ang", "eng",  "ong", "er",   "ia", "ie",
      "iao", "iu", "ian", "in",  "iang", "ing", "iong", "ua", "uo",
      "uai", "ui", "uan", "un",  "uang", "ue"};
  for (std::string_view ini : kInitials) {
    if (s.substr(0, ini.size()) != ini) continue;
    std::string_view rest = s.substr(ini.size());
    for (std::string_view fin : kFinals) {
      if (rest == fin) return true;
    }
  }
  return false;
}

// A given name of one or two pinyin syllables ("Mi", "Yadong", "Wentao").
bool IsPinyinGivenName(std::string_view key) {
  if (key.size() < 2 || key.size() > 12) return false;
  for (char c : key) {
    if (c < 'a' || c > 'z') return false;
  }
  if (IsPinyinSyllable(key)) return true;
  for (size_t cut = 1; cut < key.size(); ++cut) {
    if (IsPinyinSyllable(key.substr(0, cut)) &&
        IsPinyinSyllable(key.substr(cut))) {
      return true;
    }
  }
  return false;
}

// Family names that are also English words: never linked alone ("He said").
bool IsEnglishWordFamilyName(std::string_view key) {
  for (std::string_view w :
       {"he", "long", "fan", "song", "sun",  "pan", "tan", "wan",
        "ye", "mo",   "ma",  "yu",   "du",   "ge",  "hu",  "bi",
        "gu", "su",   "shi", "lei",  "hong", "ji"}) {
    if (key == w) return true;
  }
  return false;
}

// Key hashes of "in", "to", "from", "near", "at", "outside", and a
// direct-mapped table of them for a test without branches: slot[(h >> shift)
// & 63] holds the one of them that lands there (the shift is chosen so that
// they land in six different slots), and any other slot a hash of them that
// lands elsewhere, so that no hash equals the slot it reads unless it is one
// of the six.
struct PlacePrepositions {
  uint64_t hash[6];
  uint64_t slot[64];
  int shift = 0;
  uint16_t low[6];  // the low 16 bits of hash[]
  bool Contains(uint64_t h) const { return slot[(h >> shift) & 63] == h; }
};
PlacePrepositions MakePlacePrepositions() {
  PlacePrepositions p = {{KeyHash("in"), KeyHash("to"), KeyHash("from"),
                          KeyHash("near"), KeyHash("at"), KeyHash("outside")},
                         {},
                         0,
                         {}};
  for (int shift = 0; shift <= 58; ++shift) {
    uint64_t used = 0;
    for (const uint64_t h : p.hash) used |= uint64_t{1} << ((h >> shift) & 63);
    if (std::popcount(used) != 6) continue;
    p.shift = shift;
    const uint64_t other = p.hash[0];
    for (uint64_t& slot : p.slot) slot = other;
    for (const uint64_t h : p.hash) p.slot[(h >> shift) & 63] = h;
    for (int k = 0; k < 6; ++k) p.low[k] = static_cast<uint16_t>(p.hash[k]);
    return p;
  }
  // Unreachable: the six hashes are constants (KeyHash() of fixed words), and a
  // shift of the first few separates them.
  assert(false);
  return p;
}
const PlacePrepositions& PlacePrepositionHashes() {
  static const PlacePrepositions preps = MakePlacePrepositions();
  return preps;
}

// KeyHash() of the words the run passes compare tokens' keys with: the
// hash (one load, often in cache) rules most tokens out before their key
// (its two key bounds, then the bytes: two dependent loads) is read.
struct CueHashes {
  uint64_t company = KeyHash("company");
  uint64_t corporation = KeyHash("corporation");
  uint64_t ceo = KeyHash("ceo");
  uint64_t ceo_dot = KeyHash("ceo.");  // Key() drops a final period
  uint64_t said = KeyHash("said");
  uint64_t says = KeyHash("says");
  uint64_t told = KeyHash("told");
  uint64_t added = KeyHash("added");
  uint64_t comma = KeyHash(",");
  uint64_t who = KeyHash("who");
  // CutRuns()' joiners, tested by the hash alone: a key of 1 to 7 bytes has
  // a hash no other such key has (core/key_hash.h), and a longer key would
  // need NUL bytes (8 bytes) or a 64-bit collision to share one.
  uint64_t of = KeyHash("of");
  uint64_t for_ = KeyHash("for");
  uint64_t on = KeyHash("on");
  uint64_t and_ = KeyHash("and");
  uint64_t the = KeyHash("the");
};
const CueHashes& CueWordHashes() {
  static const CueHashes hashes;
  return hashes;
}

// KeyHash() of the words Finder::IsSurnameHeadWord() and IsCompassWord()
// look for (each 1-7 bytes long).
const std::array<uint64_t, 19>& SurnameHeadWordHashes() {
  static const std::array<uint64_t, 19> hashes = {
      KeyHash("lane"),   KeyHash("park"),  KeyHash("lake"),  KeyHash("forest"),
      KeyHash("church"), KeyHash("hall"),  KeyHash("court"), KeyHash("field"),
      KeyHash("wood"),   KeyHash("hill"),  KeyHash("banks"), KeyHash("rivers"),
      KeyHash("post"),   KeyHash("guard"), KeyHash("union"), KeyHash("bridge"),
      KeyHash("tower"),  KeyHash("ford"),  KeyHash("mills")};
  return hashes;
}
const std::array<uint64_t, 4>& CompassWordHashes() {
  static const std::array<uint64_t, 4> hashes = {
      KeyHash("north"), KeyHash("south"), KeyHash("east"), KeyHash("west")};
  return hashes;
}

// A map from a 64-bit key hash (Tokens::key_hash, KeyHash) to V for the
// per-call tables of the linking passes: open addressing, linear probing,
// load <= 1/2, no hashing of the key again (it is a hash already) and no
// iteration. The slot comes from the key mixed with a per-map seed (the
// map's address at construction, which ASLR varies): the keys are XXH3 of
// the input's words, and a document crafted so that thousands of surnames
// share their low hash bits must not make the probes quadratic
// (docs/reliability.md). The part of absl::flat_hash_map's interface those
// passes use;
// find() and try_emplace() give an Entry* (nullptr: absent), valid until the
// next insertion.
template <typename V>
class KeyMap {
 public:
  struct Entry {
    uint64_t first = 0;  // 0: free slot (key 0 is kept in zero_)
    V second{};
  };
  explicit KeyMap(size_t expected = 0)
      : seed_(reinterpret_cast<uintptr_t>(this) | 1) {
    size_t capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    Rehash(capacity);
  }
  bool empty() const { return size_ == 0; }
  Entry* end() const { return nullptr; }
  Entry* find(uint64_t key) {
    if (key == 0) return has_zero_ ? &zero_ : nullptr;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].first == key) return &slots_[i];
      if (slots_[i].first == 0) return nullptr;
    }
  }
  bool contains(uint64_t key) { return find(key) != nullptr; }
  // Starts loading the slot where find(key) begins.
  void Prefetch(uint64_t key) const {
    if (key != 0) __builtin_prefetch(&slots_[Home(key)]);
  }
  std::pair<Entry*, bool> try_emplace(uint64_t key, const V& value = V{}) {
    if (key == 0) {
      if (has_zero_) return {&zero_, false};
      has_zero_ = true;
      zero_.second = value;
      ++size_;
      return {&zero_, true};
    }
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    size_t i = Home(key);
    while (slots_[i].first != 0 && slots_[i].first != key) i = (i + 1) & mask_;
    if (slots_[i].first == key) return {&slots_[i], false};
    slots_[i].first = key;
    slots_[i].second = value;
    ++size_;
    return {&slots_[i], true};
  }
  std::pair<Entry*, bool> emplace(uint64_t key, const V& value = V{}) {
    return try_emplace(key, value);
  }
  std::pair<Entry*, bool> insert(uint64_t key) { return try_emplace(key); }

 private:
  // The high bits of a multiplicative mix of key and seed.
  size_t Home(uint64_t key) const {
    return static_cast<size_t>(((key ^ seed_) * 0x9E3779B97F4A7C15ull) >>
                               shift_);
  }
  void Rehash(size_t capacity) {
    std::vector<Entry> old = std::move(slots_);
    slots_.assign(capacity, Entry{});
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
    for (Entry& e : old) {
      if (e.first == 0) continue;
      size_t i = Home(e.first);
      while (slots_[i].first != 0) i = (i + 1) & mask_;
      slots_[i] = std::move(e);
    }
  }

  uint64_t seed_;  // moves with the map (Home() of its slots)
  std::vector<Entry> slots_;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
  Entry zero_;
  bool has_zero_ = false;
};

struct Proposal {
  uint32_t tb = 0, te = 0;  // tokens
  EntityType type = EntityType::kOther;
  // Views: literals, the Document's text, its interned strings or a
  // gazetteer image it keeps alive (sayso/document.h).
  std::string_view canonical;  // empty: the span's text
  std::string_view id;
  Evidence evidence = Evidence::kHead;
  // Covers a known ORG that starts it ("Siemens Energy"): allowed by rule 3.
  bool extends_known_org = false;
};

// KeyHash() of a word's Key(), its key without a final period ("gen." ->
// "gen"): the token's own key hash when there is none. KeyHash() inline
// (core/key_hash.h), so that Classify()'s loop calls nothing opaque.
inline uint64_t KeyHashOfKey(std::string_view key, uint64_t key_hash) {
  return key.size() > 1 && key.back() == '.'
             ? internal::KeyHashBytes(key.data(), key.size() - 1)
             : key_hash;
}
// KeyHashOfKey() of token i (flags `f`, key hash `key_hash`). With
// sayso's Tokenizer (!tok.host_added()) the key is read only when the token
// has kAbbreviation: a word's key then ends in '.' only when the token keeps
// a final period ("Mr.", "U.S.") or ends in a character such as U+2488 "⒈"
// whose normalized form does ("ab1."), and no lexicon key is a word ending
// in a digit, so that lookup misses with or without the '.'. The key's
// bounds and last byte are two dependent loads at a place of the token
// arrays that nothing else reads (~30,000 cache misses per brown-press pass
// in Classify() alone). A host's tokens may lack the flag: their keys are
// read.
inline uint64_t KeyHashOfWord(const Tokens& tok, size_t i, uint16_t f,
                              uint64_t key_hash) {
  return (f & token_flags::kAbbreviation) || tok.host_added()
             ? KeyHashOfKey(tok.key(i), key_hash)
             : key_hash;
}

// The lexicon's classes of word i's Key() (flags `f`, key hash `key_hash`):
// lex.ClassesOfHash(KeyHashOfWord()). With sayso's Tokenizer the key of a
// word with kAbbreviation ends in '.' (its text does, and a '.' stays one),
// so its Key() is the key without it, whose classes the dotted table gives
// by the token's own key hash: its key is not read.
inline uint32_t WordClasses(const internal::NameLexicons& lex,
                            const Tokens& tok, size_t i, uint16_t f,
                            uint64_t key_hash) {
  if (tok.host_added()) [[unlikely]] {
    return lex.ClassesOfHash(KeyHashOfKey(tok.key(i), key_hash));
  }
  return (f & token_flags::kAbbreviation) ? lex.ClassesOfDottedHash(key_hash)
                                          : lex.ClassesOfHash(key_hash);
}

// A mention of Finder::added_ by its span (Finder::SortAdded()).
struct Ordered {
  Span span;
  uint32_t index;  // into added_
};

// n values without initialization (a std::vector would zero-fill them on
// growth): Classify() writes every entry that is read.
template <typename T>
struct Buffer {
  std::unique_ptr<T[]> data;
  size_t capacity = 0;
  T* Reserve(size_t n) {
    if (n > capacity) {
      data.reset(new T[n]);
      capacity = n;
    }
    return data.get();
  }
};
using Uint32Buffer = Buffer<uint32_t>;

// The per-token arrays of a Finder, reused by every call on one thread: a
// large document then gets no fresh zero-filled pages on each call, which
// kept the cost of megabyte inputs from scaling linearly
// (docs/reliability.md). Capacity stays at the largest document seen.
struct TokenScratch {
  std::string text;  // CanonicalText() builds a name here
  // Per call, kept for their capacity (cleared by the Finder).
  std::vector<Proposal> proposals;
  std::vector<Mention> added;
  std::vector<Ordered> order, merge;
  std::vector<size_t> runs;
  Uint32Buffer cls, names, acronyms, place_preps, parens;
  Buffer<uint64_t> name_hashes, place_next_hashes;
  Buffer<uint64_t> sentence_starts;  // Classify(): a bit per token
  std::vector<uint32_t> multi_per, multi_org, before_paren;
  std::vector<int> inside;          // ApplyProposals()
  Uint32Buffer surname_candidates;  // LinkSurnames()
  Buffer<int> owner;
};

TokenScratch& ThreadTokenScratch() {
  thread_local TokenScratch scratch;
  return scratch;
}

// Per-call state: token classes and the mention owner of every token.
class Finder {
 public:
  Finder(const internal::NameLexicons& lex, const NameFinderOptions& options,
         Document& doc, TokenScratch& scratch)
      : lex_(lex),
        opt_(options),
        doc_(doc),
        tok_(doc.tokens()),
        text_(doc.text()),
        scratch_(scratch),
        text_scratch_(scratch.text),
        proposals_(scratch.proposals),
        added_(scratch.added),
        order_(scratch.order),
        merge_(scratch.merge),
        runs_(scratch.runs),
        multi_per_(scratch.multi_per),
        multi_org_(scratch.multi_org) {
    proposals_.clear();
    added_.clear();
  }

  void Run();

 private:
  // ---- token predicates
  std::string_view Key(size_t i) const {
    std::string_view k = tok_.key(i);
    if (k.size() > 1 && k.back() == '.') k.remove_suffix(1);
    return k;
  }
  // The lexicon's classes of a word token's Key(): one probe by its hash.
  uint32_t LexiconClasses(size_t i) const {
    return WordClasses(lex_, tok_, i, tok_.flags(i), tok_.key_hash(i));
  }
  [[gnu::always_inline]] bool Has(size_t i, uint32_t c) const {
    uint32_t v = cls_[i];
    if (v & kLazyBit) [[unlikely]]
      v = Resolve(i);
    return (v & c) != 0;
  }
  // Looks up a lazy token's classes (Has()), kept out of line so that Has()
  // stays small where it is inlined.
  [[gnu::noinline]] uint32_t Resolve(size_t i) const {
    // A lazy word is a lower-case word (kLowerWordBit from now on).
    const uint32_t v =
        (cls_[i] & ~kLazyBit) | kLowerWordBit | LexiconClasses(i);
    cls_[i] = v;
    return v;
  }
  // Classes(i) & (kConnector | kParticle) of a token right after a name
  // token (CutRuns() asks it of the word after every run), without looking
  // up a lazy word in the whole lexicon (a cache miss): Classify() gives a
  // lazy word after a capitalized, all-caps or hyphenated token (every name
  // token is one) its joiner classes. Not for other tokens: a lazy word
  // elsewhere reads as no joiner.
  uint32_t JoinerClasses(size_t i) const { return cls_[i] & nc::kJoiner; }
  // A mark of Classify() (never lazy).
  bool Marked(size_t i, uint32_t mark) const { return (cls_[i] & mark) != 0; }
  bool IsWord(size_t i) const {
    return tok_.kind(i) == TokenKind::kWord && tok_.has(i, tf::kHasLetter);
  }
  // IsWord(i) and lower case: a lazy word (always one), or kLowerWordBit.
  bool IsLowerWord(size_t i) const {
    return Marked(i, kLazyBit | kLowerWordBit);
  }
  // False only when the token (right after a name token) is no "company"
  // or "corporation": a lazy word there carries their head classes from
  // Classify(), and any other word its lexicon classes, so most words after
  // a run are ruled out by their class word alone, before IsCompanyWord()
  // reads the key hash.
  bool MayBeCompanyWord(size_t i) const {
    return (cls_[i] & nc::kOrgHead) != 0;
  }
  // The key is "company" or "corporation".
  bool IsCompanyWord(size_t i) const {
    const CueHashes& h = CueWordHashes();
    const uint64_t kh = tok_.key_hash(i);
    return (kh == h.company || kh == h.corporation) &&
           (tok_.key(i) == "company" || tok_.key(i) == "corporation");
  }
  // Key(i) is one of the head words that are also common surnames ("lane",
  // "court": "Priscilla Lane"), or a compass word ("north": "North Kivu"):
  // by KeyHashOfWord(), the hash of Key(i), compared with theirs (keys of
  // 1-7 bytes, whose hashes no other such key has), not by the key (its
  // bounds and bytes: two dependent scattered loads).
  bool IsSurnameHeadWord(size_t i) const {
    return KeyHashIn(i, SurnameHeadWordHashes());
  }
  bool IsCompassWord(size_t i) const {
    return KeyHashIn(i, CompassWordHashes());
  }
  template <size_t N>
  bool KeyHashIn(size_t i, const std::array<uint64_t, N>& hashes) const {
    const uint64_t h = KeyHashOfWord(tok_, i, tok_.flags(i), tok_.key_hash(i));
    return std::find(hashes.begin(), hashes.end(), h) != hashes.end();
  }
  bool IsKey(size_t i, std::string_view k) const {
    return i < tok_.size() && tok_.key(i) == k;
  }
  // tok_.key(i) == k, for a k whose KeyHash() is `k_hash`: the hash first.
  bool KeyIs(size_t i, uint64_t k_hash, std::string_view k) const {
    return tok_.key_hash(i) == k_hash && tok_.key(i) == k;
  }
  // The token is exactly the one byte `c` ("(", ")", "&", ":").
  bool IsChar(size_t i, char c) const {
    return tok_.end(i) - tok_.begin(i) == 1 && text_[tok_.begin(i)] == c;
  }
  // Same line, no line break between i-1 and i (kBreakBit).
  bool Joined(size_t i) const { return !Marked(i, kBreakBit); }
  // Marks computed once per token in Classify() (bits of cls_).
  bool IsAcronymShape(size_t i) const { return Marked(i, kAcronymBit); }
  bool NameTok(size_t i) const { return Marked(i, kNameTokBit); }
  bool Initial(size_t i) const { return Marked(i, kInitialBit); }
  bool TitleLine(size_t i) const { return Marked(i, kTitleLineBit); }
  bool AcronymShape(TokenKind kind, uint16_t f, uint32_t c, uint32_t begin,
                    uint32_t end) const;
  static bool AsciiAcronymKey(uint32_t c, uint64_t key_hash);
  bool IsInitial(size_t i) const {  // "F." "J."
    std::string_view t = tok_.text(i);
    return t.size() == 2 && t[1] == '.' && t[0] >= 'A' && t[0] <= 'Z';
  }

  bool AndBeforeOrgHead(size_t i) const;
  // Tokens i, i+1 are a Chinese name, family name first ("Zhou Mi").
  bool ChineseName(size_t i) const {
    return i + 1 < tok_.size() && NameTok(i) && NameTok(i + 1) &&
           Joined(i + 1) && !tok_.has(i, tf::kAllCaps) &&
           !tok_.has(i + 1, tf::kAllCaps) && Has(i, nc::kChineseFamily) &&
           IsPinyinGivenName(Key(i + 1)) &&
           (!Has(i + 1, nc::kCommon) || SpeakerContext(i, i + 2));
  }
  // A title or "spokesperson" before, or "said"/", " after the name.
  bool SpeakerContext(size_t b, size_t e) const {
    if (b > 0 && Has(b - 1, nc::kTitle)) return true;
    if (e >= tok_.size()) return false;
    std::string_view k = tok_.key(e);
    return k == "," || k == "said" || k == "says" || k == "told" ||
           k == "added";
  }
  bool IsAbbrevGpe(int owner) const;
  void Classify();
  void CutRuns();
  void TypeRun(uint32_t b, uint32_t e, bool initial_dropped);
  bool TryTitle(uint32_t b, uint32_t e);
  bool TryHeads(uint32_t b, uint32_t e);
  bool TryOrgExtension(uint32_t b, uint32_t e);
  void Propose(uint32_t tb, uint32_t te, EntityType type, Evidence ev,
               std::string_view canonical = {}, std::string_view id = {});
  bool NameLike(uint32_t b, uint32_t e) const;
  // The mention index covering token i, -2 for a mention added here, or
  // -1: stored only for covered tokens (kOwnedBit), so no per-token fill.
  int Owner(size_t i) const { return Marked(i, kOwnedBit) ? owner_[i] : -1; }
  void SetOwner(size_t i, int owner) {
    owner_[i] = owner;
    cls_[i] |= kOwnedBit;
  }
  // Out of line: inlined into CutRuns(), which calls it after each run, it
  // cost ~0.8 M instructions and ~20 K mispredicted branches a brown-press
  // pass.
  [[gnu::noinline]] void ApplyProposals();
  void Acronyms();
  bool InitialsContain(const Mention& m, char c) const;
  void LinkSurnames();
  void SortAdded();
  void Finish();

  void AppendSpanText(uint32_t tb, uint32_t te, std::string* out) const;
  std::string SpanText(uint32_t tb, uint32_t te) const {
    std::string out;
    AppendSpanText(tb, te, &out);
    return out;
  }
  std::string_view SpanTextView(uint32_t tb, uint32_t te) const;
  std::string_view CanonicalText(uint32_t tb, uint32_t te) const;
  Mention MakeMention(const Proposal& p) const;

  const internal::NameLexicons& lex_;
  const NameFinderOptions& opt_;
  Document& doc_;
  const Tokens& tok_;
  const std::string_view text_;

  // Per token (in the thread's TokenScratch).
  // The lexicon classes (name_class bits) and the marks below.
  TokenScratch& scratch_;
  uint32_t* cls_ = nullptr;          // in scratch_.cls
  std::span<const uint32_t> names_;  // the name tokens, in order
  // key_hash() of each of names_, read in order by LinkSurnames() instead
  // of at the name tokens' places in the token arrays.
  std::span<const uint64_t> name_hashes_;
  // One-byte "(" tokens, in order (the acronym definitions' candidates).
  std::span<const uint32_t> parens_;
  std::span<const uint32_t> acronyms_;  // the acronym-shaped tokens, in order
  // key_hash() of the token after each word but the last whose key is
  // exactly "in", "to", "from", "near", "at" or "outside"
  // (PlacePrepositions), in order: LinkSurnames() reads them here instead
  // of at those places in the token arrays.
  std::span<const uint64_t> place_next_hashes_;
  int* owner_ = nullptr;       // in scratch_.owner; read through Owner()
  std::string& text_scratch_;  // CanonicalText()'s buffer
  std::vector<Proposal>& proposals_;
  std::vector<uint8_t> removed_;  // per original mention
  std::vector<Mention>& added_;
  std::vector<Ordered>& order_;  // Finish(): added_ in reading order
  std::vector<Ordered>& merge_;  // SortAdded()'s other buffer
  std::vector<size_t>& runs_;    // SortAdded(): where each sorted run starts
  // The indices of the Document's PER and ORG mentions of 2+ tokens, in
  // order (LinkSurnames()'s full names, Acronyms()' initials).
  std::vector<uint32_t>& multi_per_;
  std::vector<uint32_t>& multi_org_;
};

// The token [begin, end) of `kind`, flags `f` and classes `c` is an
// acronym: 2-6 ASCII capitals, not a Roman numeral, not listed as no
// acronym. Inline, without library calls (Classify()'s loop).
bool Finder::AcronymShape(TokenKind kind, uint16_t f, uint32_t c,
                          uint32_t begin, uint32_t end) const {
  if (kind != TokenKind::kWord || !(f & tf::kAllCaps)) return false;
  const size_t size = end - begin;
  if (size < 2 || size > 6) return false;
  bool roman = true;
  for (size_t k = begin; k < end; ++k) {
    const char ch = text_[k];
    if (ch < 'A' || ch > 'Z') return false;
    // Roman numerals as in names and events (II, XIV, XXV) are not
    // acronyms; "CDL" or "MD" are.
    roman = roman && (ch == 'I' || ch == 'V' || ch == 'X');
  }
  if (roman) return false;
  return !(c & nc::kNotAcronym);
}

// AcronymShape() of an all-caps ASCII word (no kNonAscii) with classes `c`,
// from its key hash alone (its span and text are two scattered loads and a
// third into the text, for each of ~10,000 all-caps words per wild-en
// pass). An ASCII word's key is its text in lower case, byte for byte, so
// its text is 2-6 letters A-Z exactly when its key is 2-6 letters a-z. A
// key of 1 to 7 bytes hashes to KeyHashMix((bytes << (64 - 8 * len)) ^ len)
// (core/key_hash.h), a bijection: KeyHashUnmix() gives back its length and
// bytes, with zeros between them. A longer key would pass only if its hash
// equalled that of a 2-6 letter key: by accident, a chance of 2^-64 (a
// crafted 9-16 byte key could be made to). A host's tokens are read as
// text instead (Tokens::host_added()).
bool Finder::AsciiAcronymKey(uint32_t c, uint64_t key_hash) {
  const uint64_t x = internal::KeyHashUnmix(key_hash);
  const unsigned len = static_cast<unsigned>(x & 0xFF);
  if (len < 2 || len > 6) return false;
  const unsigned low = 64 - 8 * len;  // bit of the key's first byte
  if (((x >> 8) << (64 - low + 8)) != 0) return false;  // bits 8..low-1
  bool roman = true;
  for (unsigned k = 0; k < len; ++k) {
    const char ch = static_cast<char>(x >> (low + 8 * k));
    if (ch < 'a' || ch > 'z') return false;
    roman = roman && (ch == 'i' || ch == 'v' || ch == 'x');
  }
  if (roman) return false;
  return !(c & nc::kNotAcronym);
}

// "Sanitation and Supply Company": name tokens after "and" reach an org head
// (or a lower-case "company") within a few tokens.
bool Finder::AndBeforeOrgHead(size_t i) const {
  const size_t n = tok_.size();
  for (size_t j = i; j < n && j < i + 4; ++j) {
    if (!NameTok(j)) {
      return IsLowerWord(j) && IsCompanyWord(j);
    }
    if (Has(j, nc::kOrg | nc::kOrgOf)) return true;
  }
  return false;
}

// A place written as an abbreviation ("U.S.", "UK", "EU"): before an
// organization it is a modifier, not part of the name.
bool Finder::IsAbbrevGpe(int owner) const {
  if (owner < 0) return false;
  const Mention& m = doc_.mentions()[owner];
  if (m.entity.type != EntityType::kGpe) return false;
  if (m.token_end - m.token_begin != 1) return false;
  uint32_t t = m.token_begin;
  return tok_.has(t, tf::kAllCaps) &&
         (tok_.has(t, tf::kAbbreviation) || tok_.text(t).size() <= 3);
}

void Finder::Classify() {
  const size_t n = tok_.size();
  owner_ = scratch_.owner.Reserve(n);
  // Every entry of cls_ is written below, and the lists through pointers
  // into buffers of n entries: the loop's only stores are 32-bit ones to
  // local pointers, and it calls nothing that the compiler cannot see, so
  // the token arrays' addresses stay in registers.
  uint32_t* const cls = cls_ = scratch_.cls.Reserve(n);
  uint32_t* const names = scratch_.names.Reserve(n);
  uint64_t* const name_hashes = scratch_.name_hashes.Reserve(n);
  uint32_t* const parens = scratch_.parens.Reserve(n);
  size_t n_parens = 0;
  uint32_t* const acronyms = scratch_.acronyms.Reserve(n);
  uint32_t* const place_preps = scratch_.place_preps.Reserve(n);
  uint64_t* const place_next_hashes = scratch_.place_next_hashes.Reserve(n);
  size_t n_names = 0, n_acronyms = 0, n_place_preps = 0;
  const Tokens& tok = tok_;
  const internal::NameLexicons& lex = lex_;
  const std::string_view text = text_;
  const PlacePrepositions& preps = PlacePrepositionHashes();
  const CueHashes& cue = CueWordHashes();
  const uint32_t company_classes =
      lex.ClassesOfHash(cue.company) & nc::kOrgHead;
  const uint32_t corporation_classes =
      lex.ClassesOfHash(cue.corporation) & nc::kOrgHead;
  // The low 16 bits of KeyHash(":"), "(", "[" (openers) and "&" (marked).
  static const uint16_t opener_low[4] = {
      static_cast<uint16_t>(KeyHash(":")), static_cast<uint16_t>(KeyHash("(")),
      static_cast<uint16_t>(KeyHash("[")), static_cast<uint16_t>(KeyHash("&"))};
  // A host's tokens may have other keys (tok.host_added()): their text is
  // read, as AcronymShape() reads it.
  const bool host = tok.host_added();
  // FunctionOrConnector() of a plain word's key hash (the key of a host's
  // token may differ: WordClasses()).
  const bool function_table = !host;
  auto maybe_opener_hash = [](uint64_t key_hash) {
    const uint16_t low = static_cast<uint16_t>(key_hash);
    return (low == opener_low[0]) | (low == opener_low[1]) |
           (low == opener_low[2]) | (low == opener_low[3]);
  };
  // The byte of a one-byte ASCII ':' '(' '[' '&' token (not a host's), from
  // its key hash and flags `f`; 0 for any other token.
  static const uint64_t opener_hash[4] = {KeyHash(":"), KeyHash("("),
                                          KeyHash("["), KeyHash("&")};
  auto opener_of_hash = [](uint64_t key_hash, uint16_t f) -> char {
    if (f & tf::kNonAscii) return 0;
    return key_hash == opener_hash[0]   ? ':'
           : key_hash == opener_hash[1] ? '('
           : key_hash == opener_hash[2] ? '['
           : key_hash == opener_hash[3] ? '&'
                                        : 0;
  };
  // One pass over the tokens: classes, name tokens, acronyms, line and
  // clause starts (after_open), and title-case lines. The token's marks go
  // into its class word.
  bool after_open = true;
  size_t line_begin = 0;
  int caps = 0, lowers = 0;  // content words of the current line
  // Title-case lines (headlines, sub-headings): when no content word of the
  // line is in lower case, common words there are not names.
  auto end_line = [&](size_t end) {
    if (caps >= 3 && lowers == 0) {
      for (size_t t = line_begin; t < end; ++t) cls[t] |= kTitleLineBit;
    }
  };
  // A token that is not a plain word (below): line breaks, punctuation,
  // capitalized words, and plain words while the line has no lower-case
  // content word yet. Every path writes cls[i].
  auto visit = [&](size_t i) {
    const uint16_t f = tok.flags(i);
    // kBreakBit; kLowerWordBit is added below for words.
    const uint32_t token_bits = (f & tf::kNewlineBefore) ? kBreakBit : 0;
    if (f & tf::kNewlineBefore) {
      if (i > line_begin) {
        end_line(i);
        line_begin = i;
        caps = lowers = 0;
      }
      after_open = true;
    }
    const TokenKind kind = tok.kind(i);
    if (kind != TokenKind::kWord || !(f & tf::kHasLetter)) {  // !IsWord(i)
      cls[i] = token_bits;
      if (kind == TokenKind::kOpenQuote || kind == TokenKind::kAmbiguousQuote ||
          kind == TokenKind::kDash) {
        after_open = true;
      } else if (host ? tok.end(i) - tok.begin(i) == 1
                      : maybe_opener_hash(tok.key_hash(i))) {
        // Only a one-byte ':' '(' '[' '&' changes anything here. With
        // sayso's Tokenizer a token without kNonAscii whose key is one byte
        // has a one-byte text (document.h, host_added()), so such a token
        // is one whose key hash is that of the byte (a key of 1-7 bytes has
        // a hash no other such key has) and that has no kNonAscii: its span
        // and text (scattered loads, ~8 % of Classify()'s samples) are read
        // only for a host's tokens.
        const char c = host ? text[tok.begin(i)]  // IsChar(i, ':' / '(' ...)
                            : opener_of_hash(tok.key_hash(i), f);
        if (c == ':' || c == '(' || c == '[') {
          after_open = true;
          parens[n_parens] = static_cast<uint32_t>(i);
          n_parens += c == '(';
        }
        cls[i] = token_bits | (c == '(' ? kParenBit : (c == '&' ? kAmpBit : 0));
      }
      return;
    }
    const uint64_t kh = tok.key_hash(i);
    uint32_t c = token_bits | ((f & tf::kLowercase) ? kLowerWordBit : 0) |
                 WordClasses(lex, tok, i, f, kh);
    // Sentence and line starts: capitalization there says nothing.
    c |= static_cast<uint32_t>(after_open) * kInitialBit;  // no branch
    after_open = false;
    bool cap = (f & (tf::kCapitalized | tf::kAllCaps)) != 0;
    // !cap and a hyphen; with sayso's Tokenizer kLowercase (no capital
    // anywhere) rules out the capital after the '-' without reading the
    // text ("well-known": most such words).
    if ((f & (tf::kCapitalized | tf::kAllCaps | tf::kHasHyphen)) ==
            tf::kHasHyphen &&
        (host || !(f & tf::kLowercase))) [[unlikely]] {
      // "al-Burhan", "el-Sisi", "bin-Salman": a particle glued to a name.
      const std::string_view t =
          text.substr(tok.begin(i), tok.end(i) - tok.begin(i));
      // The first '-' (t.find('-')), looked for where it counts: at most
      // 4 bytes in.
      const size_t limit = std::min<size_t>(t.size(), 5);
      size_t h = 0;
      while (h < limit && t[h] != '-') ++h;
      if (h < limit && h + 1 < t.size() && t[h + 1] >= 'A' && t[h + 1] <= 'Z') {
        // Key(i).substr(0, h): the key without a final period.
        std::string_view k = tok.key(i);
        if (k.size() > 1 && k.back() == '.') k.remove_suffix(1);
        k = k.substr(0, h);
        if (lex.ClassesOfHash(internal::KeyHashBytes(k.data(), k.size())) &
            nc::kParticle) {
          cap = true;
        }
      }
    }
    // Without branches (which visited words are names follows the text):
    // the entry is written always and kept when the word is a name token.
    const bool name = cap & !(f & tf::kClitic) & !(c & nc::kNotName);
    c |= name ? kNameTokBit : 0;
    names[n_names] = static_cast<uint32_t>(i);
    name_hashes[n_names] = kh;
    n_names += name;
    if ((f & tf::kAllCaps) &&
        ((f & tf::kNonAscii) || host
             ? AcronymShape(kind, f, c, tok.begin(i), tok.end(i))
             : AsciiAcronymKey(c, kh))) {
      c |= kAcronymBit;
      acronyms[n_acronyms++] = static_cast<uint32_t>(i);
    }
    cls[i] = c;
    // Content words of the line (not function words or connectors), lower
    // case or name tokens, counted without branches.
    const bool content = !(c & (nc::kFunction | nc::kConnector));
    const bool lower = (f & tf::kLowercase) != 0;
    lowers += content & lower;
    caps += content & !lower & name;
  };
  // Blocks of 64 tokens. First, without branches: which tokens are plain
  // lower-case words (no capital, no hyphen, no line break before), their
  // lazy class word, and the place prepositions among all words. Then
  // visit() the other tokens in order, skipping the plain words (~70 % of
  // tokens) while the line has a lower-case content word: none of their
  // classes matters here (they cannot be name tokens or acronyms, and the
  // line is no title-case line), so they are looked up only if a later pass
  // asks (Has()). Only the first of a skipped stretch may follow an opener
  // (kInitialBit).
  constexpr uint16_t kPlainMask = tf::kLowercase | tf::kCapitalized |
                                  tf::kAllCaps | tf::kHasHyphen |
                                  tf::kHasLetter | tf::kNewlineBefore;
  constexpr uint16_t kPlain = tf::kLowercase | tf::kHasLetter;
  // The masks of one block, made a block ahead of its visits: prepare()
  // also starts loading the lexicon slots of the block's words that are
  // not plain (the probes of visit(), each a likely cache miss otherwise),
  // so that their misses overlap each other and the visits of the block
  // before.
  struct BlockMasks {
    uint64_t plain = 0;
    uint64_t skippable = 0;
  };
  auto prepare = [&](size_t base) -> BlockMasks {
    const size_t m = std::min<size_t>(64, n - base);
    alignas(16) uint8_t is_plain[64] = {};
    alignas(16) uint8_t is_inert[64] = {};
    alignas(16) uint8_t may_prep[64] = {};
    alignas(16) uint8_t is_lookup[64] = {};
    alignas(16) uint8_t is_capish[64] = {};
    for (size_t j = 0; j < m; ++j) {  // vectorized by the compiler
      const size_t i = base + j;
      const uint16_t f = tok.flags(i);
      const TokenKind kind = tok.kind(i);
      const bool word = kind == TokenKind::kWord;
      const bool p = word & ((f & kPlainMask) == kPlain);
      is_plain[j] = p ? 0xFF : 0;
      cls[i] = p ? kLazyBit : 0;
      const bool is_word = word & ((f & tf::kHasLetter) != 0);  // IsWord(i)
      // May be a name token (a lazy word after it gets its joiner classes).
      is_capish[j] =
          (f & (tf::kCapitalized | tf::kAllCaps | tf::kHasHyphen)) ? 0xFF : 0;
      may_prep[j] = is_word ? 0xFF : 0;
      is_lookup[j] = (is_word & !p) ? 0xFF : 0;
      // Not a word, no line break before, no opening quote or dash: only
      // ':' '(' '[' of such tokens matter (below).
      is_inert[j] =
          (!is_word & ((f & tf::kNewlineBefore) == 0) &
           (kind != TokenKind::kOpenQuote) &
           (kind != TokenKind::kAmbiguousQuote) & (kind != TokenKind::kDash))
              ? 0xFF
              : 0;
    }
    for (size_t j = 0; j < m; ++j) {  // vectorized by the compiler
      // 16 bits of the hash: 8 tokens per compare. A few other tokens
      // match too (about 10 in 65,536): a word is a place preposition only
      // if its whole hash is one (below), and visiting inert punctuation
      // changes nothing.
      const uint16_t low = static_cast<uint16_t>(tok.key_hash(base + j));
      may_prep[j] &= ((low == preps.low[0]) | (low == preps.low[1]) |
                      (low == preps.low[2]) | (low == preps.low[3]) |
                      (low == preps.low[4]) | (low == preps.low[5]))
                         ? 0xFF
                         : 0;
      // A one-byte ':' '(' '[' '&' token has that byte as its key: the
      // tokens whose key hash has the low half of one of those are visited
      // (so every one-byte '(' and '&' gets its mark); a host's, all.
      is_inert[j] &= (host | (low == opener_low[0]) | (low == opener_low[1]) |
                      (low == opener_low[2]) | (low == opener_low[3]))
                         ? 0
                         : 0xFF;
    }
    BlockMasks masks;
    masks.plain = internal::LowBitMask64(is_plain);
    // The plain (lazy) words right after a token that may be a name token:
    // their joiner classes (JoinerClasses()), from a table in L1 cache and
    // the key hash this block has just read.
    const uint64_t capish = internal::LowBitMask64(is_capish);
    const uint64_t capish_before =
        base > 0 && (tok.flags(base - 1) &
                     (tf::kCapitalized | tf::kAllCaps | tf::kHasHyphen))
            ? 1
            : 0;
    // "company" and "corporation" get their head classes too (CutRuns()
    // tests them after every run: MayBeCompanyWord()).
    for (uint64_t after = masks.plain & ((capish << 1) | capish_before);
         after != 0; after &= after - 1) {
      const size_t i = base + static_cast<size_t>(std::countr_zero(after));
      const uint64_t kh = tok.key_hash(i);
      cls[i] |= lex.JoinerClassesOfTokenHash(kh) |
                (kh == cue.company ? company_classes : 0) |
                (kh == cue.corporation ? corporation_classes : 0);
    }
    // Skipped while the line has a lower-case content word: plain words and
    // inert punctuation (whose class word is 0 already).
    masks.skippable = masks.plain | internal::LowBitMask64(is_inert);
    // The place prepositions among the words: the few whose hash's low half
    // is one of theirs, then the whole hash.
    for (uint64_t cand = internal::LowBitMask64(may_prep); cand != 0;
         cand &= cand - 1) {
      const size_t i = base + static_cast<size_t>(std::countr_zero(cand));
      place_preps[n_place_preps] = static_cast<uint32_t>(i);
      // The next token's hash is in cache now (the last token has none: it
      // is dropped from the list below).
      place_next_hashes[n_place_preps] = tok.key_hash(std::min(i + 1, n - 1));
      n_place_preps += preps.Contains(tok.key_hash(i));
    }
    // The slots visit() probes (WordClasses(); for a host's abbreviations
    // the wrong one, which is harmless).
    for (uint64_t look = internal::LowBitMask64(is_lookup); look != 0;
         look &= look - 1) {
      const size_t i = base + static_cast<size_t>(std::countr_zero(look));
      if (tok.flags(i) & tf::kAbbreviation) {
        lex.PrefetchDottedHash(tok.key_hash(i));
      } else {
        lex.PrefetchHash(tok.key_hash(i));
      }
    }
    return masks;
  };
  // The first word of each sentence gets kInitialBit. When the sentences
  // tile the tokens (each starts where the one before ends, the last ends
  // at the last token: the Tokenizer's), a sentence's first token sets
  // after_open in the block loop below, so the first word at or after it
  // gets the bit there, while its flags and kind are in cache (a loop over
  // the sentences afterwards read them again at ~10,000 scattered places
  // per brown-press pass). A sentence without a word passes after_open on
  // to the next one's first word, which gets the bit anyway. Otherwise the
  // loop after the blocks marks them.
  const std::vector<TextUnit>& sentences = doc_.sentences();
  const size_t n_start_words = n / 64 + 1;
  uint64_t* const sentence_starts =
      scratch_.sentence_starts.Reserve(n_start_words);
  std::fill(sentence_starts, sentence_starts + n_start_words, 0);
  bool tiled = true;
  uint32_t tile_end = sentences.empty() ? 0 : sentences[0].token_begin;
  for (const TextUnit& s : sentences) {
    tiled = tiled & (s.token_begin == tile_end);
    tile_end = s.token_end;
    if (s.token_begin < s.token_end && s.token_begin < n) {
      sentence_starts[s.token_begin / 64] |= uint64_t{1}
                                             << (s.token_begin % 64);
    }
  }
  tiled = tiled && (sentences.empty() || tile_end >= n);
  if (!tiled) std::fill(sentence_starts, sentence_starts + n_start_words, 0);
  BlockMasks current = prepare(0);
  for (size_t base = 0; base < n; base += 64) {
    const size_t m = std::min<size_t>(64, n - base);
    const BlockMasks ahead = base + 64 < n ? prepare(base + 64) : BlockMasks{};
    const uint64_t plain = current.plain;
    const uint64_t skippable = current.skippable;
    current = ahead;
    const uint64_t valid = m == 64 ? ~uint64_t{0} : (uint64_t{1} << m) - 1;
    const uint64_t starts = sentence_starts[base / 64];
    size_t next = 0;  // tokens [base, base + next) are done
    while (next < m) {
      const uint64_t from = valid & (~uint64_t{0} << next);
      const uint64_t todo =
          (lowers != 0 ? from & ~skippable : from) | (from & starts);
      const size_t j =
          todo == 0 ? m : static_cast<size_t>(std::countr_zero(todo));
      // The first plain word skipped after an opener gets kInitialBit
      // (without a branch: where it is follows the text).
      const uint64_t until_j = j == 64 ? ~uint64_t{0} : (uint64_t{1} << j) - 1;
      const uint64_t skipped = plain & from & until_j;
      const size_t first =
          skipped == 0 ? next : static_cast<size_t>(std::countr_zero(skipped));
      cls[base + first] |= ((skipped != 0) & after_open) ? kInitialBit : 0;
      after_open = after_open & (skipped == 0);
      if (j == m) break;
      after_open = after_open | (((starts >> j) & 1) != 0);
      next = j + 1;
      // A plain word visited while its line has no lower-case content word
      // (or at a sentence start): all that visit() would do besides its
      // lookup is kInitialBit, and counting it in `lowers` if it is no
      // function word or connector, which the small table tells without
      // the lexicon probe (a cache miss: these words are not prefetched).
      // It stays lazy, as the plain words skipped later in the line do.
      if (((plain >> j) & 1) & function_table) {
        const size_t i = base + j;
        if (!(tok.flags(i) & tf::kAbbreviation)) [[likely]] {
          const auto ft = lex.FunctionOrConnector(tok.key_hash(i));
          if (ft != internal::NameLexicons::kMaybeFunction) [[likely]] {
            cls[i] |= static_cast<uint32_t>(after_open) * kInitialBit;
            after_open = false;
            lowers += ft == internal::NameLexicons::kNotFunction;
            continue;
          }
        }
      }
      visit(base + j);
    }
  }
  end_line(n);
  // The last token has no word after it.
  if (n_place_preps > 0 && place_preps[n_place_preps - 1] == n - 1) {
    --n_place_preps;
  }
  names_ = {names, n_names};
  name_hashes_ = {name_hashes, n_names};
  parens_ = {parens, n_parens};
  acronyms_ = {acronyms, n_acronyms};
  place_next_hashes_ = {place_next_hashes, n_place_preps};
  multi_per_.clear();
  multi_org_.clear();
  for (size_t m = 0; m < doc_.mentions().size(); ++m) {
    const Mention& men = doc_.mentions()[m];
    for (uint32_t t = men.token_begin; t < men.token_end && t < n; ++t) {
      SetOwner(t, static_cast<int>(m));
    }
    if (men.token_end - men.token_begin >= 2) {
      if (men.entity.type == EntityType::kPer) {
        multi_per_.push_back(static_cast<uint32_t>(m));
      } else if (men.entity.type == EntityType::kOrg) {
        multi_org_.push_back(static_cast<uint32_t>(m));
      }
    }
  }
  if (!tiled) {
    for (const TextUnit& s : sentences) {
      for (uint32_t t = s.token_begin; t < s.token_end && t < n; ++t) {
        if (IsWord(t)) {
          cls[t] |= kInitialBit;
          break;
        }
      }
    }
  }
}

void Finder::AppendSpanText(uint32_t tb, uint32_t te, std::string* out) const {
  for (uint32_t t = tb; t < te; ++t) {
    // "Joseph (Joey) Doe" -> "Joseph Doe".
    if (IsChar(t, '(') && t + 2 < te && IsChar(t + 2, ')')) {
      t += 2;
      continue;
    }
    if (t > tb &&
        (tok_.has(t, tf::kSpaceBefore) || tok_.has(t, tf::kNewlineBefore))) {
      *out += ' ';
    }
    out->append(tok_.text(t));
  }
}

// AppendSpanText() as a view: of the text itself when that is the result
// (no "(Joey)" to drop; between tokens either nothing or one space), else of
// a copy interned in the Document.
std::string_view Finder::SpanTextView(uint32_t tb, uint32_t te) const {
  if (tb >= te) return {};
  bool verbatim = true;
  for (uint32_t t = tb; t < te && verbatim; ++t) {
    if (IsChar(t, '(') && t + 2 < te && IsChar(t + 2, ')')) {
      verbatim = false;
    } else if (t > tb) {
      const uint32_t gap = tok_.begin(t) - tok_.end(t - 1);
      const bool spaced =
          tok_.has(t, tf::kSpaceBefore) || tok_.has(t, tf::kNewlineBefore);
      verbatim =
          spaced ? (gap == 1 && text_[tok_.end(t - 1)] == ' ') : gap == 0;
    }
  }
  if (verbatim) {
    return text_.substr(tok_.begin(tb), tok_.end(te - 1) - tok_.begin(tb));
  }
  std::string& out = text_scratch_;
  out.clear();
  AppendSpanText(tb, te, &out);
  return doc_.Intern(out);
}

// The name as written, with an abbreviated head word spelled out ("Madison
// St." -> "Madison Street", "Acme Co." -> "Acme Company"), as a view (of the
// text or of an interned copy).
std::string_view Finder::CanonicalText(uint32_t tb, uint32_t te) const {
  static constexpr std::pair<std::string_view, std::string_view> kLong[] = {
      {"st", "Street"},    {"av", "Avenue"},        {"ave", "Avenue"},
      {"rd", "Road"},      {"blvd", "Boulevard"},   {"dr", "Drive"},
      {"co", "Company"},   {"corp", "Corporation"}, {"mt", "Mount"},
      {"bros", "Brothers"}};
  uint32_t last = te - 1;
  if (last > tb && IsChar(last, '.')) --last;
  auto expand = [&](uint32_t t) -> std::string_view {
    std::string_view t_text = tok_.text(t);
    bool dotted =
        tok_.has(t, tf::kAbbreviation) || (t + 1 < te && IsChar(t + 1, '.'));
    if (!dotted || t_text.empty() || !(t_text[0] >= 'A' && t_text[0] <= 'Z')) {
      return {};
    }
    for (const auto& [abbr, full] : kLong) {
      if (Key(t) == abbr) return full;
    }
    return {};
  };
  std::string_view head = last > tb ? expand(last) : std::string_view();
  std::string_view first = tb < last ? expand(tb) : std::string_view();
  if (head.empty() && first != "Mount") return SpanTextView(tb, te);
  std::string& out = text_scratch_;
  out.clear();
  if (first == "Mount") {
    out = "Mount ";
    AppendSpanText(tb + 1, head.empty() ? te : last, &out);
  } else {
    AppendSpanText(tb, last, &out);
  }
  if (!head.empty()) {
    out += ' ';
    out += head;
  }
  return doc_.Intern(out);
}

// A plausible person name: starts and ends with a name token that is not a
// head/title/function word, at most 5 tokens.
bool Finder::NameLike(uint32_t b, uint32_t e) const {
  if (b >= e || e - b > 7) return false;
  if (!NameTok(b) || !NameTok(e - 1)) return false;
  for (uint32_t i = b; i < e; ++i) {
    if (!NameTok(i) && !Has(i, nc::kParticle) && !IsChar(i, '(') &&
        !IsChar(i, ')')) {
      return false;  // "of", "&", "and": not inside a person's name
    }
    if (NameTok(i) && Has(i, nc::kOrgHead | nc::kFacility | nc::kStreet |
                                 nc::kGeo | nc::kAdmin | nc::kRegion |
                                 nc::kInstitution | nc::kFunction)) {
      return false;
    }
    if (e - b > 1 && NameTok(i) && tok_.has(i, tf::kAllCaps) && !IsInitial(i) &&
        tok_.text(i).size() >= 2) {
      return false;  // "Roy Rogers TV"
    }
  }
  return true;
}

void Finder::Propose(uint32_t tb, uint32_t te, EntityType type, Evidence ev,
                     std::string_view canonical, std::string_view id) {
  if (tb >= te) return;
  // "Kedzie Av." at a sentence end: the period the tokenizer split off
  // belongs to the abbreviated head.
  if ((type == EntityType::kOrg || type == EntityType::kLoc) &&
      te < tok_.size() && Has(te - 1, nc::kStreet | nc::kOrg) &&
      tok_.text(te - 1).size() <= 4 && !tok_.has(te - 1, tf::kAbbreviation) &&
      IsChar(te, '.') && !tok_.has(te, tf::kSpaceBefore) &&
      !tok_.has(te - 1, tf::kAllCaps)) {
    ++te;
  }
  Proposal p;
  p.tb = tb;
  p.te = te;
  p.type = type;
  p.evidence = ev;
  p.canonical = canonical;
  p.id = id;
  proposals_.push_back(p);
}

// Maximal runs of name tokens joined by connectors and particles, within one
// sentence line, not across punctuation (except "&" and initials).
void Finder::CutRuns() {
  const size_t n = tok_.size();
  [[maybe_unused]] size_t i = 0;  // runs so far end before i
  for (size_t k = 0; k < names_.size(); ++k) {
    // The word after a run is tested for "of"/"for"/"on"/"and"/"the" by its
    // key hash, a scattered read (the class word has no bit left for it):
    // the key hash after the name token 8 on is loaded now, unused, so that
    // it is in cache by then (Tokens gives no address to prefetch).
    // One-process A/B 0.957 brown-press, 0.966 wild-en.
    if (k + 8 < names_.size() && names_[k + 8] + 1 < n) {
      const uint64_t ahead = tok_.key_hash(names_[k + 8] + 1);
      internal::LoadAhead(ahead);
    }
    const uint32_t b = names_[k];
    assert(b >= i);
    uint32_t e = b + 1;
    // The name tokens in [b, e): the next run starts at names_[k + run_names]
    // (counted without a branch, instead of a test per name token inside
    // the run).
    size_t run_names = 1;
    bool in_of = false;  // after "of"/"for": "and" may join ("Health and ...")
    while (e < n) {
      if (!Joined(e)) break;
      if (Initial(e) && !tok_.has(e - 1, tf::kAbbreviation)) break;
      if (NameTok(e)) {
        if (TitleLine(e) && Has(e, nc::kCommon) && !Has(e, nc::kGivenName))
          break;
        // A capitalized preposition inside a run is a title of a work
        // ("Moon Over Bourbon Street"), not a name: stop before it.
        if (Has(e, nc::kFunction) && !Has(e, nc::kGivenName | nc::kParticle))
          break;
        ++e;
        ++run_names;
        continue;
      }
      // A connector or particle joins only when a name token follows.
      size_t j = e;
      bool ok = false;
      // (One branch for both tests of the class word.)
      if (IsLowerWord(j) & (JoinerClasses(j) != 0)) {
        const CueHashes& h = CueWordHashes();
        const uint64_t kh = tok_.key_hash(j);
        const bool of_for_on = kh == h.of || kh == h.for_ || kh == h.on;
        size_t next = j + 1;
        if (of_for_on && next < n && tok_.key_hash(next) == h.the) {
          ++next;
        }
        // "of"/"for"/"on" join a head or title to its complement ("Bank of
        // Japan", "Secretary of State"), not a name to a place ("Jane Doe of
        // Ohio"); "and" joins inside a complement or before an org head.
        bool of_ok = !of_for_on || in_of ||
                     Has(e - 1, nc::kOrgOf | nc::kGeoOfPrefix | nc::kTitle);
        bool and_ok = kh != h.and_ || in_of || AndBeforeOrgHead(next);
        bool the_ok = kh != h.the;
        if (of_ok && and_ok && the_ok && next < n && Joined(next) &&
            NameTok(next) && !TitleLine(j)) {
          if (of_for_on) in_of = true;
          // j is a lower-case word; a "The" after "of" may be a name token.
          run_names += next == j + 2 && NameTok(j + 1);
          e = static_cast<uint32_t>(next);
          ok = true;
        }
      } else if (Marked(j, kParenBit) && j + 3 < n && NameTok(j + 1) &&
                 IsChar(j + 2, ')') && NameTok(j + 3) && Joined(j + 3) &&
                 !IsAcronymShape(j + 1) && Owner(j + 1) < 0 &&
                 Has(e - 1, nc::kGivenName)) {
        // A nickname between given name and surname: "Joseph (Joey) Doe".
        e = static_cast<uint32_t>(j + 4);
        run_names += 2;  // j + 1 and j + 3
        ok = true;
      } else if (Marked(j, kAmpBit) && j + 1 < n && NameTok(j + 1)) {
        e = static_cast<uint32_t>(j + 1);
        ok = true;
      }
      if (!ok) break;
    }
    // Drop leading function words ("The", "In") and a sentence-initial common
    // word ("Officials", "Under"); drop trailing function words.
    uint32_t s = b;
    // The family-name bit first: ChineseName() is out of line.
    const bool chinese = e - b == 2 && Has(b, nc::kChineseFamily) &&
                         ChineseName(b) && Owner(b) == -1 && Owner(b + 1) == -1;
    // The first word's tests without branches (they follow the text): b is
    // a name token, never lazy, so its class word is read as it is.
    const uint32_t vb = cls_[b];
    const bool drop_function =
        !chinese & ((vb & nc::kFunction) != 0) & ((vb & nc::kGivenName) == 0);
    const bool drop_common =
        !chinese & !drop_function & ((vb & kInitialBit) != 0) &
        ((vb & nc::kCommon) != 0) &
        ((vb & (nc::kGivenName | nc::kTitle | nc::kGeoPrefix |
                nc::kGeoOfPrefix | nc::kOrgOf | nc::kInstitution)) == 0);
    s += static_cast<uint32_t>(drop_function | drop_common);
    const bool dropped_initial = drop_function | drop_common;
    // More leading function words: rare, so one test of the next word's
    // class word first (a lazy word there is looked up by the loop).
    if (drop_function & (s < e) && (cls_[s] & (nc::kFunction | kLazyBit)) != 0)
        [[unlikely]] {
      while (s < e && Has(s, nc::kFunction) && !Has(s, nc::kGivenName)) ++s;
    }
    while (s < e && !NameTok(s)) ++s;
    uint32_t t = e;
    while (t > s && (!NameTok(t - 1) || Has(t - 1, nc::kFunction))) --t;
    // "the Acme Supply company": a lower-case "company" closes the name.
    if (s < t && t == e && e < n && Joined(e) && IsLowerWord(e) &&
        MayBeCompanyWord(e) && IsCompanyWord(e) &&
        !(t - s == 1 &&
          (Owner(s) >= 0 || (Initial(s) && Has(s, nc::kCommon))))) {
      bool all_known = true;
      for (uint32_t k = s; k < t; ++k) all_known = all_known && Owner(k) >= 0;
      if (!all_known) {
        run_names += NameTok(t);  // (a host's tokens may say both)
        ++t;
        e = t;
      }
    }
    if (s < t) {
      TypeRun(s, t, dropped_initial);
      // Its proposals now, while the class words, owners and spans of its
      // tokens are in cache. The later runs read no owner of these tokens
      // (a run's tests read owners inside it only, and the runs are
      // disjoint), so the owners ApplyProposals() sets change none of them.
      if (!proposals_.empty()) ApplyProposals();
    }
    i = e;
    k += run_names - 1;
  }
}

// A person title inside the run: the name after the LAST title is a PER; the
// part before it is typed on its own ("Senate Majority Leader X" -> "Senate").
bool Finder::TryTitle(uint32_t b, uint32_t e) {
  int last = -1;
  const CueHashes& h = CueWordHashes();
  for (uint32_t i = b; i + 1 < e; ++i) {
    if (!Has(i, nc::kTitle)) continue;
    // "CEO" is all caps but a title. Its key is a strong title, so only
    // those are asked for their key hash (the key hash of each word of the
    // run was a cache miss).
    if ((NameTok(i) && !IsAcronymShape(i)) ||
        (Has(i, nc::kStrongTitle) &&
         (tok_.key_hash(i) == h.ceo || tok_.key_hash(i) == h.ceo_dot) &&
         Key(i) == "ceo")) {
      last = static_cast<int>(i);
    }
  }
  if (last < 0) return false;
  uint32_t p = static_cast<uint32_t>(last);
  bool strong = Has(p, nc::kStrongTitle);
  // The name: after the title and its complement ("Secretary of State X").
  uint32_t q = p + 1;
  while (q < e && (!NameTok(q) || Has(q, nc::kConnector | nc::kFunction) ||
                   (Has(q, nc::kCommon) && !Has(q, nc::kGivenName)) ||
                   Has(q, nc::kTitle))) {
    ++q;
  }
  // Stop at "of": "King Abdullah of Jordan" -> "Abdullah".
  uint32_t r = q;
  while (r < e && NameTok(r)) ++r;
  // Prefix before the title phrase: drop trailing common words and titles.
  uint32_t pre_end = p;
  while (pre_end > b &&
         (Has(pre_end - 1, nc::kTitle | nc::kCommon | nc::kConnector) ||
          !NameTok(pre_end - 1)) &&
         !Has(pre_end - 1, nc::kOrgHead | nc::kInstitution)) {
    --pre_end;
  }
  if (pre_end > b) TypeRun(b, pre_end, false);
  if (q >= r) return true;
  // The rest after "of ..." ("Abdullah of Jordan"): leave it to others.
  if (r < e) {
    uint32_t s = r;
    while (s < e && !NameTok(s)) ++s;
    if (s < e) TypeRun(s, e, false);
  }
  if (!NameLike(q, r)) return true;
  if (Owner(q) >= 0) {
    const Mention& m = doc_.mentions()[Owner(q)];
    bool complement = q > p + 1 && !NameTok(p + 1);  // "President of X"
    if (m.token_begin < q ||
        (complement && m.entity.type != EntityType::kPer)) {
      return true;
    }
  }
  bool given = Has(q, nc::kGivenName) || IsInitial(q);
  if (!strong && !(given || r - q >= 2)) return true;
  // A single name token that is a common word ("President Obama" is fine,
  // "President Trump" too; "Mr. Big" is not).
  if (r - q == 1 && (Has(q, nc::kCommon) || IsInitial(q))) return true;
  Propose(q, r, EntityType::kPer,
          strong ? Evidence::kStrongTitle : Evidence::kWeakTitle);
  return true;
}

// Organization and place head words.
bool Finder::TryHeads(uint32_t b, uint32_t e) {
  const uint32_t last = e - 1;
  // "X Province": the generic region word is not part of the span.
  if (e - b >= 2 && Has(last, nc::kRegion) &&
      !Has(last - 1, nc::kOrgHead | nc::kRegion | nc::kAdmin)) {
    uint32_t s = b;
    Propose(s, last, EntityType::kGpe, Evidence::kHead, SpanTextView(b, e));
    return true;
  }
  if (e - b >= 2) {
    if (Has(last, nc::kOrgHead)) {
      Propose(b, e, EntityType::kOrg, Evidence::kHead);
      return true;
    }
    if (Has(last, nc::kFacility | nc::kStreet | nc::kGeo)) {
      Propose(b, e, EntityType::kLoc, Evidence::kHead);
      return true;
    }
    if (Has(last, nc::kAdmin)) {
      Propose(b, e, EntityType::kGpe, Evidence::kHead);
      return true;
    }
  }
  // "Ministry of Health", "Rotary Club of Providence", "Gulf of Aden".
  // The keys "of", "for", "on" by their hashes (CueHashes), not the keys
  // (two dependent scattered loads).
  const CueHashes& cue = CueWordHashes();
  for (uint32_t h = b; h + 2 < e; ++h) {
    if (!NameTok(h)) break;
    const uint64_t next = tok_.key_hash(h + 1);
    if (next != cue.of && next != cue.for_ && next != cue.on) continue;
    if (Has(h, nc::kOrgOf)) {
      Propose(b, e, EntityType::kOrg, Evidence::kHead);
      return true;
    }
    if (h == b && Has(h, nc::kGeoOfPrefix) && next == cue.of) {
      Propose(b, e, EntityType::kLoc, Evidence::kHead);
      return true;
    }
  }
  // "Mount Kenya", "Lake Victoria".
  if (e - b >= 2 && Has(b, nc::kGeoPrefix) && NameTok(b + 1) &&
      !Has(b + 1, nc::kCommon)) {
    Propose(b, e, EntityType::kLoc, Evidence::kHead);
    return true;
  }
  return false;
}

void Finder::TypeRun(uint32_t b, uint32_t e, bool initial_dropped) {
  (void)initial_dropped;
  if (b >= e) return;
  // The whole run is one gazetteer mention: nothing to add.
  if (Owner(b) >= 0 && Owner(b) == Owner(e - 1)) {
    const Mention& m = doc_.mentions()[Owner(b)];
    if (m.token_begin == b && m.token_end == e) return;
  }
  // "U.S. Federal Reserve": the abbreviated place stays a mention of its own.
  if (e - b >= 2 && IsAbbrevGpe(Owner(b)) &&
      doc_.mentions()[Owner(b)].token_end == b + 1) {
    TypeRun(b + 1, e, false);
    return;
  }
  // "President of the Security Council": the organization after the title;
  // "Secretary of State Jane Doe": the person after it.
  if (e - b >= 3 && Has(b, nc::kTitle) && !Has(b, nc::kOrgHead) &&
      Has(b + 1, nc::kConnector) && !NameTok(b + 1)) {
    uint32_t r = b + 1;
    while (r < e && !NameTok(r)) ++r;
    size_t before = proposals_.size();
    if (r < e && TryHeads(r, e) && proposals_.size() > before) return;
    if (TryTitle(b, e)) return;
  }
  // "Priscilla Lane", "Margaret Court": a given name before a head word that
  // is also a common surname.
  if (e - b == 2 && Has(b, nc::kGivenName) && Owner(b) < 0 &&
      Owner(b + 1) < 0 && IsSurnameHeadWord(b + 1)) {
    Propose(b, e, EntityType::kPer, Evidence::kGivenName);
    return;
  }
  // "Zhou Mi", "He Yadong": a Chinese family name and a pinyin given name.
  if (e - b == 2 && ChineseName(b) && Owner(b) == -1 && Owner(b + 1) == -1) {
    Propose(b, e, EntityType::kPer, Evidence::kGivenName);
    return;
  }
  if (TryOrgExtension(b, e)) return;
  if (TryHeads(b, e)) return;
  if (TryTitle(b, e)) return;
  // "North Kivu": a compass word before a known sub-national place.
  if (e - b == 2 && Owner(b) < 0 && Owner(b + 1) >= 0) {
    const Mention& m = doc_.mentions()[Owner(b + 1)];
    if (IsCompassWord(b) && m.token_begin == b + 1 && m.token_end == e &&
        m.entity.type == EntityType::kGpe &&
        m.entity.id.rfind("iso3166:", 0) != 0) {
      Propose(b, e, EntityType::kGpe, Evidence::kHead);
      return;
    }
  }
  // "Jane Q. Public": a middle initial between two name words.
  if (e - b == 3 && IsInitial(b + 1) && !IsInitial(b) && NameLike(b, e) &&
      Owner(b) < 0) {
    Propose(b, e, EntityType::kPer, Evidence::kGivenName);
    return;
  }
  // A single institution word: "Senate", "Parliament".
  if (e - b == 1) {
    if (Has(b, nc::kInstitution) && !Initial(b) && Owner(b) < 0) {
      Propose(b, e, EntityType::kOrg, Evidence::kHead);
    }
    return;
  }
  // "First Last": a known given name first, not itself a gazetteer mention.
  uint32_t words = 0;
  for (uint32_t i = b; i < e; ++i) words += NameTok(i);
  if (Has(b, nc::kGivenName) && Owner(b) < 0 && NameLike(b, e) && words <= 4) {
    bool ok = true;
    for (uint32_t i = b + 1; i < e; ++i) {
      // The rest must not be an organization the gazetteer knows (a place
      // or a lone surname may be replaced: see ApplyProposals).
      int o = Owner(i);
      if (o >= 0 && doc_.mentions()[o].entity.type != EntityType::kGpe &&
          doc_.mentions()[o].entity.type != EntityType::kLoc &&
          doc_.mentions()[o].entity.type != EntityType::kPer) {
        ok = false;
      }
    }
    if (ok) {
      Propose(b, e, EntityType::kPer, Evidence::kGivenName);
      return;
    }
  }
  // Weak cues: a lower-case title right before ("spokesman Jane Doe"), or
  // ", who" / "said" right after: a 2-3 token name of non-common words.
  if (e - b >= 2 && e - b <= 3 && NameLike(b, e)) {
    bool plain = true;
    for (uint32_t i = b; i < e; ++i) {
      if (Owner(i) >= 0 || (Has(i, nc::kCommon) && !Has(i, nc::kGivenName)) ||
          IsAcronymShape(i)) {
        plain = false;
      }
    }
    if (!plain) return;
    bool cue = false;
    if (b > 0 && IsLowerWord(b - 1) && Has(b - 1, nc::kTitle)) cue = true;
    if (b > 1 && IsChar(b - 1, ',') && IsLowerWord(b - 2) &&
        Has(b - 2, nc::kStrongTitle)) {
      cue = true;
    }
    // "Italy's Environment Minister, Gilberto Pichetto Fratin,", "Minister
    // of Justice and Public Security, Renato Falcao,": a capitalized title
    // phrase, a comma, the name, and a comma or the end of the clause.
    if (!cue && b > 1 && IsChar(b - 1, ',') && Joined(b - 1) &&
        !tok_.has(b, tf::kHasDigit) && !tok_.has(e - 1, tf::kHasDigit) &&
        (e >= tok_.size() || IsChar(e, ',') || IsChar(e, '.') ||
         IsChar(e, ';'))) {
      for (uint32_t i = b - 1; i-- > 0 && b - 1 - i <= 8;) {
        if (Has(i, nc::kStrongTitle) && NameTok(i)) {
          cue = true;
          break;
        }
        if (!(NameTok(i) || Has(i, nc::kConnector)) || !Joined(i + 1)) {
          break;
        }
      }
    }
    size_t n = tok_.size();
    const CueHashes& h = CueWordHashes();
    if (e < n) {
      if (KeyIs(e, h.said, "said") || KeyIs(e, h.says, "says") ||
          KeyIs(e, h.told, "told") || KeyIs(e, h.added, "added")) {
        cue = true;
      }
      if (KeyIs(e, h.comma, ",") && e + 1 < n && KeyIs(e + 1, h.who, "who")) {
        cue = true;
      }
    }
    if (b > 0 &&
        (KeyIs(b - 1, h.said, "said") || KeyIs(b - 1, h.says, "says"))) {
      cue = true;
    }
    if (cue) Propose(b, e, EntityType::kPer, Evidence::kWeakCue);
  }
}

// "Siemens AG", "Toyota Motor Corp.": a legal form after a company name.
bool IsLegalFormKey(std::string_view k) {
  static constexpr std::string_view kForms[] = {
      "ag",  "se",   "inc", "corp", "ltd",   "plc",  "gmbh", "llc", "nv",
      "n.v", "sa",   "s.a", "spa",  "s.p.a", "bv",   "b.v",  "ab",  "asa",
      "oyj", "kgaa", "co",  "lp",   "pjsc",  "ojsc", "jsc"};
  for (std::string_view f : kForms) {
    if (k == f) return true;
  }
  return false;
}

// "Siemens Energy", "Siemens Gamesa": a known ORG followed by one or two
// plain capitalized words starts a longer name the gazetteer does not know;
// reporting the known ORG alone would link the wrong entity. "Siemens AG":
// a legal form extends the known ORG and keeps its link.
bool Finder::TryOrgExtension(uint32_t b, uint32_t e) {
  int o = Owner(b);
  if (o < 0) return false;
  const Mention& m = doc_.mentions()[o];
  // One word, not an acronym: "NATO Council", "United Nations Day",
  // "UEFA Cup" are events, documents or parts, not other companies.
  if (m.entity.type != EntityType::kOrg || m.token_begin != b ||
      m.token_end != b + 1 || m.token_end >= e || e - m.token_end > 2 ||
      tok_.has(b, tf::kAllCaps)) {
    return false;
  }
  const uint32_t r = m.token_end;
  if (e - r == 1 && IsLegalFormKey(Key(r))) {
    Propose(b, e, EntityType::kOrg, Evidence::kLink, m.entity.canonical,
            m.entity.id);
    proposals_.back().extends_known_org = true;
    return true;
  }
  bool common = false;
  for (uint32_t i = r; i < e; ++i) {
    // Titles ("Siemens Chief Executive ..."), given names ("Republican
    // Leverett Saltonstall"), other mentions, acronyms and joiners are not
    // part of a company's own name.
    if (!NameTok(i) || Owner(i) != -1 ||
        Has(i, nc::kStrongTitle | nc::kWeakTitle | nc::kFunction |
                   nc::kConnector | nc::kMember | nc::kGivenName) ||
        tok_.has(i, tf::kAllCaps) || !IsWord(i)) {
      return false;
    }
    common |= Has(i, nc::kCommon);
  }
  // Common words make events and documents ("Day", "Cup", "Act") unless the
  // name ends in an organization head ("Siemens Energy", "Tata Power").
  if (common && !Has(e - 1, nc::kOrg)) return false;
  Propose(b, e, EntityType::kOrg, Evidence::kHead);
  proposals_.back().extends_known_org = true;
  return true;
}

// Rule 3: a proposal may cover existing mentions only when it strictly
// contains them and they are places/demonyms inside a longer name, or (for an
// ORG) a known ORG extended by plain words or "of X" but not by a place
// prefix ("U.S. Institute for the Study of War" stays split).
void Finder::ApplyProposals() {
  const auto& mentions = doc_.mentions();
  std::vector<int>& inside = scratch_.inside;
  for (const Proposal& p : proposals_) {
    inside.clear();
    bool ok = true;
    for (uint32_t t = p.tb; t < p.te && ok; ++t) {
      int o = Owner(t);
      if (o < 0) continue;
      const Mention& m = mentions[o];
      if (m.token_begin < p.tb || m.token_end > p.te) ok = false;
      if (inside.empty() || inside.back() != o) inside.push_back(o);
    }
    if (!ok) continue;
    if (!inside.empty()) {
      if (!opt_.replace_contained) continue;
      bool exact = inside.size() == 1 &&
                   mentions[inside[0]].token_begin == p.tb &&
                   mentions[inside[0]].token_end == p.te;
      for (size_t k = 0; k < inside.size() && ok; ++k) {
        const Mention& m = mentions[inside[k]];
        EntityType mt = m.entity.type;
        if (exact) {
          // Same span: only a person reading of a place (a surname that is
          // also a town) replaces it.
          ok = p.type == EntityType::kPer &&
               (mt == EntityType::kGpe || mt == EntityType::kLoc) &&
               p.evidence != Evidence::kWeakCue;
        } else if (mt == EntityType::kPer) {
          // "Jane Doe" where the gazetteer took "Doe" alone for another
          // person: the full name written here wins.
          ok = p.type == EntityType::kPer && p.evidence != Evidence::kWeakCue &&
               m.token_end == p.te && m.token_end - m.token_begin == 1 &&
               m.token_begin > p.tb &&
               NormalizedKey(m.entity.canonical) !=
                   NormalizedKey(SpanText(p.tb, p.te));
        } else if (mt == EntityType::kOrg) {
          ok = p.type == EntityType::kOrg;
          // A place right before the known ORG keeps them apart.
          if (ok && k > 0) {
            const Mention& prev = mentions[inside[k - 1]];
            if (prev.token_end == m.token_begin &&
                prev.entity.type == EntityType::kGpe) {
              ok = false;
            }
          }
          if (ok && k == 0 && m.token_begin == p.tb) {
            // The known ORG starts the name: only "of X" or the words of
            // TryOrgExtension may extend it.
            ok = p.extends_known_org || IsKey(m.token_end, "of") ||
                 IsKey(m.token_end, "for");
          }
        } else if (p.type == EntityType::kPer &&
                   (mt == EntityType::kNorp || mt == EntityType::kOther)) {
          ok = false;
        }
      }
      if (!ok) continue;
      for (int o : inside) removed_[o] = 1;
    }
    added_.push_back(MakeMention(p));
    // The new mention now owns its tokens (for the later passes).
    for (uint32_t t = p.tb; t < p.te; ++t) SetOwner(t, -2);
  }
  proposals_.clear();
}

Mention Finder::MakeMention(const Proposal& p) const {
  Mention m;
  m.token_begin = p.tb;
  m.token_end = p.te;
  m.span = {tok_.begin(p.tb), tok_.end(p.te - 1)};
  m.entity.type = p.type;
  m.entity.canonical =
      p.canonical.empty() ? CanonicalText(p.tb, p.te) : p.canonical;
  m.entity.id = p.id;
  m.entity.score = ScoreOf(p.evidence);
  m.stage = kStage;
  return m;
}

// True if a capitalized word of `m` starts with the letter `c`.
bool Finder::InitialsContain(const Mention& m, char c) const {
  for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
    std::string_view w = tok_.text(t);
    if (!w.empty() && w[0] == c) return true;
  }
  return false;
}

void Finder::Acronyms() {
  if (!opt_.acronyms) return;
  const size_t n = tok_.size();
  // Maps and sets below are keyed by the acronym's key hash (KeyHash of its
  // normalized key: Tokens::key_hash), never by building strings per token.
  // Every mention (kept originals and added) ending right before "(ACR)".
  KeyMap<EntityRef> defined;
  // Short names defined in parentheses that are not all caps ("Fenprof").
  KeyMap<bool> short_names;
  auto define = [&](const Mention& m) {
    size_t k = m.token_end;
    // The type first, then the class word's mark of a one-byte "(" (the
    // span and text of the token after every added mention were three
    // scattered loads).
    if (m.entity.type == EntityType::kPer || k + 2 >= n ||
        !Marked(k, kParenBit) || !IsChar(k + 2, ')') || Owner(k + 1) != -1) {
      return;
    }
    const size_t a = k + 1;
    const bool initial = InitialsContain(m, tok_.text(a)[0]);
    // The acronym's first letter is the name's ("Rapid Support Forces
    // (RSF)"; not "El Salvador (FAES)", which belongs to a longer name),
    // except after an organization, whose acronym may come from its name in
    // another language ("First Capital Command (PCC)").
    if (IsAcronymShape(a) && (initial || m.entity.type == EntityType::kOrg)) {
      defined.emplace(tok_.key_hash(a), m.entity);
      return;
    }
    // "National Federation of Teachers (Fenprof)": a short name.
    std::string_view w = tok_.text(a);
    if (initial && m.entity.type == EntityType::kOrg && IsWord(a) &&
        tok_.has(a, tf::kCapitalized) && !tok_.has(a, tf::kAllCaps) &&
        w.size() >= 3 && w.size() <= 12 &&
        !Has(a, nc::kCommon | nc::kGivenName)) {
      defined.emplace(tok_.key_hash(a), m.entity);
      short_names.emplace(tok_.key_hash(a));
    }
  };
  // define() needs "(" right after the mention: the kept mentions that end
  // before a "(" token, in index order (as a loop over all of them would
  // call it). Kept mentions do not overlap, so the token before the "(" is
  // owned by the one that ends there, if any (a kept mention inside an added
  // one is removed).
  {
    std::vector<uint32_t>& before_paren = scratch_.before_paren;
    before_paren.clear();
    for (const uint32_t p : parens_) {
      if (p == 0) continue;
      const int o = Owner(p - 1);
      if (o >= 0 && !removed_[o] && doc_.mentions()[o].token_end == p) {
        before_paren.push_back(static_cast<uint32_t>(o));
      }
    }
    std::sort(before_paren.begin(), before_paren.end());
    for (const uint32_t o : before_paren) define(doc_.mentions()[o]);
  }
  for (const Mention& m : added_) define(m);
  // Organization names by their initials, with and without the connectors
  // ("European Central Bank" -> ECB; "Bank of Japan" -> BOJ and BJ): an
  // acronym never defined in parentheses may still abbreviate one of them.
  // Keyed by KeyHash(initials): equal to an acronym token's key_hash when
  // its key (lower-case letters) spells the same initials.
  KeyMap<EntityRef> by_initials;
  auto add_initials = [&](const Mention& m) {
    if (m.entity.type != EntityType::kOrg || m.token_end - m.token_begin < 2) {
      return;
    }
    std::string all, caps;
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
      std::string_view w = tok_.text(t);
      if (w.empty() || !IsWord(t)) continue;
      char c = w[0];
      if (c >= 'A' && c <= 'Z') {
        all += static_cast<char>(c | 0x20);
        caps += static_cast<char>(c | 0x20);
      } else if (Has(t, nc::kConnector) && tok_.key(t) != "the") {
        all += c;
      }
    }
    for (const std::string& k : {all, caps}) {
      if (k.size() < 2) continue;
      auto [it, fresh] = by_initials.try_emplace(KeyHash(k), m.entity);
      if (!fresh && it->second.canonical != m.entity.canonical) {
        it->second.canonical = {};  // two names: ambiguous
      }
    }
  };
  if (opt_.link_within_document) {
    for (const uint32_t i : multi_org_) {  // add_initials()' ORGs only
      if (!removed_[i]) add_initials(doc_.mentions()[i]);
    }
    for (const Mention& m : added_) add_initials(m);
  }
  // Organization cues for undefined acronyms, anywhere in the document.
  KeyMap<bool> cued;
  for (const uint32_t i : acronyms_) {
    if (Owner(i) != -1 || TitleLine(i) || Has(i, nc::kCommon)) {
      continue;
    }
    const uint64_t key = tok_.key_hash(i);
    if (defined.contains(key)) continue;
    auto ini = by_initials.find(key);
    if (ini != by_initials.end() && !ini->second.canonical.empty()) {
      defined.emplace(key, ini->second);
      continue;
    }
    bool cue = (i > 0 && tok_.key(i - 1) == "the" && IsLowerWord(i - 1));
    if (i + 1 < n && IsLowerWord(i + 1) && Has(i + 1, nc::kMember)) cue = true;
    if (i + 1 < n && tok_.has(i + 1, tf::kClitic) && i + 2 < n &&
        IsLowerWord(i + 2) && Has(i + 2, nc::kMember)) {
      cue = true;
    }
    if (cue) cued.insert(key);
  }
  // Acronym-shaped tokens; all name tokens when short names were defined.
  const std::span<const uint32_t> candidates =
      short_names.empty() ? acronyms_ : names_;
  for (const uint32_t i : candidates) {
    if (Owner(i) != -1) continue;
    const uint64_t key = tok_.key_hash(i);
    if (!IsAcronymShape(i) && !(NameTok(i) && short_names.contains(key))) {
      continue;
    }
    auto it = defined.find(key);
    Proposal p;
    p.tb = static_cast<uint32_t>(i);
    p.te = p.tb + 1;
    if (it != defined.end()) {
      if (!opt_.link_within_document && !(i >= 1 && IsChar(i - 1, '('))) {
        continue;
      }
      p.type = it->second.type;
      p.canonical = it->second.canonical;
      p.id = it->second.id;
      p.evidence = Evidence::kLink;
    } else if (cued.contains(key) && !TitleLine(i) && !Has(i, nc::kCommon)) {
      p.type = EntityType::kOrg;
      p.evidence = Evidence::kWeakCue;
    } else {
      continue;
    }
    added_.push_back(MakeMention(p));
    SetOwner(i, -2);
  }
}

// Rule 4: surnames. Full names (2+ tokens) of PER mentions give surname ->
// entity; single-token references anywhere in the document link to it.
void Finder::LinkSurnames() {
  if (!opt_.link_within_document) return;
  struct Person {
    EntityRef entity;
    bool ambiguous = false;
  };
  // By the surname's key hash (Tokens::key_hash).
  KeyMap<Person> people;
  // A bit per surname (by 16 bits of its key hash): 8 KiB that stay in L1
  // cache, so the name tokens that are no surname (most) skip the map.
  uint64_t people_filter[1024] = {};
  auto filter_bit = [](uint64_t key) {
    return std::pair<size_t, uint64_t>((key >> 6) & 1023,
                                       uint64_t{1} << (key & 63));
  };
  auto add_person = [&](const Mention& m) {
    if (m.entity.type != EntityType::kPer || m.token_end - m.token_begin < 2) {
      return;
    }
    uint32_t last = m.token_end - 1;
    while (last > m.token_begin && (Has(last, nc::kGeneration) ||
                                    tok_.kind(last) != TokenKind::kWord)) {
      --last;
    }
    if (last == m.token_begin || !NameTok(last)) return;
    // "Lin Jian" ... "Lin said": the family name comes first.
    if (m.token_end - m.token_begin == 2 && ChineseName(m.token_begin)) {
      last = m.token_begin;
    }
    const uint64_t key = tok_.key_hash(last);
    const auto [word, bit] = filter_bit(key);
    people_filter[word] |= bit;
    auto [it, fresh] = people.try_emplace(key);
    if (fresh) {
      it->second.entity = m.entity;
    } else if (it->second.entity.canonical != m.entity.canonical &&
               (it->second.entity.id.empty() ||
                it->second.entity.id != m.entity.id)) {
      it->second.ambiguous = true;
    }
  };
  const auto& mentions = doc_.mentions();
  for (const uint32_t i : multi_per_) {  // add_person()'s PERs only
    if (!removed_[i]) add_person(mentions[i]);
  }
  for (const Mention& m : added_) add_person(m);
  if (people.empty()) return;
  // Places that this document uses as places ("in X", "to X") keep their
  // place reading everywhere in it (key hashes; built on first use).
  KeyMap<bool> used_as_place;
  bool used_as_place_built = false;
  auto is_used_as_place = [&](uint64_t key) {
    if (!used_as_place_built) {
      used_as_place_built = true;
      used_as_place = KeyMap<bool>();
      // Only keys that may be surnames are asked for: the others are left
      // out of the map.
      for (const uint64_t next : place_next_hashes_) {
        const auto [word, bit] = filter_bit(next);
        if (people_filter[word] & bit) used_as_place.insert(next);
      }
    }
    return used_as_place.contains(key);
  };
  // Single tokens: uncovered name tokens, and gazetteer places.
  // The filter first, from the hashes listed in order: most name tokens are
  // no surname, and their places in the token arrays are not read.
  // The names that pass the filter are listed first, then visited in order
  // with the class word, owner and map slot of the one a few places ahead
  // prefetched: each is at a scattered place, a likely cache miss, and the
  // visits are too long for the processor to overlap them on its own.
  // (Listed without a branch: which names pass follows the text.)
  uint32_t* const candidates =
      scratch_.surname_candidates.Reserve(names_.size());
  size_t n_candidates = 0;
  for (size_t k = 0; k < names_.size(); ++k) {
    const uint64_t key = name_hashes_[k];
    const auto [word, bit] = filter_bit(key);
    // Not a surname when its bit is clear: people.find(key) == end().
    candidates[n_candidates] = static_cast<uint32_t>(k);
    n_candidates += (people_filter[word] & bit) != 0;
  }
  constexpr size_t kAhead = 8;
  for (size_t c = 0; c < n_candidates; ++c) {
    if (c + kAhead < n_candidates) {
      const size_t ahead = candidates[c + kAhead];
      __builtin_prefetch(&cls_[names_[ahead]]);
      __builtin_prefetch(&owner_[names_[ahead]]);
      people.Prefetch(name_hashes_[ahead]);
    }
    const size_t k = candidates[c];
    const uint64_t key = name_hashes_[k];
    const uint32_t i = names_[k];
    int o = Owner(i);
    if (o == -2) continue;
    auto it = people.find(key);
    if (it == people.end() || it->second.ambiguous) continue;
    // A surname that is also a common word ("Rice", "Theater") is linked
    // only through a title ("Ms. Rice"), below.
    if (o < 0 && Has(i, nc::kCommon) &&
        !(Has(i, nc::kChineseFamily) && !IsEnglishWordFamilyName(Key(i)))) {
      continue;
    }
    // A given name alone ("James") is more often someone else's first name.
    if (o < 0 && Has(i, nc::kGivenName) && !Has(i, nc::kChineseFamily)) {
      continue;
    }
    if (o >= 0 && !removed_[o] && mentions[o].entity.type == EntityType::kPer &&
        mentions[o].token_end - mentions[o].token_begin == 1) {
      // A surname the gazetteer gave to someone else: this document's
      // full name wins ("Jane Doe ... Doe said").
      Mention& g = doc_.mutable_mentions()[o];
      if (g.entity.canonical != it->second.entity.canonical &&
          NormalizedKey(g.entity.canonical) !=
              NormalizedKey(it->second.entity.canonical)) {
        g.entity.canonical = it->second.entity.canonical;
        g.entity.id = it->second.entity.id;
        g.alternatives = {};
      }
      continue;
    }
    if (o >= 0) {
      const Mention& m = mentions[o];
      if (removed_[o] || m.token_end - m.token_begin != 1 ||
          (m.entity.type != EntityType::kGpe &&
           m.entity.type != EntityType::kLoc) ||
          m.entity.id.rfind("iso3166:", 0) == 0 || is_used_as_place(key)) {
        continue;
      }
      removed_[o] = 1;
    } else if (Initial(i) && Has(i, nc::kCommon)) {
      continue;
    }
    Proposal p;
    p.tb = static_cast<uint32_t>(i);
    p.te = p.tb + 1;
    p.type = EntityType::kPer;
    p.canonical = it->second.entity.canonical;
    p.id = it->second.entity.id;
    p.evidence = Evidence::kLink;
    added_.push_back(MakeMention(p));
    SetOwner(i, -2);
  }
  // Single-token PERs found by a title ("Mr. Doe") link to the full name.
  for (Mention& m : added_) {
    if (m.entity.type != EntityType::kPer || m.token_end - m.token_begin != 1 ||
        m.entity.score == 0.85f) {
      continue;
    }
    auto it = people.find(tok_.key_hash(m.token_begin));
    if (it == people.end() || it->second.ambiguous) continue;
    m.entity.canonical = it->second.entity.canonical;
    m.entity.id = it->second.entity.id;
  }
}

// order_ = added_ in reading order, exactly as std::sort of all of them
// would leave it. The passes add mostly in token order, so added_ is a few
// sorted runs: they are merged (linear per run) instead of sorted. Without
// two equal spans every sort gives the same result; with them (rare),
// std::sort's own order of the ties is kept by sorting as before.
void Finder::SortAdded() {
  auto before = [](const Ordered& a, const Ordered& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                        : a.span.end > b.span.end;
  };
  order_.clear();
  for (uint32_t k = 0; k < added_.size(); ++k) {
    order_.push_back({added_[k].span, k});
  }
  // Bottom-up merge of the runs, ping-pong between order_ and merge_.
  runs_.clear();
  for (size_t k = 0; k < order_.size(); ++k) {
    if (k == 0 || before(order_[k], order_[k - 1])) runs_.push_back(k);
  }
  runs_.push_back(order_.size());
  while (runs_.size() > 2) {
    merge_.resize(order_.size());
    size_t w = 0;
    for (size_t r = 0; r + 1 < runs_.size(); r += 2) {
      const size_t a = runs_[r], m = runs_[r + 1];
      const size_t z = r + 2 < runs_.size() ? runs_[r + 2] : m;
      std::merge(order_.begin() + a, order_.begin() + m, order_.begin() + m,
                 order_.begin() + z, merge_.begin() + a, before);
      runs_[w++] = a;
    }
    runs_[w++] = order_.size();
    runs_.resize(w);
    order_.swap(merge_);
  }
  for (size_t k = 1; k < order_.size(); ++k) {
    if (order_[k].span == order_[k - 1].span) {
      order_.clear();
      for (uint32_t j = 0; j < added_.size(); ++j) {
        order_.push_back({added_[j].span, j});
      }
      std::sort(order_.begin(), order_.end(), before);
      return;
    }
  }
}

void Finder::Finish() {
  if (added_.empty()) return;
  std::vector<Mention>& ms = doc_.mutable_mentions();
  size_t w = 0;
  for (size_t r = 0; r < ms.size(); ++r) {
    if (removed_[r]) continue;
    if (w != r) ms[w] = std::move(ms[r]);
    ++w;
  }
  ms.resize(w);
  // Reading order: by begin, longer first (Document::SortMentions()).
  auto before = [](Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  };
  // Mentions never overlap (Document's contract). The passes above check
  // proposals against the mentions they found on entry, not always against
  // each other, so settle it here by bytes: kept mentions win, then added
  // ones in reading order. The added mentions are ordered through an index
  // (std::sort makes the same comparisons, so ties land as before) instead
  // of moving whole Mentions around.
  SortAdded();
  const size_t kept = ms.size();  // sorted by begin, non-overlapping
  bool kept_sorted = true;
  for (size_t k = 1; k < kept && kept_sorted; ++k) {
    kept_sorted = !before(ms[k].span, ms[k - 1].span);
  }
  // Only the kept mention starting last before s.end can overlap s: the
  // number of kept mentions that start before s.end. The added spans come in
  // order of their begin, so when the kept ones are sorted the count of
  // those starting before s.begin only grows (`below`), and the few that
  // start inside s are stepped over from there (a binary search per span
  // read ~13 mentions scattered over the array).
  size_t below = 0;
  auto overlaps_kept = [&](Span s) {
    size_t count;
    if (kept_sorted) {
      while (below < kept && ms[below].span.begin < s.begin) ++below;
      count = below;
      while (count < kept && ms[count].span.begin < s.end) ++count;
    } else {
      count = static_cast<size_t>(
          std::lower_bound(ms.begin(), ms.begin() + kept, s.end,
                           [](const Mention& m, uint32_t end) {
                             return m.span.begin < end;
                           }) -
          ms.begin());
    }
    return count != 0 && ms[count - 1].span.end > s.begin;
  };
  uint32_t added_end = 0;
  size_t accepted = 0;
  for (const Ordered& o : order_) {
    if (o.span.begin < added_end || overlaps_kept(o.span)) continue;
    added_end = o.span.end;
    order_[accepted++] = o;
  }
  order_.resize(accepted);
  if (!kept_sorted) {
    // A host stage left the mentions out of order: append, then the stable
    // sort of the Document settles the order.
    for (const Ordered& o : order_) ms.push_back(std::move(added_[o.index]));
    doc_.SortMentions();
    return;
  }
  // Both runs are sorted: merge from the back, in place. On equal keys the
  // kept mention goes first, as the stable sort of kept + added would.
  ms.resize(kept + accepted);
  size_t i = kept, j = accepted, out = kept + accepted;
  while (j > 0) {
    if (i > 0 && before(order_[j - 1].span, ms[i - 1].span)) {
      ms[--out] = std::move(ms[--i]);
    } else {
      ms[--out] = std::move(added_[order_[--j].index]);
    }
  }
}

void Finder::Run() {
  removed_.assign(doc_.mentions().size(), 0);
  Classify();
  CutRuns();  // applies each run's proposals (ApplyProposals())
  Acronyms();
  LinkSurnames();
  Finish();
}

}  // namespace

absl::StatusOr<NameFinder> NameFinder::Create(
    const NameFinderOptions& options) {
  absl::StatusOr<std::shared_ptr<const internal::NameLexicons>> lex =
      internal::LoadNameLexicons();
  if (!lex.ok()) return lex.status();
  return NameFinder(*std::move(lex), options);
}

absl::Status NameFinder::Process(Document& doc) const {
  if (doc.tokens().empty()) return internal::NoTokensStatus(doc, "names");
  Finder finder(*lexicons_, options_, doc, ThreadTokenScratch());
  finder.Run();
  return absl::OkStatus();
}

}  // namespace sayso
