#include "gazetteer/matcher.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "core/byte_mask.h"
#include "core/load_ahead.h"
#include "gazetteer/units.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

namespace af = gz::accept_flags;

// A few word hashes in a 128-slot open-addressing table (linear probing on
// the low hash bits; 0 marks an empty slot, and no key hashes to 0): most
// misses end on an empty slot after one load.
template <size_t N>
struct HashSet {
  static_assert(N <= 64, "keep the table at most half full");
  uint64_t slots[128] = {};
  bool Contains(uint64_t h) const {
    for (uint64_t i = h & 127;; i = (i + 1) & 127) {
      if (slots[i] == h) return h != 0;
      if (slots[i] == 0) return false;
    }
  }
};

template <typename... S>
auto MakeHashSet(S... words) {
  HashSet<sizeof...(S)> set;
  for (uint64_t h : {KeyHash(words)...}) {
    uint64_t i = h & 127;
    while (set.slots[i] != 0 && set.slots[i] != h) i = (i + 1) & 127;
    set.slots[i] = h;
  }
  return set;
}

// Marks the tokens of [begin, end) whose key holds a '-' in `bits` (bit t
// for token t; the caller cleared them). Every token layer stores its keys
// back to back in token order (Tokens' key bounds), so one memchr over the
// block's keys finds the few hyphens, and a search of the key bounds their
// tokens, instead of a test per token. The search gallops forward from the
// token after the last hit (steps of 1, 2, 4, ..., then halving within the
// last step): hits are ~90 tokens apart on brown-press, so it reads the
// key bounds near where it is, in order. A binary search over the rest of the
// block jumped across it, and at document scale (key bounds out of L2)
// each of its ~12 dependent reads was a cache miss: 12 % of the stage on a
// 1 MB text.
void MarkHyphens(const Tokens& tokens, uint32_t begin, uint32_t end,
                 uint64_t* bits) {
  if (begin >= end) return;
  // The searches below read the block's key bounds (out of L2 at document
  // scale) one after the other: one load per cache line of them, unused,
  // first, so that those lines arrive together (Tokens gives no address to
  // prefetch). One-process A/B 0.966 brown-press, 0.942 wild-en.
  for (uint32_t k = 0; k < end - begin; k += 16) {
    const char* key = tokens.key(begin + k).data();
    LoadAhead(key);
  }
  const char* from = tokens.key(begin).data();
  const char* const hi =
      tokens.key(end - 1).data() + tokens.key(end - 1).size();
  uint32_t lo_token = begin;
  while (from < hi) {
    const void* hit = std::memchr(from, '-', static_cast<size_t>(hi - from));
    if (hit == nullptr) return;
    const char* p = static_cast<const char*>(hit);
    // The last token whose key begins at or before p holds it (keys are
    // back to back and p is inside [from, hi)); empty keys begin where the
    // next one does, and are skipped by the search.
    // step < end - lo, not lo + step < end: that sum could wrap in a last
    // block near 2^32 tokens.
    uint32_t lo = lo_token, step = 1;
    while (step < end - lo && tokens.key(lo + step).data() <= p) {
      lo += step;
      step *= 2;
    }
    // Now key(lo) begins at or before p and key(lo + step), if any, after
    // it. Branch-free halving (a conditional move, not a jump that goes
    // either way at random): the same token as an upper_bound minus one.
    uint32_t count = std::min(step, end - lo);
    while (count > 1) {
      const uint32_t half = count / 2;
      lo = tokens.key(lo + half).data() <= p ? lo + half : lo;
      count -= half;
    }
    bits[lo >> 6] |= uint64_t{1} << (lo & 63);
    from = tokens.key(lo).data() + tokens.key(lo).size();
    lo_token = lo + 1;
    if (lo_token >= end) return;
  }
}

const auto& RegionWords() {
  static const auto set = MakeHashSet("region", "regions", "oblast", "oblasts",
                                      "province", "provinces", "governorate",
                                      "governorates", "krai", "kray", "okrug");
  return set;
}

const auto& CityWords() {
  static const auto set =
      MakeHashSet("city", "capital", "town", "village", "cities", "towns");
  return set;
}

const auto& ParticleHashes() {
  static const auto set = MakeHashSet(
      "of", "the", "and", "for", "on", "upon", "in", "at", "de", "del", "della",
      "la", "le", "les", "du", "da", "das", "dos", "do", "di", "von", "van",
      "der", "den", "am", "im", "an", "sur", "en", "y", "al", "el", "bin",
      "ibn", "'s", "na", "nad", "pod", "u");
  return set;
}

const auto& ListSeparators() {
  static const auto set = MakeHashSet(",", "and", "or", "&");
  return set;
}

// Key hashes the matcher compares with (every token's key_hash is the
// KeyHash of its key).
const uint64_t kEmptyKeyHash = KeyHash("");
const uint64_t kTheHash = KeyHash("the");
const uint64_t kOfHash = KeyHash("of");
const uint64_t kDashHash = KeyHash("-");

bool IsWordLike(TokenKind k) {
  return k == TokenKind::kWord || k == TokenKind::kNumber ||
         k == TokenKind::kUrl || k == TokenKind::kEmail ||
         k == TokenKind::kHashtag || k == TokenKind::kMention;
}

// A match found by the scan: its units (Scratch::match_units[units_begin,
// +units_size)) and the first accept of its trie node that passes the guards
// on them (the walk found it; the accepts before it fail, so ranking starts
// there and knows its verdict).
struct RawMatch {
  uint32_t units_begin;
  uint32_t units_size;
  uint32_t first_passing;
  // +1: a region word around it ("Kursk region"); -1: a city word before it
  // ("the regional capital of Kursk"); 0: neither.
  int8_t region_cue = 0;
  // What FindRegionCues() reads of the text around the match, taken when
  // the scan adds it (the tokens are in cache then; after the scan each
  // match's neighbours cost a few cache misses): chained to the previous
  // match by list separators; a region word right after it; the cue of the
  // words before it ("provinces of", "capital of the").
  bool chained = false;
  bool region_after = false;
  int8_t cue_before = 0;
};

// Per-thread scratch, reused across calls: steady-state matching allocates
// nothing per token or per match.
struct Scratch {
  struct Slot {
    uint64_t hash;
    uint32_t token;
    uint32_t root_child;
    uint32_t root_word;  // AcceptWord(root_child), or kUnknownWord
    uint32_t root_mask;  // ChildMask(root_child), read with root_word
  };
  static constexpr uint32_t kUnknownWord = 0xFFFFFFFEu;
  // The units of one hyphenated token (the few that are split).
  struct Split {
    uint32_t token = 0xFFFFFFFFu;
    uint32_t count = 0;
    Unit units[kMaxUnitsPerToken];
  };

