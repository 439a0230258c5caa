// File: fuzz/sentence_fuzzer.cc
// -----------------------------------------------------------------------------
// The sentence splitter, through the news-mode Tokenizer, with a dictionary
// of what decides sentence boundaries (fuzz/sentence.dict: abbreviations,
// initials, quotes, terminal punctuation, line breaks). Checks that sentences
// and paragraphs partition the tokens in order, that every sentence lies in
// one paragraph, and that splitting sentences never changes the tokens.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "sayso/tokenizer.h"

namespace {

using sayso::Document;
using sayso::Tokenizer;
using sayso::TokenizerOptions;

const Tokenizer& MakeTokenizer(bool split_sentences) {
  TokenizerOptions options;
  options.split_sentences = split_sentences;
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create(options);
  SAYSO_FUZZ_CHECK(tok.ok(), tok.status().ToString());
  return *new Tokenizer(std::move(*tok));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Tokenizer& splitting = MakeTokenizer(true);
  static const Tokenizer& plain = MakeTokenizer(false);
  const std::string text(sayso::fuzz::AsText(data, size));

  Document doc(text);
  absl::Status status = splitting.Process(doc);
  SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
  sayso::fuzz::CheckInvariantsOrDie(doc, {});

  // Every sentence lies inside one paragraph.
  size_t p = 0;
  const auto& paragraphs = doc.paragraphs();
  for (const sayso::TextUnit& s : doc.sentences()) {
    while (p < paragraphs.size() && paragraphs[p].token_end <= s.token_begin) {
      ++p;
    }
    SAYSO_FUZZ_CHECK(p < paragraphs.size() &&
                         paragraphs[p].token_begin <= s.token_begin &&
                         s.token_end <= paragraphs[p].token_end,
                     "sentence [" + std::to_string(s.span.begin) + "," +
                         std::to_string(s.span.end) +
                         ") crosses a paragraph boundary");
  }

  // Sentence splitting does not change the tokens.
  Document tokens_only(text);
  status = plain.Process(tokens_only);
  SAYSO_FUZZ_CHECK(status.ok(), status.ToString());
  SAYSO_FUZZ_CHECK(tokens_only.tokens().size() == doc.tokens().size(),
                   "token count depends on split_sentences");
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    SAYSO_FUZZ_CHECK(tokens_only.tokens().span(i) == doc.tokens().span(i) &&
                         tokens_only.tokens().kind(i) == doc.tokens().kind(i),
                     "token " + std::to_string(i) +
                         " depends on split_sentences");
  }
  SAYSO_FUZZ_CHECK(tokens_only.sentences().empty(),
                   "sentences filled with split_sentences = false");
  return 0;
}
