// Gazetteer at GeoNames scale: the whole of cities1000 plus world-countries
// (every name and alternate name, as GazetteerBuilder takes them), compiled
// into an image; compile time, image size, load time and matching speed,
// next to Hyperscan's literal matcher on the same names (caseless, block
// mode). Skips when ../shared is absent.
//
//   sayso_bench --benchmark_filter='Gazetteer|Annotate|Hyperscan'
//
// BM_GazetteerDefault/<corpus> is the built-in gazetteer stage alone (the
// image the default Pipeline loads), on brown-press and wild-en.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bench_util.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/gazetteer_builder.h"
#include "sayso/tokenizer.h"

#ifdef SAYSO_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif

namespace sayso::bench {
namespace {

std::string SharedData(const std::string& file) {
  const char* env = std::getenv("SAYSO_SHARED_DIR");
  std::string dir = env && *env ? env : SAYSO_BENCH_SHARED_DIR;
  return dir + "/data/" + file;
}

// The sources, loaded once per process.
struct Sources {
  std::unique_ptr<GazetteerBuilder> builder;
  std::vector<std::string> names;
  double load_seconds = 0;
  std::string error;
};

GeoNamesOptions WholeDump() {
  GeoNamesOptions o;
  o.feature_classes = "";             // every row
  o.latin_and_cyrillic_only = false;  // every script
  return o;
}

const Sources& LoadSources() {
  static Sources* s = [] {
    auto* out = new Sources;
    auto start = std::chrono::steady_clock::now();
    absl::StatusOr<GazetteerBuilder> b = GazetteerBuilder::Create();
    if (!b.ok()) {
      out->error = std::string(b.status().message());
      return out;
    }
    absl::Status st = b->AddCountriesJson(SharedData("world-countries.json"));
    if (st.ok()) st = b->AddGeoNames(SharedData("cities1000.txt"), WholeDump());
    if (!st.ok()) {
      out->error = std::string(st.message());
      return out;
    }
    out->load_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    out->names = b->AliasTexts();
    out->builder = std::make_unique<GazetteerBuilder>(std::move(*b));
    return out;
  }();
  return *s;
}

struct Compiled {
  std::string image;
  std::string path;
  double seconds = 0;
};

const Compiled& CompiledImage() {
  static Compiled* c = [] {
    auto* out = new Compiled;
    const Sources& s = LoadSources();
    if (!s.builder) return out;
    auto start = std::chrono::steady_clock::now();
    absl::StatusOr<std::string> image = s.builder->Compile("bench");
    out->seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    if (!image.ok()) return out;
    out->image = std::move(*image);
    // One file per process: benchmarks of other builds (maybe of another
    // image format) may run at the same time.
    out->path = "/tmp/sayso-bench-cities1000-" + std::to_string(getpid()) +
                ".gazetteer";
    std::ofstream(out->path, std::ios::binary) << out->image;
    static std::string* remove_path = new std::string(out->path);
    std::atexit([] { std::remove(remove_path->c_str()); });
    return out;
  }();
  return *c;
}

bool Ready(benchmark::State& state) {
  if (Corpus("brown-press").empty()) {
    state.SkipWithError("../shared/corpus/brown-press.txt not found");
    return false;
  }
  const Sources& s = LoadSources();
  if (!s.builder) {
    state.SkipWithError(("gazetteer sources not loaded: " + s.error).c_str());
    return false;
  }
  return true;
}

// Compile (the builder already holds the parsed sources): tokenizing every
// alias, building the trie and writing the image.
void BM_GazetteerCompile(benchmark::State& state) {
  if (!Ready(state)) return;
  const Sources& s = LoadSources();
  size_t bytes = 0;
  for (auto _ : state) {
    absl::StatusOr<std::string> image = s.builder->Compile("bench");
    if (!image.ok()) {
      state.SkipWithError(std::string(image.status().message()).c_str());
      return;
    }
    bytes = image->size();
  }
  state.counters["names"] = static_cast<double>(s.names.size());
  state.counters["entities"] = static_cast<double>(s.builder->entity_count());
  state.counters["image_MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["parse_sources_s"] = s.load_seconds;
}
BENCHMARK(BM_GazetteerCompile)->Unit(benchmark::kMillisecond)->Iterations(1);

// Load: mmap + header, section and checksum validation of the whole image.
void BM_GazetteerLoad(benchmark::State& state) {
  if (!Ready(state)) return;
  const Compiled& c = CompiledImage();
  if (c.image.empty()) {
    state.SkipWithError("compile failed");
    return;
  }
  for (auto _ : state) {
    absl::StatusOr<Gazetteer> g = Gazetteer::Load(c.path);
    if (!g.ok()) {
      state.SkipWithError(std::string(g.status().message()).c_str());
      return;
    }
    benchmark::DoNotOptimize(g->Info().entities);
  }
  state.counters["image_MB"] = static_cast<double>(c.image.size()) / 1e6;
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

const Gazetteer& BigGazetteer() {
  static Gazetteer* g = [] {
    absl::StatusOr<Gazetteer> loaded = Gazetteer::Load(CompiledImage().path);
    return loaded.ok() ? new Gazetteer(std::move(*loaded)) : nullptr;
  }();
  return *g;
}

const Tokenizer& NewsTokenizer() {
  static Tokenizer* t = new Tokenizer(std::move(*Tokenizer::Create({})));
  return *t;
}

// Tokenize + match, the whole annotate path of the gazetteer.
void BM_Annotate(benchmark::State& state, const std::string& corpus) {
  if (!Ready(state)) return;
  if (CompiledImage().image.empty()) {
    state.SkipWithError("compile failed");
    return;
  }
  const Gazetteer& gaz = BigGazetteer();
  const std::string& text = Corpus(corpus);
  Document doc;
  size_t mentions = 0;
  for (auto _ : state) {
    doc.Reset(text);
    (void)NewsTokenizer().Process(doc);
    (void)gaz.Process(doc);
    mentions = doc.mentions().size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}
// The benchmark is named brown-press: keep the formatter off the name.
// clang-format off
BENCHMARK_CAPTURE(BM_Annotate, brown-press, std::string("brown-press"))
    ->Unit(benchmark::kMillisecond);
// clang-format on

// Match only: `gaz` over `text` tokenized once, untimed.
void MatchLoop(benchmark::State& state, const Gazetteer& gaz,
               const std::string& text) {
  Document doc(text);
  (void)NewsTokenizer().Process(doc);
  for (auto _ : state) {
    doc.ClearMentions();  // and their alternatives
    (void)gaz.Process(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["mentions"] = static_cast<double>(doc.mentions().size());
}

// Match only, on an already tokenized Document.
void BM_GazetteerMatch(benchmark::State& state, const std::string& corpus) {
  if (!Ready(state)) return;
  if (CompiledImage().image.empty()) {
    state.SkipWithError("compile failed");
    return;
  }
  MatchLoop(state, BigGazetteer(), Corpus(corpus));
}
// The benchmark is named brown-press: keep the formatter off the name.
// clang-format off
BENCHMARK_CAPTURE(BM_GazetteerMatch, brown-press, std::string("brown-press"))
    ->Unit(benchmark::kMillisecond);
// clang-format on

// The built-in gazetteer stage alone (Gazetteer::Default(), as the default
// Pipeline runs it) on an already tokenized Document: what the gazetteer
// costs inside BM_Pipeline. Skips when the built-in image is not found.
const absl::StatusOr<Gazetteer>& DefaultGazetteer() {
  static const absl::StatusOr<Gazetteer>* g =
      new absl::StatusOr<Gazetteer>(Gazetteer::Default());
  return *g;
}

void BM_GazetteerDefault(benchmark::State& state, const std::string& corpus) {
  const std::string& text = Corpus(corpus);
  if (text.empty()) {
    state.SkipWithError("corpus not found (set SAYSO_SHARED_DIR)");
    return;
  }
  const absl::StatusOr<Gazetteer>& gaz = DefaultGazetteer();
  if (!gaz.ok()) {
    state.SkipWithError(std::string(gaz.status().message()).c_str());
    return;
  }
  MatchLoop(state, *gaz, text);
}
// The benchmarks are named brown-press and wild-en: keep the formatter off.
// clang-format off
BENCHMARK_CAPTURE(BM_GazetteerDefault, brown-press, std::string("brown-press"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_GazetteerDefault, wild-en, std::string("wild-en"))
    ->Unit(benchmark::kMillisecond);
// clang-format on

#ifdef SAYSO_HAVE_HYPERSCAN
struct HsDatabase {
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;
  double compile_seconds = 0;
  size_t bytes = 0;
  size_t names = 0;
  std::string error;
};

// Hyperscan compiles slowly: once per process.
const HsDatabase& Hyperscan() {
  static HsDatabase* h = [] {
    auto* out = new HsDatabase;
    const Sources& s = LoadSources();
    std::vector<const char*> exprs;
    std::vector<size_t> lens;
    std::vector<unsigned> flags, ids;
    for (size_t i = 0; i < s.names.size(); ++i) {
      exprs.push_back(s.names[i].data());
      lens.push_back(s.names[i].size());
      flags.push_back(HS_FLAG_CASELESS);
      ids.push_back(static_cast<unsigned>(i));
    }
    out->names = exprs.size();
    hs_compile_error_t* err = nullptr;
    auto start = std::chrono::steady_clock::now();
    if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(),
                             lens.data(), static_cast<unsigned>(exprs.size()),
                             HS_MODE_BLOCK, nullptr, &out->db,
                             &err) != HS_SUCCESS) {
      out->error = err ? err->message : "hs_compile_lit_multi failed";
      if (err) hs_free_compile_error(err);
      return out;
    }
    out->compile_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    hs_database_size(out->db, &out->bytes);
    hs_alloc_scratch(out->db, &out->scratch);
    return out;
  }();
  return *h;
}

void BM_HyperscanCompile(benchmark::State& state) {
  if (!Ready(state)) return;
  for (auto _ : state) {
    const HsDatabase& h = Hyperscan();  // measured once, reported below
    if (!h.db) {
      state.SkipWithError(h.error.c_str());
      return;
    }
  }
  const HsDatabase& h = Hyperscan();
  state.counters["names"] = static_cast<double>(h.names);
  state.counters["compile_s"] = h.compile_seconds;
  state.counters["database_MB"] = static_cast<double>(h.bytes) / 1e6;
}
BENCHMARK(BM_HyperscanCompile)->Unit(benchmark::kMillisecond)->Iterations(1);

int CountMatch(unsigned, unsigned long long, unsigned long long, unsigned,
               void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

void BM_HyperscanLiterals(benchmark::State& state, const std::string& corpus) {
  if (!Ready(state)) return;
  const HsDatabase& h = Hyperscan();
  if (!h.db) {
    state.SkipWithError(h.error.c_str());
    return;
  }
  const std::string& text = Corpus(corpus);
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    hs_scan(h.db, text.data(), static_cast<unsigned>(text.size()), 0, h.scratch,
            CountMatch, &matches);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["matches"] = static_cast<double>(matches);
}
// The benchmark is named brown-press: keep the formatter off the name.
// clang-format off
BENCHMARK_CAPTURE(BM_HyperscanLiterals, brown-press, std::string("brown-press"))
    ->Unit(benchmark::kMillisecond);
// clang-format on
#endif  // SAYSO_HAVE_HYPERSCAN

}  // namespace
}  // namespace sayso::bench
