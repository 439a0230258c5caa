// BM_PipelineThreads/brown-press/threads:N: the default Pipeline (tokenizer,
// built-in gazetteer, name finder, claim attributor) shared by N threads, each
// with its own Document, over brown-press repeated to 64 MB and cut into
// ~12 KB documents (at paragraph breaks), real time. Issue 5 asks that 2
// threads give at least 1.8x the throughput of 1.
//
//   build/bench/sayso_bench --benchmark_filter=BM_PipelineThreads
#include <string>
#include <string_view>
#include <vector>

#include "bench_util.h"
#include "benchmark/benchmark.h"
#include "sayso/pipeline.h"

namespace sayso::bench {
namespace {

constexpr size_t kCorpusBytes = 64u << 20;
constexpr size_t kDocumentBytes = 12u << 10;

// Documents of about kDocumentBytes, cut after a blank line.
const std::vector<std::string_view>& Documents() {
  static const std::string* text =
      new std::string(Repeated(Corpus("brown-press"), kCorpusBytes));
  static const std::vector<std::string_view>* docs = [] {
    auto* out = new std::vector<std::string_view>;
    std::string_view all = *text;
    size_t begin = 0;
    while (begin < all.size()) {
      size_t cut = all.find("\n\n", begin + kDocumentBytes);
      cut = cut == std::string_view::npos ? all.size() : cut + 2;
      out->push_back(all.substr(begin, cut - begin));
      begin = cut;
    }
    return out;
  }();
  return *docs;
}

const absl::StatusOr<Pipeline>& SharedPipeline() {
  static const auto* pipeline =
      new absl::StatusOr<Pipeline>(Pipeline::Create({}));
  return *pipeline;
}

void BM_PipelineThreads(benchmark::State& state) {
  const std::vector<std::string_view>& docs = Documents();
  const absl::StatusOr<Pipeline>& pipeline = SharedPipeline();
  if (docs.empty() || !pipeline.ok()) {
    state.SkipWithError(
        "brown-press or the built-in gazetteer not found (SAYSO_SHARED_DIR, "
        "SAYSO_GAZETTEER)");
    return;
  }
  Document doc;  // per-thread scratch, reused
  int64_t bytes = 0;
  for (auto _ : state) {
    for (size_t i = state.thread_index(); i < docs.size();
         i += state.threads()) {
      if (!pipeline->Annotate(docs[i], doc).ok()) {
        state.SkipWithError("Annotate failed");
        return;
      }
      bytes += static_cast<int64_t>(docs[i].size());
    }
  }
  state.SetBytesProcessed(bytes);
}

BENCHMARK(BM_PipelineThreads)
    ->Name("BM_PipelineThreads/brown-press")
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
}  // namespace sayso::bench
