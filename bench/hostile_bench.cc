// Hostile inputs through the default Pipeline at sizes N and 2N
// (tests/hostile_inputs.h): scripts/linearity.py runs these and checks that
// doubling the input at most 2.2x the time (docs/reliability.md).
//
// BM_StageNames<Input>/N and BM_StageClaims<Input>/N: the NameFinder or the
// ClaimAttributor alone on the same inputs, already tokenized and matched
// (and name-found, for claims), so a stage's own growth is visible.
//
//   build/bench/sayso_bench --benchmark_filter=BM_Hostile
//   scripts/linearity.py --filter 'BM_Stage(Names|Claims)'

#include <benchmark/benchmark.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "../tests/hostile_inputs.h"
#include "sayso/claims.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/names.h"
#include "sayso/pipeline.h"
#include "sayso/tokenizer.h"

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
  // One untimed call first: the Document and the stages' per-thread
  // scratch reach their size, so N and 2N are both measured in the steady
  // state. (Otherwise 2N, timed for a single iteration, pays the first
  // touch of its fresh pages alone while N averages it over several
  // iterations, and the ratio measures the page faults, not the stages.)
  if (absl::Status warm = pipeline->Annotate(text, doc); !warm.ok()) {
    state.SkipWithError(warm.ToString().c_str());
    return;
  }
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

// ---- One stage alone on a prepared Document.

enum class StageKind { kNames, kClaims };

void RunStage(benchmark::State& state, StageKind kind,
              const std::function<std::string(size_t)>& make) {
  static const auto* tokenizer =
      new absl::StatusOr<Tokenizer>(Tokenizer::Create({}));
  static const auto* gazetteer =
      new absl::StatusOr<Gazetteer>(Gazetteer::Default());
  static const auto* names =
      new absl::StatusOr<NameFinder>(NameFinder::Create({}));
  static const auto* claims =
      new absl::StatusOr<ClaimAttributor>(ClaimAttributor::Create({}));
  if (!tokenizer->ok() || !gazetteer->ok() || !names->ok() || !claims->ok()) {
    state.SkipWithError("a stage could not be created");
    return;
  }
  const std::string text = make(static_cast<size_t>(state.range(0)));
  Document doc(text);
  if (!(*tokenizer)->Process(doc).ok() || !(*gazetteer)->Process(doc).ok() ||
      (kind == StageKind::kClaims && !(*names)->Process(doc).ok())) {
    state.SkipWithError("preparing the document failed");
    return;
  }
  const std::vector<Mention> matched = doc.mentions();
  for (auto _ : state) {
    absl::Status status;
    if (kind == StageKind::kNames) {
      state.PauseTiming();
      doc.mutable_mentions() = matched;
      state.ResumeTiming();
      status = (*names)->Process(doc);
    } else {
      doc.mutable_claims().clear();
      status = (*claims)->Process(doc);
    }
    if (!status.ok()) {
      state.SkipWithError(status.ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(doc.mentions().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["tokens"] = static_cast<double>(doc.tokens().size());
  state.counters["claims"] = static_cast<double>(doc.claims().size());
}

struct HostileInput {
  const char* name;
  std::string (*make)(size_t);
  int64_t n;  // N; the benchmarks run N and 2N
};

const bool kStagesRegistered = [] {
  const HostileInput inputs[] = {
      {"IllFormedUtf8", testing::IllFormedText, 4 * kMiB},
      {"NulBytes", testing::NulText, 4 * kMiB},
      {"LongLine", testing::LongLine, 8 * kMiB},
      {"UnmatchedQuotes", testing::UnmatchedQuotes, 500'000},
      {"HeSaid", testing::HeSaid, 500'000},
      {"NestedQuotes", testing::NestedQuotes, 100'000},
      {"Emoji", testing::EmojiText, 4 * kMiB},
      {"EmojiZwjChain", testing::EmojiZwjChain, 4 * kMiB},
      {"FlagRun", testing::FlagRun, 4 * kMiB},
  };
  for (const HostileInput& in : inputs) {
    for (StageKind kind : {StageKind::kNames, StageKind::kClaims}) {
      std::string name =
          std::string(kind == StageKind::kNames ? "BM_StageNames"
                                                : "BM_StageClaims") +
          in.name;
      auto make = in.make;
      benchmark::RegisterBenchmark(name.c_str(),
                                   [kind, make](benchmark::State& state) {
                                     RunStage(state, kind, make);
                                   })
          ->Arg(in.n)
          ->Arg(2 * in.n)
          ->Unit(benchmark::kMillisecond);
    }
  }
  return true;
}();

}  // namespace
}  // namespace sayso
