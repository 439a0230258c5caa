// The strict UAX #29 mode: ICU rule-based break iterators compiled from the
// Unicode 15.0 default word and sentence rules, run over UTF-8 through UText
// (whose native indices are byte offsets), then turned into tokens.
#include "tokenizer/uax29.h"

#include <unicode/brkiter.h>
#include <unicode/parseerr.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <climits>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "core/utf8.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

namespace tf = token_flags;

// UAX #29 (Unicode 15.0) word boundary rules in ICU's rule syntax. This is
// ICU 72's root word.txt (icu4c/source/data/brkitr/rules/word.txt, Unicode
// license) with the CLDR/ICU tailorings taken out, so the result is the
// untailored default of UAX #29:
//  - MidLetter keeps U+003A COLON, U+FE55 and U+FF1A (CLDR removes them);
//  - ALetter does not include "@" (ICU adds it);
//  - no dictionary set and no Han/Kana/Hangul special cases: ideographs and
//    Hiragana are "Other" (one segment each), Hangul syllables are ALetter.
// Rule status tags are not used: token kinds are computed from the text.
constexpr char16_t kWordRules[] =
    uR"RULES(
!!chain;
!!quoted_literals_only;

$CR                 = [\p{Word_Break = CR}];
$LF                 = [\p{Word_Break = LF}];
$Newline            = [\p{Word_Break = Newline}];
$Extend             = [\p{Word_Break = Extend}];
$ZWJ                = [\p{Word_Break = ZWJ}];
$Regional_Indicator = [\p{Word_Break = Regional_Indicator}];
$Format             = [\p{Word_Break = Format}];
$Katakana           = [\p{Word_Break = Katakana}];
$Hebrew_Letter      = [\p{Word_Break = Hebrew_Letter}];
$ALetter            = [\p{Word_Break = ALetter}];
$Single_Quote       = [\p{Word_Break = Single_Quote}];
$Double_Quote       = [\p{Word_Break = Double_Quote}];
$MidNumLet          = [\p{Word_Break = MidNumLet}];
$MidLetter          = [\p{Word_Break = MidLetter}];
$MidNum             = [\p{Word_Break = MidNum}];
$Numeric            = [\p{Word_Break = Numeric}];
$ExtendNumLet       = [\p{Word_Break = ExtendNumLet}];
$WSegSpace          = [\p{Word_Break = WSegSpace}];
$Extended_Pict      = [\p{Extended_Pictographic}];

$AHLetter           = [$ALetter $Hebrew_Letter];
$ExFm               = [$Extend $Format $ZWJ];

# WB3: CR x LF.  WB3a/b: break around newlines (no rule joins them).
$CR $LF;
# WB3c: ZWJ x Extended_Pictographic.
$ZWJ $Extended_Pict;
# WB3d: keep horizontal white space together.
$WSegSpace $WSegSpace;

# WB4: X (Extend | Format | ZWJ)* -> X, except after sot, CR, LF, Newline.
^$ExFm+;
[^$CR $LF $Newline $ExFm] $ExFm*;

# WB5: AHLetter x AHLetter.
$AHLetter $ExFm* $AHLetter;
# WB6, WB7: AHLetter x (MidLetter | MidNumLetQ) AHLetter.
$AHLetter $ExFm* ($MidLetter | $MidNumLet | $Single_Quote) $ExFm* $AHLetter;
# WB7a: Hebrew_Letter x Single_Quote.
$Hebrew_Letter $ExFm* $Single_Quote;
# WB7b, WB7c: Hebrew_Letter x Double_Quote Hebrew_Letter.
$Hebrew_Letter $ExFm* $Double_Quote $ExFm* $Hebrew_Letter;
# WB8, WB9, WB10: letters and digits.
$Numeric $ExFm* $Numeric;
$AHLetter $ExFm* $Numeric;
$Numeric $ExFm* $AHLetter;
# WB11, WB12: Numeric x (MidNum | MidNumLetQ) Numeric.
$Numeric $ExFm* ($MidNum | $MidNumLet | $Single_Quote) $ExFm* $Numeric;
# WB13: Katakana x Katakana.
$Katakana $ExFm* $Katakana;
# WB13a: (AHLetter | Numeric | Katakana | ExtendNumLet) x ExtendNumLet.
$AHLetter $ExFm* $ExtendNumLet;
$Numeric $ExFm* $ExtendNumLet;
$Katakana $ExFm* $ExtendNumLet;
$ExtendNumLet $ExFm* $ExtendNumLet;
# WB13b: ExtendNumLet x (AHLetter | Numeric | Katakana).
$ExtendNumLet $ExFm* $AHLetter;
$ExtendNumLet $ExFm* $Numeric;
$ExtendNumLet $ExFm* $Katakana;
# WB15, WB16: regional indicators pair up.
^$Regional_Indicator $ExFm* $Regional_Indicator;
# WB999: otherwise break everywhere.
.;
)RULES";

