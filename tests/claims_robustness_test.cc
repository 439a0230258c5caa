// Quote pairing, options, hostile inputs, threads and document reuse.
#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "claims/quotes.h"
#include "claims_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "hostile_inputs.h"

namespace sayso::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

Document Tokenized(const std::string& text) {
  auto tok = Tokenizer::Create({});
  EXPECT_TRUE(tok.ok());
  Document doc = Document::Owning(text);
  EXPECT_TRUE(tok->Process(doc).ok());
  return doc;
}

// Quote pairs as "open-text|close-text" strings of their interiors.
std::vector<std::string> Pairs(const std::string& text,
                               uint32_t max_tokens = 600) {
  Document doc = Tokenized(text);
  std::vector<internal::QuotePair> quotes;
  std::vector<uint8_t> role;
  internal::PairQuotes(doc.tokens(), doc.paragraphs(), max_tokens, quotes,
                       role);
  std::vector<std::string> out;
  for (const auto& q : quotes) {
    const uint32_t b = doc.tokens().begin(q.open);
    const uint32_t e = doc.tokens().end(q.close);
    out.push_back(std::string(doc.text().substr(b, e - b)) +
                  (q.top_level ? "" : " (nested)"));
  }
  return out;
}

TEST(ClaimsQuotesTest, PairsEveryStyle) {
  EXPECT_THAT(Pairs("A “b c” d."), ::testing::ElementsAre("“b c”"));
  EXPECT_THAT(Pairs("A \"b c\" d."), ::testing::ElementsAre("\"b c\""));
  EXPECT_THAT(Pairs("A «b c» d."), ::testing::ElementsAre("«b c»"));
  EXPECT_THAT(Pairs("A „b c“ d."), ::testing::ElementsAre("„b c“"));
  EXPECT_THAT(Pairs("A ‹b c› d."), ::testing::ElementsAre("‹b c›"));
  EXPECT_THAT(Pairs("A »b c« d."), ::testing::ElementsAre("»b c«"));
}

TEST(ClaimsQuotesTest, NestedSingleInsideDouble) {
  EXPECT_THAT(
      Pairs("He said “she wrote ‘no’ twice” then."),
      ::testing::ElementsAre("“she wrote ‘no’ twice”", "‘no’ (nested)"));
}

TEST(ClaimsQuotesTest, ApostrophesAreNotQuotes) {
  EXPECT_THAT(Pairs("Russia’s army and the 1990s’ crisis."), IsEmpty());
}

TEST(ClaimsQuotesTest, ReopenedParagraphContinuesTheQuote) {
  EXPECT_THAT(Pairs("“One.\n\n“Two.”\n\nThree."),
              ::testing::ElementsAre("“One.\n\n“Two.”"));
}

TEST(ClaimsQuotesTest, UnclosedQuoteIsDroppedAtParagraphEnd) {
  EXPECT_THAT(Pairs("“One two.\n\nThree “four” five."),
              ::testing::ElementsAre("“four”"));
}

TEST(ClaimsQuotesTest, UnclosedQuoteIsDroppedAfterTheLimit) {
  std::string text = "“";
  for (int i = 0; i < 40; ++i) text += "w ";
  text += "“x” y.";
  EXPECT_THAT(Pairs(text, 20), ::testing::ElementsAre("“x”"));
}

