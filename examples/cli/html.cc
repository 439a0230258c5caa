#include "html.h"

#include "absl/strings/str_cat.h"

namespace sayso::cli {

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&#39;"); break;
      default: out->push_back(c);
    }
  }
}

void AppendHtmlHeader(std::string* out) {
  out->append(
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
      "<title>sayso</title></head><body>\n");
}

void AppendHtmlDocument(const Document& doc, const std::string& name,
                        std::string* out) {
  out->append("<article><h2>");
  AppendHtmlEscaped(name, out);
  out->append("</h2><pre>");
  AppendHtmlEscaped(doc.text(), out);
  out->append("</pre></article>\n");
}

void AppendHtmlFooter(std::string* out) { out->append("</body></html>\n"); }

}  // namespace sayso::cli
