// File: fuzz/geonames_loader_fuzzer.cc
// -----------------------------------------------------------------------------
// The GeoNames dump format (GazetteerBuilder::AddGeoNamesText) on arbitrary
// bytes, with GeoNamesOptions chosen by the first byte: an error Status with
// a message, or an image that compiles, loads and matches
// (fuzz/loader_common.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "loader_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  sayso::GeoNamesOptions options;
  options.min_population = (data[0] & 1) ? 1000 : 0;
  options.feature_classes = (data[0] & 2) ? "PA" : "PALHST";
  options.alternate_names = (data[0] & 4) != 0;
  options.latin_and_cyrillic_only = (data[0] & 8) != 0;
  options.capitalized_only = (data[0] & 16) != 0;
  const std::string text(sayso::fuzz::AsText(data + 1, size - 1));
  absl::StatusOr<sayso::GazetteerBuilder> builder =
      sayso::GazetteerBuilder::Create();
  SAYSO_FUZZ_CHECK(builder.ok(), builder.status().ToString());
  absl::Status status =
      builder->AddGeoNamesText(text, "fuzz-geonames.txt", options);
  if (!status.ok()) sayso::fuzz::CheckLoadError(status);
  sayso::fuzz::CheckRoundTrip(*builder, text);
  return 0;
}
