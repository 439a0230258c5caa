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
// has already split into sentences, and holds its line counts (CountLine()).
struct ParagraphChunks;
void SplitParagraph(Document& doc, bool sentences,
                    const std::vector<uint32_t>& events, size_t pb, size_t pe,
                    size_t ev_begin, size_t ev_end,
                    ParagraphChunks* chunks = nullptr);

// The counts IsWrapped() (whether a paragraph is hard-wrapped prose) decides
// from: the lines of a paragraph that end at a line break (its last line
// does not), and those of them that run 40 bytes or more and end without a
// terminal mark.
struct LineCounts {
  uint32_t lines = 0;
  uint32_t long_open_lines = 0;
};

// A paragraph of thousands of lines (a file without blank lines) is split
// into sentences in chunks as it is tokenized, instead of all at the end when
// its tokens have left the cache. A chunk ends at a line start where every
// reading splits: IsChunkEnd(). The one paragraph-wide input, whether the
// paragraph is hard-wrapped prose, is guessed from the lines seen so far;
// SplitParagraph() checks the guess at the paragraph's end and, if a chunk
// used a wrong one, splits the whole paragraph again. So the result is
// exactly that of one SplitParagraph() call.
//
// The caller counts the paragraph's lines as it writes them (CountLine() at
// every line start after the paragraph's first token), so that the splitter
// never walks the paragraph's events again for them.
struct ParagraphChunks {
  bool active = false;               // at least one chunk was split
  size_t first_sentence = 0;         // doc.sentences().size() before the first
  size_t next_token = 0;             // where the next chunk starts
  size_t next_event = 0;             // its first event
  size_t line_begin = 0;             // the first token of the current line
  LineCounts line_counts;            // the paragraph's lines before line_begin
  bool assumed[2] = {false, false};  // wrapped values the chunks relied on
};

// Whether token i is a terminal mark, maybe followed by closers ("end.”)"),
// looking back no further than token `first`.
bool EndsWithTerminal(const Document& doc, size_t i, size_t first);

// CountLine()
// Token i (> the paragraph's first token, with kNewlineBefore) starts a line:
// adds the line that ends before it to chunks->line_counts. Called in token
// order, after any SplitChunk() at i.
inline void CountLine(const Document& doc, size_t i, ParagraphChunks* chunks) {
  const Tokens& t = doc.tokens();
  const size_t last = i - 1;
  ++chunks->line_counts.lines;
  // A line that ends in a one-byte "." (most do) is answered here. Bits
  // and-ed, not `&&`: one branch, not three that each guess wrong on some
  // lines.
  const uint32_t b = t.begin(last);
  const int long_line =
      static_cast<int>(t.end(last) - t.begin(chunks->line_begin) >= 40);
  const int period = static_cast<int>(t.kind(last) == TokenKind::kPunct) &
                     static_cast<int>(t.end(last) - b == 1) &
                     static_cast<int>(doc.text()[b] == '.');
  if ((long_line & ~period) != 0 &&
      !EndsWithTerminal(doc, last, chunks->line_begin)) {
    ++chunks->line_counts.long_open_lines;
  }
  chunks->line_begin = i;
}

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
