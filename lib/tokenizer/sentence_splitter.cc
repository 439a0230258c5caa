#include "tokenizer/sentence_splitter.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/absl_compat.h"
#include "core/word_lists.h"
#include "sayso/normalize.h"
#include "tokenizer/abbreviations.h"
#include "tokenizer/char_class.h"

namespace sayso::internal {
namespace {

namespace tf = token_flags;

#include "tokenizer/sentence_words.inc"

// A set of keys looked up by the token's precomputed key hash (no string
// hashing per lookup); a hit is confirmed by comparing the key.
class WordSet {
 public:
  explicit WordSet(std::string_view words) {
    size_t pos = 0;
    while (pos < words.size()) {
      size_t end = words.find_first_of(" \n", pos);
      if (end == std::string_view::npos) end = words.size();
      if (end > pos) {
        std::string word(words.substr(pos, end - pos));
        uint32_t* slot = index_.FindOrInsert(KeyHash(word));
        if (*slot == 0) {
          words_.push_back(std::move(word));
          *slot = static_cast<uint32_t>(words_.size());
        } else if (words_[*slot - 1] != word) {
          collided_.push_back(std::move(word));
        }
      }
      pos = end + 1;
    }
  }
  // Whether token i's key is in the set.
  bool contains(const Tokens& t, size_t i) const {
    const uint32_t w = index_.Find(t.key_hash(i));
    if (w == 0) return false;
    if (words_[w - 1] == t.key(i)) return true;
    // A word whose hash equals a listed one's is found only here.
    for (const std::string& c : collided_) {
      if (c == t.key(i)) return true;
    }
    return false;
  }

 private:
  KeyHashTable<uint32_t> index_;  // key hash -> index in words_ + 1
  std::vector<std::string> words_;
  std::vector<std::string> collided_;  // equal 64-bit hashes: never so far
};

const WordSet& Starters() {
  static const WordSet* set = new WordSet(kStarters);
  return *set;
}
const WordSet& TimeContinuations() {
  static const WordSet* set = new WordSet(kTimeContinuations);
  return *set;
}
const WordSet& LineContinuations() {
  static const WordSet* set = new WordSet(kLineContinuations);
  return *set;
}

enum class Terminal : uint8_t {
  kNone,
  kPeriod,    // .  and 4+ dots (an ellipsis plus a period)
  kExclaim,   // ! ? !! ?! and their full-width forms when spaced
  kStrong,    // 。 ！ ？ ؟ ۔ । (no spaces follow in these scripts)
  kEllipsis,  // ... … . . .
  kAbbrev,    // a word that keeps its final period: Mr. U.S. J.
};

class Splitter {
 public:
  Splitter(Document& doc, const std::vector<uint32_t>& events)
      : doc_(doc), t_(doc.tokens()), text_(doc.text()), events_(events) {}

  void Run(bool sentences);
  // Paragraph tokens [pb, pe) with events_[ev, ev_end) inside; `chunks`
  // (or null) says what SplitChunk() has done of it.
  void Paragraph(bool sentences, size_t pb, size_t pe, size_t ev, size_t ev_end,
                 ParagraphChunks* chunks) {
    Emit(doc_.mutable_paragraphs(), pb, pe);
    if (!sentences) return;
    if (chunks == nullptr || !chunks->active) {
      // With `chunks`, its line counts are the whole paragraph's.
      if (chunks != nullptr) wrapped_guess_ = IsWrapped(chunks->line_counts);
      SplitParagraph(pb, pe, ev, ev_end);
      return;
    }
    Chunk(pe, ev_end, chunks);
    const bool wrapped = IsWrapped(chunks->line_counts);
    if (chunks->assumed[!wrapped]) {
      // A chunk guessed wrong: split the whole paragraph again (rare; the
      // tokens are no longer in cache).
      doc_.mutable_sentences().resize(chunks->first_sentence);
      SplitParagraph(pb, pe, ev, ev_end);
    }
    *chunks = ParagraphChunks();
  }
  // The sentences of tokens [chunks->next_token, ce) (see SplitChunk()).
  void Chunk(size_t ce, size_t ev_end, ParagraphChunks* chunks) {
    const size_t cb = chunks->next_token, ev = chunks->next_event;
    if (!chunks->active) {
      chunks->active = true;
      chunks->first_sentence = doc_.sentences().size();
    }
    // The guess: the paragraph's lines so far (those that end before ce).
    wrapped_guess_ = IsWrapped(chunks->line_counts) ? 1 : 0;
    wrapped_used_ = false;
    SplitParagraph(cb, ce, ev, ev_end);
    if (wrapped_used_) chunks->assumed[wrapped_guess_] = true;
    wrapped_guess_ = -1;
    chunks->next_token = ce;
    chunks->next_event = ev_end;
  }

