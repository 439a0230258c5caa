// Input enumeration for `sayso annotate`: files, directories (recursive,
// filtered by a glob), standard input, and JSON Lines documents.
#ifndef SAYSO_EXAMPLES_CLI_INPUTS_H_
#define SAYSO_EXAMPLES_CLI_INPUTS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace sayso::cli {

// One document to annotate, or an input that could not be read.
struct InputDocument {
  std::string name;   // file path, "-" for stdin, or the JSONL "id"
  std::string text;   // the bytes exactly as read
  std::string error;  // non-empty: could not be read; `text` is empty
};

enum class InputFormat { kText, kJsonl };

struct InputOptions {
  InputFormat format = InputFormat::kText;
  std::string glob = "*";  // file-name pattern for directory traversal
};

// Calls `emit` for every document named by `paths`, in order: a file is one
// document (kText) or one per line (kJsonl: objects with "id" and "text");
// a directory is walked recursively in sorted order, keeping file names that
// match options.glob; "-" is standard input. Unreadable inputs are emitted
// with `error` set, never skipped silently. Returns false if `emit` asked to
// stop (returned false).
bool ForEachInput(const std::vector<std::string>& paths,
                  const InputOptions& options,
                  const std::function<bool(InputDocument)>& emit);

// Shell-style glob on a file name: * ? and [abc] / [a-z] / [!a].
bool GlobMatch(std::string_view pattern, std::string_view name);

}  // namespace sayso::cli

#endif  // SAYSO_EXAMPLES_CLI_INPUTS_H_
