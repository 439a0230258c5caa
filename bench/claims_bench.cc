// Benchmarks of the default pipeline and of the two rule stages on their own:
//
// BM_Pipeline/<corpus>: what users run: the default Pipeline
//   (Pipeline::Create({}): Tokenizer + built-in Gazetteer + NameFinder +
//   ClaimAttributor), one thread, one reused Document, bytes_per_second over
//   the corpus. Skipped with an error if the built-in gazetteer cannot load.
// BM_Names/<corpus>: the NameFinder stage alone, on a Document already
//   tokenized and matched by the gazetteer (the gazetteer's mentions are
//   restored, untimed, before each iteration).
// BM_Claims/<corpus>: the ClaimAttributor stage alone, on a Document already
//   tokenized, matched and name-found, as in the default pipeline (its
//   claims cleared each iteration).
//
// The stage costs add up: BM_Tokenize + BM_Gazetteer* + BM_Names + BM_Claims
// ~= BM_Pipeline (in ms per MB).
//
//   build/bench/sayso_bench
//   --benchmark_filter='BM_Pipeline/|BM_Names|BM_Claims'
#include <memory>
#include <string>
#include <vector>

#include "bench_util.h"
#include "benchmark/benchmark.h"
#include "sayso/claims.h"
#include "sayso/gazetteer.h"
#include "sayso/names.h"
#include "sayso/pipeline.h"
#include "sayso/tokenizer.h"

namespace sayso::bench {
namespace {

struct Stages {
  absl::StatusOr<Pipeline> pipeline = Pipeline::Create({});
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create({});
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::Default();
  absl::StatusOr<NameFinder> names = NameFinder::Create({});
  absl::StatusOr<ClaimAttributor> claims = ClaimAttributor::Create({});

  bool ok() const {
    return pipeline.ok() && tokenizer.ok() && gazetteer.ok() && names.ok() &&
           claims.ok();
  }
};

const Stages& SharedStages() {
  static const Stages* stages = new Stages();
  return *stages;
}

void BM_Pipeline(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  const Stages& st = SharedStages();
  if (text.empty() || !st.ok()) {
    state.SkipWithError("corpus or stage missing (set SAYSO_SHARED_DIR)");
    return;
  }
  Document doc;
  for (auto _ : state) {
    if (!st.pipeline->Annotate(text, doc).ok()) {
      state.SkipWithError("Process failed");
      return;
    }
    benchmark::DoNotOptimize(doc.claims().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["claims"] = static_cast<double>(doc.claims().size());
  state.counters["mentions"] = static_cast<double>(doc.mentions().size());
}

void BM_Names(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  const Stages& st = SharedStages();
  if (text.empty() || !st.ok()) {
    state.SkipWithError("corpus or stage missing (set SAYSO_SHARED_DIR)");
    return;
  }
  Document doc(text);
  if (!st.tokenizer->Process(doc).ok() || !st.gazetteer->Process(doc).ok()) {
    state.SkipWithError("Process failed");
    return;
  }
  const std::vector<Mention> matched = doc.mentions();
  for (auto _ : state) {
    state.PauseTiming();
    doc.mutable_mentions() = matched;
    state.ResumeTiming();
    if (!st.names->Process(doc).ok()) {
      state.SkipWithError("Process failed");
      return;
    }
    benchmark::DoNotOptimize(doc.mentions().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["mentions"] = static_cast<double>(doc.mentions().size());
  state.counters["added"] =
      static_cast<double>(doc.mentions().size()) - matched.size();
}

void BM_Claims(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  const Stages& st = SharedStages();
  if (text.empty() || !st.ok()) {
    state.SkipWithError("corpus or stage missing (set SAYSO_SHARED_DIR)");
    return;
  }
  Document doc(text);
  if (!st.tokenizer->Process(doc).ok() || !st.gazetteer->Process(doc).ok() ||
      !st.names->Process(doc).ok()) {
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
    benchmark::RegisterBenchmark(("BM_Names/" + corpus).c_str(), BM_Names,
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