 private:
  std::string_view Text(size_t i) const { return t_.text(i); }
  bool Has(size_t i, uint16_t f) const { return t_.has(i, f); }
  CharClass FirstClass(size_t i) const {
    return PeekChar(text_, t_.begin(i)).cls;
  }
  bool IsWordLike(size_t i) const {
    return t_.kind(i) == TokenKind::kWord || t_.kind(i) == TokenKind::kNumber;
  }
  bool StartsUpper(size_t i) const {
    return IsWordLike(i) && FirstClass(i) == CharClass::kUpper;
  }
  bool StartsLower(size_t i) const {
    return IsWordLike(i) && FirstClass(i) == CharClass::kLower;
  }
  bool StartsDigit(size_t i) const {
    return FirstClass(i) == CharClass::kDigit;
  }
  // Inline for the common events (words at line starts, quotes): only
  // punctuation needs the out-of-line part.
  Terminal TerminalOf(size_t i) const {
    const TokenKind kind = t_.kind(i);
    if (kind == TokenKind::kWord) {
      return Has(i, tf::kAbbreviation) ? Terminal::kAbbrev : Terminal::kNone;
    }
    if (kind != TokenKind::kPunct) return Terminal::kNone;
    // One '.': the common case, decided here.
    const uint32_t b = t_.begin(i);
    if (t_.end(i) - b == 1 && text_[b] == '.') return Terminal::kPeriod;
    return PunctTerminalOf(i);
  }
  Terminal PunctTerminalOf(size_t i) const;
  // Inline but for punctuation (the out-of-line part).
  bool IsCloser(size_t i) const {
    switch (t_.kind(i)) {
      case TokenKind::kCloseQuote:
        return true;
      case TokenKind::kAmbiguousQuote:
        return !Has(i, tf::kSpaceBefore);
      case TokenKind::kPunct:
        return IsClosingPunct(i);
      default:  // words too: the players' : a possessive after a terminal
        return false;
    }
  }
  bool IsClosingPunct(size_t i) const;
  // Inline but for punctuation and symbols (the out-of-line part).
  bool NeverStarts(size_t i) const {
    if (Has(i, tf::kClitic)) return true;
    const TokenKind kind = t_.kind(i);
    if (kind == TokenKind::kCloseQuote) return true;
    if (kind == TokenKind::kPunct || kind == TokenKind::kSymbol) {
      return IsNonStartingPunct(i);
    }
    return false;
  }
  bool IsNonStartingPunct(size_t i) const;
  bool IsBullet(size_t i) const {
    const TokenKind kind = t_.kind(i);
    return (kind == TokenKind::kPunct || kind == TokenKind::kSymbol ||
            kind == TokenKind::kDash) &&
           IsBulletText(i);
  }
  // IsBullet() for a punctuation, symbol or dash token.
  bool IsBulletText(size_t i) const;
  bool IsOpener(size_t i) const;
  AbbrevClass AbbrevClassOf(size_t i) const;
  // List markers: "1." "2)" "a." "(3)". Returns the marker's ordinal (1 for
  // "1"/"a") and sets *end past it, or 0.
  int MarkerAt(size_t i, size_t end, size_t* after) const;
  // False where MarkerAt() answers 0 at once: a marker starts with "(", a
  // number of up to 3 digits, a letter or a letter and a period.
  // Two-letter words ("It", "In", "We"), which start many sentences, answer
  // false here.
  bool MayStartMarker(size_t i) const {
    const uint32_t b = t_.begin(i), len = t_.end(i) - b;
    if (t_.kind(i) == TokenKind::kWord) {
      // Without branches (the length of sentence starts is anyone's guess):
      // the second byte of a two-byte token, else the first (the Tokenizer
      // makes no empty token).
      const char second = text_[b + (len == 2)];
      return (len == 1) | ((len == 2) & (second == '.'));
    }
    return len <= 3;
  }
  // `term` is TerminalOf(i).
  bool ShouldSplitAfter(size_t i, Terminal term, size_t j, size_t s,
                        size_t end) const;
  // The common "word. Word" case of ShouldSplitAfter(), inline: a period,
  // '!' or '?' before a word or number (not a clitic, so not NeverStarts(),
  // and not an opener) whose first byte is ASCII but not a lower-case
  // letter (so not "lower") splits. False means "ask ShouldSplitAfter()".
  bool SplitsAfterPeriod(Terminal term, size_t j, size_t end) const {
    if ((term != Terminal::kPeriod && term != Terminal::kExclaim) || j >= end) {
      return false;
    }
    const TokenKind kind = t_.kind(j);
    const unsigned char c = static_cast<unsigned char>(text_[t_.begin(j)]);
    return (kind == TokenKind::kWord || kind == TokenKind::kNumber) &&
           c < 0x80 && !(c >= 'a' && c <= 'z') && !Has(j, tf::kClitic);
  }
  bool NewlineBreaks(size_t i, size_t s, size_t pb, bool wrapped) const;
  // The LineCounts of tokens [pb, pe); events_[ev, ev_end) are the events
  // inside.
  LineCounts CountLines(size_t pb, size_t pe, size_t ev, size_t ev_end) const;
  static bool IsWrapped(LineCounts c) {
    // Two or more such lines, and at least two thirds of them: a headline
    // over a byline and a body is not wrapped prose.
    return c.long_open_lines >= 2 && c.long_open_lines * 3 >= c.lines * 2;
  }
  // Whether token i is a terminal mark, maybe followed by closers ("end.”)").
 public:
  bool EndsWithTerminal(size_t i, size_t s) const {
    while (i > s && IsCloser(i)) --i;
    return TerminalOf(i) != Terminal::kNone;
  }