// The per-token quote pairing that PairQuotes() replaced (it now visits only
// quote marks and paragraph transitions): kept here as the reference the
// new one must match on every input.
namespace reference {
enum Family : uint8_t { kDouble = 1, kSingle = 2 };
enum Code : uint8_t {
  kPlain = 0,
  kLowDouble = 1,
  kLowSingle = 2,
  kLeftGuil = 3,
  kRightGuil = 4,
  kLeftCurly = 5
};
struct Mark {
  Family family;
  Code code;
};
Mark MarkOf(std::string_view t) {
  if (t.empty()) return {kDouble, kPlain};
  const unsigned char c0 = t[0];
  if (c0 == '"') return {kDouble, kPlain};
  if (c0 == '\'' || c0 == '`') return {kSingle, kPlain};
  if (t.size() >= 2 && c0 == 0xC2) {
    const unsigned char c1 = t[1];
    if (c1 == 0xAB) return {kDouble, kLeftGuil};
    if (c1 == 0xBB) return {kDouble, kRightGuil};
  }
  if (t.size() >= 3 && c0 == 0xE2 && static_cast<unsigned char>(t[1]) == 0x80) {
    switch (static_cast<unsigned char>(t[2])) {
      case 0x9C:
        return {kDouble, kLeftCurly};
      case 0x9D:
        return {kDouble, kPlain};
      case 0x9E:
        return {kDouble, kLowDouble};
      case 0x9F:
        return {kDouble, kPlain};
      case 0x98:
        return {kSingle, kLeftCurly};
      case 0x99:
        return {kSingle, kPlain};
      case 0x9A:
        return {kSingle, kLowSingle};
      case 0xB9:
        return {kSingle, kLeftGuil};
      case 0xBA:
        return {kSingle, kRightGuil};
      default:
        break;
    }
  }
  return {kDouble, kPlain};
}
bool ClosesOddPair(Code open, Code tok) {
  return (open == kLowDouble && tok == kLeftCurly) ||
         (open == kLowSingle && tok == kLeftCurly) ||
         (open == kRightGuil && tok == kLeftGuil);
}
struct Open {
  uint32_t tok;
  Mark mark;
};
void PairQuotes(const Tokens& tokens, const std::vector<TextUnit>& paragraphs,
                uint32_t max_quote_tokens,
                std::vector<internal::QuotePair>& quotes,
                std::vector<uint8_t>& role) {
  using internal::kCloseMark;
  using internal::kNotQuote;
  using internal::kOpenMark;
  using internal::kReopenMark;
  using internal::kStrayMark;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  quotes.clear();
  role.assign(n, kNotQuote);
  constexpr int kMaxDepth = 4;
  Open stack[kMaxDepth];
  int depth = 0;
  size_t p = 0;
  uint32_t para_end = paragraphs.empty() ? n : paragraphs[0].token_end;
  auto space_after = [&](uint32_t i) {
    return i + 1 >= n || tokens.has(i + 1, token_flags::kSpaceBefore |
                                               token_flags::kNewlineBefore);
  };
  auto abandon = [&](int from) {
    for (int d = from; d < depth; ++d) role[stack[d].tok] = kStrayMark;
    depth = from;
  };
  for (uint32_t i = 0; i < n; ++i) {
    while (i >= para_end && p + 1 < paragraphs.size()) {
      ++p;
      para_end = paragraphs[p].token_end;
      if (depth > 0) {
        const TokenKind k = tokens.kind(i);
        const bool reopen =
            (k == TokenKind::kOpenQuote || k == TokenKind::kAmbiguousQuote) &&
            MarkOf(tokens.text(i)).family == stack[0].mark.family &&
            i == paragraphs[p].token_begin;
        if (reopen) {
          abandon(1);
          role[i] = kReopenMark;
          goto next_token;
        }
        abandon(0);
      }
    }
    if (depth > 0 && i - stack[0].tok > max_quote_tokens) abandon(0);
    {
      const TokenKind kind = tokens.kind(i);
      if (kind != TokenKind::kOpenQuote && kind != TokenKind::kCloseQuote &&
          kind != TokenKind::kAmbiguousQuote) {
        continue;
      }
      const Mark mark = MarkOf(tokens.text(i));
      int match = -1;
      for (int d = depth - 1; d >= 0; --d) {
        if (stack[d].mark.family == mark.family) {
          match = d;
          break;
        }
      }
      bool closes = false;
      if (match >= 0) {
        if (kind == TokenKind::kCloseQuote) {
          closes = true;
        } else if (kind == TokenKind::kOpenQuote) {
          closes =
              ClosesOddPair(stack[match].mark.code, mark.code) ||
              (!tokens.has(i, token_flags::kSpaceBefore |
                                  token_flags::kNewlineBefore) &&
               space_after(i) && match == depth - 1 && mark.family == kDouble);
        } else {
          closes = !tokens.has(i, token_flags::kSpaceBefore |
                                      token_flags::kNewlineBefore) ||
                   space_after(i);
        }
      }
      if (closes) {
        abandon(match + 1);
        quotes.push_back({stack[match].tok, i, false});
        role[stack[match].tok] = kOpenMark;
        role[i] = kCloseMark;
        depth = match;
        continue;
      }
      if (kind == TokenKind::kCloseQuote) {
        role[i] = kStrayMark;
        continue;
      }
      if (mark.family == kSingle && kind == TokenKind::kAmbiguousQuote &&
          depth == 0) {
        role[i] = kStrayMark;
        continue;
      }
      if (depth == kMaxDepth) {
        role[i] = kStrayMark;
        continue;
      }
      stack[depth++] = Open{i, mark};
      role[i] = kStrayMark;
    }
  next_token:;
  }
  abandon(0);
  std::sort(quotes.begin(), quotes.end(),
            [](const internal::QuotePair& a, const internal::QuotePair& b) {
              return a.open < b.open;
            });
  uint32_t last_close = 0;
  bool any = false;
  for (internal::QuotePair& q : quotes) {
    if (!any || q.open > last_close) {
      q.top_level = true;
      last_close = q.close;
      any = true;
    }
  }
}
}  // namespace reference

