// Hostile input through the full Pipeline (tokenizer, gazetteer, claims):
// every class of ill-formed UTF-8, NUL bytes, megabyte lines without a space,
// a million unmatched quote marks, a million "he said", deeply nested quotes,
// megabytes of emoji. Each must complete with valid offsets and no text lost
// (tests/document_invariants.h). Sizes are a few MB here (divided by 4 under
// sanitizers); bench/hostile_bench.cc measures the same inputs at N and 2N
// for linearity, docs/reliability.md reports the 100 MB / 50 MB runs.
#include <sys/mman.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "document_invariants.h"
#include "gtest/gtest.h"
#include "hostile_inputs.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"
#include "sayso/json.h"
#include "sayso/pipeline.h"
#include "sayso/tokenizer.h"
#include "small_gazetteer.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SAYSO_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SAYSO_SANITIZED 1
#endif
#endif

namespace sayso {
namespace {

using ::sayso::testing::CheckDocumentInvariants;

#ifdef SAYSO_SANITIZED
constexpr size_t kScale = 4;  // sanitizers run 3-10x slower
#else
constexpr size_t kScale = 1;
#endif
constexpr size_t kMiB = 1 << 20;

const Pipeline& SharedPipeline() {
  return testing::SharedTestPipeline("hostile_input_test");
}

// Annotates `text` into `doc`, expecting success and every invariant.
void AnnotateAndCheck(const std::string& text, Document& doc) {
  absl::Status status = SharedPipeline().Annotate(text, doc);
  ASSERT_TRUE(status.ok()) << status;
  EXPECT_EQ(CheckDocumentInvariants(doc), "");
}

size_t CountTokens(const Document& doc, std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    n += doc.tokens().text(i) == text;
  }
  return n;
}

size_t CountKind(const Document& doc, TokenKind kind) {
  size_t n = 0;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    n += doc.tokens().kind(i) == kind;
  }
  return n;
}

size_t CountOccurrences(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t pos = 0; (pos = text.find(needle, pos)) != text.npos;
       pos += needle.size()) {
    ++n;
  }
  return n;
}

size_t CountHighBytes(std::string_view text) {
  return std::count_if(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80;
  });
}

// White space only (the pipeline_fuzzer's "\n"): the tokenizer finds no
// token, and the later stages must take that as an empty document, not as a
// document nobody tokenized.
TEST(HostileInputTest, WhiteSpaceOnlyDocumentsAnnotateEmpty) {
  const std::string texts[] = {"\n",          " \n\t ",        "\r\n\r\n",
                               "\n\n\n\n",    "\u00A0 \u2028", "\u200B",
                               "\u3000\u3000"};
  for (size_t i = 0; i < std::size(texts); ++i) {
    SCOPED_TRACE(i);
    const std::string& text = texts[i];
    Document doc;
    AnnotateAndCheck(text, doc);
    EXPECT_TRUE(doc.tokens().empty());
    EXPECT_TRUE(doc.tokens().tokenized());
    EXPECT_TRUE(doc.sentences().empty());
    EXPECT_TRUE(doc.mentions().empty());
    EXPECT_TRUE(doc.claims().empty());
  }
  // Not tokenized at all: still an error for a stage that needs tokens.
  Document untokenized("Kyiv said so.");
  EXPECT_FALSE(untokenized.tokens().tokenized());
}

TEST(HostileInputTest, EveryClassOfIllFormedUtf8BecomesInvalidTokens) {
  for (const testing::IllFormedSample& sample : testing::IllFormedSamples()) {
    SCOPED_TRACE(sample.name);
    // "a <bad> b<bad>c": alone between spaces, and glued to letters.
    const std::string bad(sample.bytes);
    const std::string text = "a " + bad + " b" + bad + "c";
    Document doc;
    AnnotateAndCheck(text, doc);
    ASSERT_FALSE(doc.tokens().empty());
    EXPECT_EQ(doc.tokens().text(0), "a");
    // Every ill-formed byte (all the samples' bytes >= 0x80 are) is in a
    // kInvalid token, and nothing else is.
    size_t invalid_bytes = 0;
    for (size_t i = 0; i < doc.tokens().size(); ++i) {
      if (doc.tokens().kind(i) == TokenKind::kInvalid) {
        invalid_bytes += doc.tokens().span(i).size();
        EXPECT_EQ(doc.tokens().key(i), "");
      }
    }
    EXPECT_EQ(invalid_bytes, 2 * CountHighBytes(bad));
    // At least one kInvalid token per occurrence, at most one per subpart.
    EXPECT_GE(CountKind(doc, TokenKind::kInvalid), 2u);
    EXPECT_LE(CountKind(doc, TokenKind::kInvalid), 2u * sample.subparts);
  }
}

TEST(HostileInputTest, StrictPolicyNamesTheFirstIllFormedByte) {
  TokenizerOptions options;
  options.invalid_utf8 = TokenizerOptions::InvalidUtf8::kError;
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create(options);
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.status();
  for (const testing::IllFormedSample& sample : testing::IllFormedSamples()) {
    SCOPED_TRACE(sample.name);
    const std::string text = "abc " + std::string(sample.bytes) + " def";
    Document doc(text);
    absl::Status status = tokenizer->Process(doc);
    EXPECT_TRUE(absl::IsInvalidArgument(status)) << status;
    EXPECT_NE(status.message().find("byte 4"), std::string::npos) << status;
  }
}

TEST(HostileInputTest, MegabytesOfMixedIllFormedText) {
  const std::string text = testing::IllFormedText(2 * kMiB / kScale);
  Document doc;
  AnnotateAndCheck(text, doc);
  EXPECT_EQ(CountTokens(doc, "word"), CountOccurrences(text, "word "));
  size_t invalid_bytes = 0;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    if (doc.tokens().kind(i) == TokenKind::kInvalid) {
      invalid_bytes += doc.tokens().span(i).size();
    }
  }
  EXPECT_EQ(invalid_bytes, CountHighBytes(text));
}

