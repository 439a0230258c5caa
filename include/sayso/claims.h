// File: sayso/claims.h
// -----------------------------------------------------------------------------
// ClaimAttributor: the stage that finds who says what. For every attribution
// in a news text it appends a Claim to Document::claims(): the source (span,
// resolved entity, type), the cue (span + lemma), the content span, the kind
// (direct / indirect / mixed), the relaying reporter, a confidence, the id of
// the rule that fired, and the mentions inside the content (`about`).
//
// It reads the layers earlier stages wrote: tokens (with kinds, flags and key
// hashes), sentences, paragraphs and entity mentions. It never re-tokenizes
// the text. Without mentions it still finds claims; sources are then not
// linked to entities. docs/claims.md defines the output span by span, lists
// the rules, the cue lexicon and the known limits.
//
// Thread safety: a ClaimAttributor is immutable after Create(); Process() is
// const and may run on many threads at once, each with its own Document.
// Work is linear in the number of tokens: every look-left / look-right window
// is bounded (see ClaimOptions).
//
// Example:
//   absl::StatusOr<sayso::Tokenizer> tok = sayso::Tokenizer::Create({});
//   absl::StatusOr<sayso::ClaimAttributor> claims =
//       sayso::ClaimAttributor::Create({});
//   sayso::Document doc("The ministry said that talks would resume.");
//   if (tok->Process(doc).ok() && claims->Process(doc).ok()) {
//     for (const sayso::Claim& c : doc.claims())
//       std::cout << doc.text(*c.source) << " | " << c.cue_lemma << " | "
//                 << doc.text(c.content) << "\n";
//     // The ministry | say | talks would resume
//   }
#ifndef SAYSO_CLAIMS_H_
#define SAYSO_CLAIMS_H_

#include <cstdint>
#include <memory>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "sayso/document.h"
#include "sayso/stage.h"

namespace sayso {

// Options of the claim attribution stage, with their defaults.
struct ClaimOptions {
  // Claims whose confidence is below this are not emitted. Range [0, 1].
  float min_confidence = 0.0f;
  // An unclosed quote mark is abandoned (treated as a stray mark) at the end
  // of its paragraph, unless the next paragraph reopens the quote, or after
  // this many tokens, whichever comes first. Must be >= 8.
  uint32_t max_quote_tokens = 600;
  // The longest source noun phrase, in tokens. Longer subjects are cut to
  // their last name or determiner phrase. Must be in [2, 64].
  uint32_t max_source_tokens = 16;
  // Emit claims whose cue sits inside another claim's quoted content (e.g.
  // "as Putin always says" inside a quote), with reported_by = the outer
  // source.
  bool emit_nested = true;
  // Emit relayed claims: "according to X, citing Y" gives a second claim with
  // source Y and reported_by X.
  bool emit_relayed = true;
  // Attribute a quote with no cue in its sentence to the speaker of the
  // previous sentence's claim (cue left empty), as news often does.
  bool attribute_uncued_quotes = true;
  // Headline attributions "Zelensky: “…”" (cue ":").
  bool headline_colon = true;
};

class ClaimAttributor : public Stage {
 public:
  // Validates `options` (InvalidArgument names the bad field) and builds the
  // cue lexicon.
  static absl::StatusOr<ClaimAttributor> Create(const ClaimOptions& options);

  ClaimAttributor(ClaimAttributor&&) noexcept;
  ClaimAttributor& operator=(ClaimAttributor&&) noexcept;
  ~ClaimAttributor() override;

  std::string_view name() const override { return "claims"; }
  // Appends the claims of `doc` to doc.mutable_claims(), in reading order of
  // their content. Requires the tokenizer's layers (tokens, sentences,
  // paragraphs); reads doc.mentions() if a gazetteer ran. Errors:
  // FailedPrecondition if the text is not tokenized.
  absl::Status Process(Document& doc) const override;

  const ClaimOptions& options() const;

  struct Impl;

 private:
  explicit ClaimAttributor(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

}  // namespace sayso

#endif  // SAYSO_CLAIMS_H_
