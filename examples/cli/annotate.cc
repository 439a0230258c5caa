#include "annotate.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "absl/strings/str_format.h"
#include "html.h"
#include "sayso/json.h"

namespace sayso::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct Job {
  size_t index = 0;
  InputDocument input;
};

struct Result {
  std::string output;  // formatted document ("" for failed inputs)
  std::string error;   // non-empty: report on stderr
  size_t bytes = 0, entities = 0, claims = 0;
};

// Work flows reader -> bounded job queue -> N workers -> reorder buffer ->
// writer. The reader may run at most `window` documents ahead of the writer,
// so memory stays bounded however large the corpus.
class OrderedRunner {
 public:
  OrderedRunner(const Pipeline& pipeline, const AnnotateOptions& options,
                size_t threads)
      : pipeline_(pipeline), options_(options), threads_(threads),
        window_(4 * threads + 4) {}

  int Run() {
    start_ = Clock::now();
    show_progress_ = options_.progress && isatty(STDERR_FILENO);
    std::vector<std::thread> workers;
    for (size_t i = 0; i < threads_; ++i) {
      workers.emplace_back([this] { WorkerLoop(); });
    }
    std::thread writer([this] { WriterLoop(); });
    size_t next_index = 0;
    ForEachInput(options_.paths, options_.input, [&](InputDocument doc) {
      std::unique_lock<std::mutex> lock(mu_);
      room_.wait(lock, [&] { return next_index < next_to_write_ + window_; });
      jobs_.push_back({next_index++, std::move(doc)});
      work_.notify_one();
      return true;
    });
    {
      std::lock_guard<std::mutex> lock(mu_);
      total_ = next_index;
      reading_done_ = true;
    }
    work_.notify_all();
    results_ready_.notify_all();
    for (auto& w : workers) w.join();
    writer.join();
    if (show_progress_) std::fputs("\r\033[K", stderr);
    double seconds =
        std::chrono::duration<double>(Clock::now() - start_).count();
    if (options_.summary) {
      std::fprintf(stderr,
                   "sayso: %zu documents, %zu bytes, %zu entities, %zu claims, "
                   "%zu failed, %.2f s\n",
                   documents_, bytes_, entities_, claims_, failed_, seconds);
    }
    return failed_ ? kExitSomeInputsFailed : kExitOk;
  }