// Random texts of words, every quote style, spaces, line breaks and blank
// lines; the tokenizer's paragraphs and random paragraph lists (empty ones,
// gaps, overlaps), several quote limits.
TEST(ClaimsQuotesTest, MatchesThePerTokenReferenceOnRandomTexts) {
  const std::vector<std::string> pieces = {
      "w",  "word", " ",  " ",   "\n",  "\n\n",  ".",      ",",  "“", "”",
      "\"", "'",    "‘",  "’",   "«",   "»",     "„",      "‹",  "›", "‚",
      "`",  " “",   "” ", " \"", "\" ", "\n\n“", "\n\n\"", " '", "' "};
  std::mt19937 rng(20261122);
  auto tok = Tokenizer::Create({});
  ASSERT_TRUE(tok.ok());
  int compared = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int len = 1 + static_cast<int>(rng() % 120);
    for (int k = 0; k < len; ++k) text += pieces[rng() % pieces.size()];
    Document doc = Document::Owning(text);
    ASSERT_TRUE(tok->Process(doc).ok());
    const uint32_t n = static_cast<uint32_t>(doc.tokens().size());
    std::vector<TextUnit> paras = doc.paragraphs();
    if (round % 3 == 1) {
      // Random paragraph boundaries, some empty, some with gaps.
      paras.clear();
      uint32_t b = 0;
      while (b < n && paras.size() < 20) {
        const uint32_t gap =
            rng() % 4 == 0 ? static_cast<uint32_t>(rng() % 3) : 0u;
        const uint32_t e =
            std::min(n, b + gap + static_cast<uint32_t>(rng() % 12));
        paras.push_back(TextUnit{{0, 0}, std::min(n, b + gap), e});
        b = e;
      }
    } else if (round % 3 == 2) {
      paras.clear();
    }
    for (uint32_t max_tokens : {8u, 11u, 600u}) {
      std::vector<internal::QuotePair> want, got;
      std::vector<uint8_t> want_role, got_role;
      reference::PairQuotes(doc.tokens(), paras, max_tokens, want, want_role);
      internal::PairQuotes(doc.tokens(), paras, max_tokens, got, got_role);
      ASSERT_EQ(got_role, want_role) << text << " max " << max_tokens;
      ASSERT_EQ(got.size(), want.size()) << text;
      for (size_t q = 0; q < got.size(); ++q) {
        EXPECT_EQ(got[q].open, want[q].open) << text;
        EXPECT_EQ(got[q].close, want[q].close) << text;
        EXPECT_EQ(got[q].top_level, want[q].top_level) << text;
      }
      ++compared;
    }
  }
  EXPECT_EQ(compared, 9000);
}

TEST(ClaimsOptionsTest, InvalidOptionsAreRejectedWithTheFieldName) {
  ClaimOptions o;
  o.min_confidence = 2;
  EXPECT_THAT(std::string(ClaimAttributor::Create(o).status().message()),
              HasSubstr("min_confidence"));
  o = {};
  o.max_quote_tokens = 3;
  EXPECT_THAT(std::string(ClaimAttributor::Create(o).status().message()),
              HasSubstr("max_quote_tokens"));
  o = {};
  o.max_source_tokens = 100;
  EXPECT_THAT(std::string(ClaimAttributor::Create(o).status().message()),
              HasSubstr("max_source_tokens"));
}

