// The news-mode scanner: splits a Document's text into tokens (no sentences;
// see sentence_splitter.h). The rules are documented in docs/tokenization.md.
//
// Example:
//   sayso::Document doc("Lt.-Gen. Ivanov didn't say.");
//   absl::Status s = sayso::internal::TokenizeNews(options, doc);
//   // tokens: Lt.-Gen.  Ivanov  did  n't  say  .
#ifndef SAYSO_LIB_TOKENIZER_NEWS_TOKENIZER_H_
#define SAYSO_LIB_TOKENIZER_NEWS_TOKENIZER_H_

#include <cstdint>
#include <vector>

#include "absl/status/status.h"
#include "sayso/document.h"
#include "sayso/tokenizer.h"

namespace sayso::internal {

// TokenizeNews()
// Appends the tokens of doc.text() to doc.mutable_tokens() (which the caller
// has cleared). Returns InvalidArgument("invalid UTF-8 at byte N") when
// options.invalid_utf8 == kError and the text is ill-formed.
// If `events` is given, it is cleared and receives, in order, the indices of
// the tokens the sentence splitter must look at: every token with
// kAbbreviation, kNewlineBefore or kBlankLineBefore, and every kPunct,
// kSymbol or kDash token that starts with . ! ? or a non-ASCII character
// (terminal marks, ellipses, bullets). The other tokens never end a
// sentence, start a paragraph or act as a bullet. Then the paragraphs (and,
// with options.split_sentences, the sentences) are also filled, one
// paragraph at a time as soon as it is complete (sentence_splitter.h,
// SplitParagraph()), while its tokens are still in cache; the caller clears
// them first.
// fast_paths = false sends every token through the full scanners instead of
// the shortcuts for plain ASCII words (FastRun()): the output must be the
// same, and tokenizer_fast_path_test checks that it is.
absl::Status TokenizeNews(const TokenizerOptions& options, Document& doc,
                          std::vector<uint32_t>* events = nullptr,
                          bool fast_paths = true);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_NEWS_TOKENIZER_H_
