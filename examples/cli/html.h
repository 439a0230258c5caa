// `sayso annotate --format html`: one self-contained page (no network).
#ifndef SAYSO_EXAMPLES_CLI_HTML_H_
#define SAYSO_EXAMPLES_CLI_HTML_H_

#include <string>

#include "sayso/document.h"

namespace sayso::cli {

// The page's head (styles, script) and opening body.
void AppendHtmlHeader(std::string* out);
// One article: text with entity highlights and claims, plus its
// "who claims what" panel.
void AppendHtmlDocument(const Document& doc, const std::string& name,
                        std::string* out);
// Closes the page.
void AppendHtmlFooter(std::string* out);

// Escapes & < > " ' for HTML text and attribute values.
void AppendHtmlEscaped(std::string_view text, std::string* out);

}  // namespace sayso::cli

#endif  // SAYSO_EXAMPLES_CLI_HTML_H_
