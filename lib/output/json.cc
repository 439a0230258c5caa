#include "sayso/json.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"
#include "core/utf8.h"

namespace sayso {
namespace {

using internal::Sv;

// JSON has no NaN or infinity: a non-finite score is written as 0.
double Finite(float x) { return std::isfinite(x) ? x : 0.0; }

void AppendSpanObject(const Document& doc, Span span, std::string* out) {
  absl::StrAppend(out, "{\"start\":", span.begin, ",\"end\":", span.end,
                  ",\"text\":");
  AppendJsonString(doc.text(span), out);
}

void AppendEntityFields(const EntityRef& e, std::string* out) {
  absl::StrAppend(out, ",\"type\":\"", Sv(EntityTypeName(e.type)),
                  "\",\"canonical\":");
  AppendJsonString(e.canonical, out);
  out->append(",\"id\":");
  AppendJsonString(e.id, out);
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) {
      char32_t cp;
      size_t bad = 0;
      size_t len = internal::DecodeUtf8(text, pos, &cp, &bad);
      if (len == 0) {
        out->append("\\ufffd");
        pos += bad;
      } else {
        out->append(text.substr(pos, len));
        pos += len;
      }
      continue;
    }
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++pos;
  }
  out->push_back('"');
}

void AppendDocumentJson(const Document& doc, std::string_view name,
                        const JsonOptions& options, std::string* out) {
  out->append("{\"doc\":");
  AppendJsonString(name, out);

  out->append(",\"sentences\":[");
  for (size_t i = 0; i < doc.sentences().size(); ++i) {
    const Span s = doc.sentences()[i].span;
    absl::StrAppend(out, i ? ",[" : "[", s.begin, ",", s.end, "]");
  }
  out->append("]");

  out->append(",\"entities\":[");
  for (size_t i = 0; i < doc.mentions().size(); ++i) {
    const Mention& m = doc.mentions()[i];
    if (i) out->push_back(',');
    AppendSpanObject(doc, m.span, out);
    AppendEntityFields(m.entity, out);
    const std::span<const EntityRef> alternatives = doc.alternatives(m);
    if (!alternatives.empty()) {
      out->append(",\"alternatives\":[");
      for (size_t a = 0; a < alternatives.size(); ++a) {
        if (a) out->push_back(',');
        out->append("{\"id\":");
        AppendJsonString(alternatives[a].id, out);
        out->append(",\"canonical\":");
        AppendJsonString(alternatives[a].canonical, out);
        absl::StrAppend(out, ",\"score\":", Finite(alternatives[a].score), "}");
      }
      out->append("]");
    }
    out->append("}");
  }
  out->append("]");

  out->append(",\"claims\":[");
  for (size_t i = 0; i < doc.claims().size(); ++i) {
    const Claim& c = doc.claims()[i];
    if (i) out->push_back(',');
    absl::StrAppend(out, "{\"kind\":\"", Sv(ClaimKindName(c.kind)), "\"");
    out->append(",\"source\":");
    if (c.source) {
      AppendSpanObject(doc, *c.source, out);
      if (c.source_entity) {
        out->append(",\"canonical\":");
        AppendJsonString(c.source_entity->canonical, out);
        out->append(",\"id\":");
        AppendJsonString(c.source_entity->id, out);
      }
      absl::StrAppend(out, ",\"type\":\"", Sv(EntityTypeName(c.source_type)),
                      "\"}");
    } else {
      out->append("null");
    }
    out->append(",\"cue\":");
    if (c.cue) {
      AppendSpanObject(doc, *c.cue, out);
      out->append(",\"lemma\":");
      AppendJsonString(c.cue_lemma, out);
      out->append("}");
    } else {
      out->append("null");
    }
    out->append(",\"content\":");
    AppendSpanObject(doc, c.content, out);
    out->append("}");
    out->append(",\"reported_by\":");
    if (c.reported_by) {
      AppendSpanObject(doc, *c.reported_by, out);
      out->append("}");
    } else {
      out->append("null");
    }
    absl::StrAppend(out, ",\"confidence\":", Finite(c.confidence), ",\"rule\":");
    AppendJsonString(c.rule, out);
    out->append(",\"about\":[");
    for (size_t a = 0; a < c.about.size(); ++a) {
      absl::StrAppend(out, a ? "," : "", c.about[a]);
    }
    out->append("]}");
  }
  out->append("]");

  if (options.tokens) {
    out->append(",\"tokens\":[");
    const Tokens& t = doc.tokens();
    for (size_t i = 0; i < t.size(); ++i) {
      absl::StrAppend(out, i ? "," : "", "{\"start\":", t.begin(i),
                      ",\"end\":", t.end(i), ",\"kind\":\"",
                      Sv(TokenKindName(t.kind(i))), "\",\"text\":");
      AppendJsonString(t.text(i), out);
      out->append(",\"key\":");
      AppendJsonString(t.key(i), out);
      out->append("}");
    }
    out->append("]");
  }
  out->append("}");
}

}  // namespace sayso
