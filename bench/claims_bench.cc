// BM_Pipeline/<corpus>: Tokenizer + built-in Gazetteer (Gazetteer::Default(),
// skipped with a note if it cannot be loaded) + ClaimAttributor, one thread,
// one reused Document, bytes_per_second over the corpus.
// BM_Claims/<corpus>: the ClaimAttributor stage alone, on a Document already
// tokenized and matched (its claims cleared each iteration).
//
//   build/bench/sayso_bench --benchmark_filter='BM_Pipeline|BM_Claims'
#include <memory>
#include <string>

#include "bench_util.h"
#include "benchmark/benchmark.h"
#include "sayso/claims.h"
#include "sayso/gazetteer.h"
#include "sayso/tokenizer.h"

namespace sayso::bench {
namespace {

struct Stages {
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create({});
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::Default();
  absl::StatusOr<ClaimAttributor> claims = ClaimAttributor::Create({});
};

const Stages& SharedStages() {
  static const Stages* stages = new Stages();
  return *stages;
}

void BM_Pipeline(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  const Stages& st = SharedStages();
  if (text.empty() || !st.tokenizer.ok() || !st.claims.ok()) {
    state.SkipWithError("corpus or stage missing (set SAYSO_SHARED_DIR)");
    return;
  }
  Document doc;
  size_t claims = 0, mentions = 0;
  for (auto _ : state) {
    doc.Reset(text);
    if (!st.tokenizer->Process(doc).ok() ||
        (st.gazetteer.ok() && !st.gazetteer->Process(doc).ok()) ||
        !st.claims->Process(doc).ok()) {
      state.SkipWithError("Process failed");
      return;
    }
    claims = doc.claims().size();
    mentions = doc.mentions().size();
    benchmark::DoNotOptimize(claims);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["gazetteer"] = st.gazetteer.ok() ? 1 : 0;
}

void BM_Claims(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  const Stages& st = SharedStages();
  if (text.empty() || !st.tokenizer.ok() || !st.claims.ok()) {
    state.SkipWithError("corpus or stage missing (set SAYSO_SHARED_DIR)");
    return;
  }
  Document doc(text);
  if (!st.tokenizer->Process(doc).ok() ||
      (st.gazetteer.ok() && !st.gazetteer->Process(doc).ok())) {
    state.SkipWithError("Process failed");
    return;
  }
  for (auto _ : state) {
    doc.mutable_claims().clear();
    if (!st.claims->Process(doc).ok()) {
      state.SkipWithError("Process failed");
      return;
    }
    benchmark::DoNotOptimize(doc.claims().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["claims"] = static_cast<double>(doc.claims().size());
}

const bool kRegistered = [] {
  for (const std::string& corpus : CorpusNames()) {
    benchmark::RegisterBenchmark(("BM_Pipeline/" + corpus).c_str(), BM_Pipeline,
                                 corpus)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_Claims/" + corpus).c_str(), BM_Claims,
                                 corpus)
        ->Unit(benchmark::kMillisecond);
  }
  return true;
}();

}  // namespace
}  // namespace sayso::bench