 private:
  void WorkerLoop() {
    Document doc;  // per-thread scratch, reused
    while (true) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_.wait(lock, [&] { return !jobs_.empty() || reading_done_; });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      Result result;
      if (!job.input.error.empty()) {
        result.error = absl::StrFormat("sayso: %s: %s", job.input.name,
                                       job.input.error);
      } else {
        result.bytes = job.input.text.size();
        absl::Status status = pipeline_.Annotate(job.input.text, doc);
        if (!status.ok()) {
          result.error = absl::StrFormat("sayso: %s: %s", job.input.name,
                                         status.ToString());
        } else {
          result.entities = doc.mentions().size();
          result.claims = doc.claims().size();
          result.output = FormatDocument(doc, job.input.name, options_);
        }
        doc.Reset({});  // drop views of the text we are about to free
      }
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(job.index, std::move(result));
      results_ready_.notify_all();
    }
  }

  void WriterLoop() {
    if (options_.format == OutputFormat::kHtml) {
      std::string head;
      AppendHtmlHeader(&head);
      std::fwrite(head.data(), 1, head.size(), stdout);
    }
    auto last_progress = Clock::now();
    while (true) {
      Result result;
      {
        std::unique_lock<std::mutex> lock(mu_);
        results_ready_.wait(lock, [&] {
          return done_.count(next_to_write_) ||
                 (reading_done_ && next_to_write_ >= total_);
        });
        auto it = done_.find(next_to_write_);
        if (it == done_.end()) break;
        result = std::move(it->second);
        done_.erase(it);
        ++next_to_write_;
        room_.notify_all();
      }
      if (!result.error.empty()) {
        std::fflush(stdout);
        if (show_progress_) std::fputs("\r\033[K", stderr);
        std::fprintf(stderr, "%s\n", result.error.c_str());
        ++failed_;
      } else {
        std::fwrite(result.output.data(), 1, result.output.size(), stdout);
        ++documents_;
      }
      bytes_ += result.bytes;
      entities_ += result.entities;
      claims_ += result.claims;
      if (show_progress_ && Clock::now() - last_progress >
                                std::chrono::milliseconds(200)) {
        last_progress = Clock::now();
        PrintProgress();
      }
    }
    if (options_.format == OutputFormat::kHtml) {
      std::string tail;
      AppendHtmlFooter(&tail);
      std::fwrite(tail.data(), 1, tail.size(), stdout);
    }
    std::fflush(stdout);
  }

  void PrintProgress() {
    double seconds =
        std::chrono::duration<double>(Clock::now() - start_).count();
    double mb = bytes_ / 1e6;
    size_t total;
    bool known;
    {
      std::lock_guard<std::mutex> lock(mu_);
      total = total_;
      known = reading_done_;
    }
    std::string eta = "";
    size_t done = documents_ + failed_;
    if (known && done > 0 && total > done) {
      eta = absl::StrFormat(" ETA %.0f s", seconds / done * (total - done));
    }
    std::fprintf(stderr, "\r\033[K%zu%s documents, %.1f MB, %.1f MB/s%s", done,
                 known ? absl::StrFormat("/%zu", total).c_str() : "", mb,
                 seconds > 0 ? mb / seconds : 0.0, eta.c_str());
  }

  const Pipeline& pipeline_;
  const AnnotateOptions& options_;
  const size_t threads_;
  const size_t window_;
  Clock::time_point start_;
  bool show_progress_ = false;

  std::mutex mu_;
  std::condition_variable work_, room_, results_ready_;
  std::deque<Job> jobs_;
  std::map<size_t, Result> done_;
  size_t next_to_write_ = 0;
  size_t total_ = 0;
  bool reading_done_ = false;

  // Writer-thread only.
  size_t documents_ = 0, failed_ = 0, bytes_ = 0, entities_ = 0, claims_ = 0;
};

void AppendText(const Document& doc, const std::string& name,
                std::string* out) {
  absl::StrAppendFormat(out, "== %s: %zu sentences, %zu entities, %zu claims\n",
                        name, doc.sentences().size(), doc.mentions().size(),
                        doc.claims().size());
  for (const Mention& m : doc.mentions()) {
    absl::StrAppendFormat(out, "  entity  [%u,%u) %s  %s  %s (%s)\n",
                          m.span.begin, m.span.end, std::string(doc.text(m.span)),
                          std::string(EntityTypeName(m.entity.type)),
                          m.entity.canonical, m.entity.id);
  }
  for (const Claim& c : doc.claims()) {
    std::string source = c.source ? std::string(doc.text(*c.source)) : "?";
    if (c.source_entity) {
      source.append(" [").append(c.source_entity->canonical).append("]");
    }
    absl::StrAppendFormat(out, "  claim   %s — %s — %s  (%s, %s, %.2f)\n",
                          source, c.cue ? std::string(doc.text(*c.cue)) : ":",
                          std::string(doc.text(c.content)),
                          std::string(ClaimKindName(c.kind)), c.rule,
                          c.confidence);
  }
}

}  // namespace

std::string FormatDocument(const Document& doc, const std::string& name,
                           const AnnotateOptions& options) {
  std::string out;
  switch (options.format) {
    case OutputFormat::kJsonl:
      AppendDocumentJson(doc, name, {.tokens = options.tokens}, &out);
      out.push_back('\n');
      break;
    case OutputFormat::kText:
      AppendText(doc, name, &out);
      break;
    case OutputFormat::kHtml:
      AppendHtmlDocument(doc, name, &out);
      break;
  }
  return out;
}

int RunAnnotate(const Pipeline& pipeline, const AnnotateOptions& options) {
  size_t threads = options.threads > 0
                       ? options.threads
                       : std::max(1u, std::thread::hardware_concurrency());
  OrderedRunner runner(pipeline, options, threads);
  return runner.Run();
}

}  // namespace sayso::cli