 private:
  void Emit(std::vector<TextUnit>& out, size_t b, size_t e) {
    out.push_back(TextUnit{Span{t_.begin(b), t_.end(e - 1)},
                           static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  }
  // Tokens [pb, pe); events_[ev, ev_end) are the events inside.
  void SplitParagraph(size_t pb, size_t pe, size_t ev, size_t ev_end);

  Document& doc_;
  const Tokens& t_;
  std::string_view text_;
  const std::vector<uint32_t>& events_;
  int wrapped_guess_ = -1;     // for a chunk: whether to take it as wrapped
  bool wrapped_used_ = false;  // whether SplitParagraph() asked
};

Terminal Splitter::PunctTerminalOf(size_t i) const {
  std::string_view s = Text(i);
  const char c = s[0];
  if (c == '.') {
    if (s.size() == 1) return Terminal::kPeriod;
    // "...." and ". . . ." : an ellipsis and a period
    size_t dots = 0;
    for (char ch : s) dots += ch == '.';
    if (dots == 2) return Terminal::kPeriod;  // ".." is a doubled period
    return dots >= 4 ? Terminal::kPeriod : Terminal::kEllipsis;
  }
  if (c == '!' || c == '?') return Terminal::kExclaim;
  if (s == "\xE2\x80\xA6") return Terminal::kEllipsis;  // …
  Char ch = PeekChar(s, 0);
  if (ch.cls == CharClass::kTerminal) {
    switch (ch.cp) {
      case 0x203C:
      case 0x2047:
      case 0x2048:
      case 0x2049:
      case 0x037E:
        return Terminal::kExclaim;
      default:
        return Terminal::kStrong;
    }
  }
  return Terminal::kNone;
}

bool Splitter::IsClosingPunct(size_t i) const {
  // ")" "]" "}" or a token starting with a closing bracket; ASCII without
  // decoding or comparing strings.
  const uint32_t b = t_.begin(i);
  const unsigned char c = static_cast<unsigned char>(text_[b]);
  if (c < 0x80) {
    if (t_.end(i) - b == 1 && (c == ')' || c == ']' || c == '}')) return true;
    return AsciiClass(c) == CharClass::kCloseBracket;
  }
  return FirstClass(i) == CharClass::kCloseBracket;
}

bool Splitter::IsOpener(size_t i) const {
  switch (t_.kind(i)) {
    case TokenKind::kOpenQuote:
      return true;
    case TokenKind::kAmbiguousQuote:
      return true;
    case TokenKind::kPunct: {
      std::string_view s = Text(i);
      if (s == "(" || s == "[" || s == "{") return true;
      return FirstClass(i) == CharClass::kOpenBracket;
    }
    default:
      return false;
  }
}

// Tokens that cannot begin a sentence: , ; : % closing brackets, clitics.
bool Splitter::IsNonStartingPunct(size_t i) const {
  std::string_view s = Text(i);
  return s == "," || s == ";" || s == ":" || s == "%" || s == ")" || s == "]" ||
         s == "}" || FirstClass(i) == CharClass::kCloseBracket;
}

bool Splitter::IsBulletText(size_t i) const {
  std::string_view s = Text(i);
  // Every bullet starts with one of these bytes.
  const unsigned char c0 = static_cast<unsigned char>(s[0]);
  if (c0 != 0xE2 && c0 != 0xC2 && c0 != '-' && c0 != '*') return false;
  static constexpr std::string_view kBullets[] = {
      "\xE2\x80\xA2",  // •
      "\xE2\x97\xA6",  // ◦
      "\xE2\x96\xAA",  // ▪
      "\xE2\x80\xA3",  // ‣
      "\xE2\x81\x83",  // ⁃
      "\xE2\x97\x8F",  // ●
      "\xE2\x96\xA0",  // ■
      "\xE2\x96\xBA",  // ►
      "\xC2\xB7",      // ·
  };
  for (std::string_view b : kBullets) {
    if (s == b) return true;
  }
  // "-", "*", "–" at the start of a line.
  if (Has(i, tf::kNewlineBefore) &&
      (s == "-" || s == "*" || s == "\xE2\x80\x93")) {
    return true;
  }
  return false;
}

AbbrevClass Splitter::AbbrevClassOf(size_t i) const {
  std::string_view s = Text(i);
  std::string_view form = s.substr(0, s.size() - 1);  // without the period
  if (form.size() == 1 && form[0] >= 'A' && form[0] <= 'Z') {
    return AbbrevClass::kInitial;
  }
  const Abbreviations& abbr = Abbreviations::Default();
  if (auto cls = abbr.Find(form)) return *cls;
  size_t hyphen = form.rfind('-');
  if (hyphen != std::string_view::npos) {
    if (auto cls = abbr.Find(form.substr(hyphen + 1))) return *cls;
  }
  // Unlisted initialisms (N.V. A.B.C.) and non-ASCII initials.
  Char first = PeekChar(form, 0);
  if (first.len == form.size() && first.cls == CharClass::kUpper) {
    return AbbrevClass::kInitial;
  }
  return AbbrevClass::kFinal;
}

int Splitter::MarkerAt(size_t i, size_t end, size_t* after) const {
  // A paragraph may end right after a bullet (or a sentence start): then
  // there is no token at i.
  if (i >= end) return 0;
  if (t_.end(i) - t_.begin(i) > 3) return 0;  // "(", "12", "a", "c."
  size_t k = i;
  bool paren = false;
  if (k < end && Text(k) == "(") {
    paren = true;
    ++k;
  }
  if (k >= end) return 0;
  std::string_view s = Text(k);
  int ordinal = 0;
  if (t_.kind(k) == TokenKind::kNumber && s.size() <= 3 &&
      !Has(k, tf::kHasLetter)) {
    for (char c : s) {
      if (c < '0' || c > '9') return 0;
      ordinal = ordinal * 10 + (c - '0');
    }
  } else if (t_.kind(k) == TokenKind::kWord &&
             (s.size() == 1 || (s.size() == 2 && s[1] == '.')) &&
             ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) {
    ordinal = (s[0] | 0x20) - 'a' + 1 + 1000;  // letters: 1001, 1002, ...
    if (s.size() == 2) {                       // "c." "A." kept their period
      *after = k + 1;
      return k + 1 < end && IsWordLike(k + 1) ? ordinal : 0;
    }
  } else {
    return 0;
  }
  ++k;
  if (k >= end) return 0;
  std::string_view p = Text(k);
  if (paren) {
    if (p != ")") return 0;
    ++k;
  } else if (p == ".") {
    ++k;
    if (k < end && Text(k) == ")" && !Has(k, tf::kSpaceBefore)) ++k;
  } else if (p == ")") {
    ++k;
  } else {
    return 0;
  }
  if (k >= end || !Has(k, tf::kSpaceBefore)) return 0;
  *after = k;
  return ordinal;
}

bool Splitter::ShouldSplitAfter(size_t i, Terminal term, size_t j, size_t s,
                                size_t end) const {
  if (j >= end) return true;
  if (NeverStarts(j)) return false;
  const bool newline = Has(j, tf::kNewlineBefore);
  // The first word after any opening quotes or brackets.
  size_t k = j;
  while (k + 1 < end && IsOpener(k)) ++k;
  // StartsUpper(k), StartsLower(k), StartsDigit(k) from one look.
  const CharClass first = FirstClass(k);
  const bool word_like = IsWordLike(k);
  const bool upper = word_like && first == CharClass::kUpper;
  const bool lower = word_like && first == CharClass::kLower;
  const bool digit = first == CharClass::kDigit;
  // Looked up only by the abbreviation cases that ask (not after . ! ?).
  auto starter = [&] { return upper && Starters().contains(t_, k); };

  switch (term) {
    case Terminal::kStrong:
      return true;
    case Terminal::kExclaim:
      // "Yahoo! in", "“Why?” he asked": a lower-case word continues.
      return !lower || newline;
    case Terminal::kEllipsis:
      // An ellipsis ends a sentence only before a capitalized word other
      // than "I", or at the end of a line.
      if (newline) return true;
      // "[...]" is an editorial omission inside a sentence.
      if (i > s && Text(i - 1) == "[" && i + 1 < end && Text(i + 1) == "]") {
        return false;
      }
      return k == j && upper && Text(k) != "I";
    case Terminal::kPeriod: {
      if (lower && !newline) {
        // "mRNA", "p53", "iPhone" start sentences in lower case; plain
        // lower-case words continue ("approx. five" with an unlisted
        // abbreviation).
        std::string_view w = Text(k);
        bool mixed = false;
        for (size_t x = 1; x < w.size(); ++x) {
          if ((w[x] >= 'A' && w[x] <= 'Z') || (w[x] >= '0' && w[x] <= '9')) {
            mixed = true;
          }
        }
        return mixed && i > s && t_.end(i - 1) - t_.begin(i - 1) >= 3 &&
               IsWordLike(i - 1);
      }
      return true;
    }
    case Terminal::kAbbrev: {
      const AbbrevClass cls = AbbrevClassOf(i);
      switch (cls) {
        case AbbrevClass::kTitle:
        case AbbrevClass::kInner:
        case AbbrevClass::kNumber:
          return false;
        case AbbrevClass::kInitial: {
          // "you and I. Did you": the pronoun I after a lower-case word.
          if (Text(i) == "I." && i > s && StartsLower(i - 1)) {
            return !lower;
          }
          if (lower || digit) return false;
          if (TerminalOf(k) == Terminal::kAbbrev) return false;  // J. R. R.
          return starter();
        }
        case AbbrevClass::kMonth:
          if (lower || digit) return false;
          return starter() || (newline && upper);
        case AbbrevClass::kTime:
          if (lower || digit) return false;
          if (!upper) return newline;
          if (starter()) return true;
          if (TimeContinuations().contains(t_, k)) return false;
          // "At 5 a.m. Mr. Smith went": a fronted time phrase continues;
          // "He left at 6 P.M. Mr. Smith then went": a clause-final one ends.
          return i - s > 4;
        case AbbrevClass::kFinal:
          if (lower || digit) return false;
          return starter() || (newline && upper);
      }
      return false;
    }
    case Terminal::kNone:
      return false;
  }
  return false;
}

// A paragraph whose lines mostly run long and end without punctuation is
// hard-wrapped prose (IsWrapped()): its single line breaks are not sentence
// boundaries.
LineCounts Splitter::CountLines(size_t pb, size_t pe, size_t ev,
                                size_t ev_end) const {
  ParagraphChunks counter;
  counter.line_begin = pb;
  // Lines start at tokens with kNewlineBefore, which are all events.
  for (; ev < ev_end; ++ev) {
    const size_t i = events_[ev];
    if (i <= pb || i >= pe || !Has(i, tf::kNewlineBefore)) continue;
    CountLine(doc_, i, &counter);
  }
  return counter.line_counts;
}

// Token i starts a line; no terminal mark precedes it. Does the line break
// end the sentence (a headline, a dateline, a list line)?
bool Splitter::NewlineBreaks(size_t i, size_t s, size_t pb,
                             bool wrapped) const {
  const size_t prev = i - 1;
  if (IsBullet(i)) return true;
  if (wrapped) return false;
  if (NeverStarts(i)) return false;
  const TokenKind pk = t_.kind(prev);
  if (pk == TokenKind::kPunct) {
    std::string_view p = Text(prev);
    // A line ending in ';' before a capitalized line ends the item (lists
    // of clauses, one per line); ',' ':' and openers continue.
    if (p == ";" && StartsUpper(i)) return true;
    if (p == "," || p == ";" || p == ":" || p == "(" || p == "[" ||
        FirstClass(prev) == CharClass::kOpenBracket) {
      return false;
    }
  }
  if (pk == TokenKind::kDash || pk == TokenKind::kOpenQuote) {
    return false;
  }
  if (pk == TokenKind::kWord && Has(prev, tf::kLowercase) &&
      LineContinuations().contains(t_, prev)) {
    return false;
  }
  if (StartsLower(i)) {
    // Short lines that each start a sentence are list items:
    // "features\ncontact manager\nevents, activities".
    size_t line_start = prev;
    while (line_start > pb && !Has(line_start, tf::kNewlineBefore)) {
      --line_start;
    }
    return line_start == s && i - line_start <= 3;
  }
  return true;
}

void Splitter::SplitParagraph(size_t pb, size_t pe, size_t ev, size_t ev_end) {
  std::vector<TextUnit>& out = doc_.mutable_sentences();
  // Computed on first use (most paragraphs never ask), or given for a chunk.
  int wrapped = wrapped_guess_;
  const size_t ev_first = ev;
  size_t s = pb;
  int expect = 0;          // the next list marker's ordinal, if any
  size_t marker_end = pb;  // tokens before this belong to a list marker
  size_t i = pb;
  auto start_sentence = [&](size_t at) {
    s = at;
    size_t k = at;
    if (k < pe && IsBullet(k)) ++k;
    size_t after = 0;
    // MarkerAt() answers 0 for tokens over 3 bytes and for 3-byte words
    // (most sentence starts): no call for them.
    if (int ordinal =
            k < pe && MayStartMarker(k) ? MarkerAt(k, pe, &after) : 0) {
      expect = ordinal + 1;
      marker_end = after;
    } else {
      expect = 0;  // a list continues only from item to item
    }
  };
  start_sentence(pb);
  while (i < pe) {
    if (i > s) {
      bool split = false;
      if (Has(i, tf::kNewlineBefore) && !EndsWithTerminal(i - 1, s)) {
        if (wrapped < 0) {
          wrapped = IsWrapped(CountLines(pb, pe, ev_first, ev_end)) ? 1 : 0;
        }
        wrapped_used_ = true;
        split = NewlineBreaks(i, s, pb, wrapped == 1);
      } else if (Has(i, tf::kSpaceBefore) && IsBullet(i)) {
        split = true;
      } else if (expect != 0 && Has(i, tf::kSpaceBefore) && !NeverStarts(i)) {
        size_t after = 0;
        split = MarkerAt(i, pe, &after) == expect;
      }
      if (split) {
        Emit(out, s, i);
        start_sentence(i);
      }
    }
    const Terminal term = i >= marker_end ? TerminalOf(i) : Terminal::kNone;
    if (term != Terminal::kNone) {
      size_t j = i + 1;
      // Closing quotes and brackets, and further terminal marks, belong to
      // the sentence that ends here: no sentence starts with a closing quote.
      while (j < pe && (IsCloser(j) || (TerminalOf(j) != Terminal::kNone &&
                                        TerminalOf(j) != Terminal::kAbbrev &&
                                        !Has(j, tf::kSpaceBefore)))) {
        ++j;
      }
      if (SplitsAfterPeriod(term, j, pe) ||
          ShouldSplitAfter(i, term, j, s, pe)) {
        Emit(out, s, j);
        if (j >= pe) return;
        start_sentence(j);
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    ++i;
    if (expect == 0) {
      // With no list pending only events matter: the tokens between them
      // are plain words and numbers, and marks that neither end a sentence
      // nor start one (what the loop above does with them is nothing).
      // ev moves past the event it jumps to: the next skip passes only
      // events that handling it went over, most often none or, in a file
      // of one sentence per line, the line start after the period (a
      // count that repeats, so the loop's exit is guessed right more often).
      while (ev < ev_end && events_[ev] < i) ++ev;
      i = ev < ev_end ? events_[ev++] : pe;
    }
  }
  if (s < pe) Emit(out, s, pe);
}

void Splitter::Run(bool sentences) {
  // Paragraphs start at tokens with kBlankLineBefore, which are events.
  const size_t n = t_.size();
  if (n == 0) return;
  size_t pb = 0, ev_begin = 0;
  for (size_t ev = 0; ev <= events_.size(); ++ev) {
    const size_t i = ev < events_.size() ? events_[ev] : n;
    if (i == n || (i > pb && Has(i, tf::kBlankLineBefore))) {
      Paragraph(sentences, pb, i, ev_begin, ev, nullptr);
      pb = i;
      ev_begin = ev;
    }
  }
}

}  // namespace

void SplitParagraphsAndSentences(Document& doc, bool sentences,
                                 const std::vector<uint32_t>* events) {
  doc.mutable_paragraphs().clear();
  doc.mutable_sentences().clear();
  std::vector<uint32_t> computed;
  if (events == nullptr) {
    const Tokens& t = doc.tokens();
    constexpr uint16_t kEventFlags =
        tf::kAbbreviation | tf::kNewlineBefore | tf::kBlankLineBefore;
    for (size_t i = 0; i < t.size(); ++i) {
      if ((t.kind(i) != TokenKind::kWord && t.kind(i) != TokenKind::kNumber) ||
          (t.flags(i) & kEventFlags)) {
        computed.push_back(static_cast<uint32_t>(i));
      }
    }
    events = &computed;
  }
  Splitter splitter(doc, *events);
  splitter.Run(sentences);
}

void SplitParagraph(Document& doc, bool sentences,
                    const std::vector<uint32_t>& events, size_t pb, size_t pe,
                    size_t ev_begin, size_t ev_end, ParagraphChunks* chunks) {
  Splitter splitter(doc, events);
  splitter.Paragraph(sentences, pb, pe, ev_begin, ev_end, chunks);
}

bool IsChunkEnd(const Tokens& t, std::string_view text, size_t i,
                TokenKind kind, uint16_t flags, size_t b) {
  if (i < 2 || kind != TokenKind::kWord ||
      (flags & (tf::kNewlineBefore | tf::kBlankLineBefore)) !=
          tf::kNewlineBefore) {
    return false;
  }
  const unsigned char c = static_cast<unsigned char>(text[b]);
  if (c < 'A' || c > 'Z') return false;
  // "word." : not a list marker ("a." "(3)." "12."), not an abbreviation
  // (the period would be in the word), nothing between them.
  const size_t dot = i - 1, word = i - 2;
  return t.kind(dot) == TokenKind::kPunct && t.end(dot) - t.begin(dot) == 1 &&
         text[t.begin(dot)] == '.' &&
         !(t.flags(dot) & (tf::kSpaceBefore | tf::kNewlineBefore)) &&
         t.kind(word) == TokenKind::kWord &&
         (t.flags(word) & (tf::kLowercase | tf::kAbbreviation)) ==
             tf::kLowercase &&
         t.end(word) - t.begin(word) >= 2;
}

bool EndsWithTerminal(const Document& doc, size_t i, size_t first) {
  static const std::vector<uint32_t>* const kNoEvents =
      new std::vector<uint32_t>();
  // The splitter only reads the document.
  return Splitter(const_cast<Document&>(doc), *kNoEvents)
      .EndsWithTerminal(i, first);
}

void SplitChunk(Document& doc, const std::vector<uint32_t>& events, size_t ce,
                size_t ev_end, ParagraphChunks* chunks) {
  Splitter splitter(doc, events);
  splitter.Chunk(ce, ev_end, chunks);
}

}  // namespace sayso::internal
