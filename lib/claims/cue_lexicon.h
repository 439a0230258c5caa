// The cue lexicon and closed word classes of the claim attributor, compiled
// from the data tables cue_lexicon.inc and word_classes.inc into one
// open-addressing table keyed by token key hashes: one probe per word token
// gives both its word classes and the cue forms that start with it.
#ifndef SAYSO_LIB_CLAIMS_CUE_LEXICON_H_
#define SAYSO_LIB_CLAIMS_CUE_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "core/word_lists.h"

namespace sayso::internal {

// Word classes (bits), from word_classes.inc.
namespace wc {
inline constexpr uint32_t kDet = 1u << 0;
inline constexpr uint32_t kPronoun = 1u << 1;
inline constexpr uint32_t kFirstPerson = 1u << 2;
inline constexpr uint32_t kNpPrep = 1u << 3;
inline constexpr uint32_t kPrep = 1u << 4;
inline constexpr uint32_t kClause = 1u << 5;
inline constexpr uint32_t kAux = 1u << 6;
inline constexpr uint32_t kVerbish = 1u << 7;
inline constexpr uint32_t kTime = 1u << 8;
inline constexpr uint32_t kAdvPrep = 1u << 9;
inline constexpr uint32_t kDiscourse = 1u << 10;
inline constexpr uint32_t kLabel = 1u << 11;
inline constexpr uint32_t kGroup = 1u << 12;
inline constexpr uint32_t kTitle = 1u << 13;
inline constexpr uint32_t kNotSource = 1u << 14;
inline constexpr uint32_t kOrgHead = 1u << 15;
// Single words the classification pass lists (not in word_classes.inc).
inline constexpr uint32_t kAndButWord = 1u << 16;      // "and", "but"
inline constexpr uint32_t kWhoWhichWord = 1u << 17;    // "who", "which"
inline constexpr uint32_t kCommaBreakWord = 1u << 18;  // "without", "quoted",
                                                       // "cited"
// The word is a single-word speech cue in the 3rd person or the past
// ("says", "warned"): a headline verb when capitalized (the attributor lists
// those while it scans, so that only the lines that hold one are looked at).
inline constexpr uint32_t kHeadlineVerbWord = 1u << 19;
}  // namespace wc

// Cue frames (bits), see cue_lexicon.inc.
namespace frame {
inline constexpr uint16_t That = 1 << 0;
inline constexpr uint16_t Zero = 1 << 1;
inline constexpr uint16_t Np = 1 << 2;
inline constexpr uint16_t Quote = 1 << 3;
inline constexpr uint16_t Invert = 1 << 4;
inline constexpr uint16_t Front = 1 << 5;
inline constexpr uint16_t Addr = 1 << 6;
// An object with an "as"/"at" complement: "identified the man as a
// local", "estimated the cost at $5 billion" (content: the object and its
// complement).
inline constexpr uint16_t NpAs = 1 << 7;
// An object and what it is called: "called Trump “unhinged”", "called it
// an attack on the states" (content: the object and the name).
inline constexpr uint16_t Naming = 1 << 8;
}  // namespace frame

enum class CueClass : uint8_t { kSpeech, kBelief, kSpecial };
enum class CueSpecial : uint8_t { kNone, kAccordingTo, kAsSaying, kCiting };
enum class VerbForm : uint8_t { kBase, kThird, kPast, kIng };

struct CueLemma {
  // A literal of cue_lexicon.inc: static storage, so Claim::cue_lemma views
  // it past the lexicon's life.
  std::string_view lemma;
  CueClass cls = CueClass::kSpeech;
  CueSpecial special = CueSpecial::kNone;
  uint16_t frames = 0;
  uint64_t particle_hash = 0;  // 0: no particle
};

struct CueForm {
  uint64_t words[4] = {0, 0, 0, 0};  // key hashes of its words
  uint8_t n_words = 1;
  VerbForm form = VerbForm::kBase;
  uint16_t lemma = 0;  // index into lemmas()
  int32_t next = -1;   // next form starting with the same word
};

class CueLexicon {
 public:
  struct Entry {
    uint32_t classes = 0;
    int32_t first_form = -1;  // -1: no cue starts with this word
  };

  static absl::StatusOr<CueLexicon> Build();

  // One probe. Returns an empty Entry for unknown words.
  Entry Lookup(uint64_t key_hash) const { return table_.Find(key_hash); }
  // False when no word of the lexicon has this key hash (then Lookup() gives
  // an empty Entry): one bit test in a 4 KB filter that stays in L1 cache,
  // where the table itself does not; most words of a text are not in the
  // lexicon.
  bool MayContain(uint64_t key_hash) const {
    const uint32_t bit = FilterBit(key_hash);
    return ((filter_[bit >> 6] >> (bit & 63)) & 1) != 0;
  }
  // False when the word is neither the first word of a cue form nor one of
  // the single words the attributor lists while it scans (wc::kAndButWord,
  // kWhoWhichWord, kCommaBreakWord): such a word needs no look-up during
  // the scan (its classes are looked up later, if a rule asks). A few
  // hundred words set bits here, so the closed-class words that fill a text
  // ("the", "of", "in") mostly miss, where MayContain() says yes.
  bool MayStartScanWord(uint64_t key_hash) const {
    const uint32_t bit = FilterBit(key_hash);
    return ((scan_filter_[bit >> 6] >> (bit & 63)) & 1) != 0;
  }

  const CueForm& form(int32_t i) const { return forms_[i]; }
  const CueLemma& lemma(uint16_t i) const { return lemmas_[i]; }
  const std::vector<CueLemma>& lemmas() const { return lemmas_; }
  size_t form_count() const { return forms_.size(); }
  // Hash of a single word's normalized key (same as Tokens::key_hash).
  static uint64_t WordHash(std::string_view word);

 private:
  static constexpr uint32_t kFilterBits = 1u << 15;
  // The highest hash bits: the table's slot comes from the low ones.
  static uint32_t FilterBit(uint64_t key_hash) {
    static_assert(kFilterBits == 1u << 15);
    return static_cast<uint32_t>(key_hash >> 49);
  }
  Entry* Insert(uint64_t key_hash);      // into the table and the filter
  void MarkScanWord(uint64_t key_hash);  // into scan_filter_

  // By the key hash of a word (core/word_lists.h).
  KeyHashTable<Entry> table_;
  std::array<uint64_t, kFilterBits / 64> filter_{};
  std::array<uint64_t, kFilterBits / 64> scan_filter_{};
  std::vector<CueForm> forms_;
  std::vector<CueLemma> lemmas_;
};

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CLAIMS_CUE_LEXICON_H_
