// sayso: the command-line program. `sayso --help` and docs/cli.md describe it.
//
//   sayso annotate [--format jsonl|text|html] [--tokens] [--threads N]
//                  [--input-format text|jsonl] [--glob PATTERN]
//                  [--gazetteer IMAGE] [--no-entities] [--no-claims] PATH... | -
//   sayso gazetteer compile [--tsv F] [--geonames F] [--countries F] -o IMAGE
//   sayso gazetteer info [IMAGE]
//   sayso gazetteer lookup IMAGE TEXT
#include <iostream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "annotate.h"
#include "gazetteer_cmd.h"
#include "sayso/pipeline.h"

int main(int argc, char** argv) {
  using namespace sayso::cli;
  CLI::App app{
      "sayso: who says what, about whom. Tokenizes news text, finds entity\n"
      "mentions with a gazetteer and attributes claims (source, cue, content)."};
  app.require_subcommand(1);

  AnnotateOptions annotate;
  sayso::PipelineOptions pipeline_options;
  std::string format = "jsonl", input_format = "text", mode = "news";
  bool no_entities = false, no_names = false, no_claims = false,
       quiet = false;
  CLI::App* cmd = app.add_subcommand(
      "annotate",
      "Annotate documents and write one result per document, in input order.\n"
      "Output offsets are UTF-8 byte offsets into each input exactly as read.");
  cmd->add_option("paths", annotate.paths,
                  "Files, directories (walked recursively) or - for stdin")
      ->required();
  cmd->add_option("--format", format,
                  "jsonl: one JSON object per document (shared/eval schema); "
                  "text: a readable summary; html: one self-contained page")
      ->check(CLI::IsMember({"jsonl", "text", "html"}))
      ->capture_default_str();
  cmd->add_flag("--tokens", annotate.tokens, "jsonl: include every token");
  cmd->add_option("--input-format", input_format,
                  "text: each file is one document; jsonl: one JSON object "
                  "per line with \"id\" and \"text\"")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--glob", annotate.input.glob,
                  "File-name pattern when walking directories")
      ->capture_default_str();
  cmd->add_option("--threads", annotate.threads,
                  "Worker threads (0: all cores)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--gazetteer", pipeline_options.gazetteer_path,
                  "A compiled gazetteer image (default: the built-in one)");
  cmd->add_option("--tokenizer", mode,
                  "news: tuned for news English; uax29: Unicode 15.0 UAX #29")
      ->check(CLI::IsMember({"news", "uax29"}))
      ->capture_default_str();
  cmd->add_flag("--no-entities", no_entities,
                "Skip entity matching (gazetteer and name patterns)");
  cmd->add_flag("--no-names", no_names,
                "Skip the name patterns (gazetteer entities only)");
  cmd->add_flag("--no-claims", no_claims, "Skip claim attribution");
  cmd->add_flag("-q,--quiet", quiet, "No progress bar and no summary line");

  GazetteerCommand gazetteer;
  CLI::App* gazetteer_cmd = AddGazetteerCommand(app, gazetteer);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  if (cmd->parsed()) {
    annotate.format = format == "text"   ? OutputFormat::kText
                      : format == "html" ? OutputFormat::kHtml
                                         : OutputFormat::kJsonl;
    annotate.input.format =
        input_format == "jsonl" ? InputFormat::kJsonl : InputFormat::kText;
    annotate.progress = annotate.summary = !quiet;
    pipeline_options.tokenizer.mode =
        mode == "uax29" ? sayso::TokenizerOptions::Mode::kUax29
                        : sayso::TokenizerOptions::Mode::kNews;
    pipeline_options.match_entities = !no_entities;
    pipeline_options.find_names = !no_entities && !no_names;
    pipeline_options.attribute_claims = !no_claims;
    absl::StatusOr<sayso::Pipeline> pipeline =
        sayso::Pipeline::Create(pipeline_options);
    if (!pipeline.ok()) {
      std::cerr << "sayso: " << pipeline.status().ToString() << "\n";
      return kExitSetupFailed;
    }
    return RunAnnotate(*pipeline, annotate);
  }
  if (gazetteer_cmd->parsed()) return RunGazetteerCommand(gazetteer);
  return kExitOk;
}