TEST(ClaimsOptionsTest, HeadlineColonCanBeSwitchedOff) {
  ClaimOptions off;
  off.headline_colon = false;
  EXPECT_THAT(Claims("Mayor Lee: “The metro opens in June”\n\nText.", {}, off),
              IsEmpty());
}

TEST(ClaimsRobustnessTest, UntokenizedDocumentIsAnError) {
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr.ok());
  Document doc("Some text.");
  absl::Status s = attr->Process(doc);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(s.message()), HasSubstr("Tokenizer"));
  Document empty("");
  EXPECT_TRUE(attr->Process(empty).ok());
}

TEST(ClaimsRobustnessTest, WorksWithoutSentencesAndParagraphs) {
  // A host tokenizer that fills tokens only.
  Document doc = Tokenized("The navy said that the ship sank.");
  doc.mutable_sentences().clear();
  doc.mutable_paragraphs().clear();
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  ASSERT_THAT(doc.claims(), SizeIs(1));
  EXPECT_EQ(doc.text(doc.claims()[0].content), "the ship sank");
}

TEST(ClaimsRobustnessTest, MillionUnmatchedQuotesFinishWithoutClaims) {
  const std::string text = UnmatchedQuotes(1'000'000);
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  // Every claim (if any) has a bounded content, never the whole text.
  for (const Claim& c : doc.claims()) EXPECT_LT(c.content.size(), 20000u);
}

TEST(ClaimsRobustnessTest, MillionHeSaidFinish) {
  const std::string text = HeSaid(1'000'000);
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  for (const Claim& c : doc.claims()) EXPECT_LT(c.content.size(), 20000u);
}

TEST(ClaimsRobustnessTest, ManyShortHeSaidSentences) {
  std::string text;
  for (int i = 0; i < 200'000; ++i) text += "He said it was fine. ";
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
  EXPECT_EQ(doc.claims().size(), 200'000u);
}

TEST(ClaimsRobustnessTest, DeeplyNestedQuotesFinish) {
  const std::string text = NestedQuotes(100'000);
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr->Process(doc).ok());
}

// A second run on the same document appends its claims after the first
// run's, sorted the same way (the sort then works on the appended part only).
TEST(ClaimsRobustnessTest, SecondRunAppendsTheSameSortedClaims) {
  const std::string text =
      "“The bridge is safe,” the minister said.\n\n“We checked every beam "
      "and every bolt of it twice this year.” Later, the mayor said that the "
      "road would reopen.";
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr.ok());
  ASSERT_TRUE(attr->Process(doc).ok());
  const std::vector<ClaimView> first = Views(doc);
  ASSERT_THAT(first, SizeIs(3));
  // The uncued quote is found last but sorts between the two cued claims.
  EXPECT_EQ(first[1].content,
            "We checked every beam and every bolt of it "
            "twice this year.");
  EXPECT_EQ(first[2].content, "the road would reopen");
  ASSERT_TRUE(attr->Process(doc).ok());
  const std::vector<ClaimView> both = Views(doc);
  ASSERT_THAT(both, SizeIs(6));
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(both[k + 3].content, first[k].content);
    EXPECT_EQ(both[k + 3].source, first[k].source);
    EXPECT_EQ(both[k + 3].rule, first[k].rule);
  }
}

TEST(ClaimsRobustnessTest, NestedClaimEndingAtItsQuoteKeepsAContent) {
  // Found by pipeline_fuzzer: a cue inside a quote whose content starts at
  // the closing mark; clamping the content to the quote once gave an
  // inverted span [40, 39).
  const std::string text =
      "The final chapter of \"The Sca said that \" says that her tombstone "
      "bore the letter \"A\"\n";
  Document doc = Tokenized(text);
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(attr.ok());
  ASSERT_TRUE(attr->Process(doc).ok());
  for (const Claim& c : doc.claims()) {
    EXPECT_LT(c.content.begin, c.content.end);
    EXPECT_LE(c.content.end, text.size());
  }
}