  std::vector<Slot> cache;
  // Bit t: token t's key holds a '-' (set by Matcher::FindCandidates, read
  // by the walks instead of the key's bytes).
  std::vector<uint64_t> hyphenated;
  // The tokens that may start a match (Matcher::FindCandidates).
  std::unique_ptr<uint64_t[]> candidates;
  size_t candidates_size = 0;
  Split splits[4];
  std::vector<Unit> walk;
  std::vector<Unit> parts;  // the units of the hyphenated token scanned
  std::vector<Unit> match_units;
  std::vector<RawMatch> raw;
  std::vector<FoundCandidate> cands;
  // Host mentions' spans sorted by begin, and the running maximum of ends.
  std::vector<Span> blocked;
  std::vector<uint32_t> blocked_max_end;
  // Ranking context: bit sets and the bits set, to clear them after a call.
  std::vector<uint64_t> seen_entities;
  std::vector<uint32_t> seen_entity_list;
  std::vector<uint64_t> seen_countries;
  std::vector<uint16_t> seen_country_list;
  absl::flat_hash_set<std::string_view> seen_host_ids;
  // TitleCaseLine() by line-start token, direct-mapped (a pure function,
  // so a collision only costs a recount).
  struct TitleSlot {
    uint32_t line = 0xFFFFFFFFu;
    bool title = false;
  };
  TitleSlot title_case[256];
  std::string signature;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

class Matcher {
 public:
  Matcher(const GazetteerImage& image, const GazetteerOptions& options,
          const Document& doc, Scratch& scratch)
      : image_(image),
        options_(options),
        doc_(doc),
        tokens_(doc.tokens()),
        s_(scratch) {}

  void Run(Matches* out) {
    const size_t n = tokens_.size();
    if (n == 0) return;
    PrepareCaches(n);
    PrepareBlocked();
    Scan();
    if (s_.raw.empty()) return;
    if (options_.use_region_cue) FindRegionCues();
    Rank(out);
  }

 private:
  static constexpr uint32_t kNoToken = 0xFFFFFFFFu;

  // The vocabulary cache: text repeats its words (Zipf), so a small
  // direct-mapped cache turns most vocabulary probes (random reads in a
  // table of megabytes) into L1/L2 hits.
  void PrepareCaches(size_t n) {
    size_t slots = 256;
    while (slots < 16384 && slots < n / 2) slots *= 2;
    s_.cache.assign(
        slots, Scratch::Slot{0, gz::kEmptyToken, 0, Scratch::kUnknownWord, 0});
    slot_mask_ = slots - 1;
    for (Scratch::Split& sp : s_.splits) sp.token = kNoToken;
    s_.raw.clear();
    s_.match_units.clear();
    for (Scratch::TitleSlot& t : s_.title_case) t.line = 0xFFFFFFFFu;
  }

  size_t SlotIndex(uint64_t h) const { return (h ^ (h >> 29)) & slot_mask_; }

  // The vocabulary entry of a hash, through the direct-mapped cache.
  Scratch::Slot& Resolve(uint64_t h) { return ResolveAt(SlotIndex(h), h); }
  // The same, with the hash's slot index already computed.
  // `probe_only`: h passed the root-starts filter (a candidate of the
  // guarded scan), so the vocabulary's Bloom filter (a superset of it) is
  // not read again.
  Scratch::Slot& ResolveAt(size_t slot_index, uint64_t h,
                           bool probe_only = false) {
    Scratch::Slot& s = s_.cache[slot_index];
    if (s.hash != h || h == 0) {
      s.hash = h;
      s.token = gz::kEmptyToken;
      const gz::VocabEntry* v = probe_only ? image_.ProbeVocab(h, &s.token)
                                           : image_.FindVocab(h, &s.token);
      s.root_child = v ? v->root_child : 0;
      s.root_word = Scratch::kUnknownWord;
    }
    return s;
  }

  // The accept word (and child mask, into s.root_mask) of a cached root
  // child, read once per distinct word (a random read in the edge table
  // otherwise paid at every start).
  uint32_t RootWord(Scratch::Slot& s) const {
    if (s.root_word == Scratch::kUnknownWord) {
      s.root_word = image_.AcceptWord(s.root_child);
      s.root_mask = image_.ChildMask(s.root_child);
    }
    return s.root_word;
  }

  // The trie node a lower-case (or uncapitalized) unit starts, 0 if none.
  uint32_t LowerStart(uint64_t h) const {
    if (!image_.MayStartLowerTwice(h)) return 0;
    return StartsRoot(h);
  }
  // The same without the bitmaps (for a hash that passed them).
  uint32_t StartsRoot(uint64_t h) const {
    const gz::VocabEntry* e = image_.FindStart(h);
    return e ? e->root_child : 0;
  }

  // The trie node unit u starts, 0 if none: with the guards on, a unit that
  // is not capitalized can only start the aliases of the starts table.
  uint32_t StartNode(const Unit& u) {
    if (options_.apply_guards && !(u.has_letter && u.capitalized)) {
      return LowerStart(u.hash);
    }
    return Resolve(u.hash).root_child;
  }

  // True if token t's key is empty (ill-formed bytes; no unit): told by its
  // hash (h, the token's key hash), which only an empty key and, rarely, a
  // colliding one have, so the key's bounds (a random read in one more
  // token array) are read only then.
  bool EmptyKey(uint32_t t, uint64_t h) const {
    return h == kEmptyKeyHash && tokens_.key(t).empty();
  }
  bool EmptyKey(uint32_t t) const { return EmptyKey(t, tokens_.key_hash(t)); }

  // The unit of token t when its key has no hyphen (as TokenUnits builds it).
  Unit WholeUnit(uint32_t t) const {
    Unit u;
    u.hash = tokens_.key_hash(t);
    u.token = t;
    // The span is read only where it is needed (UnitBegin()/UnitEnd()):
    // most walks record nothing, and the begin and end arrays are two more
    // random reads per walk.
    u.begin = kLazySpan;
    u.end = kLazySpan;
    const uint16_t f = tokens_.flags(t);
    u.has_letter = (f & token_flags::kHasLetter) != 0;
    if (u.has_letter) {
      u.capitalized = (f & token_flags::kCapitalized) != 0;
      u.all_caps = (f & token_flags::kAllCaps) != 0;
    }
    return u;
  }

  // A whole unit's span, from the token arrays (WholeUnit() leaves
  // kLazySpan; a split part carries its own).
  static constexpr uint32_t kLazySpan = 0xFFFFFFFFu;
  uint32_t UnitBegin(const Unit& u) const {
    return u.begin != kLazySpan ? u.begin : tokens_.begin(u.token);
  }
  uint32_t UnitEnd(const Unit& u) const {
    return u.end != kLazySpan ? u.end : tokens_.end(u.token);
  }

  // The units of a hyphenated token, through a 4-entry cache.
  const Scratch::Split& SplitOf(uint32_t t) {
    Scratch::Split& sp = s_.splits[t & 3];
    if (sp.token != t) {
      sp.count = static_cast<uint32_t>(TokenUnits(tokens_, t, sp.units));
      sp.token = t;
    }
    return sp;
  }

  // True if token t's key holds a '-': from the bit set for the tokens that
  // FindCandidates() went through, from the key's bytes beyond them (a walk
  // may read past the block of the scan).
  bool Hyphenated(uint32_t t) const {
    if (t >= hyphens_known_) return KeyHasHyphen(tokens_.key(t));
    return (s_.hyphenated[t >> 6] >> (t & 63)) & 1;
  }

  // The unit after u in reading order (false at the end of the text).
  bool NextUnit(const Unit& u, Unit* out) {
    if (!u.last_part) {
      const Scratch::Split& sp = SplitOf(u.token);
      if (u.part + 1u < sp.count) {
        *out = sp.units[u.part + 1];
        return true;
      }
    }
    for (uint32_t t = u.token + 1; t < tokens_.size(); ++t) {
      if (EmptyKey(t)) continue;
      *out = Hyphenated(t) ? SplitOf(t).units[0] : WholeUnit(t);
      return true;
    }
    return false;
  }

