// Benchmarks of the default pipeline and of the two rule stages on their own:
//
// BM_Pipeline/<corpus>: what users run: the default Pipeline
//   (Pipeline::Create({}): Tokenizer + built-in Gazetteer + NameFinder +
//   ClaimAttributor), one thread, one reused Document, bytes_per_second over
//   the corpus. Skipped with an error if the built-in gazetteer cannot load.
// BM_PipelineParts/<corpus>/<bytes>: the same pipeline over the corpus cut
//   into documents of about <bytes> each (at the last line break before each
//   cut), one reused Document: article-sized input, whose token arrays stay
//   in cache from one stage to the next. Against BM_Pipeline it shows what
//   one large document costs more per byte.
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
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
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

// `text` cut into pieces of about `bytes` each, each ending at a line break
// where there is one (a piece without one ends at `bytes`).
std::vector<std::string_view> CutIntoParts(std::string_view text,
                                           size_t bytes) {
  std::vector<std::string_view> parts;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = std::min(text.size(), b + bytes);
    if (e < text.size()) {
      const size_t nl = text.rfind('\n', e - 1);
      if (nl != std::string_view::npos && nl >= b) e = nl + 1;
    }
    parts.push_back(text.substr(b, e - b));
    b = e;
  }
  return parts;
}

void BM_PipelineParts(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  const Stages& st = SharedStages();
  if (text.empty() || !st.ok()) {
    state.SkipWithError("corpus or stage missing (set SAYSO_SHARED_DIR)");
    return;
  }
  const std::vector<std::string_view> parts =
      CutIntoParts(text, static_cast<size_t>(state.range(0)));
  Document doc;
  size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (const std::string_view part : parts) {
      if (!st.pipeline->Annotate(part, doc).ok()) {
        state.SkipWithError("Process failed");
        return;
      }
      claims += doc.claims().size();
    }
    benchmark::DoNotOptimize(claims);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["documents"] = static_cast<double>(parts.size());
  state.counters["claims"] = static_cast<double>(claims);
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
    benchmark::RegisterBenchmark(("BM_PipelineParts/" + corpus).c_str(),
                                 BM_PipelineParts, corpus)
        ->Arg(4096)
        ->Arg(32768)
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
