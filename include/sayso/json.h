// File: sayso/json.h
// -----------------------------------------------------------------------------
// Writes a Document as one line of the evaluation JSON (shared/eval/README.md):
//   {"doc": NAME, "sentences": [[b, e], ...], "entities": [...], "claims": [...]}
// with optional "tokens". Every start/end is a UTF-8 byte offset into the text.
//
// Example:
//   std::string line;
//   sayso::AppendDocumentJson(doc, "article.txt", {}, &line);
//   line += '\n';
#ifndef SAYSO_JSON_H_
#define SAYSO_JSON_H_

#include <string>
#include <string_view>

#include "sayso/document.h"

namespace sayso {

struct JsonOptions {
  bool tokens = false;  // add "tokens": [{"start","end","kind","text","key"}]
};

// AppendJsonString()
// Appends `text` as a JSON string literal (with quotes). Control characters
// are escaped; ill-formed UTF-8 bytes become U+FFFD (JSON must be valid
// UTF-8); the offsets elsewhere in the output still refer to the raw bytes.
void AppendJsonString(std::string_view text, std::string* out);

// AppendDocumentJson()
// Appends one JSON object (no trailing newline) for `doc`.
void AppendDocumentJson(const Document& doc, std::string_view name,
                        const JsonOptions& options, std::string* out);

}  // namespace sayso

#endif  // SAYSO_JSON_H_