  // The unit before u in reading order (false at the start of the text).
  bool PrevUnit(const Unit& u, Unit* out) {
    if (u.part > 0) {
      const Scratch::Split& sp = SplitOf(u.token);
      if (u.part <= sp.count) {
        *out = sp.units[u.part - 1];
        return true;
      }
    }
    for (uint32_t t = u.token; t-- > 0;) {
      if (EmptyKey(t)) continue;
      if (!Hyphenated(t)) {
        *out = WholeUnit(t);
      } else {
        const Scratch::Split& sp = SplitOf(t);
        *out = sp.units[sp.count - 1];
      }
      return true;
    }
    return false;
  }

  // Mentions already in the Document are barriers: no unit they overlap
  // starts or continues a match.
  void PrepareBlocked() {
    s_.blocked.clear();
    s_.blocked_max_end.clear();
    const std::vector<Mention>& mentions = doc_.mentions();
    if (mentions.empty()) return;
    for (const Mention& m : mentions) s_.blocked.push_back(m.span);
    std::sort(s_.blocked.begin(), s_.blocked.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    uint32_t max_end = 0;
    for (const Span& span : s_.blocked) {
      max_end = std::max(max_end, span.end);
      s_.blocked_max_end.push_back(max_end);
    }
  }

  bool Blocked(const Unit& u) const {
    if (s_.blocked.empty()) return false;
    // Mentions beginning before the unit ends; one of them overlaps it if
    // the furthest end among them is past the unit's begin.
    auto it = std::lower_bound(
        s_.blocked.begin(), s_.blocked.end(), UnitEnd(u),
        [](const Span& m, uint32_t end) { return m.begin < end; });
    size_t i = static_cast<size_t>(it - s_.blocked.begin());
    return i > 0 && s_.blocked_max_end[i - 1] > UnitBegin(u);
  }

  // Words that the scan looks up in the cache (and the vocabulary): the
  // capitalized ones, or all with the guards off.
  template <bool kGuards>
  static bool LooksUp(uint16_t f) {
    constexpr uint16_t kCapitalWord =
        token_flags::kHasLetter | token_flags::kCapitalized;
    return !kGuards || (f & kCapitalWord) == kCapitalWord;
  }

  // Leftmost-longest (or all) matches whose accept list has an entry that
  // passes the guards, in two passes over the tokens. The first keeps the
  // tokens that may start a match, 64 at a time as bit masks: capitalized
  // words that the root starts' Bloom filter may hold, lower-case words that
  // pass both starts bitmaps, and hyphenated tokens (their parts are units
  // of their own). The second resolves those few (about a tenth of the
  // tokens of news text) and walks the trie from them; its random reads are
  // started ahead of need, counted in candidates rather than tokens.
  void Scan() {
    if (options_.apply_guards) {
      ScanTokens<true>();
    } else {
      ScanTokens<false>();
    }
  }

  // Candidates: token index | kHyphenated.
  static constexpr uint64_t kHyphenated = uint64_t{1} << 32;

  // The candidates among tokens [begin, end), into s_.candidates; marks
  // the hyphenated ones in s_.hyphenated. Per 64 tokens (begin is a
  // multiple of 64), a mask of the tokens kept, built without branches,
  // and then its set bits in order.
  template <bool kGuards>
  size_t FindCandidates(uint32_t begin, uint32_t end) {
    if (s_.candidates_size < end - begin) {
      s_.candidates.reset(new uint64_t[end - begin]);
      s_.candidates_size = end - begin;
    }
    uint64_t* out = s_.candidates.get();
    const uint64_t* hyphen_bits = s_.hyphenated.data();
    MarkHyphens(tokens_, begin, end, s_.hyphenated.data());
    hyphens_known_ = end;
    size_t m = 0;
    for (uint32_t w = begin; w < end; w += 64) {
      const uint32_t count = end - w < 64 ? end - w : 64;
      const uint64_t in_chunk =
          count == 64 ? ~uint64_t{0} : (uint64_t{1} << count) - 1;
      uint64_t keep = in_chunk;
      const uint64_t hyphens = hyphen_bits[w >> 6];
      if (kGuards) {
        // Bit 0 of byte k: token w + k is a capitalized word (capitals[k]),
        // or a word that may start a match in lower case (starts[k]). Two
        // loops (the first vectorizes), then one bit per byte.
        alignas(16) uint8_t capitals[64];
        alignas(16) uint8_t starts[64];
        if (count < 64) {
          std::memset(capitals + count, 0, 64 - count);
          std::memset(starts + count, 0, 64 - count);
        }
        const size_t first = w;
        // Called with a constant 64 for a full chunk: loops of a known
        // trip count.
        const auto fill = [&](size_t n) __attribute__((always_inline)) {
          for (size_t k = 0; k < n; ++k) {
            capitals[k] = LooksUp<true>(tokens_.flags(first + k));
          }
          // The root starts' filter words of the capitalized words, read
          // below, start loading now: the starts loop runs meanwhile (the
          // filter is out of L1, and out of L2 after a large text's token
          // streams; one-process A/B 0.971 / 0.981 brown-press, 0.99
          // wild-en).
          for (uint64_t c = LowBitMask64(capitals) & ~hyphens; c != 0;
               c &= c - 1) {
            image_.PrefetchStartCapital(
                tokens_.key_hash(first + __builtin_ctzll(c)));
          }
#pragma GCC unroll 8
          for (size_t k = 0; k < n; ++k) {
            starts[k] = static_cast<uint8_t>(
                image_.StartFilterWord(tokens_.key_hash(first + k)));
          }
        };
        if (count == 64) {
          fill(64);
        } else {
          fill(count);
        }
        const uint64_t capital = LowBitMask64(capitals);
        // A capitalized word is looked up in the vocabulary (its start bit
        // is not read); one that the Bloom filter of the vocabulary's root
        // starts rejects starts nothing (FindVocab() would find no entry or
        // one without a root child): dropped here, it costs no cache slot,
        // look-ahead stage or branch later. About two thirds of the
        // capitalized words of news text are such words ("He", "But", most
        // names of people; "The", "In", which only continue aliases).
        uint64_t in_vocab = capital;
        for (uint64_t c = capital & ~hyphens; c != 0; c &= c - 1) {
          const int k = __builtin_ctzll(c);
          const bool may = image_.MayStartCapital(tokens_.key_hash(first + k));
          in_vocab ^= static_cast<uint64_t>(!may) << k;
        }
        // A lower-case word that passed the first starts bitmap is tested
        // against the second here too (as LowerStart() would): over half
        // of them fail, and the few left keep the kinds of candidates that
        // the second pass branches on mostly capitalized words.
        uint64_t lower = LowBitMask64(starts) & ~capital;
        for (uint64_t c = lower & ~hyphens; c != 0; c &= c - 1) {
          const int k = __builtin_ctzll(c);
          const bool may =
              image_.MayStartLowerSecond(tokens_.key_hash(first + k));
          lower ^= static_cast<uint64_t>(!may) << k;
        }
        // A hyphenated token is kept when one of its units may start a
        // match (most, like "well-known" or "--", have none): split only
        // then, and only then a candidate.
        uint64_t hyphens_kept = hyphens;
        for (uint64_t c = hyphens; c != 0; c &= c - 1) {
          const int k = __builtin_ctzll(c);
          hyphens_kept ^= static_cast<uint64_t>(!UnitsMayStart(w + k)) << k;
        }
        keep = ((in_vocab | lower) & ~hyphens) | hyphens_kept;
      } else {
        keep |= hyphens;
      }
      while (keep != 0) {
        const int k = __builtin_ctzll(keep);
        out[m++] = (w + k) | (((hyphens >> k) & 1) << 32);
        keep &= keep - 1;
      }
    }
    return m;
  }

  // False if no unit of hyphenated token t can start a match with the
  // guards on: no hash that TokenUnits() may give its units — each part's
  // between '-'s, the whole key's (a token it cannot split), "-" (a key of
  // dashes only) — passes the filters of either kind of start (the root
  // starts' for a capitalized unit, the starts bitmaps for another), whatever
  // the unit's case. Reads only the key, not the text.
  //
  // A token of sayso's Tokenizer that is ASCII and has no upper-case letter
  // (kLowercase, or no kHasLetter: its flags are read from the text's
  // A-Z/a-z, as Shape() reads a part's) gives units that are not
  // capitalized, which only the starts table's aliases may begin: three in
  // four hyphenated words of news text are such ("well-known", "so-called",
  // "1990-91"), and the root starts' filter (which holds capitalized place
  // names' keys such as "well") kept most of them for nothing. A host's
  // own tokens keep the test of both filters.
  bool UnitsMayStart(uint32_t t) const {
    const uint16_t f = tokens_.flags(t);
    const bool lower_only =
        !tokens_.host_added() && !(f & token_flags::kNonAscii) &&
        (!(f & token_flags::kHasLetter) || (f & token_flags::kLowercase));
    const auto may_start = [&](uint64_t h) {
      return (!lower_only && image_.MayStartCapital(h)) ||
             image_.MayStartLowerTwice(h);
    };
    const std::string_view key = tokens_.key(t);
    if (may_start(tokens_.key_hash(t))) return true;
    bool any_part = false;
    for (size_t start = 0; start < key.size();) {
      size_t stop = key.find('-', start);
      if (stop == std::string_view::npos) stop = key.size();
      if (stop > start) {
        any_part = true;
        if (may_start(KeyHash(key.substr(start, stop - start)))) return true;
      }
      start = stop + 1;
    }
    return !any_part && may_start(kDashHash);
  }

  // The scan's reads are random reads in tables of megabytes; they are
  // started ahead of need, counted in candidates: the cache slot (or the
  // starts slot) of the candidate kSlotAhead on; the vocabulary entry of the
  // one kVocabAhead on, only when its cache slot (arrived by then) does not
  // hold it yet — most capitalized words are repeats, and a needless
  // prefetch in a table of megabytes costs a page walk; the one kRootAhead
  // on is resolved (its entry arrived) and the edge record or first accept
  // of its root fetched.
  static constexpr size_t kSlotAhead = 24;
  static constexpr size_t kVocabAhead = 16;
  static constexpr size_t kRootAhead = 8;
  // What the stages read of a candidate, computed once at the first stage:
  // its key hash, its cache slot and how it starts (kSkip for a hyphenated
  // token, whose parts are looked up one by one).
  enum Start : uint32_t { kSkip, kCache, kLower };
  struct Staged {
    uint64_t hash;
    uint32_t slot;
    Start start;
  };
  static constexpr size_t kRing = 32;  // > kSlotAhead, a power of two
  template <bool kGuards>
  SAYSO_PREFETCH_INLINE void Stage(const uint64_t* cands, size_t i,
                                   Staged* ring) {
    Staged& st = ring[i % kRing];
    if (cands[i] & kHyphenated) {
      st.start = kSkip;
      return;
    }
    const uint32_t a = static_cast<uint32_t>(cands[i]);
    st.hash = tokens_.key_hash(a);
    if (LooksUp<kGuards>(tokens_.flags(a))) {
      st.start = kCache;
      st.slot = static_cast<uint32_t>(SlotIndex(st.hash));
      __builtin_prefetch(&s_.cache[st.slot]);
    } else {
      st.start = kLower;
      image_.PrefetchStart(st.hash);
    }
  }
  template <bool kGuards>
  SAYSO_PREFETCH_INLINE void PrefetchAhead(const uint64_t* cands, size_t i,
                                           size_t m, Staged* ring) {
    if (i + kSlotAhead < m) Stage<kGuards>(cands, i + kSlotAhead, ring);
    if (i + kVocabAhead < m) {
      const Staged& st = ring[(i + kVocabAhead) % kRing];
      if (st.start == kCache && s_.cache[st.slot].hash != st.hash) {
        if (kGuards) {
          image_.PrefetchVocabSlot(st.hash);
        } else {
          image_.PrefetchVocab(st.hash);
        }
      }
    }
    if (i + kRootAhead < m) {
      const Staged& st = ring[(i + kRootAhead) % kRing];
      if (st.start == kCache) {
        // Resolved ahead (the cache makes it idempotent): a word seen first
        // reads its vocabulary entry, fetched by then, here.
        const Scratch::Slot& s = ResolveAt(st.slot, st.hash, kGuards);
        if (s.root_child != 0) {
          // AddRaw() reads the span of a match's first word, in two token
          // arrays that the scan does not stream (out of L2 at document
          // scale). Tokens gives no address to prefetch, so the end is
          // loaded here, unused: the load is in flight while the
          // candidates before this one are walked (one-process A/B 0.973).
          // The begin is loaded for the address of the text there, which
          // the guards' case signatures read ("US", "Ufa": a random read in
          // the text): a prefetch, which unlike a load does not hold up
          // the instructions after it until the line arrives (one-process
          // A/B 0.975-0.984 brown-press, 0.963-0.970 wild-en).
          const uint32_t t = static_cast<uint32_t>(cands[i + kRootAhead]);
          const uint32_t begin = tokens_.begin(t), end = tokens_.end(t);
          LoadAhead(end);
          __builtin_prefetch(doc_.text().data() + begin);
          // A walk that goes on past its first word (the next token's bit
          // is set in the root's child mask) looks the next token up in the
          // cache and, for a word not cached, the vocabulary: both are
          // started here when the mask is known (one-process A/B 0.98).
          if (s.root_word != Scratch::kUnknownWord && t + 1 < tokens_.size()) {
            const uint64_t next = tokens_.key_hash(t + 1);
            if (s.root_mask & gz::ChildMaskBit(next)) {
              __builtin_prefetch(&s_.cache[SlotIndex(next)]);
              image_.PrefetchVocab(next);
            }
          }
          if (s.root_word == Scratch::kUnknownWord) {
            image_.PrefetchNode(s.root_child);
          } else if (s.root_word != gz::kNoAccept) {
            image_.PrefetchAccept(s.root_word & gz::kAcceptIndexMask);
          }
        }
      }
    }
  }

  // Tokens per block of the two passes: the second pass finds the first's
  // token data still in L1/L2.
  static constexpr uint32_t kBlockTokens = 4096;

  template <bool kGuards>
  void ScanTokens() {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    // (size_t and b = e: no wrap for a document near 2^32 tokens.)
    s_.hyphenated.assign((size_t{n} + 63) / 64, 0);
    hyphens_known_ = 0;
    // Matches do not overlap: the scan resumes at unit (token, part).
    uint32_t resume_token = 0, resume_part = 0;
    for (uint32_t b = 0, e = 0; b < n; b = e) {
      e = n - b > kBlockTokens ? b + kBlockTokens : n;
      const size_t m = FindCandidates<kGuards>(b, e);
      ScanCandidates<kGuards>(s_.candidates.get(), m, &resume_token,
                              &resume_part);
    }
  }

  template <bool kGuards>
  void ScanCandidates(const uint64_t* cands, size_t m, uint32_t* resume_at,
                      uint32_t* resume_part_at) {
    uint32_t& resume_token = *resume_at;
    uint32_t& resume_part = *resume_part_at;
    Staged ring[kRing];
    for (size_t i = 0; i < m && i < kSlotAhead; ++i) {
      Stage<kGuards>(cands, i, ring);
    }
    for (size_t i = 0; i < m; ++i) {
      PrefetchAhead<kGuards>(cands, i, m, ring);
      const uint32_t t = static_cast<uint32_t>(cands[i]);
      if (t < resume_token) continue;
      const Staged& st = ring[i % kRing];
      if (st.start != kSkip) {
        if (EmptyKey(t, st.hash)) continue;
        uint32_t root, word, mask;
        if (st.start == kLower) {
          // The first pass tested both starts bitmaps already (kLower is
          // only staged with the guards on).
          root = StartsRoot(st.hash);
          if (root == 0) continue;
          word = image_.AcceptWord(root);
          mask = image_.ChildMask(root);
        } else {
          Scratch::Slot& slot = ResolveAt(st.slot, st.hash, kGuards);
          root = slot.root_child;
          if (root == 0) continue;
          word = RootWord(slot);
          mask = slot.root_mask;
        }
        // Most walks end at once: no accept that the first word may take
        // and a next token that leads nowhere (its child-mask bit clear).
        // Told here from the next hash, without a Unit or a call.
        if (EndsAtFirstWord(t, word, mask, st.start == kCache)) continue;
        const Unit u = WholeUnit(t);
        if (Blocked(u)) continue;
        WalkFrom(u, root, word, mask, &resume_token, &resume_part);
        continue;
      }
      // A hyphenated token: each part is a unit (copied: walks reuse the
      // split cache).
      const Scratch::Split& sp = SplitOf(t);
      const uint32_t count = sp.count;
      std::vector<Unit>& parts = s_.parts;
      parts.assign(sp.units, sp.units + count);
      for (uint32_t k = 0; k < count; ++k) {
        if (t < resume_token || (t == resume_token && k < resume_part)) {
          continue;
        }
        const uint32_t root = StartNode(parts[k]);
        if (root == 0 || Blocked(parts[k])) continue;
        WalkFrom(parts[k], root, image_.AcceptWord(root),
                 image_.ChildMask(root), &resume_token, &resume_part);
      }
    }
  }

  // True if WalkFrom() from whole token t (accept word `word`, child mask
  // `mask`; capitalized if `capital`) would record nothing: no accept
  // open to it, and the walk ends before a second unit (a leaf, or a whole
  // next token whose child-mask bit is clear). False when unsure (the next
  // token is hyphenated, has an empty key or is missing): then walk.
  bool EndsAtFirstWord(uint32_t t, uint32_t word, uint32_t mask,
                       bool capital) const {
    if (AcceptOpen(word, capital)) return false;
    if (mask == 0) return true;
    const uint32_t next = t + 1;
    if (next >= tokens_.size()) return false;
    const uint64_t h = tokens_.key_hash(next);
    if (EmptyKey(next, h) || Hyphenated(next)) return false;
    return !(mask & gz::ChildMaskBit(h));
  }

  // Whether accept word `word` is open to a match whose first unit is
  // capitalized if `capital_first`: there is one, and it needs no capital
  // or has it (or the guards are off).
  bool AcceptOpen(uint32_t word, bool capital_first) const {
    return word != gz::kNoAccept &&
           (capital_first || !(word & gz::kNeedsCapital) ||
            !options_.apply_guards);
  }

  // Walks the trie from unit `first` (which leads to node `root`, whose
  // accept word is `root_word` and child mask `root_mask`) and records the
  // longest accepted match (or every one, when overlapping).
  void WalkFrom(const Unit& first, uint32_t root, uint32_t root_word,
                uint32_t root_mask, uint32_t* resume_token,
                uint32_t* resume_part) {
    std::vector<Unit>& w = s_.walk;
    w.clear();
    w.push_back(first);
    const bool capital_first = first.has_letter && first.capitalized;
    uint32_t node = root;
    uint32_t mask = root_mask;
    size_t best_size = 0;
    uint32_t best_accept = gz::kNoAccept;
    for (uint32_t word = root_word;;) {
      if (AcceptOpen(word, capital_first)) {
        const uint32_t passing =
            FirstPassing(word & gz::kAcceptIndexMask, w.data(), w.size());
        if (passing != gz::kNoAccept) {
          if (options_.overlapping) {
            AddRaw(w.data(), w.size(), passing);
          } else {
            best_size = w.size();
            best_accept = passing;
          }
        }
      }
      // A leaf ends the walk; so does a next unit whose bit is clear in
      // the child mask (most walks end here, with no vocabulary or edge
      // probe).
      if (mask == 0) break;
      // The next unit, when it is a whole token (most are): its hash is
      // enough to end the walk, the Unit is built only to go on.
      const Unit& cur = w.back();
      if (cur.last_part) {
        uint32_t t = cur.token + 1;
        while (t < tokens_.size() && EmptyKey(t)) ++t;
        if (t >= tokens_.size()) break;
        if (!Hyphenated(t)) {
          const uint64_t h = tokens_.key_hash(t);
          if (!(mask & gz::ChildMaskBit(h))) break;
          const uint32_t token = Resolve(h).token;
          if (token == gz::kEmptyToken) break;
          const uint32_t child = image_.Child(node, token);
          if (child == 0) break;
          const Unit next = WholeUnit(t);
          if (Blocked(next)) break;
          node = child;
          w.push_back(next);
          word = image_.AcceptWord(node);
          mask = image_.ChildMask(node);
          continue;
        }
      }
      Unit next;
      if (!NextUnit(cur, &next) || Blocked(next)) break;
      if (!(mask & gz::ChildMaskBit(next.hash))) break;
      const uint32_t token = Resolve(next.hash).token;
      if (token == gz::kEmptyToken) break;
      node = image_.Child(node, token);
      if (node == 0) break;
      w.push_back(next);
      word = image_.AcceptWord(node);
      mask = image_.ChildMask(node);
    }
    if (!options_.overlapping && best_size > 0) {
      AddRaw(w.data(), best_size, best_accept);
      const Unit& last = w[best_size - 1];
      if (last.last_part) {
        *resume_token = last.token + 1;
        *resume_part = 0;
      } else {
        *resume_token = last.token;
        *resume_part = last.part + 1u;
      }
    }
  }

  void AddRaw(const Unit* units, size_t size, uint32_t first_passing) {
    RawMatch m{static_cast<uint32_t>(s_.match_units.size()),
               static_cast<uint32_t>(size), first_passing, 0};
    if (options_.use_region_cue) {
      const Unit& first = units[0];
      const Unit& last = units[size - 1];
      m.chained = !s_.raw.empty() && Chained(s_.match_units.back(), first);
      m.region_after = last.last_part && IsRegionWord(last.token + 1);
      m.cue_before = CueBefore(first);
    }
    s_.raw.push_back(m);
    const size_t at = s_.match_units.size();
    s_.match_units.insert(s_.match_units.end(), units, units + size);
    // Ranking reads the span's ends: resolved now, during the scan.
    Unit& first = s_.match_units[at];
    first.begin = UnitBegin(first);
    Unit& last = s_.match_units.back();
    last.end = UnitEnd(last);
  }

  bool IsRegionWord(size_t t) const {
    return t < tokens_.size() && RegionWords().Contains(tokens_.key_hash(t));
  }

  // True if a match ending with unit a and the next one, beginning with
  // unit b, are in one list: 1-3 tokens apart, all of them ",", "and",
  // "or" or "&".
  bool Chained(const Unit& a, const Unit& b) const {
    if (!a.last_part || b.part != 0 || b.token <= a.token + 1 ||
        b.token - a.token - 1 > 3) {
      return false;
    }
    for (uint32_t t = a.token + 1; t < b.token; ++t) {
      if (!ListSeparators().Contains(tokens_.key_hash(t))) return false;
    }
    return true;
  }

  // The cue of the words before a match beginning with unit `first`:
  // +1 after "<region word> of (the)", -1 after "<city word> of (the)".
  int8_t CueBefore(const Unit& first) const {
    int8_t cue = 0;
    const uint32_t t0 = first.token;
    if (first.part == 0 && t0 >= 2) {
      uint32_t k = t0 - 1;
      // Key hashes, as the word sets compare (not the keys' bytes: a read
      // of the key arena and a string compare per match).
      if (tokens_.key_hash(k) == kTheHash && k >= 2) --k;
      if (tokens_.key_hash(k) == kOfHash) {
        if (IsRegionWord(k - 1)) cue = 1;
        if (CityWords().Contains(tokens_.key_hash(k - 1))) cue = -1;
      }
    }
    return cue;
  }

  // Visits the accepts of a node (bounded: stops at the kLast flag or at the
  // end of the table); stops early when f returns false.
  template <typename F>
  void ForEachAccept(uint32_t begin, F&& f) const {
    for (uint32_t i = begin;; ++i) {
      const gz::Accept* a = image_.accept(i);
      if (a == nullptr) return;
      if (!f(*a)) return;
      if (a->flags & af::kLast) return;
    }
  }

  // The index of the first accept from `begin` on (within its node) that
  // passes the guards on units[0, size), or gz::kNoAccept.
  uint32_t FirstPassing(uint32_t begin, const Unit* units, size_t size) {
    uint32_t passing = gz::kNoAccept;
    GuardMemo memo;
    uint32_t i = begin;
    ForEachAccept(begin, [&](const gz::Accept& a) {
      if (Passes(a, units, size, &memo)) {
        passing = i;
        return false;
      }
      ++i;
      return true;
    });
    return passing;
  }

  // The last guard verdict on one span: the accepts of a node mostly differ
  // only in their entity, and the guards read only the flags, the lower-case
  // mask and the signature.
  struct GuardMemo {
    uint64_t key = ~uint64_t{0};  // has kLast set: never a real key
    bool passes = false;
  };
  // What the guards read of an accept.
  static uint64_t GuardKey(const gz::Accept& a) {
    const uint16_t f = a.flags & ~af::kLast;
    return f | uint64_t{a.lower_mask} << 16 |
           (f & af::kCaseSensitive ? uint64_t{a.signature} << 32 : 0);
  }

  bool Passes(const gz::Accept& a, const Unit* units, size_t size,
              GuardMemo* memo) {
    if (a.entity >= image_.entity_count()) return false;
    const uint64_t key = GuardKey(a);
    if (key != memo->key) {
      memo->key = key;
      memo->passes = Passes(a, units, size);
    }
    return memo->passes;
  }

  // The guards (docs/gazetteer.md, "Guards") for alias accept `a` on the
  // span of units[0, size).
  bool Passes(const gz::Accept& a, const Unit* units, size_t size) {
    if (a.entity >= image_.entity_count()) return false;
    if (!options_.apply_guards) return true;
    const Unit& p = units[0];
    const Unit& q = units[size - 1];
    const uint16_t f = a.flags;
    if (f & af::kCaseSensitive) {
      // The flags say the case only for sayso's own tokens: a host's may
      // come without shape flags, and its text is read below instead.
      if (!tokens_.host_added() &&
          CaseFlagsReject(image_.Signature(a.signature), units, size)) {
        return false;
      }
      const uint32_t begin = UnitBegin(p), end = UnitEnd(q);
      if (!signature_ready_ || signature_begin_ != begin ||
          signature_end_ != end) {
        std::string& sig = s_.signature;
        sig.clear();
        std::string_view span = doc_.text().substr(begin, end - begin);
        bool ascii_alnum_only = true;
        for (char c : span) {
          unsigned char b = static_cast<unsigned char>(c);
          if (b >= 0x80) {
            ascii_alnum_only = false;
            break;
          }
          if (static_cast<unsigned>((b | 0x20) - 'a') < 26u ||
              static_cast<unsigned>(b - '0') < 10u) {
            sig.push_back(c);
          }
        }
        if (!ascii_alnum_only) sig = CaseSignature(span);
        signature_begin_ = begin;
        signature_end_ = end;
        signature_ready_ = true;
      }
      if (s_.signature != image_.Signature(a.signature)) return false;
    }
    // An exact all-caps acronym ("US", "AP") is a name even where the same
    // letters in lower case would be a common word.
    const bool exact_acronym =
        (f & af::kCaseSensitive) && (f & af::kAllCapsAlias);
    if ((f & af::kCapitalizedOnly) ||
        ((f & af::kCommonWord) && !exact_acronym)) {
      // GeoNames-style names must start with a capital whatever the alias.
      uint8_t mask =
          (f & af::kCapitalizedOnly) ? a.lower_mask & 0xFE : a.lower_mask;
      if (!CapitalizedName(units, size, mask)) return false;
    }
    if ((f & af::kCommonWord) && (f & af::kSingleWord) && !exact_acronym) {
      if (p.all_caps && !(f & af::kCaseSensitive)) return false;
      if (!position_ready_ || position_token_ != p.token ||
          position_part_ != p.part || position_last_token_ != q.token ||
          position_last_part_ != q.part) {
        position_ready_ = true;
        position_token_ = p.token;
        position_part_ = p.part;
        position_last_token_ = q.token;
        position_last_part_ = q.part;
        position_rejects_ = SentenceInitial(p) || TitleCaseLine(p.token) ||
                            InsideLongerName(p, q);
      }
      if (position_rejects_) return false;
    }
    return true;
  }

  // True if the units' case flags show that the span's case signature is
  // not `sig` (an alias's): most failing signatures are told so without
  // the span's bounds and text (three random reads). The signature keeps
  // letters and digits as written, so equal signatures have the same
  // first letter and the same lower-case letters:
  // - sig holds an ASCII lower-case letter, and every unit is all caps or
  //   has no letter ("BAR" for "Bar");
  // - sig's first character that is not an ASCII digit is an ASCII
  //   letter of the other case than the first unit's first letter ("us"
  //   for "US", "Ufa" for "ufa").
  static bool CaseFlagsReject(std::string_view sig, const Unit* units,
                              size_t size) {
    bool sig_lower = false;
    int first = 0;  // sig's first letter: 1 lower, 2 upper, 3 not ASCII
    for (char ch : sig) {
      const unsigned char c = static_cast<unsigned char>(ch);
      const bool lower = static_cast<unsigned>(c - 'a') < 26u;
      sig_lower |= lower;
      if (first == 0 && static_cast<unsigned>(c - '0') >= 10u) {
        first = lower ? 1 : static_cast<unsigned>(c - 'A') < 26u ? 2 : 3;
      }
    }
    const Unit& p = units[0];
    if (p.has_letter &&
        ((first == 1 && p.capitalized) || (first == 2 && !p.capitalized))) {
      return true;
    }
    if (!sig_lower) return false;
    for (size_t k = 0; k < size; ++k) {
      if (units[k].has_letter && !units[k].all_caps) return false;
    }
    return true;
  }

  // Every word capitalized, except particles and the words that the alias
  // itself writes in lower case (bit k of lower_mask for unit k).
  static bool CapitalizedName(const Unit* units, size_t size,
                              uint8_t lower_mask) {
    if (!units[0].has_letter) return false;
    if (!units[0].capitalized && !(lower_mask & 1)) return false;
    for (size_t k = 1; k < size; ++k) {
      if (!units[k].has_letter || units[k].capitalized) continue;
      if (k < 8 && (lower_mask >> k) & 1) continue;
      if (!ParticleHashes().Contains(units[k].hash)) return false;
    }
    return true;
  }

  // True if the span [p, q] touches another capitalized word that is not
  // sentence-initial ("The Wolf Man", "Reading Football Club"): then a
  // common word is part of a longer name, not a place of its own.
  bool InsideLongerName(const Unit& p, const Unit& q) {
    auto capital_word = [&](const Unit& u) {
      return u.has_letter && u.capitalized &&
             !ParticleHashes().Contains(u.hash);
    };
    Unit before;
    if (PrevUnit(p, &before) && capital_word(before) &&
        before.token + 1 >= p.token && !SentenceInitial(before)) {
      return true;
    }
    Unit after;
    if (NextUnit(q, &after) && capital_word(after) &&
        after.token <= q.token + 1) {
      return true;
    }
    return false;
  }

  // The sentence [begin, end) token range holding token t (the whole
  // document when there are no sentences).
  std::pair<uint32_t, uint32_t> SentenceOf(uint32_t t) {
    const std::vector<TextUnit>& s = doc_.sentences();
    // The guards ask in reading order (the scan, then ranking): the sentence
    // found last, or the next one, mostly holds t. The hint is only a
    // shortcut to the same answer as the search: upper_bound's sentence is
    // the last one that begins at or before t.
    const auto last_begun = [&](size_t i) {  // what upper_bound finds
      return i < s.size() && s[i].token_begin <= t &&
             (i + 1 == s.size() || t < s[i + 1].token_begin);
    };
    size_t i = sentence_hint_;
    if (!last_begun(i)) {
      ++i;
      if (!last_begun(i)) {
        auto it = std::upper_bound(s.begin(), s.end(), t,
                                   [](uint32_t tok, const TextUnit& u) {
                                     return tok < u.token_begin;
                                   });
        if (it == s.begin()) return {0, static_cast<uint32_t>(tokens_.size())};
        i = static_cast<size_t>(it - s.begin()) - 1;
      }
    }
    sentence_hint_ = i;
    if (t < s[i].token_end) return {s[i].token_begin, s[i].token_end};
    return {0, static_cast<uint32_t>(tokens_.size())};
  }

  // True if unit p starts its sentence or line: only punctuation, quotes
  // and dashes (or a ':') before it.
  bool SentenceInitial(const Unit& u) {
    if (u.part > 0) return false;
    uint32_t begin = SentenceOf(u.token).first;
    uint32_t cur = u.token;
    while (true) {
      if (tokens_.has(cur, token_flags::kNewlineBefore)) return true;
      if (cur == 0 || cur <= begin) return true;
      uint32_t j = cur - 1;
      if (IsWordLike(tokens_.kind(j))) return false;
      if (tokens_.key(j) == ":") return true;
      cur = j;
    }
  }

  // True if the line part of the sentence around token t is in title case
  // (a headline): 4+ words, at least 4/5 of them capitalized.
  bool TitleCaseLine(uint32_t t) {
    auto [begin, end] = SentenceOf(t);
    // The line part checked last: no line break inside (lo, hi), so any
    // token of it walks back to the same lo and on to the same hi (the walk
    // back is long in a paragraph written as one line).
    if (t >= title_.lo && t < title_.hi && begin == title_.begin &&
        end == title_.end) {
      return title_.title;
    }
    uint32_t lo = t;
    while (lo > begin && !tokens_.has(lo, token_flags::kNewlineBefore)) --lo;
    title_.begin = begin;
    title_.end = end;
    title_.lo = lo;
    // Computed once per line part (many starts share one).
    Scratch::TitleSlot& slot = s_.title_case[lo & 255];
    if (slot.line == lo) {
      title_.hi = t + 1;
      title_.title = slot.title;
      return slot.title;
    }
    uint32_t hi = t + 1;
    while (hi < end && !tokens_.has(hi, token_flags::kNewlineBefore)) ++hi;
    title_.hi = hi;
    int words = 0, caps = 0;
    const auto& particles = ParticleHashes();
    for (uint32_t i = lo; i < hi; ++i) {
      if (!tokens_.has(i, token_flags::kHasLetter)) continue;
      if (particles.Contains(tokens_.key_hash(i))) continue;
      ++words;
      if (tokens_.has(i, token_flags::kCapitalized)) ++caps;
    }
    const bool title = words >= 4 && caps * 5 >= words * 4;
    title_.title = title;
    slot.line = lo;
    slot.title = title;
    return title;
  }

  // Region cues: "Kursk region", "Kherson, Mykolaiv and Zaporizhzhia
  // provinces", "the provinces of Kherson, Mykolaiv, and Zaporizhia".
  void FindRegionCues() {
    std::vector<RawMatch>& raw = s_.raw;
    for (size_t i = 0; i < raw.size();) {
      // Extend a chain of matches separated by ",", "and", "or".
      size_t j = i;
      while (j + 1 < raw.size() && raw[j + 1].chained) ++j;
      const int8_t cue = raw[j].region_after ? 1 : raw[i].cue_before;
      if (options_.overlapping) j = i;  // chains need non-overlapping matches
      for (size_t k = i; k <= j; ++k) raw[k].region_cue = cue;
      i = j + 1;
    }
  }

  static uint16_t CountryKey(const char* c) {
    return static_cast<uint16_t>((static_cast<uint8_t>(c[0]) << 8) |
                                 static_cast<uint8_t>(c[1]));
  }
  bool SeenCountry(uint16_t key) const {
    return (s_.seen_countries[key >> 6] >> (key & 63)) & 1;
  }
  void MarkCountry(uint16_t key) {
    uint64_t& word = s_.seen_countries[key >> 6];
    const uint64_t bit = uint64_t{1} << (key & 63);
    if (!(word & bit)) {
      word |= bit;
      s_.seen_country_list.push_back(key);
    }
  }
  bool SeenEntity(uint32_t e) const {
    return (s_.seen_entities[e >> 6] >> (e & 63)) & 1;
  }
  void MarkEntity(uint32_t e) {
    uint64_t& word = s_.seen_entities[e >> 6];
    const uint64_t bit = uint64_t{1} << (e & 63);
    if (!(word & bit)) {
      word |= bit;
      s_.seen_entity_list.push_back(e);
    }
  }

  // Ranking reads the rank record of every accept's entity, random reads
  // in a table of megabytes: started for the match kRankAhead on (and its
  // accepts 2 * kRankAhead on).
  static constexpr size_t kRankAhead = 4;
  SAYSO_PREFETCH_INLINE void PrefetchRanks(size_t i) {
    if (i + 2 * kRankAhead < s_.raw.size()) {
      image_.PrefetchAccept(s_.raw[i + 2 * kRankAhead].first_passing);
    }
    if (i + kRankAhead >= s_.raw.size()) return;
    // At most 16 accepts, stopping after the last of the node.
    const uint32_t begin = s_.raw[i + kRankAhead].first_passing;
    for (uint32_t k = begin; k < begin + 16; ++k) {
      const gz::Accept* a = image_.accept(k);
      if (a == nullptr) break;
      image_.PrefetchRank(a->entity);
      if (a->flags & af::kLast) break;
    }
  }

  void Rank(Matches* out) {
    // Context: entities and countries mentioned before, by the host's
    // mentions or ours. Ours by entity index; a host's by id string (rare,
    // so checked only when there are any).
    if (s_.seen_countries.size() != 1024) s_.seen_countries.assign(1024, 0);
    const size_t entity_words = (image_.entity_count() + 63) / 64;
    if (s_.seen_entities.size() < entity_words) {
      s_.seen_entities.resize(entity_words, 0);
    }
    s_.seen_host_ids.clear();
    const std::vector<Mention>& existing = doc_.mentions();
    size_t next_existing = 0;
    std::vector<FoundCandidate>& cands = s_.cands;
    for (size_t mi = 0; mi < s_.raw.size(); ++mi) {
      PrefetchRanks(mi);
      const RawMatch& m = s_.raw[mi];
      const Unit* units = &s_.match_units[m.units_begin];
      const Unit& first = units[0];
      const Unit& last = units[m.units_size - 1];
      const uint32_t begin = UnitBegin(first);
      if (options_.use_context) {
        while (next_existing < existing.size() &&
               existing[next_existing].span.begin < begin) {
          const EntityRef& e = existing[next_existing].entity;
          if (!e.id.empty()) s_.seen_host_ids.insert(e.id);
          if (e.id.size() == 10 && e.id.compare(0, 8, "iso3166:") == 0) {
            MarkCountry(CountryKey(e.id.data() + 8));
          }
          ++next_existing;
        }
      }
      // The best `keep` candidates, best first, ties in image order: what a
      // stable sort of every passing candidate, cut to `keep`, would give.
      // An entity's score does not depend on the alias that reached it, so
      // a repeat of an entity that is not in the list could not enter it.
      const size_t keep =
          1 + static_cast<size_t>(std::max(0, options_.max_alternatives));
      // The list lives in s_.cands[0, n), grown on demand (keep may be
      // large); invariants of the match are read once.
      size_t n = 0;
      if (cands.empty()) cands.resize(8);
      FoundCandidate* top = cands.data();
      const bool use_context = options_.use_context;
      const bool host_ids = !s_.seen_host_ids.empty();
      const int8_t region_cue = m.region_cue;
      // The walk found that the first passing accept passes (the ones
      // before it fail, and add nothing).
      GuardMemo memo;
      if (const gz::Accept* a = image_.accept(m.first_passing)) {
        memo.key = GuardKey(*a);
        memo.passes = true;
      }
      ForEachAccept(m.first_passing, [&](const gz::Accept& a) {
        if (!Passes(a, units, m.units_size, &memo)) return true;
        const gz::EntityRank& r = *image_.rank(a.entity);
        // A forged image may hold any float: keep scores finite.
        float score = std::isfinite(r.base_score) ? r.base_score : 0.5f;
        if (region_cue != 0 && (r.flags & gz::kRankRegion)) {
          score += region_cue;
        }
        if (use_context) {
          if (SeenEntity(a.entity) ||
              (host_ids && s_.seen_host_ids.contains(
                               image_.Str(image_.entity(a.entity)->id)))) {
            score += 0.5f;
          }
          if (r.country[0] != 0 && SeenCountry(CountryKey(r.country))) {
            score += 0.25f;
          }
        }
        EntityType type = a.type == gz::kNoTypeOverride || a.type > 5
                              ? static_cast<EntityType>(r.type > 5 ? 5 : r.type)
                              : static_cast<EntityType>(a.type);
        // A candidate that would not enter the list is dropped before the
        // repeat test: both drop it.
        if (n == keep && !(top[n - 1].score < score)) return true;
        for (size_t k = 0; k < n; ++k) {
          if (top[k].entity == a.entity) return true;  // first passing alias
        }
        if (n == keep) {
          --n;
        } else if (n == cands.size()) {
          cands.resize(2 * n);
          top = cands.data();
        }
        size_t j = n++;
        for (; j > 0 && top[j - 1].score < score; --j) top[j] = top[j - 1];
        top[j] = {a.entity, type, score};
        return true;
      });
      if (n == 0) continue;
      Found f;
      f.span = {begin, UnitEnd(last)};
      f.token_begin = first.token;
      f.token_end = last.token + 1;
      f.candidates_begin = static_cast<uint32_t>(out->candidates.size());
      f.candidates_size = static_cast<uint32_t>(n);
      out->candidates.insert(out->candidates.end(), top, top + n);
      const gz::EntityRank& best = *image_.rank(cands[0].entity);
      MarkEntity(cands[0].entity);
      if (best.country[0] != 0) MarkCountry(CountryKey(best.country));
      out->found.push_back(f);
    }
    // Leave the bit sets clear for the next call.
    for (uint32_t e : s_.seen_entity_list) {
      s_.seen_entities[e >> 6] &= ~(uint64_t{1} << (e & 63));
    }
    s_.seen_entity_list.clear();
    for (uint16_t c : s_.seen_country_list) {
      s_.seen_countries[c >> 6] &= ~(uint64_t{1} << (c & 63));
    }
    s_.seen_country_list.clear();
  }

  const GazetteerImage& image_;
  const GazetteerOptions& options_;
  uint32_t hyphens_known_ = 0;  // s_.hyphenated is set for tokens below
  size_t slot_mask_ = 0;        // s_.cache.size() - 1
  const Document& doc_;
  const Tokens& tokens_;
  Scratch& s_;
  // Whether the span checked last is sentence-initial, in a headline or
  // inside a longer name (shared by all the accepts checked on it).
  bool position_ready_ = false;
  uint32_t position_token_ = 0, position_part_ = 0;
  uint32_t position_last_token_ = 0, position_last_part_ = 0;
  bool position_rejects_ = false;
  size_t sentence_hint_ = 0;  // SentenceOf()'s last sentence index
  // TitleCaseLine()'s last line part [lo, hi) of sentence [begin, end).
  struct {
    uint32_t begin = 0, end = 0, lo = 0, hi = 0;
    bool title = false;
  } title_;
  // The case signature (in s_.signature) of the span checked last.
  bool signature_ready_ = false;
  uint32_t signature_begin_ = 0, signature_end_ = 0;
};

}  // namespace

void FindMatches(const GazetteerImage& image, const GazetteerOptions& options,
                 const Document& doc, Matches* out) {
  out->clear();
  Matcher(image, options, doc, ThreadScratch()).Run(out);
}

}  // namespace sayso::internal