// UAX #29 (Unicode 15.0) sentence boundary rules: ICU 72's root sentence
// rules, which are the untailored default (ICU passes every case of
// SentenceBreakTest.txt with them). Embedded so that the result does not
// depend on the ICU data files installed.
constexpr char16_t kSentenceRules[] =
    uR"RULES(
!!quoted_literals_only;

$CR        = [\p{Sentence_Break = CR}];
$LF        = [\p{Sentence_Break = LF}];
$Extend    = [\p{Sentence_Break = Extend}];
$Sep       = [\p{Sentence_Break = Sep}];
$Format    = [\p{Sentence_Break = Format}];
$Sp        = [\p{Sentence_Break = Sp}];
$Lower     = [\p{Sentence_Break = Lower}];
$Upper     = [\p{Sentence_Break = Upper}];
$OLetter   = [\p{Sentence_Break = OLetter}];
$Numeric   = [\p{Sentence_Break = Numeric}];
$ATerm     = [\p{Sentence_Break = ATerm}];
$SContinue = [\p{Sentence_Break = SContinue}];
$STerm     = [\p{Sentence_Break = STerm}];
$Close     = [\p{Sentence_Break = Close}];

# SB5: ignore Extend and Format after the first character.
$SpEx        = $Sp ($Extend | $Format)*;
$LowerEx     = $Lower ($Extend | $Format)*;
$UpperEx     = $Upper ($Extend | $Format)*;
$OLetterEx   = $OLetter ($Extend | $Format)*;
$NumericEx   = $Numeric ($Extend | $Format)*;
$ATermEx     = $ATerm ($Extend | $Format)*;
$SContinueEx = $SContinue ($Extend | $Format)*;
$STermEx     = $STerm ($Extend | $Format)*;
$CloseEx     = $Close ($Extend | $Format)*;

!!chain;

# SB3
$CR $LF;
# SB4 (break after paragraph separators) and SB5.
[^$Sep $CR $LF]? ($Extend | $Format)*;
# SB6
$ATermEx $NumericEx;
# SB7
($UpperEx | $LowerEx) $ATermEx $UpperEx;
# SB8
$NotLettersEx = [^$OLetter $Upper $Lower $Sep $CR $LF $ATerm $STerm] ($Extend | $Format)*;
$ATermEx $CloseEx* $SpEx* $NotLettersEx* $Lower;
# SB8a
($STermEx | $ATermEx) $CloseEx* $SpEx* ($SContinueEx | $STermEx | $ATermEx);
# SB9, SB10, SB11
($STermEx | $ATermEx) $CloseEx* $SpEx* ($Sep | $CR | $LF)?;
# SB998: no break otherwise.
[[^$STerm $ATerm $Close $Sp $Sep $LF $CR $Format $Extend]{bof}] ($Extend | $Format | $Close | $Sp)* .;
[[^$STerm $ATerm $Close $Sp $Sep $LF $CR $Format $Extend]{bof}] ($Extend | $Format | $Close | $Sp)* ([$Sep $LF $CR {eof}] | $CR $LF);
)RULES";

// The compiled iterators, built once per process. Immutable afterwards: they
// are only cloned (under a mutex), never iterated.
struct Prototypes {
  absl::Status status;
  std::unique_ptr<icu::RuleBasedBreakIterator> word;
  std::unique_ptr<icu::RuleBasedBreakIterator> sentence;
  std::mutex clone_mutex;
};

absl::Status Compile(const char16_t* rules, const char* what,
                     std::unique_ptr<icu::RuleBasedBreakIterator>* out) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  auto it = std::make_unique<icu::RuleBasedBreakIterator>(
      icu::UnicodeString(rules), parse_error, status);
  if (U_FAILURE(status)) {
    return absl::InternalError(absl::StrCat(
        "compiling the UAX #29 ", what, " rules failed: ", u_errorName(status),
        " at rule line ", parse_error.line, " offset ", parse_error.offset));
  }
  *out = std::move(it);
  return absl::OkStatus();
}

