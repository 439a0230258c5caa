// `sayso gazetteer compile|info|lookup`: build and inspect gazetteer images.
#ifndef SAYSO_EXAMPLES_CLI_GAZETTEER_CMD_H_
#define SAYSO_EXAMPLES_CLI_GAZETTEER_CMD_H_

#include <string>
#include <vector>

#include "CLI/CLI.hpp"

namespace sayso::cli {

struct GazetteerCommand {
  // compile
  std::vector<std::string> tsv, geonames, countries;
  uint64_t min_population = 0;
  std::string output;
  // info / lookup
  std::string image;  // empty: the built-in gazetteer
  std::string text;

  CLI::App* compile = nullptr;
  CLI::App* info = nullptr;
  CLI::App* lookup = nullptr;
};

// Adds the `gazetteer` subcommand and its three subcommands to `app`.
CLI::App* AddGazetteerCommand(CLI::App& app, GazetteerCommand& cmd);
// Runs whichever subcommand was parsed. Returns an exit code.
int RunGazetteerCommand(const GazetteerCommand& cmd);

}  // namespace sayso::cli

#endif  // SAYSO_EXAMPLES_CLI_GAZETTEER_CMD_H_
