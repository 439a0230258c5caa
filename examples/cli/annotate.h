// `sayso annotate`: run the pipeline over many documents on N threads and
// write the results in input order.
#ifndef SAYSO_EXAMPLES_CLI_ANNOTATE_H_
#define SAYSO_EXAMPLES_CLI_ANNOTATE_H_

#include <string>
#include <vector>

#include "inputs.h"
#include "sayso/pipeline.h"

namespace sayso::cli {

enum class OutputFormat { kJsonl, kText, kHtml };

struct AnnotateOptions {
  std::vector<std::string> paths;
  InputOptions input;
  OutputFormat format = OutputFormat::kJsonl;
  bool tokens = false;    // jsonl: include tokens
  int threads = 0;        // 0: all cores
  bool progress = true;   // progress bar when stderr is a terminal
  bool summary = true;    // summary line on stderr at the end
};

// Exit codes (docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeInputsFailed = 1;  // others were still written
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSetupFailed = 3;  // e.g. gazetteer not found

// Annotates every input and writes to stdout. Returns an exit code.
int RunAnnotate(const Pipeline& pipeline, const AnnotateOptions& options);

// Formats one annotated document (the unit the threads produce).
std::string FormatDocument(const Document& doc, const std::string& name,
                           const AnnotateOptions& options);

}  // namespace sayso::cli

#endif  // SAYSO_EXAMPLES_CLI_ANNOTATE_H_
