// The HTML view of `sayso annotate --format html`.
//
// The article text is marked up from a flat list of spans (claim contents,
// sources, cues, reporters, entity mentions) over byte offsets. Spans from
// different layers may overlap without nesting (a mention that straddles a
// content boundary), so the markup is built from sorted open/close events
// with a stack: a span that would cross a span opening later is closed before
// it and reopened inside it. The result is always well-formed HTML, whatever
// the stages produced.
#include "html.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace sayso::cli {
namespace {

// Debian's Abseil has its own absl::string_view: StrCat needs a conversion.
absl::string_view Sv(std::string_view s) { return {s.data(), s.size()}; }

// Layers, outermost first: at equal extent, a lower layer opens first.
enum Layer : int { kContent = 0, kReporter, kSource, kCue, kMention };

struct MarkSpan {
  uint32_t begin = 0, end = 0;
  int layer = 0;
  std::string open;    // the opening tag
  std::string reopen;  // the same without its id (ids must stay unique)
  std::string close;   // the closing tag
};

std::string Escaped(std::string_view text) {
  std::string out;
  AppendHtmlEscaped(text, &out);
  return out;
}

// Length of the well-formed UTF-8 sequence at text[pos], 0 if ill-formed.
size_t Utf8SequenceLength(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) {
    return static_cast<unsigned char>(text[i]);
  };
  unsigned char c = byte(pos);
  size_t len;
  uint32_t min_cp;
  uint32_t cp;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, min_cp = 0x80, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, min_cp = 0x800, cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, min_cp = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (pos + len > text.size()) return 0;
  for (size_t i = 1; i < len; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  if (cp < min_cp || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

// Text shortened to about `max_bytes` (at a UTF-8 boundary) with an ellipsis.
std::string_view Shortened(std::string_view text, size_t max_bytes, bool* cut) {
  *cut = text.size() > max_bytes;
  if (!*cut) return text;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  size_t space = text.rfind(' ', end);
  if (space != std::string_view::npos && space > max_bytes / 2) end = space;
  return text.substr(0, end);
}

// Ids in the page must be unique across documents; the formatter sees one
// document at a time (on any thread), so derive a prefix from its content.
std::string DocumentKey(const Document& doc, const std::string& name) {
  size_t h = std::hash<std::string_view>()(name) * 31 +
             std::hash<std::string_view>()(doc.text());
  return absl::StrFormat("d%08x", static_cast<uint32_t>(h ^ (h >> 32)));
}

// Who a claim's source is, for the "who claims what" panel.
struct SourceGroup {
  std::string key;    // entity id, "text:<source text>" or "none"
  std::string label;  // canonical name, source text, or "(no source)"
  std::string id;     // entity id, or ""
  EntityType type = EntityType::kOther;
  std::vector<size_t> claims;
};

std::string GroupKey(const Document& doc, const Claim& c) {
  if (c.source_entity && !c.source_entity->id.empty()) {
    return std::string(c.source_entity->id);
  }
  if (c.source) return absl::StrCat("text:", Sv(doc.text(*c.source)));
  return "none";
}

std::vector<SourceGroup> GroupClaimsBySource(const Document& doc) {
  std::vector<SourceGroup> groups;
  std::map<std::string, size_t> index;
  for (size_t k = 0; k < doc.claims().size(); ++k) {
    const Claim& c = doc.claims()[k];
    std::string key = GroupKey(doc, c);
    auto [it, added] = index.emplace(key, groups.size());
    if (added) {
      SourceGroup g;
      g.key = key;
      g.type = c.source_type;
      if (c.source_entity && !c.source_entity->id.empty()) {
        g.label = std::string(c.source_entity->canonical);
        g.id = std::string(c.source_entity->id);
        g.type = c.source_entity->type;
      } else if (c.source) {
        g.label = std::string(doc.text(*c.source));
      } else {
        g.label = "(no source)";
      }
      groups.push_back(std::move(g));
    }
    groups[it->second].claims.push_back(k);
  }
  // Most prolific sources first; ties keep the order of first appearance.
  std::stable_sort(groups.begin(), groups.end(),
                   [](const SourceGroup& a, const SourceGroup& b) {
                     return a.claims.size() > b.claims.size();
                   });
  return groups;
}

std::string EntityTitle(const EntityRef& e) {
  return absl::StrCat(Sv(e.canonical), " · ", Sv(EntityTypeName(e.type)), " · ",
                      Sv(e.id));
}

// Collects the spans to mark up in the article text.
std::vector<MarkSpan> CollectSpans(
    const Document& doc, const std::string& key,
    const std::map<std::string, size_t>& group_of) {
  std::vector<MarkSpan> spans;
  const uint32_t size = static_cast<uint32_t>(doc.text().size());
  auto add = [&](Span s, int layer, std::string open, std::string close) {
    s.end = std::min(s.end, size);
    if (s.empty()) return;
    std::string reopen = open;
    if (size_t id = reopen.find(" id=\""); id != std::string::npos) {
      reopen.erase(id, reopen.find('"', id + 5) + 1 - id);
    }
    spans.push_back({s.begin, s.end, layer, std::move(open), std::move(reopen),
                     std::move(close)});
  };

  // Claims that share a source span ("X said A, adding B") share one link:
  // links cannot nest.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> by_source;
  for (size_t k = 0; k < doc.claims().size(); ++k) {
    const Claim& c = doc.claims()[k];
    if (c.source) by_source[{c.source->begin, c.source->end}].push_back(k);
  }
  for (const auto& [extent, claims] : by_source) {
    const Claim& c = doc.claims()[claims.front()];
    std::string claim_ids, numbers;
    for (size_t k : claims) {
      absl::StrAppend(&claim_ids, claim_ids.empty() ? "" : " ", key, "-c", k);
      absl::StrAppend(&numbers, numbers.empty() ? "" : ", ", k + 1);
    }
    std::string title = absl::StrCat(
        claims.size() > 1 ? "source of claims " : "source of claim ", numbers,
        ": ",
        c.source_entity
            ? EntityTitle(*c.source_entity)
            : absl::StrCat("unresolved · ", Sv(EntityTypeName(c.source_type))));
    add(*c.source, kSource,
        absl::StrFormat("<a class=\"source t-%s\" href=\"#%s-g%d\" "
                        "data-claim=\"%s\" title=\"%s\">",
                        EntityTypeName(c.source_entity ? c.source_entity->type
                                                       : c.source_type),
                        key, group_of.at(GroupKey(doc, c)), claim_ids,
                        Escaped(title)),
        "</a>");
  }

  for (size_t k = 0; k < doc.claims().size(); ++k) {
    const Claim& c = doc.claims()[k];
    std::string claim_id = absl::StrCat(key, "-c", k);
    add(c.content, kContent,
        absl::StrFormat("<span class=\"content k-%s\" id=\"%s\" "
                        "data-claim=\"%s\" data-n=\"%d\" title=\"%s\">",
                        ClaimKindName(c.kind), claim_id, claim_id, k + 1,
                        Escaped(absl::StrFormat(
                            "claim %d: %s, rule %s, confidence %.2f", k + 1,
                            ClaimKindName(c.kind), c.rule, c.confidence))),
        "</span>");
    if (c.cue) {
      add(*c.cue, kCue,
          absl::StrFormat("<span class=\"cue\" data-claim=\"%s\" "
                          "title=\"cue of claim %d: %s\">",
                          claim_id, k + 1, Escaped(c.cue_lemma)),
          "</span>");
    }
    if (c.reported_by) {
      add(*c.reported_by, kReporter,
          absl::StrFormat("<span class=\"reporter\" data-claim=\"%s\" "
                          "title=\"claim %d reported by\">",
                          claim_id, k + 1),
          "</span>");
    }
  }

  for (size_t i = 0; i < doc.mentions().size(); ++i) {
    const Mention& m = doc.mentions()[i];
    std::string title = EntityTitle(m.entity);
    const std::span<const EntityRef> alternatives = doc.alternatives(m);
    if (!alternatives.empty()) {
      title += "\nalso: ";
      for (size_t a = 0; a < alternatives.size(); ++a) {
        absl::StrAppend(&title, a ? ", " : "", Sv(alternatives[a].canonical),
                        " (", Sv(alternatives[a].id), ")");
      }
    }
    if (!m.stage.empty() && m.stage != "gazetteer") {
      absl::StrAppend(&title, "\nfound by ", Sv(m.stage));
    }
    add(m.span, kMention,
        absl::StrFormat("<span class=\"m t-%s\" id=\"%s-m%d\" "
                        "data-m=\"%s-m%d\" data-entity=\"%s\" title=\"%s\">",
                        EntityTypeName(m.entity.type), key, i, key, i,
                        Escaped(m.entity.id), Escaped(title)),
        "</span>");
  }
  return spans;
}

// Whether `inner` may stay open inside `outer`: it ends no later (and, at the
// same end, belongs to an inner layer).
bool NestsIn(const MarkSpan& inner, const MarkSpan& outer) {
  return inner.end < outer.end ||
         (inner.end == outer.end && inner.layer >= outer.layer);
}

// Appends doc.text() with `spans` marked up, properly nested. The stack of
// open spans is kept ordered so that each nests in the one below it: before
// a span opens, the open spans that would cross it are closed, and reopened
// inside it. Every span then closes on top of the stack.
void AppendMarkedText(const Document& doc, std::vector<MarkSpan> spans,
                      std::string* out) {
  const std::string_view text = doc.text();
  // Opening order: by begin, longer first, outer layer first.
  std::sort(spans.begin(), spans.end(),
            [](const MarkSpan& a, const MarkSpan& b) {
              if (a.begin != b.begin) return a.begin < b.begin;
              if (a.end != b.end) return a.end > b.end;
              return a.layer < b.layer;
            });
  std::vector<uint32_t> cuts = {0, static_cast<uint32_t>(text.size())};
  for (const MarkSpan& s : spans) {
    cuts.push_back(s.begin);
    cuts.push_back(s.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  // A link inside a link (one claim's source inside another's) is not
  // allowed in HTML: the inner one becomes a <span>, keeping its classes.
  for (size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].open.rfind("<a ", 0) != 0) continue;
    for (size_t j = 0; j < i; ++j) {
      if (spans[j].open.rfind("<a ", 0) == 0 && spans[j].begin < spans[i].end &&
          spans[i].begin < spans[j].end) {
        for (std::string* tag : {&spans[i].open, &spans[i].reopen}) {
          tag->replace(0, 2, "<span");
          if (size_t href = tag->find(" href=\""); href != std::string::npos) {
            tag->replace(href, 7, " data-href=\"");
          }
        }
        spans[i].close = "</span>";
        break;
      }
    }
  }

  std::vector<size_t> open;  // indices into spans, innermost last
  std::vector<size_t> reopen;
  size_t next = 0;
  for (size_t c = 0; c < cuts.size(); ++c) {
    const uint32_t pos = cuts[c];
    while (!open.empty() && spans[open.back()].end <= pos) {
      out->append(spans[open.back()].close);
      open.pop_back();
    }
    while (next < spans.size() && spans[next].begin == pos) {
      const MarkSpan& span = spans[next];
      reopen.clear();
      while (!open.empty() && !NestsIn(span, spans[open.back()])) {
        out->append(spans[open.back()].close);
        reopen.push_back(open.back());
        open.pop_back();
      }
      out->append(span.open);
      open.push_back(next++);
      for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
        out->append(spans[*it].reopen);
        open.push_back(*it);
      }
    }
    if (c + 1 < cuts.size()) {
      AppendHtmlEscaped(text.substr(pos, cuts[c + 1] - pos), out);
    }
  }
  while (!open.empty()) {
    out->append(spans[open.back()].close);
    open.pop_back();
  }
}

void AppendPanel(const Document& doc, const std::string& key,
                 const std::vector<SourceGroup>& groups, std::string* out) {
  absl::StrAppendFormat(out,
                        "<aside class=\"panel\"><h3>Who claims what</h3>"
                        "<p class=\"stats\">%d claims · %d sources · "
                        "%d entity mentions</p>\n",
                        doc.claims().size(), groups.size(),
                        doc.mentions().size());
  if (groups.empty()) out->append("<p class=\"empty\">No claims found.</p>\n");
  for (size_t g = 0; g < groups.size(); ++g) {
    const SourceGroup& group = groups[g];
    absl::StrAppendFormat(
        out,
        "<section class=\"who t-%s%s\" id=\"%s-g%d\" data-entity=\"%s\">"
        "<h4><span class=\"who-name\">%s</span>"
        "<span class=\"badge\">%s</span><span class=\"count\">%d</span></h4>",
        EntityTypeName(group.type), group.id.empty() ? " unresolved" : "", key,
        g, Escaped(group.id), Escaped(group.label),
        group.id.empty() ? "unresolved" : EntityTypeName(group.type),
        group.claims.size());
    if (!group.id.empty()) {
      absl::StrAppend(out, "<div class=\"who-id\">", Escaped(group.id),
                      "</div>");
    }
    out->append("<ol>");
    for (size_t k : group.claims) {
      const Claim& c = doc.claims()[k];
      std::string claim_id = absl::StrCat(key, "-c", k);
      bool cut = false;
      std::string_view content = Shortened(doc.text(c.content), 220, &cut);
      absl::StrAppendFormat(
          out,
          "<li class=\"claim k-%s\" data-claim=\"%s\"><a href=\"#%s\">"
          "<span class=\"n\">%d</span>"
          "<span class=\"p-source\">%s</span><span class=\"arrow\">→</span>"
          "<span class=\"p-cue\">%s</span><span class=\"arrow\">→</span>"
          "<span class=\"p-content\">%s%s</span></a>",
          ClaimKindName(c.kind), claim_id, claim_id, k + 1,
          Escaped(c.source ? doc.text(*c.source) : "—"),
          Escaped(c.cue ? doc.text(*c.cue) : "—"), Escaped(content),
          cut ? "…" : "");
      absl::StrAppendFormat(
          out, "<span class=\"meta\">%s · %s · %.2f%s</span></li>",
          ClaimKindName(c.kind), Escaped(c.rule), c.confidence,
          c.reported_by
              ? absl::StrCat(" · via ", Escaped(doc.text(*c.reported_by)))
              : "");
    }
    out->append("</ol></section>\n");
  }

  // Entities mentioned, most frequent first.
  struct EntityCount {
    const EntityRef* entity;
    size_t count;
  };
  std::vector<EntityCount> entities;
  std::map<std::string, size_t> seen;
  for (const Mention& m : doc.mentions()) {
    auto [it, added] = seen.emplace(m.entity.id, entities.size());
    if (added) entities.push_back({&m.entity, 0});
    ++entities[it->second].count;
  }
  std::stable_sort(entities.begin(), entities.end(),
                   [](const EntityCount& a, const EntityCount& b) {
                     return a.count > b.count;
                   });
  if (!entities.empty()) {
    out->append("<h3>Entities</h3><div class=\"chips\">");
    for (const EntityCount& e : entities) {
      absl::StrAppendFormat(
          out,
          "<span class=\"chip t-%s\" data-entity=\"%s\" title=\"%s\">%s"
          "<span class=\"count\">%d</span></span>",
          EntityTypeName(e.entity->type), Escaped(e.entity->id),
          Escaped(EntityTitle(*e.entity)), Escaped(e.entity->canonical),
          e.count);
    }
    out->append("</div>\n");
  }
  out->append("</aside>\n");
}

constexpr std::string_view kStyle = R"css(
:root{--per:#2563eb;--org:#d97706;--gpe:#059669;--loc:#0891b2;--norp:#9333ea;--other:#6b7280;
--per-bg:#dbeafe;--org-bg:#fef3c7;--gpe-bg:#d1fae5;--loc-bg:#cffafe;--norp-bg:#f3e8ff;--other-bg:#f3f4f6;
--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--content:#fff7d6;--content-line:#f5c518}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,'DejaVu Serif',serif;color:var(--ink);background:#f6f7f9}
header.top{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:14px;align-items:center;
padding:10px 28px;background:#111827;color:#f9fafb;font:14px/1.4 system-ui,'DejaVu Sans',sans-serif}
header.top h1{font-size:18px;margin:0 12px 0 0;letter-spacing:.5px}
header.top h1 span{color:#fbbf24}
.legend{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.legend .key{padding:1px 8px;border-radius:4px;color:var(--ink)}
.legend .key.content{background:var(--content);border-bottom:2px solid var(--content-line)}
.legend .key.source-key{background:#fff;font-weight:bold;outline:1.5px solid #374151;outline-offset:-3px}
.legend .key.reporter{background:#fff}
.legend .key.cue{background:#fff;font-weight:bold;text-decoration:underline wavy #dc2626}
main{padding:20px 28px}
article.doc{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:24px;margin:0 auto 32px;max-width:1400px}
article.doc>h2{grid-column:1/-1;margin:0;font:600 15px/1.4 system-ui,'DejaVu Sans',sans-serif;color:var(--muted)}
.text{background:#fff;border:1px solid var(--line);border-radius:10px;padding:24px 30px;
white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.m{border-radius:3px;padding:0 2px;border-bottom:2px solid;cursor:help}
.m.t-PER{background:var(--per-bg);border-color:var(--per)}
.m.t-ORG{background:var(--org-bg);border-color:var(--org)}
.m.t-GPE{background:var(--gpe-bg);border-color:var(--gpe)}
.m.t-LOC{background:var(--loc-bg);border-color:var(--loc)}
.m.t-NORP{background:var(--norp-bg);border-color:var(--norp)}
.m.t-OTHER{background:var(--other-bg);border-color:var(--other)}
.content{background:var(--content);box-shadow:inset 0 -2px 0 var(--content-line)}
.content.k-direct{background:#fdf0c4}
.text .content::before{content:attr(data-n);display:inline-block;font:700 10px/15px system-ui,sans-serif;
color:#fff;background:#b45309;border-radius:8px;min-width:15px;padding:0 3px;margin-right:3px;
text-align:center;vertical-align:2px}
.source{color:inherit;text-decoration:none;font-weight:bold;outline:1.5px solid currentColor;
outline-offset:1px;border-radius:3px}
.source.t-PER{color:#1d4ed8}.source.t-ORG{color:#b45309}.source.t-GPE{color:#047857}
.source.t-LOC{color:#0e7490}.source.t-NORP{color:#7e22ce}.source.t-OTHER{color:#374151}
.cue{font-weight:bold;text-decoration:underline wavy #dc2626;text-underline-offset:3px}
.reporter{font-style:italic;text-decoration:underline dotted}
.hl,.hl .m{background:#fde047!important;transition:background .2s}
.panel{font:14px/1.45 system-ui,'DejaVu Sans',sans-serif;align-self:start;position:sticky;top:64px;
max-height:calc(100vh - 80px);overflow:auto;background:#fff;border:1px solid var(--line);
border-radius:10px;padding:14px 16px}
.panel h3{margin:0 0 4px;font-size:16px}
.panel h3+.chips{margin-top:6px}
.panel .stats,.panel .empty{margin:0 0 10px;color:var(--muted)}
.who{border-left:4px solid var(--other);padding:6px 0 6px 10px;margin:0 0 12px}
.who.t-PER{border-color:var(--per)}.who.t-ORG{border-color:var(--org)}.who.t-GPE{border-color:var(--gpe)}
.who.t-LOC{border-color:var(--loc)}.who.t-NORP{border-color:var(--norp)}
.who.unresolved{border-left-style:dashed}
.who h4{margin:0;display:flex;gap:6px;align-items:center;font-size:15px}
.who:target{background:#fffbeb}
.who-id{color:var(--muted);font-size:12px}
.badge{font-size:10px;font-weight:600;padding:0 5px;border-radius:3px;background:var(--other-bg);color:var(--muted)}
.count{margin-left:auto;font-size:12px;color:var(--muted)}
.chip .count{margin-left:5px}
.who ol{list-style:none;margin:4px 0 0;padding:0}
.who li{margin:0 0 6px;padding:4px 6px;border-radius:6px}
.who li:hover,.who li.hl{background:#fef9c3}
.who li a{color:inherit;text-decoration:none}
.n{display:inline-block;font:700 10px/15px system-ui,sans-serif;color:#fff;background:#b45309;
border-radius:8px;min-width:15px;padding:0 3px;margin-right:5px;text-align:center}
.p-source{font-weight:600}.p-cue{font-weight:600;color:#b91c1c}
.p-content{background:var(--content);box-decoration-break:clone}
.arrow{color:var(--muted);margin:0 4px}
.meta{display:block;color:var(--muted);font-size:11px;margin-top:1px}
.chips{display:flex;flex-wrap:wrap;gap:5px}
.chip{border-radius:12px;padding:1px 8px;font-size:12px;border:1px solid;cursor:default}
.chip.t-PER{background:var(--per-bg);border-color:var(--per)}.chip.t-ORG{background:var(--org-bg);border-color:var(--org)}
.chip.t-GPE{background:var(--gpe-bg);border-color:var(--gpe)}.chip.t-LOC{background:var(--loc-bg);border-color:var(--loc)}
.chip.t-NORP{background:var(--norp-bg);border-color:var(--norp)}.chip.t-OTHER{background:var(--other-bg);border-color:var(--other)}
@media (max-width:900px){article.doc{grid-template-columns:1fr}.panel{position:static;max-height:none}}
)css";

// Hovering a claim (in the text or the panel) or an entity highlights every
// element that refers to it.
constexpr std::string_view kScript = R"js(
(function(){
  function each(sel,f){Array.prototype.forEach.call(document.querySelectorAll(sel),f);}
  function bind(attr){
    each('['+attr+']',function(el){
      var v=el.getAttribute(attr); if(!v) return;
      var sel=v.split(' ').map(function(t){return '['+attr+'~="'+(window.CSS&&CSS.escape?CSS.escape(t):t)+'"]';}).join(',');
      el.addEventListener('mouseenter',function(){each(sel,function(o){o.classList.add('hl');});});
      el.addEventListener('mouseleave',function(){each(sel,function(o){o.classList.remove('hl');});});
    });
  }
  bind('data-claim'); bind('data-entity');
})();
)js";

}  // namespace

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) {
      // The page is UTF-8: ill-formed bytes become U+FFFD.
      size_t len = Utf8SequenceLength(text, pos);
      if (len == 0) {
        out->append("\xEF\xBF\xBD");
        ++pos;
      } else {
        out->append(text.substr(pos, len));
        pos += len;
      }
      continue;
    }
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      case '\t':
      case '\n':
      case '\r':
        out->push_back(static_cast<char>(c));
        break;
      default:
        // Other control characters are not allowed in HTML text.
        if (c < 0x20 || c == 0x7F) {
          out->append("\xEF\xBF\xBD");
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++pos;
  }
}

void AppendHtmlHeader(std::string* out) {
  out->append(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n<title>sayso: who says what</title>\n<style>");
  out->append(kStyle);
  out->append(
      "</style></head><body>\n<header class=\"top\"><h1>say<span>so</span> "
      "· who says what</h1><div class=\"legend\">"
      "<span class=\"key m t-PER\">person</span>"
      "<span class=\"key m t-ORG\">organization</span>"
      "<span class=\"key m t-GPE\">country / city</span>"
      "<span class=\"key m t-LOC\">location</span>"
      "<span class=\"key m t-NORP\">nationality / group</span>"
      "<span class=\"key source-key\">source</span>"
      "<span class=\"key cue\">cue</span>"
      "<span class=\"key content\">claim content</span>"
      "<span class=\"key reporter\">reported by</span>"
      "</div></header>\n<main>\n");
}

void AppendHtmlDocument(const Document& doc, const std::string& name,
                        std::string* out) {
  const std::string key = DocumentKey(doc, name);
  std::vector<SourceGroup> groups = GroupClaimsBySource(doc);
  std::map<std::string, size_t> group_of;
  for (size_t g = 0; g < groups.size(); ++g) group_of[groups[g].key] = g;

  absl::StrAppendFormat(out, "<article class=\"doc\" id=\"%s\"><h2>%s</h2>\n",
                        key, Escaped(name));
  out->append("<div class=\"text\">");
  AppendMarkedText(doc, CollectSpans(doc, key, group_of), out);
  out->append("</div>\n");
  AppendPanel(doc, key, groups, out);
  out->append("</article>\n");
}

void AppendHtmlFooter(std::string* out) {
  out->append("</main>\n<script>");
  out->append(kScript);
  out->append("</script>\n</body></html>\n");
}

}  // namespace sayso::cli
