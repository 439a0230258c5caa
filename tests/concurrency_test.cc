// Thread safety of the default Pipeline: 8 threads share ONE Pipeline (so one
// Tokenizer, one Gazetteer image, one ClaimAttributor) and annotate different
// documents, each thread reusing its own Document; every result (tokens,
// sentences, mentions, claims, as sayso/json.h writes them) must equal the
// single-threaded one. Built with -DSAYSO_SANITIZE=thread it is the TSan test
// of scripts/reliability.sh; in the normal build it is a correctness test.
// Documents: the gold articles and slices of the shared corpora, or built-in
// texts when ../shared is absent.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "document_invariants.h"
#include "gtest/gtest.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/json.h"
#include "sayso/pipeline.h"
#include "small_gazetteer.h"
#include "test_util.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SAYSO_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SAYSO_SANITIZED 1
#endif
#endif

namespace sayso {
namespace {

constexpr int kThreads = 8;
#ifdef SAYSO_SANITIZED
constexpr size_t kCorpusBytes = 96 * 1024;  // per corpus; TSan is ~10x slower
#else
constexpr size_t kCorpusBytes = 512 * 1024;
#endif
constexpr size_t kSliceBytes = 16 * 1024;

// Pieces of `text` of about `size` bytes, cut after a line break.
std::vector<std::string> Slices(const std::string& text, size_t size,
                                size_t max_bytes) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size() && start < max_bytes) {
    size_t end = text.find('\n', start + size);
    end = end == std::string::npos ? text.size() : end + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

std::vector<std::string> Documents() {
  std::vector<std::string> docs;
  if (std::optional<std::string> shared = testing::SharedDir()) {
    for (const char* gold : {"000_fc9db05e6dbfb01d", "002_9ce517ff01723d98",
                             "004_377aa7c7db3746a8"}) {
      docs.push_back(
          testing::ReadFileOrDie(*shared + "/gold/" + gold + ".txt"));
    }
    for (const char* corpus : {"brown-press", "wild-en"}) {
      std::string text =
          testing::ReadFileOrDie(*shared + "/corpus/" + corpus + ".txt");
      for (std::string& s : Slices(text, kSliceBytes, kCorpusBytes)) {
        docs.push_back(std::move(s));
      }
    }
  }
  // Built-in texts (always: they hit the small gazetteer and the claim rules).
  for (const std::string& text : testing::SmallGazetteerTexts()) {
    docs.push_back(text);
  }
  docs.push_back(
      "“We will not give up Kyiv,” President Zelensky said on Sunday.\n\n"
      "According to the Russian Defense Ministry, the strikes hit Kharkiv. "
      "Putin told reporters that NATO was to blame, Al-Jazeera reported.");
  docs.push_back("He said: “She said ‘they said “no”’.” Unclosed “quote here");
  docs.push_back(std::string(
      "\xF0\x9F\x91\x8D bad \xC0\xAF bytes \xED\xA0\x80 and NUL \0 too", 35));
  return docs;
}

const Pipeline& SharedPipeline() {
  return testing::SharedTestPipeline("concurrency_test");
}

std::string AnnotateToJson(const Pipeline& pipeline, const std::string& text,
                           Document& doc) {
  absl::Status status = pipeline.Annotate(text, doc);
  if (!status.ok()) return "error: " + status.ToString();
  std::string json;
  AppendDocumentJson(doc, "doc", {.tokens = true}, &json);
  return json;
}

class ConcurrencyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    docs_ = new std::vector<std::string>(Documents());
    expected_ = new std::vector<std::string>();
    Document doc;
    for (const std::string& text : *docs_) {
      expected_->push_back(AnnotateToJson(SharedPipeline(), text, doc));
    }
  }
  static void TearDownTestSuite() {
    delete docs_;
    delete expected_;
  }
  static std::vector<std::string>* docs_;
  static std::vector<std::string>* expected_;
};
std::vector<std::string>* ConcurrencyTest::docs_ = nullptr;
std::vector<std::string>* ConcurrencyTest::expected_ = nullptr;

