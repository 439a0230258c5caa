// File: sayso/names.h
// -----------------------------------------------------------------------------
// The NameFinder stage adds entity mentions for proper names that the
// gazetteer does not know, from general patterns of English news writing, and
// links repeated short references inside one document. It runs AFTER the
// Gazetteer and reads only doc.tokens(), doc.sentences() and doc.mentions()
// (it never re-tokenizes). Rules (details and lexicons: docs/names.md):
//
//   1. capitalized sequences ("Rotary Club of Providence", "John F. Kennedy",
//      "Abdel Fattah al-Burhan"), without sentence-initial common words;
//   2. typed only on evidence: a person title before the name (the title is
//      not part of the span: "President Jane Doe" -> PER "Jane Doe"), a known
//      given name, an organization head word ("... Council", "Ministry of
//      ..."), a place pattern ("... County", "Mount ...", "... River"), an
//      acronym defined in parentheses ("Rapid Support Forces (RSF)");
//      anything else is left alone (a spurious name costs as much as a miss);
//   3. a longer organization or place name replaces a gazetteer place or
//      demonym inside it ("Bank of Japan" is one ORG, not "Japan"), except the
//      possessive split ("Russia's Ministry of X") and a place before a known
//      organization ("U.S. Institute for the Study of War");
//   4. within one document, a surname alone ("Doe", "Ms. Doe") links to the
//      full name ("Jane Doe"), an acronym to its definition.
//
// Added mentions have stage "names"; canonical = the name as written (title
// and possessive stripped) or the full name it links to; id = the linked
// mention's id, or "" when the name is not linked to a known entity.
//
// Thread safety: immutable after Create(); Process() is const and may run on
// many threads at once, each with its own Document. Time is linear in the
// number of tokens and mentions.
//
// Example:
//   absl::StatusOr<sayso::Tokenizer> tok = sayso::Tokenizer::Create({});
//   absl::StatusOr<sayso::Gazetteer> gaz = sayso::Gazetteer::Default();
//   absl::StatusOr<sayso::NameFinder> names = sayso::NameFinder::Create({});
//   sayso::Document doc("Governor Jane Doe of Kent County spoke. Doe said
//   ..."); tok->Process(doc); gaz->Process(doc); names->Process(doc);
//   // PER "Jane Doe", GPE "Kent County", PER "Doe" (canonical "Jane Doe")
#ifndef SAYSO_NAMES_H_
#define SAYSO_NAMES_H_

#include <memory>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "sayso/document.h"
#include "sayso/stage.h"

namespace sayso {

namespace internal {
class NameLexicons;
}  // namespace internal

// Options of the NameFinder stage. Defaults: every rule on.
struct NameFinderOptions {
  // Rule 3: longer ORG/GPE/LOC/PER names replace gazetteer places and
  // demonyms inside them. When false, a name overlapping any existing mention
  // is dropped instead.
  bool replace_contained = true;
  // Rule 4: surnames, "Mr. Surname" and acronyms link to the full name.
  bool link_within_document = true;
  // Acronyms: defined in parentheses, or with an organization cue
  // ("the XYZ", "XYZ spokesman").
  bool acronyms = true;
};

class NameFinder : public Stage {
 public:
  // Create()
  // Loads the built-in lexicons (compiled into the library). Errors: Internal
  // if a lexicon is malformed (a build problem, never the caller's).
  static absl::StatusOr<NameFinder> Create(
      const NameFinderOptions& options = {});

  std::string_view name() const override { return "names"; }

  // Process()
  // Adds mentions (stage "names"), may replace gazetteer place/demonym
  // mentions under rule 3 or 4, then sorts the mentions.
  // Errors: FailedPrecondition if the text is not tokenized.
  absl::Status Process(Document& doc) const override;

  const NameFinderOptions& options() const { return options_; }

 private:
  NameFinder(std::shared_ptr<const internal::NameLexicons> lexicons,
             const NameFinderOptions& options)
      : lexicons_(std::move(lexicons)), options_(options) {}

  std::shared_ptr<const internal::NameLexicons> lexicons_;
  NameFinderOptions options_;
};

}  // namespace sayso

#endif  // SAYSO_NAMES_H_
