// Hostile inputs through the default Pipeline at sizes N and 2N
// (tests/hostile_inputs.h): scripts/linearity.py runs these and checks that
// doubling the input at most 2.2x the time (docs/reliability.md).
//
//   build/bench/sayso_bench --benchmark_filter=BM_Hostile
#include <benchmark/benchmark.h>

#include <functional>
#include <memory>
#include <string>

#include "../tests/hostile_inputs.h"
#include "sayso/document.h"
#include "sayso/pipeline.h"

namespace sayso {
namespace {

// The default pipeline (built-in gazetteer), created once.
const absl::StatusOr<Pipeline>& DefaultPipeline() {
  static const auto* pipeline =
      new absl::StatusOr<Pipeline>(Pipeline::Create({}));
  return *pipeline;
}

// Annotates `make(state.range(0))` once per iteration.
void RunHostile(benchmark::State& state,
                const std::function<std::string(size_t)>& make) {
  const absl::StatusOr<Pipeline>& pipeline = DefaultPipeline();
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  const std::string text = make(static_cast<size_t>(state.range(0)));
  Document doc;
  for (auto _ : state) {
    absl::Status status = pipeline->Annotate(text, doc);
    if (!status.ok()) {
      state.SkipWithError(status.ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(doc.tokens().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["tokens"] = static_cast<double>(doc.tokens().size());
  state.counters["claims"] = static_cast<double>(doc.claims().size());
}

constexpr int64_t kMiB = 1 << 20;

void BM_HostileIllFormedUtf8(benchmark::State& state) {
  RunHostile(state, testing::IllFormedText);
}
BENCHMARK(BM_HostileIllFormedUtf8)
    ->Arg(4 * kMiB)
    ->Arg(8 * kMiB)
    ->Unit(benchmark::kMillisecond);

void BM_HostileNulBytes(benchmark::State& state) {
  RunHostile(state, testing::NulText);
}
BENCHMARK(BM_HostileNulBytes)
    ->Arg(4 * kMiB)
    ->Arg(8 * kMiB)
    ->Unit(benchmark::kMillisecond);

void BM_HostileLongLine(benchmark::State& state) {
  RunHostile(state, testing::LongLine);
}
BENCHMARK(BM_HostileLongLine)
    ->Arg(8 * kMiB)
    ->Arg(16 * kMiB)
    ->Unit(benchmark::kMillisecond);

// Arg: number of quote marks.
void BM_HostileUnmatchedQuotes(benchmark::State& state) {
  RunHostile(state, testing::UnmatchedQuotes);
}
BENCHMARK(BM_HostileUnmatchedQuotes)
    ->Arg(500'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

// Arg: repetitions of "he said ".
void BM_HostileHeSaid(benchmark::State& state) {
  RunHostile(state, testing::HeSaid);
}
BENCHMARK(BM_HostileHeSaid)
    ->Arg(500'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

// Arg: nesting depth.
void BM_HostileNestedQuotes(benchmark::State& state) {
  RunHostile(state, testing::NestedQuotes);
}
BENCHMARK(BM_HostileNestedQuotes)
    ->Arg(100'000)
    ->Arg(200'000)
    ->Unit(benchmark::kMillisecond);

void BM_HostileEmoji(benchmark::State& state) {
  RunHostile(state, testing::EmojiText);
}
BENCHMARK(BM_HostileEmoji)
    ->Arg(4 * kMiB)
    ->Arg(8 * kMiB)
    ->Unit(benchmark::kMillisecond);

void BM_HostileEmojiZwjChain(benchmark::State& state) {
  RunHostile(state, testing::EmojiZwjChain);
}
BENCHMARK(BM_HostileEmojiZwjChain)
    ->Arg(4 * kMiB)
    ->Arg(8 * kMiB)
    ->Unit(benchmark::kMillisecond);

void BM_HostileFlagRun(benchmark::State& state) {
  RunHostile(state, testing::FlagRun);
}
BENCHMARK(BM_HostileFlagRun)
    ->Arg(4 * kMiB)
    ->Arg(8 * kMiB)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sayso
