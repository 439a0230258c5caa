// Helpers for the claims_*_test.cc files: run the Tokenizer (and hand-made
// Mentions, the "host adds its own stage" case) and the ClaimAttributor, and
// view claims as strings.
#ifndef SAYSO_TESTS_CLAIMS_TEST_UTIL_H_
#define SAYSO_TESTS_CLAIMS_TEST_UTIL_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "sayso/claims.h"
#include "sayso/document.h"
#include "sayso/tokenizer.h"

namespace sayso::testing {

// A hand-made entity mention: the `occurrence`-th (0-based) match of `text`.
struct HandMention {
  std::string text;
  EntityType type;
  std::string canonical;
  int occurrence = 0;
};

// A claim with every span as text ("" when absent).
struct ClaimView {
  std::string kind, source, cue, content, reported_by, rule, entity, lemma;
  EntityType source_type = EntityType::kOther;
  float confidence = 0;
  std::vector<std::string> about;
};

inline std::ostream& operator<<(std::ostream& os, const ClaimView& c) {
  return os << "{" << c.kind << " | " << c.source << " [" << c.entity << "] | "
            << c.cue << " | " << c.content << " | rb=" << c.reported_by << " | "
            << c.rule << "}";
}

inline void AddMentions(Document& doc, const std::vector<HandMention>& ms) {
  for (const HandMention& h : ms) {
    size_t from = 0, at = std::string_view::npos;
    for (int k = 0; k <= h.occurrence; ++k) {
      at = doc.text().find(h.text, from);
      ASSERT_NE(at, std::string_view::npos) << h.text;
      from = at + 1;
    }
    Mention m;
    m.span = {static_cast<uint32_t>(at),
              static_cast<uint32_t>(at + h.text.size())};
    m.token_begin =
        static_cast<uint32_t>(doc.tokens().FirstEndingAfter(m.span.begin));
    m.token_end = m.token_begin;
    while (m.token_end < doc.tokens().size() &&
           doc.tokens().end(m.token_end) <= m.span.end) {
      ++m.token_end;
    }
    // The Document keeps its own copies (the strings are views).
    m.entity.canonical = doc.Intern(h.canonical);
    m.entity.id = doc.Intern("test:" + h.canonical);
    m.entity.type = h.type;
    m.stage = "test";
    doc.mutable_mentions().push_back(std::move(m));
  }
  doc.SortMentions();
}

inline std::vector<ClaimView> Views(const Document& doc) {
  std::vector<ClaimView> out;
  for (const Claim& c : doc.claims()) {
    ClaimView v;
    v.kind = std::string(ClaimKindName(c.kind));
    if (c.source) v.source = std::string(doc.text(*c.source));
    if (c.cue) v.cue = std::string(doc.text(*c.cue));
    v.content = std::string(doc.text(c.content));
    if (c.reported_by) v.reported_by = std::string(doc.text(*c.reported_by));
    v.rule = std::string(c.rule);
    v.lemma = std::string(c.cue_lemma);
    if (c.source_entity) v.entity = std::string(c.source_entity->canonical);
    v.source_type = c.source_type;
    v.confidence = c.confidence;
    for (uint32_t m : c.about) {
      v.about.push_back(std::string(doc.text(doc.mentions()[m].span)));
    }
    out.push_back(std::move(v));
  }
  return out;
}

// Tokenizes `text`, adds `mentions`, runs a ClaimAttributor with `options`.
inline std::vector<ClaimView> Claims(
    const std::string& text, const std::vector<HandMention>& mentions = {},
    const ClaimOptions& options = {}) {
  static const auto* tokenizer =
      new absl::StatusOr<Tokenizer>(Tokenizer::Create({}));
  EXPECT_TRUE(tokenizer->ok());
  absl::StatusOr<ClaimAttributor> claims = ClaimAttributor::Create(options);
  EXPECT_TRUE(claims.ok()) << claims.status();
  Document doc = Document::Owning(text);
  EXPECT_TRUE((*tokenizer)->Process(doc).ok());
  AddMentions(doc, mentions);
  EXPECT_TRUE(claims->Process(doc).ok());
  return Views(doc);
}

// The one claim whose cue text is `cue` (fails if not exactly one).
inline ClaimView One(const std::vector<ClaimView>& claims,
                     std::string_view cue) {
  std::vector<ClaimView> hits;
  for (const ClaimView& c : claims) {
    if (c.cue == cue) hits.push_back(c);
  }
  EXPECT_EQ(hits.size(), 1u)
      << "cue '" << cue << "' in " << ::testing::PrintToString(claims);
  return hits.empty() ? ClaimView{} : hits[0];
}

}  // namespace sayso::testing

#endif  // SAYSO_TESTS_CLAIMS_TEST_UTIL_H_
