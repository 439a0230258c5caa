// File: fuzz/sentence_fuzzer.cc
// -----------------------------------------------------------------------------
// The sentence splitter, through the news-mode Tokenizer, with a dictionary
// of what decides sentence boundaries (fuzz/sentence.dict: abbreviations,
// initials, quotes, terminal punctuation, line breaks). Checks that sentences
// and paragraphs partition the tokens in order, that every sentence lies in
// one paragraph, that splitting sentences never changes the tokens, and
// that the tokenizer's split (from its event list, in chunks, with the line
// counts it keeps) equals the splitter's own from every token.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "sayso/tokenizer.h"
#include "tokenizer/sentence_splitter.h"

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
  // The splitter from scratch, looking at every token that is not a plain
  // word or number, gives the same sentences and paragraphs.
  const std::vector<sayso::TextUnit> tokenizer_sentences = doc.sentences();
  const std::vector<sayso::TextUnit> tokenizer_paragraphs = doc.paragraphs();
  sayso::internal::SplitParagraphsAndSentences(doc, /*sentences=*/true);
  SAYSO_FUZZ_CHECK(doc.sentences() == tokenizer_sentences,
                   "the tokenizer's sentences differ from the splitter's");
  SAYSO_FUZZ_CHECK(doc.paragraphs() == tokenizer_paragraphs,
                   "the tokenizer's paragraphs differ from the splitter's");
  SAYSO_FUZZ_CHECK(tokens_only.sentences().empty(),
                   "sentences filled with split_sentences = false");
  return 0;
}
