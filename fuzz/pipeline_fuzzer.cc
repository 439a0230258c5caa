// File: fuzz/pipeline_fuzzer.cc
// -----------------------------------------------------------------------------
// The whole default Pipeline (Tokenizer -> Gazetteer -> ClaimAttributor, as
// Pipeline::Create builds it) on arbitrary bytes. The gazetteer is
// tests/small_gazetteer.h's image, written to a temporary file at start-up,
// so the target needs no data files; SAYSO_FUZZ_GAZETTEER=default uses the
// built-in one instead. Checks the Document invariants and that the
// evaluation JSON (sayso/json.h) of every result is valid JSON.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include "fuzz_common.h"
#include "sayso/json.h"
#include "sayso/pipeline.h"
#include "simdjson.h"

namespace {

const sayso::Pipeline& GetPipeline() {
  static const sayso::Pipeline* pipeline = [] {
    sayso::PipelineOptions options;
    const char* which = std::getenv("SAYSO_FUZZ_GAZETTEER");
    if (which == nullptr || std::strcmp(which, "default") != 0) {
      char path[] = "/tmp/sayso-fuzz-gazetteer-XXXXXX";
      int fd = mkstemp(path);
      SAYSO_FUZZ_CHECK(fd >= 0, "mkstemp");
      close(fd);
      std::ofstream(path, std::ios::binary)
          << sayso::fuzz::SmallGazetteerImage();
      options.gazetteer_path = path;
    }
    absl::StatusOr<sayso::Pipeline> p = sayso::Pipeline::Create(options);
    SAYSO_FUZZ_CHECK(p.ok(), p.status().ToString());
    if (!options.gazetteer_path.empty()) {
      std::remove(options.gazetteer_path.c_str());  // mapped: still usable
    }
    return new sayso::Pipeline(std::move(*p));
  }();
  return *pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(sayso::fuzz::AsText(data, size));
  sayso::Document doc;
  absl::Status status = GetPipeline().Annotate(text, doc);
  SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
  sayso::fuzz::CheckInvariantsOrDie(doc, {});

  std::string json;
  sayso::AppendDocumentJson(doc, "fuzz", {.tokens = true}, &json);
  static simdjson::dom::parser* parser = new simdjson::dom::parser();
  simdjson::dom::element root;
  simdjson::error_code error = parser->parse(json).get(root);
  SAYSO_FUZZ_CHECK(!error, std::string("invalid JSON: ") +
                               simdjson::error_message(error) + ": " +
                               json.substr(0, 200));
  return 0;
}