Prototypes& GetPrototypes() {
  static Prototypes* const prototypes = [] {
    auto* p = new Prototypes;
    p->status = Compile(kWordRules, "word", &p->word);
    if (p->status.ok()) {
      p->status = Compile(kSentenceRules, "sentence", &p->sentence);
    }
    return p;
  }();
  return *prototypes;
}

enum class Which { kWord, kSentence };

// This thread's own iterator (BreakIterators are not thread-safe): cloned
// from the prototype on a thread's first call, then reused.
absl::StatusOr<icu::RuleBasedBreakIterator*> ThreadIterator(Which which) {
  thread_local std::unique_ptr<icu::RuleBasedBreakIterator> word, sentence;
  std::unique_ptr<icu::RuleBasedBreakIterator>& mine =
      which == Which::kWord ? word : sentence;
  if (mine != nullptr) return mine.get();
  Prototypes& p = GetPrototypes();
  if (!p.status.ok()) return p.status;
  {
    std::lock_guard<std::mutex> lock(p.clone_mutex);
    mine.reset(which == Which::kWord ? p.word->clone() : p.sentence->clone());
  }
  if (mine == nullptr) {
    return absl::InternalError("cloning the UAX #29 break iterator failed");
  }
  return mine.get();
}

// Points `it` at `utf8`. `ut` must stay open while `it` is used.
absl::Status SetText(std::string_view utf8, UText* ut,
                     icu::RuleBasedBreakIterator* it) {
  if (utf8.size() > static_cast<size_t>(INT32_MAX)) {
    return absl::InvalidArgumentError(
        absl::StrCat("the UAX #29 mode handles texts up to ", INT32_MAX,
                     " bytes; this one has ", utf8.size()));
  }
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(ut, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) {
    return absl::InternalError(
        absl::StrCat("utext_openUTF8 failed: ", u_errorName(status)));
  }
  it->setText(ut, status);
  if (U_FAILURE(status)) {
    return absl::InternalError(absl::StrCat(
        "BreakIterator::setText(UText) failed: ", u_errorName(status)));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<uint32_t>> Boundaries(std::string_view utf8,
                                                 Which which) {
  absl::StatusOr<icu::RuleBasedBreakIterator*> it = ThreadIterator(which);
  if (!it.ok()) return it.status();
  UText ut = UTEXT_INITIALIZER;
  absl::Status s = SetText(utf8, &ut, *it);
  std::vector<uint32_t> out;
  if (s.ok()) {
    for (int32_t b = (*it)->first(); b != icu::BreakIterator::DONE;
         b = (*it)->next()) {
      out.push_back(static_cast<uint32_t>(b));
    }
  }
  utext_close(&ut);
  if (!s.ok()) return s;
  return out;
}

bool IsLineBreak(char32_t c) {
  return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// White space, controls and invisible format characters: a segment made
// only of these is not a token.
bool IsIgnorable(char32_t c) {
  if (c < 0x80) return c <= 0x20 || c == 0x7F;
  if (u_isUWhiteSpace(c)) return true;
  int8_t type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

bool IsEmojiCodePoint(char32_t c) {
  return u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) ||
         u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR) ||
         u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER);
}

// Builds the token layer from the word segments.
class TokenBuilder {
 public:
  explicit TokenBuilder(std::string_view text, Tokens* tokens)
      : text_(text), tokens_(tokens) {}

  // One UAX #29 word segment [begin, end): ill-formed subparts are cut out
  // as kInvalid tokens; the valid pieces around them are tokens unless they
  // are only white space (or invisible controls and format characters).
  void AddSegment(uint32_t begin, uint32_t end) {
    // ICU reads each ill-formed subpart as one U+FFFD, so its boundaries
    // never fall inside one; should they ever, the bytes already consumed
    // here are skipped rather than tokenized twice.
    uint32_t pos = begin < consumed_ ? consumed_ : begin;
    uint32_t run = pos;
    while (pos < end) {
      auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80) {
        ++pos;
        continue;
      }
      char32_t cp;
      size_t bad = 0;
      size_t len = DecodeUtf8(text_, pos, &cp, &bad);
      if (len > 0) {
        pos += static_cast<uint32_t>(len);
        continue;
      }
      if (run < pos) AddValid(run, pos);
      AddToken({pos, static_cast<uint32_t>(pos + bad)}, TokenKind::kInvalid,
               tf::kNonAscii, /*with_key=*/false);
      pos += static_cast<uint32_t>(bad);
      run = pos;
    }
    if (run < pos) AddValid(run, pos);
    if (pos > consumed_) consumed_ = pos;
  }

 private:
  // [begin, end) is well-formed UTF-8.
  void AddValid(uint32_t begin, uint32_t end) {
    bool ignorable = true, has_letter = false, has_digit = false,
         has_number = false, has_upper = false, has_lower = false,
         first_letter_upper = false, non_ascii = false, emoji = false,
         has_fe0f = false, has_pict = false, has_keycap = false;
    char32_t first = 0;
    uint32_t pos = begin;
    while (pos < end) {
      char32_t c;
      size_t bad;
      auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80) {
        c = byte;
        ++pos;
      } else {
        pos += static_cast<uint32_t>(DecodeUtf8(text_, pos, &c, &bad));
        non_ascii = true;
      }
      if (IsIgnorable(c)) continue;
      if (ignorable) first = c;
      ignorable = false;
      bool letter, upper, lower, digit, number;
      if (c < 0x80) {
        upper = c >= 'A' && c <= 'Z';
        lower = c >= 'a' && c <= 'z';
        letter = upper || lower;
        digit = number = c >= '0' && c <= '9';
      } else {
        letter = u_isUAlphabetic(c);
        upper = u_isUUppercase(c) || u_istitle(c);
        lower = u_isULowercase(c);
        int8_t type = u_charType(c);
        digit = type == U_DECIMAL_DIGIT_NUMBER;
        number = digit || type == U_LETTER_NUMBER || type == U_OTHER_NUMBER;
        if (c == 0xFE0F) has_fe0f = true;
        if (c == 0x20E3) has_keycap = true;
        if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) {
          has_pict = true;
        }
        if (IsEmojiCodePoint(c)) emoji = true;
      }
      if (letter && !has_letter) first_letter_upper = upper;
      has_letter |= letter;
      has_upper |= upper;
      has_lower |= lower;
      has_digit |= digit;
      has_number |= number;
    }
    if (ignorable) return;
    emoji |= has_fe0f && (has_pict || has_keycap);

    TokenKind kind;
    if (has_letter) {
      kind = TokenKind::kWord;
    } else if (emoji) {
      kind = TokenKind::kEmoji;
    } else if (has_number) {
      kind = TokenKind::kNumber;
    } else {
      kind = KindOfMark(first);
    }
    uint16_t flags = 0;
    if (has_letter) flags |= tf::kHasLetter;
    if (has_digit) flags |= tf::kHasDigit;
    if (non_ascii) flags |= tf::kNonAscii;
    if (first_letter_upper) flags |= tf::kCapitalized;
    if (has_upper && !has_lower) flags |= tf::kAllCaps;
    if (has_lower && !has_upper) flags |= tf::kLowercase;
    AddToken({begin, end}, kind, flags, /*with_key=*/true);
  }

  // The kind of a segment without letters, digits or emoji, from its first
  // code point.
  static TokenKind KindOfMark(char32_t c) {
    int8_t type = u_charType(c);
    if (u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) {
      if (type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION) {
        return TokenKind::kOpenQuote;
      }
      if (type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION) {
        return TokenKind::kCloseQuote;
      }
      return TokenKind::kAmbiguousQuote;
    }
    switch (type) {
      case U_DASH_PUNCTUATION:
        return TokenKind::kDash;
      case U_CONNECTOR_PUNCTUATION:
      case U_START_PUNCTUATION:
      case U_END_PUNCTUATION:
      case U_INITIAL_PUNCTUATION:
      case U_FINAL_PUNCTUATION:
      case U_OTHER_PUNCTUATION:
        return TokenKind::kPunct;
      default:
        return TokenKind::kSymbol;
    }
  }

  void AddToken(Span span, TokenKind kind, uint16_t flags, bool with_key) {
    flags |= GapFlags(last_end_, span.begin);
    last_end_ = span.end;
    key_.clear();
    if (with_key)
      AppendNormalizedKey(text_.substr(span.begin, span.size()), &key_);
    tokens_->Add(span, kind, flags, key_);
  }

  // Flags for what lies between the previous token and this one.
  uint16_t GapFlags(uint32_t begin, uint32_t end) const {
    uint16_t flags = 0;
    int line_breaks = 0;
    uint32_t pos = begin;
    while (pos < end) {
      char32_t c = static_cast<unsigned char>(text_[pos]);
      if (c == ' ') {  // the common case: one ASCII space
        flags |= tf::kSpaceBefore;
        ++pos;
        continue;
      }
      size_t bad = 0;
      size_t len = DecodeUtf8(text_, pos, &c, &bad);
      if (len == 0) {  // cannot happen between tokens; be safe
        pos += static_cast<uint32_t>(bad);
        continue;
      }
      pos += static_cast<uint32_t>(len);
      if (IsLineBreak(c)) {
        // CR LF is one line break; a paragraph separator is a blank line.
        if (!(c == '\r' && pos < end && text_[pos] == '\n')) {
          line_breaks += c == 0x2029 ? 2 : 1;
        }
        flags |= tf::kSpaceBefore;
      } else if (c < 0x80 ? (c == ' ' || c == '\t') : u_isUWhiteSpace(c)) {
        flags |= tf::kSpaceBefore;
      }
    }
    if (line_breaks >= 1) flags |= tf::kNewlineBefore;
    if (line_breaks >= 2) flags |= tf::kBlankLineBefore;
    return flags;
  }

  std::string_view text_;
  Tokens* tokens_;
  uint32_t last_end_ = 0;
  uint32_t consumed_ = 0;  // bytes [0, consumed_) are done
  std::string key_;
};

