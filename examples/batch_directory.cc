// batch_directory: annotate every .txt file of a directory on all cores.
//
//   example_batch_directory DIR [THREADS]
//
// One Pipeline (immutable, thread-safe) is shared by every thread; each
// thread owns one Document, reused for all the files it processes (Reset()
// keeps its capacity, so steady-state annotation does not allocate per token).
// Results are printed in file-name order whatever the thread that made them.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "sayso/document.h"
#include "sayso/pipeline.h"

namespace fs = std::filesystem;

struct FileResult {
  std::string error;  // empty: annotated
  size_t bytes = 0, entities = 0, claims = 0;
};

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s DIR [THREADS]\n", argv[0]);
    return 2;
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(argv[1], ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") {
      files.push_back(it->path());
    }
  }
  if (ec) {
    std::fprintf(stderr, "%s: %s\n", argv[1], ec.message().c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());

  absl::StatusOr<sayso::Pipeline> pipeline = sayso::Pipeline::Create({});
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 1;
  }

  unsigned threads =
      argc == 3 ? std::atoi(argv[2]) : std::thread::hardware_concurrency();
  threads = std::clamp<unsigned>(
      threads, 1, static_cast<unsigned>(std::max<size_t>(files.size(), 1)));
  std::vector<FileResult> results(files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    sayso::Document doc;  // this thread's scratch
    std::string text;     // must outlive doc's use of it
    for (size_t i; (i = next.fetch_add(1)) < files.size();) {
      std::ifstream in(files[i], std::ios::binary);
      if (!in) {
        results[i].error = "cannot read";
        continue;
      }
      text.assign(std::istreambuf_iterator<char>(in), {});
      // Annotate() is const: many threads call it on the shared pipeline.
      absl::Status status = pipeline->Annotate(text, doc);
      if (!status.ok()) {
        results[i].error = status.ToString();
        continue;
      }
      results[i] = {"", text.size(), doc.mentions().size(),
                    doc.claims().size()};
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::thread& t : pool) t.join();

  FileResult total;
  size_t failed = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string name = files[i].lexically_relative(argv[1]).string();
    const FileResult& r = results[i];
    if (!r.error.empty()) {
      std::printf("%s: error: %s\n", name.c_str(), r.error.c_str());
      ++failed;
      continue;
    }
    std::printf("%s: %zu bytes, %zu entities, %zu claims\n", name.c_str(),
                r.bytes, r.entities, r.claims);
    total.bytes += r.bytes;
    total.entities += r.entities;
    total.claims += r.claims;
  }
  std::printf("total: %zu files, %zu bytes, %zu entities, %zu claims\n",
              files.size() - failed, total.bytes, total.entities, total.claims);
  std::fprintf(stderr, "%u threads\n", threads);
  return failed ? 1 : 0;
}
