// Paragraphs and sentences of the news mode, decided from tokens (not bytes):
// see docs/tokenization.md for the rules.
//
// Example:
//   // after TokenizeNews(options, doc):
//   sayso::internal::SplitParagraphsAndSentences(doc, /*sentences=*/true);
//   for (const sayso::TextUnit& s : doc.sentences()) ...
#ifndef SAYSO_LIB_TOKENIZER_SENTENCE_SPLITTER_H_
#define SAYSO_LIB_TOKENIZER_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <vector>

#include "sayso/document.h"

namespace sayso::internal {

// SplitParagraphsAndSentences()
// Fills doc.mutable_paragraphs() (a token with kBlankLineBefore starts a new
// paragraph) and, when `sentences` is true, doc.mutable_sentences(). Every
// token ends up in exactly one paragraph and one sentence; spans run from the
// first token's begin to the last token's end. Both vectors are cleared first.
// `events` (optional, from TokenizeNews) lists the tokens that are not plain
// words or numbers; the splitter then skips the others without reading them.
void SplitParagraphsAndSentences(Document& doc, bool sentences,
                                 const std::vector<uint32_t>* events = nullptr);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_SENTENCE_SPLITTER_H_
