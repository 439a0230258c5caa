// BM_Tokenize/<corpus>: sayso's news-mode tokenizer (tokens with normalized
// keys and hashes, sentences, paragraphs) through the public API, on a reused
// Document. Peers on the same bytes in the same binary: ICU's word and
// sentence BreakIterators (root locale) over a UText from utext_openUTF8,
// iterating every boundary.
//
//   build-tok/bench/sayso_bench --benchmark_filter='Tokenize|Icu'
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "bench_util.h"
#include "benchmark/benchmark.h"
#include "sayso/tokenizer.h"

namespace sayso::bench {
namespace {

void BM_Tokenize(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  if (text.empty()) {
    state.SkipWithError("corpus not found (set SAYSO_SHARED_DIR)");
    return;
  }
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create({});
  if (!tokenizer.ok()) {
    state.SkipWithError("Tokenizer::Create failed");
    return;
  }
  Document doc;
  size_t tokens = 0, sentences = 0;
  for (auto _ : state) {
    doc.Reset(text);
    absl::Status status = tokenizer->Process(doc);
    if (!status.ok()) {
      state.SkipWithError("Process failed");
      return;
    }
    tokens = doc.tokens().size();
    sentences = doc.sentences().size();
    benchmark::DoNotOptimize(doc.tokens().key_hash(tokens - 1));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["sentences"] = static_cast<double>(sentences);
}

void RunIcu(benchmark::State& state, const std::string& corpus,
            bool sentences) {
  const std::string& text = Corpus(corpus);
  if (text.empty()) {
    state.SkipWithError("corpus not found (set SAYSO_SHARED_DIR)");
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      sentences ? icu::BreakIterator::createSentenceInstance(
                      icu::Locale::getRoot(), status)
                : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(),
                                                         status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU BreakIterator creation failed");
    return;
  }
  UText* ut = utext_openUTF8(nullptr, text.data(),
                             static_cast<int64_t>(text.size()), &status);
  size_t boundaries = 0;
  for (auto _ : state) {
    it->setText(ut, status);
    boundaries = 0;
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE;
         b = it->next()) {
      ++boundaries;
    }
    benchmark::DoNotOptimize(boundaries);
  }
  utext_close(ut);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["boundaries"] = static_cast<double>(boundaries);
}

void BM_IcuWordBreak(benchmark::State& state, const std::string& corpus) {
  RunIcu(state, corpus, /*sentences=*/false);
}
void BM_IcuSentenceBreak(benchmark::State& state, const std::string& corpus) {
  RunIcu(state, corpus, /*sentences=*/true);
}

const bool kRegistered = [] {
  for (const std::string& corpus : CorpusNames()) {
    benchmark::RegisterBenchmark(("BM_Tokenize/" + corpus).c_str(), BM_Tokenize,
                                 corpus);
    benchmark::RegisterBenchmark(("BM_IcuWordBreak/" + corpus).c_str(),
                                 BM_IcuWordBreak, corpus);
    benchmark::RegisterBenchmark(("BM_IcuSentenceBreak/" + corpus).c_str(),
                                 BM_IcuSentenceBreak, corpus);
  }
  return true;
}();

}  // namespace
}  // namespace sayso::bench