TEST_F(ConcurrencyTest, SingleThreadedResultsAreSane) {
  ASSERT_GE(docs_->size(), 7u);
  size_t mentions = 0, claims = 0;
  Document doc;
  for (const std::string& text : *docs_) {
    ASSERT_TRUE(SharedPipeline().Annotate(text, doc).ok());
    EXPECT_EQ(testing::CheckDocumentInvariants(doc), "");
    mentions += doc.mentions().size();
    claims += doc.claims().size();
  }
  // The comparisons below are meaningful only if there is something to
  // compare: every stage of the pipeline produced something.
  for (const auto& stage : SharedPipeline().stages()) {
    if (stage->name() == "gazetteer") {
      EXPECT_GT(mentions, 0u);
    }
    if (stage->name() == "claims") {
      EXPECT_GT(claims, 0u);
    }
  }
  for (const std::string& json : *expected_) {
    EXPECT_EQ(json.rfind("error", 0), std::string::npos) << json;
  }
}

// Each thread takes documents t, t + 8, t + 16, ... in round 0, then the
// assignment rotates so every document is annotated by several threads,
// always reusing the thread's own Document.
TEST_F(ConcurrencyTest, EightThreadsShareOnePipeline) {
  const Pipeline& pipeline = SharedPipeline();
  const size_t n = docs_->size();
  constexpr int kRounds = 3;
  std::vector<std::vector<std::string>> results(
      kThreads, std::vector<std::string>(n * kRounds));
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      Document doc;  // reused across calls, as documented
      start.arrive_and_wait();
      for (int round = 0; round < kRounds; ++round) {
        for (size_t i = (t + round * 3) % kThreads; i < n; i += kThreads) {
          results[t][round * n + i] =
              AnnotateToJson(pipeline, (*docs_)[i], doc);
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  size_t compared = 0;
  for (int t = 0; t < kThreads; ++t) {
    for (size_t k = 0; k < n * kRounds; ++k) {
      if (results[t][k].empty()) continue;  // not this thread's document
      ++compared;
      ASSERT_EQ(results[t][k], (*expected_)[k % n])
          << "thread " << t << ", document " << k % n;
    }
  }
  EXPECT_EQ(compared, n * kRounds);
}

// All threads annotate the same text at the same time (each in its own
// Document): the most sharing of the pipeline's read-only state.
TEST_F(ConcurrencyTest, EightThreadsAnnotateTheSameTextAtOnce) {
  const Pipeline& pipeline = SharedPipeline();
  const size_t pick = docs_->size() > 3 ? 1 : 0;
  std::vector<std::string> results(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      Document doc;
      start.arrive_and_wait();
      for (int i = 0; i < 4; ++i) {
        results[t] = AnnotateToJson(pipeline, (*docs_)[pick], doc);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(results[t], (*expected_)[pick]) << "thread " << t;
  }
}

// Pipelines and stages are cheap to copy and share; creating them on several
// threads at once (first use of the lazily built ICU and lexicon state) is
// safe too.
TEST_F(ConcurrencyTest, CreatingPipelinesConcurrently) {
  std::vector<std::string> results(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  const std::string& text = docs_->back();
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      PipelineOptions options;
      options.match_entities = false;
      absl::StatusOr<Pipeline> pipeline = Pipeline::Create(options);
      if (!pipeline.ok()) {
        results[t] = pipeline.status().ToString();
        return;
      }
      Document doc;
      results[t] = AnnotateToJson(*pipeline, text, doc);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 1; t < kThreads; ++t) {
    EXPECT_EQ(results[t], results[0]) << "thread " << t;
  }
  EXPECT_EQ(results[0].rfind("{", 0), 0u) << results[0];
}

}  // namespace
}  // namespace sayso
