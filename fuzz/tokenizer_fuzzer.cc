// File: fuzz/tokenizer_fuzzer.cc
// -----------------------------------------------------------------------------
// The Tokenizer on arbitrary bytes, in both modes and both invalid-UTF-8
// policies (chosen by the first input byte). Checks the Document invariants
// (tests/document_invariants.h), that kError fails exactly on ill-formed text
// and names the first bad byte, that kToken and kError agree on valid text,
// and that a reused Document gives the same tokens as a fresh one.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/utf8.h"
#include "fuzz_common.h"
#include "sayso/tokenizer.h"

namespace {

using sayso::Document;
using sayso::Tokenizer;
using sayso::TokenizerOptions;

// tokenizers[mode][policy].
const Tokenizer& GetTokenizer(int mode, int policy) {
  static const std::unique_ptr<Tokenizer>* tokenizers = [] {
    auto* t = new std::unique_ptr<Tokenizer>[4];
    for (int i = 0; i < 4; ++i) {
      TokenizerOptions options;
      options.mode = (i & 1) ? TokenizerOptions::Mode::kUax29
                             : TokenizerOptions::Mode::kNews;
      options.invalid_utf8 = (i & 2) ? TokenizerOptions::InvalidUtf8::kError
                                     : TokenizerOptions::InvalidUtf8::kToken;
      absl::StatusOr<Tokenizer> tok = Tokenizer::Create(options);
      SAYSO_FUZZ_CHECK(tok.ok(), tok.status().ToString());
      t[i] = std::make_unique<Tokenizer>(std::move(*tok));
    }
    return t;
  }();
  return *tokenizers[mode | (policy << 1)];
}

bool SameTokens(const Document& a, const Document& b) {
  if (a.tokens().size() != b.tokens().size()) return false;
  for (size_t i = 0; i < a.tokens().size(); ++i) {
    if (a.tokens().span(i) != b.tokens().span(i) ||
        a.tokens().kind(i) != b.tokens().kind(i) ||
        a.tokens().flags(i) != b.tokens().flags(i) ||
        a.tokens().key(i) != b.tokens().key(i)) {
      return false;
    }
  }
  return a.sentences() == b.sentences() && a.paragraphs() == b.paragraphs();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int mode = data[0] & 1;
  const int policy = (data[0] >> 1) & 1;
  const std::string text(sayso::fuzz::AsText(data + 1, size - 1));
  const size_t first_invalid = sayso::internal::FirstInvalidUtf8(text);
  const bool valid = first_invalid == text.size();

  Document doc(text);
  absl::Status status = GetTokenizer(mode, policy).Process(doc);
  if (policy == 1 && !valid) {
    SAYSO_FUZZ_CHECK(absl::IsInvalidArgument(status), status.ToString());
    const std::string expected = "byte " + std::to_string(first_invalid);
    SAYSO_FUZZ_CHECK(
        std::string(status.message()).find(expected) != std::string::npos,
        std::string(status.message()) + " does not name " + expected);
    return 0;
  }
  SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
  sayso::fuzz::CheckInvariantsOrDie(doc, {});

  // kToken and kError agree on valid text.
  if (valid) {
    Document other(text);
    status = GetTokenizer(mode, 1 - policy).Process(other);
    SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
    SAYSO_FUZZ_CHECK(SameTokens(doc, other), "kToken and kError disagree");
  }

  // A reused Document (capacity kept, layers cleared) gives the same result.
  static Document* reused = new Document();
  reused->Reset(text);
  status = GetTokenizer(mode, policy).Process(*reused);
  SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
  SAYSO_FUZZ_CHECK(SameTokens(doc, *reused), "reused Document differs");
  return 0;
}
