// File: data/compile_gazetteer.cc
// -----------------------------------------------------------------------------
// The build-time tool that compiles the built-in gazetteer image from the
// sources in data/ (run by data/CMakeLists.txt; the user-facing equivalent is
// `sayso gazetteer compile`). Sources are loaded in the order given on the
// command line; later ones merge into earlier ones by id, so the curated TSV
// goes last.
//
// Example:
//   sayso_compile_gazetteer --countries world-countries.json
//       --geonames geonames-cities.txt --tsv news-entities.tsv -o
//       default.gazetteer
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "sayso/gazetteer_builder.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: sayso_compile_gazetteer [--countries F] [--geonames F] "
               "[--min-population N] [--tsv F]... -o IMAGE\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  absl::StatusOr<sayso::GazetteerBuilder> builder =
      sayso::GazetteerBuilder::Create();
  if (!builder.ok()) {
    std::fprintf(stderr, "error: %s\n", builder.status().ToString().c_str());
    return 1;
  }
  sayso::GeoNamesOptions geonames;
  std::string output;
  std::string description = "sayso built-in gazetteer:";
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (i + 1 >= argc) return Usage();
    std::string value = argv[++i];
    absl::Status status;
    if (arg == "--countries") {
      status = builder->AddCountriesJson(value);
    } else if (arg == "--geonames") {
      status = builder->AddGeoNames(value, geonames);
    } else if (arg == "--tsv") {
      status = builder->AddTsv(value);
    } else if (arg == "--min-population") {
      geonames.min_population = std::strtoull(value.c_str(), nullptr, 10);
      continue;
    } else if (arg == "-o") {
      output = value;
      continue;
    } else {
      return Usage();
    }
    if (!status.ok()) {
      std::fprintf(stderr, "error: %s\n", status.ToString().c_str());
      return 1;
    }
    description += " " + value.substr(value.find_last_of('/') + 1);
  }
  if (output.empty()) return Usage();
  description += " (" + std::to_string(builder->entity_count()) +
                 " entities, " + std::to_string(builder->alias_count()) +
                 " aliases)";
  absl::StatusOr<std::string> image = builder->Compile(description);
  if (!image.ok()) {
    std::fprintf(stderr, "error: %s\n", image.status().ToString().c_str());
    return 1;
  }
  std::string tmp = output + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(image->data(), static_cast<std::streamsize>(image->size()));
    if (!out) {
      std::fprintf(stderr, "error: cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), output.c_str()) != 0) {
    std::fprintf(stderr, "error: cannot rename %s to %s\n", tmp.c_str(),
                 output.c_str());
    return 1;
  }
  std::printf("%s: %zu bytes; %s\n", output.c_str(), image->size(),
              description.c_str());
  return 0;
}
