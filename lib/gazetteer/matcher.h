// The gazetteer matcher: trie walk over match units, guards, region cues and
// ranking (docs/gazetteer.md). Used by Gazetteer::Process() and Lookup().
#ifndef SAYSO_LIB_GAZETTEER_MATCHER_H_
#define SAYSO_LIB_GAZETTEER_MATCHER_H_

#include <cstdint>
#include <vector>

#include "gazetteer/image.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"

namespace sayso::internal {

struct FoundCandidate {
  uint32_t entity;  // index in the image's entity table
  EntityType mention_type;
  float score;
};

struct Found {
  Span span;
  uint32_t token_begin;
  uint32_t token_end;
  // Matches::candidates[candidates_begin, +candidates_size): best first, at
  // least one.
  uint32_t candidates_begin;
  uint32_t candidates_size;
};

// The matches of one document; the candidates of all matches share one
// vector (no allocation per match once the vectors have grown).
struct Matches {
  std::vector<Found> found;
  std::vector<FoundCandidate> candidates;
  void clear() {
    found.clear();
    candidates.clear();
  }
};

// Finds the matches of `image` in the tokenized `doc`, in reading order,
// skipping text covered by doc.mentions(), and replaces `*out` with them.
// Each match keeps the best candidate and up to options.max_alternatives
// others. Uses per-thread scratch: steady-state calls do not allocate.
void FindMatches(const GazetteerImage& image, const GazetteerOptions& options,
                 const Document& doc, Matches* out);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_GAZETTEER_MATCHER_H_
