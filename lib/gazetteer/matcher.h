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
  std::vector<FoundCandidate> candidates;  // best first, at least one
};

// Finds the matches of `image` in the tokenized `doc`, in reading order,
// skipping text covered by doc.mentions(). `candidates` keeps the best one
// and up to options.max_alternatives others.
void FindMatches(const GazetteerImage& image, const GazetteerOptions& options,
                 const Document& doc, std::vector<Found>* out);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_GAZETTEER_MATCHER_H_
