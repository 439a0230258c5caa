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
#include <string_view>
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
// `chunks` (optional) says which leading part of the paragraph SplitChunk()
// has already split into sentences.
struct ParagraphChunks;
void SplitParagraph(Document& doc, bool sentences,
                    const std::vector<uint32_t>& events, size_t pb, size_t pe,
                    size_t ev_begin, size_t ev_end,
                    ParagraphChunks* chunks = nullptr);

// A paragraph of thousands of lines (a file without blank lines) is split
// into sentences in chunks as it is tokenized, instead of all at the end when
// its tokens have left the cache. A chunk ends at a line start where every
// reading splits: IsChunkEnd(). The one paragraph-wide input, whether the
// paragraph is hard-wrapped prose, is guessed from the lines seen so far;
// SplitParagraph() checks the guess at the paragraph's end and, if a chunk
// used a wrong one, splits the whole paragraph again. So the result is
// exactly that of one SplitParagraph() call.
struct ParagraphChunks {
  bool active = false;        // at least one chunk was split
  size_t first_sentence = 0;  // doc.sentences().size() before the first
  size_t next_token = 0;      // where the next chunk starts
  size_t next_event = 0;      // its first event
  uint32_t lines = 0;         // IsWrapped()'s counts over the chunks so far
  uint32_t long_open_lines = 0;
  bool assumed[2] = {false, false};  // wrapped values the chunks relied on
};

// Whether a chunk may end before the token at `b` (a word starting a line):
// tokens i-2 and i-1 of the same line are a lower-case word of two or more
// letters and an attached "." (what a sentence's end nearly always is), and
// the new line starts with an ASCII capital. Every reading splits there, and
// no rule looks across it.
bool IsChunkEnd(const Tokens& tokens, std::string_view text, size_t i,
                TokenKind kind, uint16_t flags, size_t b);

// SplitChunk()
// Appends the sentences of tokens [chunks->next_token, ce), where
// IsChunkEnd() holds at ce, of a paragraph that goes on; events[ev_end] is
// the first at or after ce. Updates `chunks`.
void SplitChunk(Document& doc, const std::vector<uint32_t>& events, size_t ce,
                size_t ev_end, ParagraphChunks* chunks);

}  // namespace sayso::internal

#endif  // SAYSO_LIB_TOKENIZER_SENTENCE_SPLITTER_H_
