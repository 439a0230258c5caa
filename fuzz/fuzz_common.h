// File: fuzz/fuzz_common.h
// -----------------------------------------------------------------------------
// Helpers shared by the libFuzzer targets in fuzz/ (see fuzz/README.md):
// a check that aborts with a message (libFuzzer then saves the input), the
// Document invariants of tests/document_invariants.h, and a small gazetteer
// image built in memory so no target depends on files.
//
// Example:
//   SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
//   sayso::fuzz::CheckInvariantsOrDie(doc, {});
#ifndef SAYSO_FUZZ_FUZZ_COMMON_H_
#define SAYSO_FUZZ_FUZZ_COMMON_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "document_invariants.h"
#include "sayso/document.h"
#include "small_gazetteer.h"

// Aborts (a libFuzzer crash: the input is saved) when `cond` is false.
#define SAYSO_FUZZ_CHECK(cond, message)                               \
  do {                                                                \
    if (!(cond)) {                                                    \
      std::fprintf(stderr, "%s:%d: check failed: %s: %s\n", __FILE__, \
                   __LINE__, #cond, std::string(message).c_str());    \
      std::abort();                                                   \
    }                                                                 \
  } while (0)

namespace sayso::fuzz {

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

inline void CheckInvariantsOrDie(const Document& doc,
                                 const testing::InvariantOptions& options) {
  std::string problem = testing::CheckDocumentInvariants(doc, options);
  SAYSO_FUZZ_CHECK(problem.empty(), problem);
}

// SmallGazetteerImage()
// tests/small_gazetteer.h's image, compiled once.
inline const std::string& SmallGazetteerImage() {
  static const std::string* image = [] {
    absl::StatusOr<std::string> bytes = testing::CompileSmallGazetteer();
    SAYSO_FUZZ_CHECK(bytes.ok(), bytes.status().ToString());
    return new std::string(std::move(*bytes));
  }();
  return *image;
}

}  // namespace sayso::fuzz

#endif  // SAYSO_FUZZ_FUZZ_COMMON_H_
