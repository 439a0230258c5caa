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
// `events` (optional, from TokenizeNews) lists the tokens the splitter must
// look at (news_tokenizer.h says which); it skips the others without reading
// them. Without `events` every token that is not a plain word or number is
// one.
void SplitParagraphsAndSentences(Document& doc, bool sentences,
                                 const std::vector<uint32_t>* events = nullptr);

// SplitParagraph()
// One step of the above, for a tokenizer that splits as it goes (while the
// paragraph's tokens are still in cache): appends the paragraph of tokens
// [pb, pe) and, when `sentences`, its sentences. events[ev_begin, ev_end) are
// the events inside it. Calling it for consecutive paragraphs (each starting
// at a token with kBlankLineBefore, the last ending at the last token) gives
// exactly SplitParagraphsAndSentences(). Tokens [pb, pe) must be written;
// later ones are not read, and doc.tokens().size() need not be final.
void SplitParagraph(Document& doc, bool sentences,
                    const std::vector<uint32_t>& events, size_t pb, size_t pe,
                    size_t ev_begin, size_t ev_end);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_SENTENCE_SPLITTER_H_
