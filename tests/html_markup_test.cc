// Tests of the CLI's HTML view (examples/cli/html.cc) on hand-built
// Documents: escaping, nesting of overlapping spans, the "who claims what"
// grouping. tests/html_view_test.py renders a real page in Chromium.
#include <regex>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "html.h"
#include "sayso/document.h"

namespace sayso::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Offset of the first occurrence of `needle` in `text` (must exist).
Span Find(std::string_view text, std::string_view needle, size_t from = 0) {
  size_t at = text.find(needle, from);
  EXPECT_NE(at, std::string_view::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// `id` and `canonical` are views: pass literals (or interned strings).
Mention MakeMention(Span span, std::string_view id, std::string_view canonical,
                    EntityType type) {
  Mention m;
  m.span = span;
  m.entity = {id, canonical, type, 1.0f};
  m.stage = "gazetteer";
  return m;
}

// Checks that every tag opened is closed in order; returns "" if so.
std::string CheckBalanced(const std::string& html) {
  static const std::regex kTag(
      R"(<(/?)(span|a|div|aside|article|section|h2|h3|h4|ol|li|p)\b[^>]*>)");
  std::vector<std::string> stack;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kTag);
       it != std::sregex_iterator(); ++it) {
    const std::string name = (*it)[2];
    if ((*it)[1].length() == 0) {
      stack.push_back(name);
    } else if (stack.empty() || stack.back() != name) {
      return "unexpected </" + name + "> at " + std::to_string(it->position());
    } else {
      stack.pop_back();
    }
  }
  return stack.empty() ? "" : "unclosed <" + stack.back() + ">";
}

// The text of the article <div class="text"> with tags removed and entities
// decoded: must be the document's text again.
std::string ArticleText(const std::string& html) {
  size_t begin = html.find("<div class=\"text\">");
  size_t end = html.find("</div>\n<aside", begin);
  EXPECT_NE(begin, std::string::npos);
  EXPECT_NE(end, std::string::npos);
  std::string inner = html.substr(begin + 18, end - begin - 18);
  inner = std::regex_replace(inner, std::regex("<[^>]*>"), "");
  const std::pair<const char*, const char*> kEntities[] = {{"&lt;", "<"},
                                                           {"&gt;", ">"},
                                                           {"&quot;", "\""},
                                                           {"&#39;", "'"},
                                                           {"&amp;", "&"}};
  for (const auto& [from, to] : kEntities) {
    inner = std::regex_replace(inner, std::regex(from), to);
  }
  return inner;
}

int Count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

TEST(HtmlEscapeTest, EscapesMarkupAndQuotes) {
  std::string out;
  AppendHtmlEscaped("<b class=\"x\">Tom & Jerry's</b>", &out);
  EXPECT_EQ(out,
            "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;");
}

