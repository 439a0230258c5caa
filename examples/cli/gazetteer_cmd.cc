#include "gazetteer_cmd.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "absl/strings/str_format.h"
#include "annotate.h"
#include "sayso/gazetteer.h"
#include "sayso/gazetteer_builder.h"

namespace sayso::cli {
namespace {

int Fail(const absl::Status& status) {
  std::cerr << "sayso gazetteer: " << status.message() << "\n";
  return kExitSetupFailed;
}

absl::StatusOr<Gazetteer> OpenImage(const std::string& path) {
  return path.empty() ? Gazetteer::Default() : Gazetteer::Load(path);
}

int RunCompile(const GazetteerCommand& cmd) {
  if (cmd.tsv.empty() && cmd.geonames.empty() && cmd.countries.empty()) {
    std::cerr << "sayso gazetteer compile: give at least one of --tsv, "
                 "--geonames, --countries\n";
    return kExitUsage;
  }
  auto start = std::chrono::steady_clock::now();
  absl::StatusOr<GazetteerBuilder> builder = GazetteerBuilder::Create();
  if (!builder.ok()) return Fail(builder.status());
  std::string description;
  // Countries first, then GeoNames, then TSV: curated TSV lines merge into
  // (and rename) entities of the other sources by id.
  for (const std::string& f : cmd.countries) {
    if (absl::Status s = builder->AddCountriesJson(f); !s.ok()) return Fail(s);
    absl::StrAppend(&description, description.empty() ? "" : "; ", "countries ", f);
  }
  GeoNamesOptions geonames;
  geonames.min_population = cmd.min_population;
  for (const std::string& f : cmd.geonames) {
    if (absl::Status s = builder->AddGeoNames(f, geonames); !s.ok()) return Fail(s);
    absl::StrAppend(&description, description.empty() ? "" : "; ", "geonames ", f);
  }
  for (const std::string& f : cmd.tsv) {
    if (absl::Status s = builder->AddTsv(f); !s.ok()) return Fail(s);
    absl::StrAppend(&description, description.empty() ? "" : "; ", "tsv ", f);
  }
  absl::StatusOr<std::string> image = builder->Compile(description);
  if (!image.ok()) return Fail(image.status());
  std::ofstream out(cmd.output, std::ios::binary | std::ios::trunc);
  out.write(image->data(), static_cast<std::streamsize>(image->size()));
  out.close();
  if (!out) {
    std::cerr << "sayso gazetteer compile: cannot write " << cmd.output << "\n";
    return kExitSetupFailed;
  }
  double seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  std::fprintf(stderr,
               "sayso gazetteer compile: %zu entities, %zu aliases -> %s "
               "(%zu bytes) in %.2f s\n",
               builder->entity_count(), builder->alias_count(),
               cmd.output.c_str(), image->size(), seconds);
  return kExitOk;
}

int RunInfo(const GazetteerCommand& cmd) {
  auto start = std::chrono::steady_clock::now();
  absl::StatusOr<Gazetteer> gazetteer = OpenImage(cmd.image);
  if (!gazetteer.ok()) return Fail(gazetteer.status());
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - start)
                  .count();
  GazetteerInfo info = gazetteer->Info();
  std::printf(
      "image:          %s\nformat version: %u\nbytes:          %llu\n"
      "entities:       %llu\naliases:        %llu\nvocabulary:     %llu\n"
      "trie nodes:     %llu\nchecksum:       %016llx\nmemory mapped:  %s\n"
      "load time:      %.2f ms\nsources:        %s\n",
      cmd.image.empty() ? "(built-in)" : cmd.image.c_str(), info.format_version,
      static_cast<unsigned long long>(info.image_bytes),
      static_cast<unsigned long long>(info.entities),
      static_cast<unsigned long long>(info.aliases),
      static_cast<unsigned long long>(info.vocabulary),
      static_cast<unsigned long long>(info.trie_nodes),
      static_cast<unsigned long long>(info.checksum),
      info.memory_mapped ? "yes" : "no", ms, info.description.c_str());
  return kExitOk;
}

int RunLookup(const GazetteerCommand& cmd) {
  absl::StatusOr<Gazetteer> gazetteer = OpenImage(cmd.image);
  if (!gazetteer.ok()) return Fail(gazetteer.status());
  absl::StatusOr<std::vector<GazetteerMatch>> matches =
      gazetteer->Lookup(cmd.text);
  if (!matches.ok()) return Fail(matches.status());
  if (matches->empty()) std::printf("no match\n");
  for (const GazetteerMatch& m : *matches) {
    std::printf("[%u,%u) %s\n", m.span.begin, m.span.end,
                cmd.text.substr(m.span.begin, m.span.size()).c_str());
    for (const GazetteerCandidate& c : m.candidates) {
      const GazetteerEntity& e = c.entity;
      std::printf("  %.3f  %-5s %-24s %s", c.score,
                  std::string(EntityTypeName(c.mention_type)).c_str(),
                  e.id.c_str(), e.canonical.c_str());
      if (!e.fine_type.empty()) std::printf("  fine=%s", e.fine_type.c_str());
      if (!e.country.empty()) std::printf("  country=%s", e.country.c_str());
      if (e.population) {
        std::printf("  population=%llu",
                    static_cast<unsigned long long>(e.population));
      }
      if (!e.attributes.empty()) std::printf("  %s", e.attributes.c_str());
      std::printf("\n");
    }
  }
  return kExitOk;
}

}  // namespace

CLI::App* AddGazetteerCommand(CLI::App& app, GazetteerCommand& cmd) {
  CLI::App* gaz = app.add_subcommand(
      "gazetteer", "Compile and inspect gazetteer images (docs/gazetteer.md)");
  gaz->require_subcommand(1);

  cmd.compile = gaz->add_subcommand(
      "compile", "Compile TSV / GeoNames / countries JSON sources into an image");
  cmd.compile->add_option("--tsv", cmd.tsv, "sayso TSV file(s)")
      ->check(CLI::ExistingFile);
  cmd.compile->add_option("--geonames", cmd.geonames,
                          "GeoNames dump file(s) (cities1000.txt format)")
      ->check(CLI::ExistingFile);
  cmd.compile->add_option("--countries", cmd.countries,
                          "world-countries JSON file(s)")
      ->check(CLI::ExistingFile);
  cmd.compile->add_option("--min-population", cmd.min_population,
                          "GeoNames: skip places with fewer inhabitants")
      ->capture_default_str();
  cmd.compile->add_option("-o,--output", cmd.output, "The image file to write")
      ->required();

  cmd.info = gaz->add_subcommand("info", "Show what an image holds");
  cmd.info->add_option("image", cmd.image, "Image file (default: built-in)");

  cmd.lookup = gaz->add_subcommand(
      "lookup", "Match a text and show every ranked candidate");
  cmd.lookup->add_option("image", cmd.image, "Image file")->required();
  cmd.lookup->add_option("text", cmd.text, "The text to look up")->required();
  return gaz;
}

int RunGazetteerCommand(const GazetteerCommand& cmd) {
  if (cmd.compile->parsed()) return RunCompile(cmd);
  if (cmd.info->parsed()) return RunInfo(cmd);
  if (cmd.lookup->parsed()) return RunLookup(cmd);
  return kExitUsage;
}

}  // namespace sayso::cli
