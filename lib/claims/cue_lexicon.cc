#include "claims/cue_lexicon.h"

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

struct CueRow {
  const char* lemma;
  CueClass cls;
  uint16_t frames;
  const char* forms;
  const char* particle;
};

constexpr CueClass Speech = CueClass::kSpeech;
constexpr CueClass Belief = CueClass::kBelief;
constexpr CueClass Special = CueClass::kSpecial;
using frame::Addr;
using frame::Front;
using frame::Invert;
using frame::Naming;
using frame::Np;
using frame::NpAs;
using frame::Quote;
using frame::That;
using frame::Zero;

constexpr CueRow kCueRows[] = {
#define SAYSO_CUE(lemma, cls, frames, forms, particle) \
  {lemma, cls, static_cast<uint16_t>(frames), forms, particle},
#include "claims/cue_lexicon.inc"
#undef SAYSO_CUE
};

struct WordRow {
  uint32_t cls;
  const char* words;
};

constexpr uint32_t Det = wc::kDet, Pronoun = wc::kPronoun,
                   FirstPerson = wc::kFirstPerson, NpPrep = wc::kNpPrep,
                   Prep = wc::kPrep, Clause = wc::kClause, Aux = wc::kAux,
                   Verbish = wc::kVerbish, Time = wc::kTime,
                   AdvPrep = wc::kAdvPrep, Discourse = wc::kDiscourse,
                   Label = wc::kLabel, Group = wc::kGroup, Title = wc::kTitle,
                   NotSource = wc::kNotSource, OrgHead = wc::kOrgHead;

constexpr WordRow kWordRows[] = {
#define SAYSO_WORDS(cls, words) {cls, words},
#include "claims/word_classes.inc"
#undef SAYSO_WORDS
};

VerbForm FormOf(std::string_view word) {
  auto ends = [&](std::string_view suf) {
    return word.size() > suf.size() &&
           word.substr(word.size() - suf.size()) == suf;
  };
  if (ends("ing")) return VerbForm::kIng;
  if (ends("ed") || word == "said" || word == "told" || word == "wrote" ||
      word == "written" || word == "thought" || word == "spoke" ||
      word == "spoken" || word == "made" || word == "found" || word == "felt" ||
      word == "shown" || word == "read" || word == "forecast") {
    return VerbForm::kPast;
  }
  if (ends("s")) return VerbForm::kThird;
  return VerbForm::kBase;
}

}  // namespace

CueLexicon::Entry* CueLexicon::Insert(uint64_t key_hash) {
  const uint32_t bit = FilterBit(key_hash);
  filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  return table_.FindOrInsert(key_hash);
}

void CueLexicon::MarkScanWord(uint64_t key_hash) {
  const uint32_t bit = FilterBit(key_hash);
  scan_filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
}

uint64_t CueLexicon::WordHash(std::string_view word) {
  return KeyHash(NormalizedKey(word));
}

absl::StatusOr<CueLexicon> CueLexicon::Build() {
  CueLexicon lex;
  for (const WordRow& row : kWordRows) {
    ForEachPiece(row.words, '|', [&](std::string_view w) {
      lex.Insert(WordHash(w))->classes |= row.cls;
    });
  }
  for (const char* w : {"and", "but"}) {
    lex.Insert(WordHash(w))->classes |= wc::kAndButWord;
    lex.MarkScanWord(WordHash(w));
  }
  for (const char* w : {"who", "which"}) {
    lex.Insert(WordHash(w))->classes |= wc::kWhoWhichWord;
    lex.MarkScanWord(WordHash(w));
  }
  for (const char* w : {"without", "quoted", "cited"}) {
    lex.Insert(WordHash(w))->classes |= wc::kCommaBreakWord;
    lex.MarkScanWord(WordHash(w));
  }
  for (const CueRow& row : kCueRows) {
    CueLemma lemma;
    lemma.lemma = row.lemma;
    lemma.cls = row.cls;
    lemma.frames = row.frames;
    if (row.particle[0] != '\0') lemma.particle_hash = WordHash(row.particle);
    const std::string_view name = row.lemma;
    if (name == "according to") lemma.special = CueSpecial::kAccordingTo;
    if (name == "as saying") lemma.special = CueSpecial::kAsSaying;
    if (name == "cite") lemma.special = CueSpecial::kCiting;
    if (lex.lemmas_.size() >= 0xFFFF) {
      return absl::InternalError("cue lexicon: too many lemmas");
    }
    const uint16_t lemma_index = static_cast<uint16_t>(lex.lemmas_.size());
    lex.lemmas_.push_back(std::move(lemma));
    absl::Status status;
    ForEachPiece(row.forms, '|', [&](std::string_view form_text) {
      CueForm form;
      form.lemma = lemma_index;
      form.n_words = 0;
      bool first = true;
      ForEachPiece(form_text, ' ', [&](std::string_view word) {
        if (form.n_words == 4) {
          status = absl::InternalError(absl::StrCat(
              "cue lexicon: form '", Sv(form_text), "' has more than 4 words"));
          return;
        }
        form.words[form.n_words++] = WordHash(word);
        if (first) form.form = FormOf(word);
        first = false;
      });
      if (form.n_words == 0) return;
      Entry* e = lex.Insert(form.words[0]);
      lex.MarkScanWord(form.words[0]);
      // Longer forms first, so the matcher takes the longest form.
      const int32_t index = static_cast<int32_t>(lex.forms_.size());
      lex.forms_.push_back(form);
      int32_t* link = &e->first_form;
      while (*link >= 0 && lex.forms_[*link].n_words >= form.n_words) {
        link = &lex.forms_[*link].next;
      }
      lex.forms_[index].next = *link;
      *link = index;
    });
    if (!status.ok()) return status;
  }
  for (const CueForm& form : lex.forms_) {
    const CueLemma& lemma = lex.lemmas_[form.lemma];
    if (form.n_words == 1 && lemma.cls == CueClass::kSpeech &&
        lemma.special == CueSpecial::kNone &&
        (form.form == VerbForm::kThird || form.form == VerbForm::kPast)) {
      lex.table_.FindOrInsert(form.words[0])->classes |= wc::kHeadlineVerbWord;
    }
  }
  // The attributor keeps a form index per token in 16 bits.
  if (lex.forms_.size() > 0x7FFF) {
    return absl::InternalError("cue lexicon: too many forms");
  }
  return lex;
}

}  // namespace sayso::internal