// Groups tokens into paragraphs separated by blank lines.
void FillParagraphs(const Tokens& tokens, std::vector<TextUnit>* paragraphs) {
  uint32_t start = 0;
  const auto n = static_cast<uint32_t>(tokens.size());
  for (uint32_t i = 1; i <= n; ++i) {
    if (i == n || tokens.has(i, tf::kBlankLineBefore)) {
      paragraphs->push_back(
          {{tokens.begin(start), tokens.end(i - 1)}, start, i});
      start = i;
    }
  }
}

}  // namespace

absl::Status PrepareUax29() { return GetPrototypes().status; }

absl::StatusOr<std::vector<uint32_t>> Uax29WordBoundaries(
    std::string_view utf8) {
  return Boundaries(utf8, Which::kWord);
}

absl::StatusOr<std::vector<uint32_t>> Uax29SentenceBoundaries(
    std::string_view utf8) {
  return Boundaries(utf8, Which::kSentence);
}

absl::Status TokenizeUax29(const TokenizerOptions& options, Document& doc) {
  const std::string_view text = doc.text();
  Tokens& tokens = doc.mutable_tokens();
  tokens.Clear();
  doc.mutable_sentences().clear();
  doc.mutable_paragraphs().clear();
  if (options.invalid_utf8 == TokenizerOptions::InvalidUtf8::kError) {
    size_t bad = FirstInvalidUtf8(text);
    if (bad != text.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", bad));
    }
  }
  if (text.empty()) return absl::OkStatus();

  absl::StatusOr<icu::RuleBasedBreakIterator*> word =
      ThreadIterator(Which::kWord);
  if (!word.ok()) return word.status();
  UText ut = UTEXT_INITIALIZER;
  absl::Status status = SetText(text, &ut, *word);
  if (status.ok()) {
    TokenBuilder builder(text, &tokens);
    int32_t begin = (*word)->first();
    for (int32_t end = (*word)->next(); end != icu::BreakIterator::DONE;
         begin = end, end = (*word)->next()) {
      builder.AddSegment(static_cast<uint32_t>(begin),
                         static_cast<uint32_t>(end));
    }
  }
  if (status.ok() && options.split_sentences && !tokens.empty()) {
    absl::StatusOr<icu::RuleBasedBreakIterator*> sentence =
        ThreadIterator(Which::kSentence);
    if (!sentence.ok()) {
      status = sentence.status();
    } else {
      // The same UText serves both iterators (each keeps its own clone).
      status = SetText(text, &ut, *sentence);
    }
    if (status.ok()) {
      // A token belongs to the sentence segment it begins in (a sentence
      // boundary inside a word segment, as in Hebrew "א.ב", leaves the token
      // whole in the earlier sentence). Segments without tokens are dropped.
      std::vector<TextUnit>& sentences = doc.mutable_sentences();
      const auto n = static_cast<uint32_t>(tokens.size());
      uint32_t t = 0;
      (*sentence)->first();
      for (int32_t end = (*sentence)->next();
           end != icu::BreakIterator::DONE && t < n;
           end = (*sentence)->next()) {
        uint32_t first = t;
        while (t < n && tokens.begin(t) < static_cast<uint32_t>(end)) ++t;
        if (t > first) {
          sentences.push_back(
              {{tokens.begin(first), tokens.end(t - 1)}, first, t});
        }
      }
    }
  }
  utext_close(&ut);
  if (!status.ok()) {
    tokens.Clear();
    doc.mutable_sentences().clear();
    return status;
  }
  FillParagraphs(tokens, &doc.mutable_paragraphs());
  return absl::OkStatus();
}

}  // namespace sayso::internal