TEST(HtmlEscapeTest, KeepsValidUtf8AndReplacesInvalidBytesAndControls) {
  std::string out;
  AppendHtmlEscaped("Київ \xFF\xC0\x80 a\x01z\tb\n", &out);
  EXPECT_EQ(out,
            "Київ \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD a\xEF\xBF\xBDz\tb\n");
  out.clear();
  AppendHtmlEscaped("\xED\xA0\x80", &out);  // a UTF-16 surrogate: ill-formed
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(HtmlDocumentTest, MentionInsideContentNestsInsideIt) {
  const std::string text =
      "Zelensky said that Russia attacked Kyiv <again> & again.";
  Document doc(text);
  doc.mutable_mentions().push_back(
      MakeMention(Find(text, "Zelensky"), "sayso:zelensky",
                  "Volodymyr Zelensky", EntityType::kPer));
  doc.mutable_mentions().push_back(MakeMention(
      Find(text, "Russia"), "iso3166:RU", "Russia", EntityType::kGpe));
  doc.mutable_mentions().push_back(MakeMention(
      Find(text, "Kyiv"), "geonames:703448", "Kyiv", EntityType::kGpe));
  Claim claim;
  claim.kind = ClaimKind::kIndirect;
  claim.source = Find(text, "Zelensky");
  claim.source_entity = doc.mentions()[0].entity;
  claim.source_type = EntityType::kPer;
  claim.cue = Find(text, "said");
  claim.cue_lemma = "say";
  claim.content = Find(text, "Russia attacked Kyiv <again> & again");
  claim.rule = "indirect.say_that";
  claim.confidence = 0.9f;
  doc.mutable_claims().push_back(claim);

  std::string html;
  AppendHtmlDocument(doc, "a<b>.txt", &html);
  EXPECT_EQ(CheckBalanced(html), "");
  EXPECT_EQ(ArticleText(html), text);
  EXPECT_THAT(html, HasSubstr("<h2>a&lt;b&gt;.txt</h2>"));
  EXPECT_THAT(html, Not(HasSubstr("<again>")));
  // The source link holds the PER mention; the content holds two GPE mentions.
  EXPECT_THAT(html,
              testing::ContainsRegex(
                  "<a class=\"source t-PER\" href=\"#d[0-9a-f]+-g0\"[^>]*>"
                  "<span class=\"m t-PER\"[^>]*>Zelensky</span></a>"));
  EXPECT_THAT(html,
              testing::ContainsRegex("<span class=\"content k-indirect\"[^>]*>"
                                     "<span class=\"m t-GPE\"[^>]*>Russia"
                                     "</span> attacked <span class=\"m t-GPE\""
                                     "[^>]*>Kyiv</span> &lt;again&gt; &amp; "
                                     "again</span>"));
  EXPECT_THAT(html, HasSubstr("title=\"Kyiv · GPE · geonames:703448\""));
  EXPECT_THAT(html, HasSubstr("<span class=\"cue\""));
  // The panel: one source group with one claim.
  EXPECT_THAT(html, HasSubstr("Who claims what"));
  EXPECT_THAT(html, HasSubstr("<span class=\"who-name\">Volodymyr Zelensky"
                              "</span><span class=\"badge\">PER</span>"
                              "<span class=\"count\">1</span>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"p-source\">Zelensky</span>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"p-cue\">said</span>"));
}

TEST(HtmlDocumentTest, CrossingSpansAreSplitAndReopened) {
  // The mention "New York Times" straddles the start of the content.
  const std::string text = "Says the New York Times reporter.";
  Document doc(text);
  doc.mutable_mentions().push_back(
      MakeMention(Find(text, "New York Times"), "sayso:nyt",
                  "The New York Times", EntityType::kOrg));
  Claim claim;
  claim.content = Find(text, "York Times reporter");
  doc.mutable_claims().push_back(claim);

  std::string html;
  AppendHtmlDocument(doc, "x", &html);
  EXPECT_EQ(CheckBalanced(html), "");
  EXPECT_EQ(ArticleText(html), text);
  // Opened for "New ", closed at the content start, reopened inside it
  // (without its id: ids stay unique).
  const std::string article = html.substr(0, html.find("<aside"));
  EXPECT_EQ(Count(article, "<span class=\"m t-ORG\""), 2);
  EXPECT_EQ(Count(article, "-m0\""), 3);  // id once, data-m twice
  EXPECT_THAT(article, testing::ContainsRegex(
                           "<span class=\"m t-ORG\" id=\"d[0-9a-f]+-m0\" "
                           "[^>]*>New </span><span class=\"content[^>]*>"
                           "<span class=\"m t-ORG\" data-m=[^>]*>York Times"
                           "</span> reporter</span>"));
}

TEST(HtmlDocumentTest, CueInsideContentAndSpansPastTheEnd) {
  const std::string text = "“We will win,” he said.";
  Document doc(text);
  Claim claim;
  claim.kind = ClaimKind::kDirect;
  claim.source = Find(text, "he");
  claim.cue = Find(text, "said");
  claim.content = {0, 100};  // past the end: clamped, never read
  doc.mutable_claims().push_back(claim);
  std::string html;
  AppendHtmlDocument(doc, "x", &html);
  EXPECT_EQ(CheckBalanced(html), "");
  EXPECT_EQ(ArticleText(html), text);
  EXPECT_THAT(html, HasSubstr("<span class=\"who-name\">he</span>"
                              "<span class=\"badge\">unresolved</span>"));
}

TEST(HtmlDocumentTest, ClaimsSharingASourceShareOneLinkAndLinksNeverNest) {
  const std::string text =
      "Al-Jazeera's correspondent said A, adding B. Al-Jazeera said C.";
  Document doc(text);
  auto claim = [&](Span source, Span content) {
    Claim c;
    c.source = source;
    c.content = content;
    doc.mutable_claims().push_back(c);
  };
  claim(Find(text, "Al-Jazeera's correspondent"), Find(text, "A,"));
  claim(Find(text, "Al-Jazeera's correspondent"), Find(text, "B"));
  // Nested in the source of the first two.
  claim(Find(text, "Al-Jazeera"), Find(text, "C"));
  doc.mutable_claims()[0].content.end -= 1;  // "A" without the comma
  std::string html;
  AppendHtmlDocument(doc, "x", &html);
  EXPECT_EQ(CheckBalanced(html), "");
  EXPECT_EQ(ArticleText(html), text);
  const std::string article = html.substr(0, html.find("<aside"));
  EXPECT_THAT(article,
              testing::ContainsRegex(
                  "<a class=\"source t-OTHER\" href=\"#d[0-9a-f]+-g0\" "
                  "data-claim=\"d[0-9a-f]+-c0 d[0-9a-f]+-c1\" title=\"source "
                  "of claims 1, 2: unresolved · OTHER\">"
                  "<span class=\"source t-OTHER\" data-href=\"#d[0-9a-f]+-g1\" "
                  "data-claim=\"d[0-9a-f]+-c2\"[^>]*>Al-Jazeera</span>"
                  "&#39;s correspondent</a>"));
  EXPECT_EQ(Count(article, "<a "), 1);
}

TEST(HtmlDocumentTest, PanelGroupsClaimsBySourceEntity) {
  const std::string text =
      "Putin said A. He added B. The Kremlin said C. Officials said D. E.";
  Document doc(text);
  EntityRef putin{"sayso:putin", "Vladimir Putin", EntityType::kPer, 1};
  EntityRef kremlin{"sayso:kremlin", "Kremlin", EntityType::kOrg, 1};
  auto claim = [&](std::string_view source, std::string_view content,
                   std::optional<EntityRef> entity) {
    Claim c;
    if (!source.empty()) c.source = Find(text, source);
    c.source_entity = std::move(entity);
    c.content = Find(text, content);
    doc.mutable_claims().push_back(c);
  };
  claim("Putin", "A", putin);
  claim("He", "B", putin);
  claim("The Kremlin", "C", kremlin);
  claim("Officials", "D", std::nullopt);
  claim("", "E", std::nullopt);
  std::string html;
  AppendHtmlDocument(doc, "x", &html);
  EXPECT_EQ(CheckBalanced(html), "");
  EXPECT_EQ(Count(html, "<section class=\"who"), 4);
  // Putin first (two claims), then in order of appearance.
  size_t putin_at = html.find(
      "<span class=\"who-name\">Vladimir Putin</span>"
      "<span class=\"badge\">PER</span>"
      "<span class=\"count\">2</span>");
  size_t kremlin_at = html.find("<span class=\"who-name\">Kremlin</span>");
  size_t officials_at = html.find("<span class=\"who-name\">Officials</span>");
  size_t none_at = html.find("<span class=\"who-name\">(no source)</span>");
  EXPECT_NE(putin_at, std::string::npos);
  EXPECT_LT(putin_at, kremlin_at);
  EXPECT_LT(kremlin_at, officials_at);
  EXPECT_LT(officials_at, none_at);
  EXPECT_NE(none_at, std::string::npos);
  EXPECT_THAT(html, HasSubstr("<p class=\"stats\">5 claims · 4 sources · "
                              "0 entity mentions</p>"));
}

TEST(HtmlPageTest, HeaderAndFooterMakeOnePageWithoutNetwork) {
  std::string page;
  AppendHtmlHeader(&page);
  AppendHtmlFooter(&page);
  EXPECT_THAT(page, HasSubstr("<meta charset=\"utf-8\">"));
  EXPECT_THAT(page, HasSubstr("<style>"));
  EXPECT_THAT(page, HasSubstr("<script>"));
  EXPECT_THAT(page, Not(HasSubstr("http://")));
  EXPECT_THAT(page, Not(HasSubstr("https://")));
  EXPECT_THAT(page, Not(HasSubstr("src=")));
}

}  // namespace
}  // namespace sayso::cli