TEST(ClaimsRobustnessTest, SameResultsFromManyThreadsAndReusedDocuments) {
  const std::string text =
      "“The dam holds,” the engineer said. The mayor said that the town is "
      "safe. According to the police, roads are closed.";
  auto tok = Tokenizer::Create({});
  auto attr = ClaimAttributor::Create({});
  ASSERT_TRUE(tok.ok() && attr.ok());
  Document ref(text);
  ASSERT_TRUE(tok->Process(ref).ok() && attr->Process(ref).ok());
  const std::vector<ClaimView> expected = Views(ref);
  ASSERT_THAT(expected, SizeIs(3));
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      Document doc;
      int good = 0;
      for (int i = 0; i < 200; ++i) {
        doc.Reset(i % 2 ? text : std::string_view("He left."));
        if (!tok->Process(doc).ok() || !attr->Process(doc).ok()) continue;
        const auto views = Views(doc);
        if (i % 2 == 0 ? views.empty()
                       : views.size() == expected.size() &&
                             views[0].content == expected[0].content &&
                             views[2].source == expected[2].source) {
          ++good;
        }
      }
      ok[t] = good;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 200);
}

// Every field of every claim, for comparing runs.
std::string Dump(const std::vector<ClaimView>& claims) {
  std::string out;
  for (const ClaimView& c : claims) {
    out += ::testing::PrintToString(c) + " lemma=" + c.lemma +
           " type=" + std::to_string(static_cast<int>(c.source_type)) +
           " conf=" + std::to_string(c.confidence) + " about=";
    for (const std::string& a : c.about) out += a + ";";
    out += "\n";
  }
  return out;
}

// The per-thread scratch keeps its per-token arrays (punctuation codes, cue
// forms, word classes) at their defaults between calls: a call resets what
// it set; the covering mention and quote of a token are read only where a
// bit of the call says the call set them. A document processed on a
// thread that has just processed a longer one, full of cues, quotes,
// mentions and commas at the same token positions, gets exactly the claims
// it gets on a fresh thread.
TEST(ClaimsRobustnessTest, ClaimsDoNotDependOnTheThreadsEarlierDocuments) {
  std::string big;
  std::vector<HandMention> big_mentions;
  for (int k = 0; k < 40; ++k) {
    big +=
        "“We will not stop,” Ivanov said, and the ministry added that "
        "talks, according to officials, would resume; Petrov warned: "
        "“Never.” ";
    big_mentions.push_back({"Ivanov", EntityType::kPer, "Oleg Ivanov", k});
    big_mentions.push_back({"Petrov", EntityType::kPer, "Anna Petrova", k});
  }
  // Sentences whose windows (subject, adverbials, content) span many
  // tokens, where the longer text had its cues, commas, quotes and names.
  std::string small;
  for (int k = 0; k < 30; ++k) {
    small +=
        "The regional officials from the northern district of the old "
        "province said on Tuesday that the main bridge over the river "
        "would be closed for repairs until the end of the year. ";
  }
  small += "Later, the Acme Corporation said that prices would rise.";
  const std::vector<HandMention> small_mentions = {
      {"Acme Corporation", EntityType::kOrg, "Acme Corporation", 0}};

  std::string fresh;
  std::thread([&] { fresh = Dump(Claims(small, small_mentions)); }).join();
  ASSERT_THAT(fresh, HasSubstr("prices would rise"));
  ASSERT_THAT(fresh, HasSubstr("Acme Corporation"));

  ASSERT_THAT(Claims(big, big_mentions), SizeIs(::testing::Gt(100u)));
  EXPECT_EQ(Dump(Claims(small, small_mentions)), fresh);
  // And the longer one again, after the shorter one.
  std::string big_fresh;
  std::thread([&] { big_fresh = Dump(Claims(big, big_mentions)); }).join();
  EXPECT_EQ(Dump(Claims(big, big_mentions)), big_fresh);
}

