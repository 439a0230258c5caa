#include "gazetteer/matcher.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "gazetteer/units.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

namespace af = gz::accept_flags;

template <size_t N>
struct HashSet {
  uint64_t hashes[N];
  bool Contains(uint64_t h) const {
    for (uint64_t x : hashes) {
      if (x == h) return true;
    }
    return false;
  }
};

template <typename... S>
auto MakeHashSet(S... words) {
  return HashSet<sizeof...(S)>{{KeyHash(words)...}};
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

bool IsWordLike(TokenKind k) {
  return k == TokenKind::kWord || k == TokenKind::kNumber ||
         k == TokenKind::kUrl || k == TokenKind::kEmail ||
         k == TokenKind::kHashtag || k == TokenKind::kMention;
}

struct RawMatch {
  uint32_t first;  // units [first, last]
  uint32_t last;
  uint32_t accept_begin;
  // +1: a region word around it ("Kursk region"); -1: a city word before it
  // ("the regional capital of Kursk"); 0: neither.
  int8_t region_cue = 0;
};

class Matcher {
 public:
  Matcher(const GazetteerImage& image, const GazetteerOptions& options,
          const Document& doc)
      : image_(image), options_(options), doc_(doc), tokens_(doc.tokens()) {}

  void Run(std::vector<Found>* out) {
    units_.reserve(tokens_.size() + 8);
    AppendUnits(tokens_, &units_);
    const size_t n = units_.size();
    if (n == 0) return;
    LookUpTokens();
    BlockExistingMentions();
    Scan();
    if (raw_.empty()) return;
    if (options_.use_region_cue) FindRegionCues();
    Rank(out);
  }

 private:
  // Token id and root child of every unit. Text repeats its words (Zipf), so
  // a small direct-mapped cache turns most vocabulary and root-edge probes
  // (random reads in tables of tens of MB) into L1 hits.
  void LookUpTokens() {
    const size_t n = units_.size();
    size_t slots = 256;
    while (slots < 16384 && slots < n / 2) slots *= 2;
    cache_.assign(slots, Slot{0, gz::kEmptyToken, 0, 0});
    start_cache_.assign(slots, StartSlot{0, 0});
    token_ids_.resize(n);
    root_child_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const Unit& u = units_[i];
      if (options_.apply_guards && !(u.has_letter && u.capitalized)) {
        // Not capitalized: only the small table of lower-case starts can
        // start a match here; the token id is looked up later if a walk
        // reaches this unit.
        StartSlot& c =
            start_cache_[(u.hash ^ (u.hash >> 29)) & (start_cache_.size() - 1)];
        if (c.hash != u.hash || u.hash == 0) {
          const gz::VocabEntry* e = image_.FindStart(u.hash);
          c.hash = u.hash;
          c.root_child = e ? e->root_child : 0;
        }
        token_ids_[i] = kUnresolved;
        root_child_[i] = c.root_child;
        continue;
      }
      const Slot& s = Resolve(u.hash);
      token_ids_[i] = s.token;
      // A word that can only start capitalized names starts none unless
      // capitalized.
      root_child_[i] = s.root_child;
    }
  }

  struct Slot {
    uint64_t hash;
    uint32_t token;
    uint32_t root_child;
    uint32_t flags;
  };
  struct StartSlot {
    uint64_t hash;
    uint64_t root_child;
  };
  static constexpr uint32_t kUnresolved = 0xFFFFFFFEu;

  // The vocabulary entry of a hash, through the direct-mapped cache.
  const Slot& Resolve(uint64_t h) {
    Slot& s = cache_[(h ^ (h >> 29)) & (cache_.size() - 1)];
    if (s.hash != h || h == 0) {
      s.hash = h;
      s.token = gz::kEmptyToken;
      const gz::VocabEntry* v = image_.FindVocab(h, &s.token);
      s.root_child = v ? v->root_child : 0;
      s.flags = v ? v->flags : 0;
    }
    return s;
  }

  uint32_t TokenAt(size_t q) {
    if (token_ids_[q] == kUnresolved)
      token_ids_[q] = Resolve(units_[q].hash).token;
    return token_ids_[q];
  }

  void BlockExistingMentions() {
    for (const Mention& m : doc_.mentions()) {
      auto it = std::lower_bound(
          units_.begin(), units_.end(), m.span.begin,
          [](const Unit& u, uint32_t begin) { return u.end <= begin; });
      for (; it != units_.end() && it->begin < m.span.end; ++it) {
        if (blocked_.empty()) blocked_.assign(units_.size(), false);
        blocked_[it - units_.begin()] = true;
        token_ids_[it - units_.begin()] = gz::kEmptyToken;
        root_child_[it - units_.begin()] = 0;
      }
    }
  }

  // Leftmost-longest (or all) matches whose accept list has an entry that
  // passes the guards.
  void Scan() {
    const size_t n = units_.size();
    for (size_t p = 0; p < n;) {
      if (root_child_[p] == 0) {
        ++p;
        continue;
      }
      const bool capital_first = units_[p].has_letter && units_[p].capitalized;
      uint32_t node = root_child_[p];
      size_t best_last = n;
      uint32_t best_accept = gz::kNoAccept;
      for (size_t q = p;;) {
        uint32_t word = image_.AcceptWord(node);
        if (word != gz::kNoAccept &&
            (capital_first || !(word & gz::kNeedsCapital) ||
             !options_.apply_guards)) {
          uint32_t ab = word & gz::kAcceptIndexMask;
          if (AnyPasses(ab, p, q)) {
            if (options_.overlapping) {
              raw_.push_back(
                  {static_cast<uint32_t>(p), static_cast<uint32_t>(q), ab});
            } else {
              best_last = q;
              best_accept = ab;
            }
          }
        }
        if (++q >= n || root_child_blocked(q)) break;
        const uint32_t token = TokenAt(q);
        if (token == gz::kEmptyToken) break;
        node = image_.Child(node, token);
        if (node == 0) break;
      }
      if (!options_.overlapping && best_last < n) {
        raw_.push_back({static_cast<uint32_t>(p),
                        static_cast<uint32_t>(best_last), best_accept});
        p = best_last + 1;
      } else {
        ++p;
      }
    }
  }

  // Visits the accepts of a node (bounded: stops at the kLast flag or at the
  // end of the table).
  template <typename F>
  void ForEachAccept(uint32_t begin, F&& f) const {
    for (uint32_t i = begin;; ++i) {
      const gz::Accept* a = image_.accept(i);
      if (a == nullptr) return;
      f(*a);
      if (a->flags & af::kLast) return;
    }
  }

  bool AnyPasses(uint32_t begin, size_t p, size_t q) {
    bool any = false;
    signature_ready_ = false;
    ForEachAccept(begin, [&](const gz::Accept& a) {
      if (!any && Passes(a, p, q)) any = true;
    });
    return any;
  }

  bool Passes(const gz::Accept& a, size_t p, size_t q) {
    if (a.entity >= image_.entity_count()) return false;
    if (!options_.apply_guards) return true;
    const uint16_t f = a.flags;
    if (f & af::kCaseSensitive) {
      if (!signature_ready_ || signature_p_ != p || signature_q_ != q) {
        signature_.clear();
        std::string_view span = doc_.text().substr(
            units_[p].begin, units_[q].end - units_[p].begin);
        bool ascii_alnum_only = true;
        for (char c : span) {
          unsigned char b = static_cast<unsigned char>(c);
          if (b >= 0x80) {
            ascii_alnum_only = false;
            break;
          }
          if ((b | 0x20) - 'a' < 26u || b - '0' < 10u) signature_.push_back(c);
        }
        if (!ascii_alnum_only) signature_ = CaseSignature(span);
        signature_p_ = p;
        signature_q_ = q;
        signature_ready_ = true;
      }
      if (signature_ != image_.Signature(a.signature)) return false;
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
      if (!CapitalizedName(p, q, mask)) return false;
    }
    if ((f & af::kCommonWord) && (f & af::kSingleWord) && !exact_acronym) {
      if (units_[p].all_caps && !(f & af::kCaseSensitive)) return false;
      if (p != position_p_) {
        position_p_ = p;
        position_rejects_ = SentenceInitial(p) ||
                            TitleCaseLine(units_[p].token) ||
                            InsideLongerName(p, q);
      }
      if (position_rejects_) return false;
    }
    return true;
  }

  // Every word capitalized, except particles and the words that the alias
  // itself writes in lower case (bit k of lower_mask for unit p + k).
  bool CapitalizedName(size_t p, size_t q, uint8_t lower_mask) const {
    if (!units_[p].has_letter) return false;
    if (!units_[p].capitalized && !(lower_mask & 1)) return false;
    for (size_t k = p + 1; k <= q; ++k) {
      if (!units_[k].has_letter || units_[k].capitalized) continue;
      if (k - p < 8 && (lower_mask >> (k - p)) & 1) continue;
      if (!ParticleHashes().Contains(units_[k].hash)) return false;
    }
    return true;
  }

  // True if the span [p, q] touches another capitalized word that is not
  // sentence-initial ("The Wolf Man", "Reading Football Club"): then a
  // common word is part of a longer name, not a place of its own.
  bool InsideLongerName(size_t p, size_t q) const {
    auto capital_word = [&](size_t i) {
      return units_[i].has_letter && units_[i].capitalized &&
             !ParticleHashes().Contains(units_[i].hash);
    };
    if (p > 0 && capital_word(p - 1) &&
        units_[p - 1].token + 1 >= units_[p].token && !SentenceInitial(p - 1)) {
      return true;
    }
    if (q + 1 < units_.size() && capital_word(q + 1) &&
        units_[q + 1].token <= units_[q].token + 1) {
      return true;
    }
    return false;
  }

  // The sentence [begin, end) token range holding token t (the whole
  // document when there are no sentences).
  std::pair<uint32_t, uint32_t> SentenceOf(uint32_t t) const {
    const std::vector<TextUnit>& s = doc_.sentences();
    auto it = std::upper_bound(
        s.begin(), s.end(), t,
        [](uint32_t tok, const TextUnit& u) { return tok < u.token_begin; });
    if (it != s.begin()) {
      --it;
      if (t < it->token_end) return {it->token_begin, it->token_end};
    }
    return {0, static_cast<uint32_t>(tokens_.size())};
  }

  // True if unit p starts its sentence or line: only punctuation, quotes
  // and dashes (or a ':') before it.
  bool SentenceInitial(size_t p) const {
    const Unit& u = units_[p];
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
    uint32_t lo = t;
    while (lo > begin && !tokens_.has(lo, token_flags::kNewlineBefore)) --lo;
    // Computed once per line part (many starts share one).
    auto cached = title_case_.find(lo);
    if (cached != title_case_.end()) return cached->second;
    uint32_t hi = t + 1;
    while (hi < end && !tokens_.has(hi, token_flags::kNewlineBefore)) ++hi;
    int words = 0, caps = 0;
    for (uint32_t i = lo; i < hi; ++i) {
      if (!tokens_.has(i, token_flags::kHasLetter)) continue;
      if (ParticleHashes().Contains(tokens_.key_hash(i))) continue;
      ++words;
      if (tokens_.has(i, token_flags::kCapitalized)) ++caps;
    }
    const bool title = words >= 4 && caps * 5 >= words * 4;
    title_case_.emplace(lo, title);
    return title;
  }

  // Region cues: "Kursk region", "Kherson, Mykolaiv and Zaporizhzhia
  // provinces", "the provinces of Kherson, Mykolaiv, and Zaporizhia".
  void FindRegionCues() {
    auto is_region = [&](size_t t) {
      return t < tokens_.size() && RegionWords().Contains(tokens_.key_hash(t));
    };
    for (size_t i = 0; i < raw_.size();) {
      // Extend a chain of matches separated by ",", "and", "or".
      size_t j = i;
      while (j + 1 < raw_.size()) {
        const Unit& a = units_[raw_[j].last];
        const Unit& b = units_[raw_[j + 1].first];
        if (!a.last_part || b.part != 0 || b.token <= a.token + 1 ||
            b.token - a.token - 1 > 3) {
          break;
        }
        bool separators = true;
        for (uint32_t t = a.token + 1; t < b.token; ++t) {
          if (!ListSeparators().Contains(tokens_.key_hash(t)))
            separators = false;
        }
        if (!separators) break;
        ++j;
      }
      int8_t cue = 0;
      const Unit& last = units_[raw_[j].last];
      if (last.last_part && is_region(last.token + 1)) cue = 1;
      const Unit& first = units_[raw_[i].first];
      uint32_t t0 = first.token;
      if (cue == 0 && first.part == 0 && t0 >= 2) {
        uint32_t k = t0 - 1;
        if (tokens_.key(k) == "the" && k >= 2) --k;
        if (tokens_.key(k) == "of" && is_region(k - 1)) cue = 1;
        if (tokens_.key(k) == "of" &&
            CityWords().Contains(tokens_.key_hash(k - 1))) {
          cue = -1;
        }
      }
      if (options_.overlapping) j = i;  // chains need non-overlapping matches
      for (size_t k = i; k <= j; ++k) raw_[k].region_cue = cue;
      i = j + 1;
    }
  }

  void Rank(std::vector<Found>* out) {
    // Context: entities and countries mentioned before, by the host's
    // mentions or ours.
    // Ours by entity index; a host's by id string (rare, so checked only
    // when there are any).
    absl::flat_hash_set<uint32_t> seen_entities;
    absl::flat_hash_set<std::string_view> seen_host_ids;
    std::vector<bool> seen_countries(1 << 16, false);
    auto country_key = [](const char* c) {
      return static_cast<uint16_t>((static_cast<uint8_t>(c[0]) << 8) |
                                   static_cast<uint8_t>(c[1]));
    };
    const std::vector<Mention>& existing = doc_.mentions();
    size_t next_existing = 0;
    std::vector<FoundCandidate> cands;
    for (const RawMatch& m : raw_) {
      const uint32_t begin = units_[m.first].begin;
      if (options_.use_context) {
        while (next_existing < existing.size() &&
               existing[next_existing].span.begin < begin) {
          const EntityRef& e = existing[next_existing].entity;
          if (!e.id.empty()) seen_host_ids.insert(e.id);
          if (e.id.size() == 10 && e.id.compare(0, 8, "iso3166:") == 0) {
            seen_countries[country_key(e.id.data() + 8)] = true;
          }
          ++next_existing;
        }
      }
      signature_ready_ = false;
      cands.clear();
      ForEachAccept(m.accept_begin, [&](const gz::Accept& a) {
        if (!Passes(a, m.first, m.last)) return;
        for (const FoundCandidate& c : cands) {
          if (c.entity == a.entity) return;  // first passing alias wins
        }
        const gz::Entity& e = *image_.entity(a.entity);
        // A forged image may hold any float: keep scores finite.
        float score =
            std::isfinite(e.prior) ? std::clamp(e.prior, 0.0f, 1.0f) : 0.5f;
        if (e.population > 0) score += PopulationBonus(e.population);
        if (m.region_cue != 0 && image_.Str(e.fine_type) == "region") {
          score += m.region_cue;
        }
        if (options_.use_context) {
          if (seen_entities.contains(a.entity) ||
              (!seen_host_ids.empty() &&
               seen_host_ids.contains(image_.Str(e.id)))) {
            score += 0.5f;
          }
          if (e.country[0] != 0 && seen_countries[country_key(e.country)]) {
            score += 0.25f;
          }
        }
        EntityType type = a.type == gz::kNoTypeOverride || a.type > 5
                              ? static_cast<EntityType>(e.type > 5 ? 5 : e.type)
                              : static_cast<EntityType>(a.type);
        cands.push_back({a.entity, type, score});
      });
      if (cands.empty()) continue;
      // Stable insertion sort by score (descending): the lists are short,
      // and std::stable_sort would allocate a buffer per match.
      for (size_t i = 1; i < cands.size(); ++i) {
        FoundCandidate c = cands[i];
        size_t j = i;
        for (; j > 0 && cands[j - 1].score < c.score; --j)
          cands[j] = cands[j - 1];
        cands[j] = c;
      }
      size_t keep =
          1 + static_cast<size_t>(std::max(0, options_.max_alternatives));
      if (cands.size() > keep) cands.resize(keep);
      Found f;
      f.span = {begin, units_[m.last].end};
      f.token_begin = units_[m.first].token;
      f.token_end = units_[m.last].token + 1;
      f.candidates = cands;
      const gz::Entity& best = *image_.entity(cands[0].entity);
      seen_entities.insert(cands[0].entity);
      if (best.country[0] != 0)
        seen_countries[country_key(best.country)] = true;
      out->push_back(std::move(f));
    }
  }

  // 0.15 * min(1, log10(1 + population) / 7), memoized: the same entities
  // (and so populations) come back within a text, and log10 is costly.
  float PopulationBonus(uint64_t population) {
    PopulationSlot& s = population_cache_[population & 255];
    if (s.population != population) {
      s.population = population;
      s.bonus =
          0.15f *
          std::min(1.0f,
                   static_cast<float>(std::log10(1.0 + population)) / 7.0f);
    }
    return s.bonus;
  }
  struct PopulationSlot {
    uint64_t population = 0;
    float bonus = 0;
  };
  PopulationSlot population_cache_[256];

  const GazetteerImage& image_;
  const GazetteerOptions& options_;
  const Document& doc_;
  const Tokens& tokens_;
  std::vector<Unit> units_;
  std::vector<uint32_t> token_ids_;
  std::vector<uint32_t> root_child_;
  std::vector<Slot> cache_;
  std::vector<StartSlot> start_cache_;
  // Whether unit position_p_ is sentence-initial or in a headline (computed
  // once per start, shared by all the accepts checked there).
  size_t position_p_ = static_cast<size_t>(-1);
  absl::flat_hash_map<uint32_t, bool> title_case_;
  bool position_rejects_ = false;
  std::vector<bool> blocked_;
  bool root_child_blocked(size_t q) const {
    return !blocked_.empty() && blocked_[q];
  }
  std::vector<RawMatch> raw_;
  // The case signature of the span being checked, computed once per span.
  std::string signature_;
  size_t signature_p_ = 0, signature_q_ = 0;
  bool signature_ready_ = false;
};

}  // namespace

void FindMatches(const GazetteerImage& image, const GazetteerOptions& options,
                 const Document& doc, std::vector<Found>* out) {
  Matcher(image, options, doc).Run(out);
}

}  // namespace sayso::internal
