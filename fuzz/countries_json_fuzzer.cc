// File: fuzz/countries_json_fuzzer.cc
// -----------------------------------------------------------------------------
// The world-countries JSON (GazetteerBuilder::AddCountriesJsonText) on
// arbitrary bytes: an error Status with a message, or an image that compiles,
// loads and matches (fuzz/loader_common.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "loader_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(sayso::fuzz::AsText(data, size));
  absl::StatusOr<sayso::GazetteerBuilder> builder =
      sayso::GazetteerBuilder::Create();
  SAYSO_FUZZ_CHECK(builder.ok(), builder.status().ToString());
  absl::Status status =
      builder->AddCountriesJsonText(text, "fuzz-countries.json");
  if (!status.ok()) sayso::fuzz::CheckLoadError(status);
  sayso::fuzz::CheckRoundTrip(*builder, text);
  return 0;
}