TEST(HostileInputTest, NulBytes) {
  const std::string text = testing::NulText(1 * kMiB / kScale);
  ASSERT_NE(text.find('\0'), std::string::npos);
  Document doc;
  AnnotateAndCheck(text, doc);
  // "Kyiv\0said \0 \0\0 he said.\0\n": NUL is never part of a word.
  const size_t units = CountOccurrences(text, "Kyiv");
  EXPECT_EQ(CountTokens(doc, "Kyiv"), units);
  EXPECT_EQ(CountTokens(doc, "he"), units);
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    std::string_view t = doc.tokens().text(i);
    if (t.find('\0') != std::string_view::npos) {
      EXPECT_EQ(t.find_first_not_of('\0'), std::string_view::npos)
          << "token " << i << " mixes NUL and text";
    }
  }
  // The JSON writer escapes them.
  std::string json;
  AppendDocumentJson(doc, "nul", {.tokens = true}, &json);
  EXPECT_EQ(json.find('\0'), std::string::npos);
}

TEST(HostileInputTest, LongLineWithoutSpaces) {
  const std::string text = testing::LongLine(4 * kMiB / kScale);
  Document doc;
  AnnotateAndCheck(text, doc);
  // No white space at all: the tokens tile the whole text.
  ASSERT_FALSE(doc.tokens().empty());
  EXPECT_EQ(doc.tokens().begin(0), 0u);
  EXPECT_EQ(doc.tokens().end(doc.tokens().size() - 1), text.size());
  for (size_t i = 1; i < doc.tokens().size(); ++i) {
    ASSERT_EQ(doc.tokens().begin(i), doc.tokens().end(i - 1));
  }
}

TEST(HostileInputTest, MillionUnmatchedQuoteMarks) {
  const size_t count = 1'000'000 / kScale;
  const std::string text = testing::UnmatchedQuotes(count);
  Document doc;
  AnnotateAndCheck(text, doc);
  size_t words = 0;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    std::string_view t = doc.tokens().text(i);
    words += t.size() >= 3 && t.substr(t.size() - 3) == "war";
  }
  EXPECT_EQ(words, count);
  EXPECT_LE(doc.claims().size(), count);
}

TEST(HostileInputTest, MillionHeSaid) {
  const size_t count = 1'000'000 / kScale;
  const std::string text = testing::HeSaid(count);
  Document doc;
  AnnotateAndCheck(text, doc);
  EXPECT_EQ(doc.tokens().size(), 2 * count);
  EXPECT_EQ(CountTokens(doc, "he"), count);
  EXPECT_EQ(CountTokens(doc, "said"), count);
  EXPECT_LE(doc.claims().size(), count);
}

TEST(HostileInputTest, DeeplyNestedQuotes) {
  for (size_t depth : {size_t{1}, size_t{64}, 100'000 / kScale}) {
    SCOPED_TRACE(depth);
    const std::string text = testing::NestedQuotes(depth);
    Document doc;
    AnnotateAndCheck(text, doc);
    EXPECT_EQ(CountTokens(doc, "Putin"), depth);
    EXPECT_EQ(CountTokens(doc, "over"), 1u);
  }
}

TEST(HostileInputTest, MegabytesOfEmoji) {
  const std::string text = testing::EmojiText(4 * kMiB / kScale);
  Document doc;
  AnnotateAndCheck(text, doc);
  // The longest emoji of the text (the ZWJ family) is 25 bytes: no emoji
  // token swallows its neighbours.
  size_t longest = 0;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    longest = std::max<size_t>(longest, doc.tokens().span(i).size());
  }
  EXPECT_LE(longest, 25u);
  // Per unit: the family, two flags, the thumb, the heart, the fire (the
  // keycap may be a number).
  const size_t units = CountOccurrences(text, "\xF0\x9F\x91\x8D");
  EXPECT_GE(CountKind(doc, TokenKind::kEmoji), 5 * units);
}

TEST(HostileInputTest, EndlessZwjChainAndFlagRun) {
  for (const std::string& text : {testing::EmojiZwjChain(1 * kMiB / kScale),
                                  testing::FlagRun(1 * kMiB / kScale)}) {
    Document doc;
    AnnotateAndCheck(text, doc);
  }
}

TEST(HostileInputTest, FlagRunPairsRegionalIndicators) {
  const std::string text = testing::FlagRun(8 * 1000);
  Document doc;
  AnnotateAndCheck(text, doc);
  ASSERT_EQ(doc.tokens().size(), 1000u);
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    ASSERT_EQ(doc.tokens().span(i).size(), 8u) << "token " << i;
  }
}

// A text over kMaxDocumentBytes is refused before a byte of it is read: the
// view points at 4 GiB of inaccessible address space, so any read would
// crash the test.
TEST(HostileInputTest, DocumentOverTheLimitIsRejectedUnread) {
  const size_t size = size_t{kMaxDocumentBytes} + 1;
  void* region = mmap(nullptr, size, PROT_NONE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (region == MAP_FAILED)
    GTEST_SKIP() << "cannot reserve 4 GiB of address space";
  const std::string_view text(static_cast<const char*>(region), size);
  Document doc;
  absl::Status status = SharedPipeline().Annotate(text, doc);
  EXPECT_TRUE(absl::IsInvalidArgument(status)) << status;
  EXPECT_NE(status.message().find("over the limit"), std::string::npos)
      << status;
  EXPECT_TRUE(doc.tokens().empty());
  munmap(region, size);
}

}  // namespace
}  // namespace sayso
