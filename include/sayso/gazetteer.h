// File: sayso/gazetteer.h
// -----------------------------------------------------------------------------
// The Gazetteer stage finds entity mentions (people, organizations, places,
// nationalities) in tokenized text and links each to one canonical entity,
// using a compiled gazetteer image (see sayso/gazetteer_builder.h to make one,
// docs/gazetteer.md for the formats, guards, ranking and image layout).
//
// Matching runs over the Document's token keys (never over the raw text):
// case, diacritics, NFKC and dash/apostrophe/quote variants are folded, and
// hyphen and space are interchangeable between words (Al-Jazeera = Al Jazeera
// = AL JAZEERA). Reported spans are byte ranges of the original text.
// Leftmost-longest, non-overlapping by default; "Russia's" gives "Russia",
// "the Kremlin" gives "Kremlin".
//
// Mentions already in the Document (a host's NER stage that ran before) are
// respected: the gazetteer never adds a mention overlapping one of them.
//
// Thread safety: a Gazetteer is immutable; Process() and Lookup() are const and
// may run on many threads at once, each with its own Document. Copies share
// the same image (cheap).
//
// Example:
//   absl::StatusOr<sayso::Tokenizer> tok = sayso::Tokenizer::Create({});
//   absl::StatusOr<sayso::Gazetteer> gaz = sayso::Gazetteer::Default();
//   sayso::Document doc("Russia's Defense Ministry said Kiev ...");
//   tok->Process(doc);
//   gaz->Process(doc);
//   for (const sayso::Mention& m : doc.mentions())
//     std::cout << doc.text(m.span) << " -> " << m.entity.canonical << "\n";
#ifndef SAYSO_GAZETTEER_H_
#define SAYSO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "sayso/document.h"
#include "sayso/stage.h"

namespace sayso {

namespace internal {
class GazetteerImage;
}  // namespace internal

// Options of the Gazetteer stage. Defaults:
//   overlapping          false  leftmost-longest, non-overlapping mentions
//   max_alternatives     4      alternatives kept per mention (best first)
//   use_context          true   rank by entities/countries mentioned earlier
//   use_region_cue       true   "Kursk region" prefers the region entity
//   apply_guards         true   case-sensitive and common-word guards
struct GazetteerOptions {
  // When true, every match is reported, overlapping ones included (for every
  // start token, every alias that ends anywhere). Mentions may then overlap.
  bool overlapping = false;
  int max_alternatives = 4;
  bool use_context = true;
  bool use_region_cue = true;
  // Turning the guards off makes every alias match in any case and position
  // (useful to inspect an image, never for annotation).
  bool apply_guards = true;
};

// An entity of a gazetteer, with everything the image stores about it.
struct GazetteerEntity {
  std::string id;         // "geonames:703448", "iso3166:UA", "sayso:putin"
  std::string canonical;  // "Kyiv"
  EntityType type = EntityType::kOther;
  std::string fine_type;  // "city", "region", "country", "ministry", ...
  std::string country;    // ISO 3166 alpha-2, "" if unknown
  uint64_t population = 0;
  float prior = 0.5f;
  std::string parent;      // id of the containing entity, "" if none
  std::string attributes;  // the other key=value pairs, ';'-separated
};

// One candidate of a match, ranked.
struct GazetteerCandidate {
  GazetteerEntity entity;
  EntityType mention_type = EntityType::kOther;  // alias type override or
                                                 // the entity's type
  float score = 0;
};

// One match found by Lookup().
struct GazetteerMatch {
  Span span;  // bytes of the looked-up text
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  std::vector<GazetteerCandidate> candidates;  // best first
};

// What an image holds.
struct GazetteerInfo {
  uint32_t format_version = 0;
  uint64_t image_bytes = 0;
  uint64_t entities = 0;
  uint64_t aliases = 0;     // (alias, entity) accept entries
  uint64_t vocabulary = 0;  // distinct alias token keys
  uint64_t trie_nodes = 0;
  uint64_t checksum = 0;    // XXH3-64 stored in the header
  std::string description;  // the builder's note: sources and counts
  bool memory_mapped = false;
};

class Gazetteer : public Stage {
 public:
  // Load()
  // Memory-maps a compiled image (read-only, shared) and validates it once:
  // header, version, section bounds and the checksum of the whole file.
  // Errors: NotFound / PermissionDenied for the file; DataLoss for a corrupt
  // or truncated image; FailedPrecondition for an unsupported version. Every
  // error message names the file.
  static absl::StatusOr<Gazetteer> Load(std::string_view path,
                                        const GazetteerOptions& options = {});

  // FromBytes()
  // Same validation for an image in memory (the bytes are copied).
  static absl::StatusOr<Gazetteer> FromBytes(
      std::string_view image, const GazetteerOptions& options = {});

  // Default()
  // The built-in gazetteer installed with sayso, found at DefaultPath().
  static absl::StatusOr<Gazetteer> Default(
      const GazetteerOptions& options = {});

  // DefaultPath()
  // Where the built-in image is, searched in this order: env SAYSO_GAZETTEER
  // (a file), <dir of the running executable>/../share/sayso/, the build
  // tree's data/ folder, the install prefix's share/sayso/ (file name
  // "default.gazetteer"). NotFound lists every place tried.
  static absl::StatusOr<std::string> DefaultPath();

  Gazetteer(const Gazetteer&);
  Gazetteer& operator=(const Gazetteer&);
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer() override;

  std::string_view name() const override { return "gazetteer"; }

  // Process()
  // Reads doc.tokens() (and sentences(), for the sentence-initial guard) and
  // appends one Mention per match: span in the original text, token range,
  // entity = best candidate, alternatives (doc.alternatives(mention)),
  // stage = "gazetteer"; then sorts the mentions. Never adds a mention
  // overlapping one already in `doc`. The entities' ids and names are views
  // into this gazetteer's image, which `doc` keeps alive (KeepAlive()): they
  // stay valid after this Gazetteer is destroyed, until `doc` is reset.
  // Errors: FailedPrecondition if the text is not tokenized.
  absl::Status Process(Document& doc) const override;

  // Lookup()
  // Tokenizes `text` (news mode) and returns its matches with every ranked
  // candidate and its full entity record, as Process() would find them.
  absl::StatusOr<std::vector<GazetteerMatch>> Lookup(
      std::string_view text) const;

  // FindEntity()
  // The entity with this id, or NotFound (linear scan: for tools and tests).
  absl::StatusOr<GazetteerEntity> FindEntity(std::string_view id) const;

  GazetteerInfo Info() const;
  const GazetteerOptions& options() const { return options_; }

 private:
  Gazetteer(std::shared_ptr<const internal::GazetteerImage> image,
            const GazetteerOptions& options);

  std::shared_ptr<const internal::GazetteerImage> image_;
  GazetteerOptions options_;
};

}  // namespace sayso

#endif  // SAYSO_GAZETTEER_H_
