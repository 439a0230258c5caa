// Corpus loading for sayso_bench.
#ifndef SAYSO_BENCH_BENCH_UTIL_H_
#define SAYSO_BENCH_BENCH_UTIL_H_

#include <string>
#include <vector>

namespace sayso::bench {

// The benchmark corpora, by name: "brown-press", "wild-en".
inline const std::vector<std::string>& CorpusNames() {
  static const std::vector<std::string> names = {"brown-press", "wild-en"};
  return names;
}

// The bytes of shared/corpus/<name>.txt (env SAYSO_SHARED_DIR overrides the
// folder), loaded once and cached. Empty if the file is missing.
const std::string& Corpus(const std::string& name);

// The corpus repeated to at least `min_bytes` (whole copies).
std::string Repeated(const std::string& text, size_t min_bytes);

}  // namespace sayso::bench

#endif  // SAYSO_BENCH_BENCH_UTIL_H_