// The classification pass works on blocks of 64 tokens (punctuation codes,
// quote marks, "and"/"but" and cue words from bit masks): the same sentences
// after 0 to 140 tokens of filler, so that each of their tokens falls at
// every place in a block and at both sides of a block boundary, give the
// same claims.
TEST(ClaimsRobustnessTest, SameClaimsAtEveryOffsetInTheTokenBlocks) {
  const std::string body =
      "“We will win,” the mayor said, and the council agreed that the plan "
      "would work... Critics, however, said: “It will fail.” The aide "
      "told reporters the budget was balanced…";
  const std::vector<ClaimView> reference = Claims(body);
  std::vector<std::string> triples;
  for (const ClaimView& c : reference) {
    triples.push_back(c.source + " | " + c.cue + " | " + c.content);
  }
  // (The ellipses end the contents: their codes come from the key hash.)
  EXPECT_THAT(triples, ::testing::ElementsAre(
                           "the mayor | said | We will win,",
                           "the council | agreed | the plan would work",
                           "Critics | said | It will fail.",
                           "The aide | told | the budget was balanced"));
  for (int filler = 1; filler <= 140; ++filler) {
    std::string text;
    for (int k = 1; k < filler; ++k) text += "rain ";
    text += ".\n\n" + body;
    EXPECT_EQ(Dump(Claims(text)), Dump(reference)) << filler;
  }
}

// The block scan runs a few thousand tokens ahead of the rules, in steps
// (attributor.cc, kScanLead and kScanStep), and further when a rule reads
// past it: a long document made of copies of one text has the claims of the
// text in every copy, wherever the steps fall (quotes that paragraphs reopen,
// contents that reach a stop, ";" and ", according to" included). (With a
// lead of 0 and Run::Need() made a no-op, the quote over three sentences
// that ", adding" ends runs on in some copies: checked.)
TEST(ClaimsRobustnessTest, SameClaimsInEveryCopyOfALongDocument) {
  const std::string body =
      "The minister said on Friday that the bridge would open in June, "
      "according to officials.\n\n“We will build it. It will be long.\n\n"
      "“And we will pay for it,” the mayor said. Residents said there had "
      "been no warning; the agency told reporters the cost was rising.\n\n"
      "Critics, however, said: “It will fail. It will cost more. Nobody "
      "asked us,” adding that the vote was rushed. According to the union, "
      "workers will strike on Monday.\n\n";
  const std::vector<ClaimView> one = Claims(body);
  ASSERT_GE(one.size(), 5u);
  std::string text;
  for (int copy = 0; copy < 120; ++copy) text += body;
  const std::vector<ClaimView> all = Claims(text);
  ASSERT_EQ(all.size(), 120 * one.size());
  for (size_t copy = 0; copy < 120; ++copy) {
    const std::vector<ClaimView> part(all.begin() + copy * one.size(),
                                      all.begin() + (copy + 1) * one.size());
    EXPECT_EQ(Dump(part), Dump(one)) << copy;
  }
}

// The first mention over a token (in the order of Document::mentions())
// is its mention, whether the mentions come in token order (their tokens
// are written as the block scan goes) or not (written before it): a PER
// mention inside the source wins over an ORG one only where it is the
// token's mention.
TEST(ClaimsRobustnessTest, FirstMentionOverATokenInAnyOrder) {
  auto entity = [](bool person_first) {
    auto tok = Tokenizer::Create({});
    auto attr = ClaimAttributor::Create({});
    EXPECT_TRUE(tok.ok() && attr.ok());
    Document doc = Document::Owning("Mayor Lee said the plan works.");
    EXPECT_TRUE(tok->Process(doc).ok());
    Mention office;  // "Mayor Lee", tokens 0-1
    office.span = {0, 9};
    office.token_begin = 0;
    office.token_end = 2;
    office.entity = {"test:office", "Office of Mayor Lee", EntityType::kOrg};
    Mention person;  // "Lee", token 1
    person.span = {6, 9};
    person.token_begin = 1;
    person.token_end = 2;
    person.entity = {"test:lee", "Ann Lee", EntityType::kPer};
    // person first: not in token order.
    doc.mutable_mentions() = person_first
                                 ? std::vector<Mention>{person, office}
                                 : std::vector<Mention>{office, person};
    EXPECT_TRUE(attr->Process(doc).ok());
    EXPECT_THAT(doc.claims(), SizeIs(1));
    return doc.claims().empty() || !doc.claims()[0].source_entity
               ? std::string()
               : std::string(doc.claims()[0].source_entity->canonical);
  };
  EXPECT_EQ(entity(true), "Ann Lee");
  EXPECT_EQ(entity(false), "Office of Mayor Lee");
}

}  // namespace
}  // namespace sayso::testing
