#include "tokenizer/news_tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <array>
#include <cstring>
#include <memory>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string>

#include "absl/strings/str_cat.h"
#include "core/key_hash.h"
#include "sayso/normalize.h"
#include "tokenizer/abbreviations.h"
#include "tokenizer/char_class.h"
#include "tokenizer/sentence_splitter.h"
#include "tokenizer/token_writer.h"

namespace sayso::internal {
namespace {

namespace tf = token_flags;

// ASCII lower-casing identical to AppendNormalizedKey's ASCII path.
constexpr std::array<char, 128> MakeLowerTable() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                  : (c == '`' ? '\'' : static_cast<char>(c));
  }
  return t;
}
constexpr std::array<char, 128> kLower = MakeLowerTable();

// Byte classes for the ASCII fast path of the word scanner.
enum : uint8_t { kBUpper = 1, kBLower = 2, kBDigit = 4, kBOther = 8 };
constexpr std::array<uint8_t, 256> MakeByteTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kBUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kBLower;
  for (int c = '0'; c <= '9'; ++c) t[c] = kBDigit;
  return t;
}
constexpr std::array<uint8_t, 256> kByte = MakeByteTable();

// Advances over ASCII letters and digits, OR-ing their classes into *acc.
inline size_t ScanAsciiAlnum(const char* s, size_t q, size_t n, uint8_t* acc) {
  uint8_t a = *acc;
#ifdef __SSE2__
  // 16 bytes at a time: x - (lo - 128) < count - 128 (signed) is the
  // unsigned range test x - lo < count.
  const __m128i k_alpha_lo = _mm_set1_epi8(static_cast<char>('a' - 128));
  const __m128i k_upper_lo = _mm_set1_epi8(static_cast<char>('A' - 128));
  const __m128i k_digit_lo = _mm_set1_epi8(static_cast<char>('0' - 128));
  const __m128i k_26 = _mm_set1_epi8(static_cast<char>(26 - 128));
  const __m128i k_10 = _mm_set1_epi8(static_cast<char>(10 - 128));
  const __m128i k_case = _mm_set1_epi8(0x20);
  while (q + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + q));
    const __m128i alpha =
        _mm_cmplt_epi8(_mm_sub_epi8(_mm_or_si128(x, k_case), k_alpha_lo), k_26);
    const __m128i upper = _mm_cmplt_epi8(_mm_sub_epi8(x, k_upper_lo), k_26);
    const __m128i digit = _mm_cmplt_epi8(_mm_sub_epi8(x, k_digit_lo), k_10);
    const unsigned alnum =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(alpha, digit)));
    const unsigned stop = ~alnum & 0xFFFFu;
    const unsigned len = stop ? static_cast<unsigned>(__builtin_ctz(stop)) : 16;
    const unsigned keep = (1u << len) - 1;
    const unsigned up = static_cast<unsigned>(_mm_movemask_epi8(upper)) & keep;
    const unsigned al = static_cast<unsigned>(_mm_movemask_epi8(alpha)) & keep;
    const unsigned dg = static_cast<unsigned>(_mm_movemask_epi8(digit)) & keep;
    a |=
        static_cast<uint8_t>((up != 0) * kBUpper | ((al & ~up) != 0) * kBLower |
                             (dg != 0) * kBDigit);
    q += len;
    if (stop) {
      *acc = a;
      return q;
    }
  }
#endif
  while (q < n) {
    const uint8_t bc = kByte[static_cast<unsigned char>(s[q])];
    if (bc == 0) break;
    a |= bc;
    ++q;
  }
  *acc = a;
  return q;
}

// Writes the ASCII letters and digits src[0, len) lower-cased to dst (which
// has 16 bytes of slack). `avail` bytes are readable at src.
inline void LowerAsciiAlnum(const char* src, size_t len, size_t avail,
                            char* dst) {
#ifdef __SSE2__
  if (len <= 16 && avail >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src));
    // Upper case: x - ('A' - 128) < 26 - 128 (signed) <=> x - 'A' < 26.
    const __m128i upper = _mm_cmplt_epi8(
        _mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>('A' - 128))),
        _mm_set1_epi8(static_cast<char>(26 - 128)));
    const __m128i lower =
        _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), lower);
    return;
  }
#endif
  for (size_t i = 0; i < len; ++i) {
    const unsigned char c = static_cast<unsigned char>(src[i]);
    dst[i] = static_cast<char>(
        c | (static_cast<unsigned>(c - 'A') < 26u ? 0x20 : 0));
  }
}

inline bool IsAsciiAlnum(char c) {
  return kByte[static_cast<unsigned char>(c)] != 0;
}
inline bool IsAsciiAlpha(char c) {
  return (kByte[static_cast<unsigned char>(c)] & (kBUpper | kBLower)) != 0;
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Top-level domains accepted in bare domains ("example.com") without a
// scheme or "www.". Two-letter country codes that are common English words
// (at, be, in, is, it, me, no, to, us, ...) are left out on purpose.
bool IsBareTld(std::string_view tld) {
  static constexpr std::string_view kTlds[] = {
      "com", "org", "net", "gov",  "edu", "mil", "int", "info", "biz", "io",
      "ai",  "app", "dev", "news", "tv",  "eu",  "uk",  "de",   "fr",  "ru",
      "ua",  "es",  "nl",  "ch",   "se",  "dk",  "fi",  "pl",   "cz",  "jp",
      "cn",  "au",  "ca",  "br",   "mx",  "il",  "tr",  "gr",   "kr",  "za",
      "nz",  "ie",  "pt",  "ro",   "hu",  "ly",  "fm",  "gl",   "cc",  "org"};
  for (std::string_view t : kTlds) {
    if (t == tld) return true;
  }
  return false;
}

// Characters allowed inside a URL (RFC 3986 plus '%').
inline bool IsUrlByte(unsigned char b) {
  if (IsAsciiAlnum(static_cast<char>(b))) return true;
  switch (b) {
    case '-':
    case '.':
    case '_':
    case '~':
    case ':':
    case '/':
    case '?':
    case '#':
    case '[':
    case ']':
    case '@':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case '%':
      return true;
    default:
      return false;
  }
}

const uint64_t* ByteKeyHashes();

// Emits tokens for one Document.
class Scanner {
 public:
  Scanner(const TokenizerOptions& options, Document& doc,
          std::vector<uint32_t>* events, bool fast_paths)
      : events_(events),
        doc_(doc),
        sentences_(options.split_sentences),
        text_(doc.text()),
        s_(doc.text().data()),
        n_(doc.text().size()),
        out_(doc.mutable_tokens(), doc.text().size()),
        abbr_(Abbreviations::Default()),
        error_on_invalid_(options.invalid_utf8 ==
                          TokenizerOptions::InvalidUtf8::kError),
        byte_hashes_(ByteKeyHashes()),
        fast_paths_(fast_paths) {}

  absl::Status Run();

 private:
  // --- emission -----------------------------------------------------------
  void Emit(size_t b, size_t e, TokenKind kind, uint16_t flags);
  void EmitWithKey(size_t b, size_t e, TokenKind kind, uint16_t flags,
                   std::string_view key);
  // Emit() for a token of ASCII letters and digits only.
  void EmitAsciiAlnum(size_t b, size_t e, TokenKind kind, uint16_t flags);
  // Emit() for a one-byte ASCII token (its key hash comes from a table).
  void EmitByte(size_t b, TokenKind kind);
  // Adds the token whose key (key_len bytes, hash `hash`) was written at
  // out_.key_dst().
  void Commit(size_t b, size_t e, TokenKind kind, uint16_t flags,
              size_t key_len, uint64_t hash);
  // Emit() for a non-ASCII token: keys of short tokens are cached.
  void EmitNonAscii(size_t b, size_t e, TokenKind kind, uint16_t flags);
  // Shape flags of an arbitrary span (for the rarer token kinds).
  uint16_t ShapeOf(size_t b, size_t e) const;

  // --- scanners: each returns the end of what it consumed ------------------
#ifdef __SSE2__
  // Plain ASCII words and numbers of at most 15 bytes, each followed by one
  // space, from p: each classified, lower-cased and hashed from one 16-byte
  // load and stored in place. Returns where it stopped (p if it emitted
  // nothing); the full scanner goes on from there.
  // Not inlined into Run(): on its own it keeps its cursor, counters and
  // array pointers in registers.
  __attribute__((noinline)) size_t FastRun(size_t p);
  // Room FastRun() makes before it starts (it stops when it is used up).
  static constexpr size_t kFastMinTokens = 256;
  static constexpr size_t kFastMinKeyBytes = 1024;
  // FastRun() reads up to 31 bytes past a pass's first token (a 15-byte
  // word, a 5-byte clitic such as "’re", a closing quote, a comma, another
  // closing quote, then " “" and the next byte).
  static constexpr size_t kFastLookahead = 40;
  size_t LineGapAt(const char* s, size_t q, uint16_t* pending);
  void WriteQuote(const TokenWriter::Raw& w, size_t i, size_t key_used,
                  size_t q, TokenKind kind, uint16_t flags);
  void WriteInlinePunct(const TokenWriter::Raw& w, size_t i, size_t key_used,
                        size_t q, unsigned char c);
  void WriteSpacedMark(const TokenWriter::Raw& w, size_t i, size_t key_used,
                       size_t q, size_t len, TokenKind kind);
#endif
  size_t ScanWord(size_t start);
  size_t ScanAlnumStart(size_t p);
  size_t KeycapEnd(size_t p) const;
  size_t PlainCompoundEnd(size_t start, size_t q, uint8_t acc);
  size_t ScanAsciiPunct(size_t p);
  size_t ScanNonAscii(size_t p, Char c);
  size_t ScanApostrophe(size_t p, size_t len);
  size_t ScanQuote(size_t p, size_t len, TokenKind default_kind, bool single);
  size_t ScanEmoji(size_t p, Char c);
  size_t ScanDictionaryRun(size_t p);
  // URL, e-mail or bare domain starting at `start`; 0 if none.
  size_t MatchUrl(size_t start) const;
  size_t MatchEmail(size_t start) const;
  size_t MatchDomain(size_t start) const;
  size_t TrimUrlEnd(size_t start, size_t end) const;
  // Length of a clitic (s re ve ll d m) right after an apostrophe at `p`
  // of `alen` bytes, including the apostrophe; 0 if none.
  size_t CliticAfter(size_t p, size_t alen) const;
  // Apostrophe length at p (1 for ', 3 for ’), or 0.
  size_t ApostropheAt(size_t p) const {
    if (p >= n_) return 0;
    if (s_[p] == '\'') return 1;
    if (p + 2 < n_ && s_[p] == '\xE2' && s_[p + 1] == '\x80' &&
        s_[p + 2] == '\x99') {
      return 3;
    }
    return 0;
  }
  bool WordCharAt(size_t p) const {
    if (p >= n_) return false;
    return IsWordClass(PeekChar(text_, p).cls);
  }
  bool LetterAt(size_t p) const {
    if (p >= n_) return false;
    return IsLetterClass(PeekChar(text_, p).cls);
  }
  // Whether the previous token ends at p and is a word-like token.
  bool AdjacentToWord(size_t p) const {
    if (last_end_ != p) return false;
    TokenKind k = last_kind_;
    return k == TokenKind::kWord || k == TokenKind::kNumber;
  }
  CharClass BaseClassBefore(size_t q, size_t start) const;
  void CountAlnum(size_t b, size_t e, int* letters, bool* digits) const;
  bool PrevIsBoundary(size_t p) const;  // start, space, open bracket/quote
  bool NextIsBoundary(size_t p) const;  // end, space, punct, close

  void AddNewlines(int count) {
    if (count >= 2 || (pending_ & tf::kNewlineBefore)) {
      pending_ |= tf::kBlankLineBefore;
      open_single_ = 0;  // quotes do not span paragraphs
    }
    pending_ |= tf::kNewlineBefore | tf::kSpaceBefore;
  }

  // Splitter events (news_tokenizer.h): the tokens that start a line or
  // keep a final period, and the punctuation, symbols and dashes that may
  // end a sentence or be a bullet (. ! ? and every non-ASCII one).
  static constexpr uint16_t kEventFlags =
      tf::kAbbreviation | tf::kNewlineBefore | tf::kBlankLineBefore;
  // Kinds that may be events: punctuation, symbols, dashes.
  static constexpr bool kEventKind[16] = {false, false, true, false,
                                          false, false, true, true};
  void NoteEvent(size_t index, TokenKind kind, uint16_t flags, size_t b) {
    if (events_ != nullptr &&
        ((flags & kEventFlags) ||
         ((kind == TokenKind::kPunct || kind == TokenKind::kSymbol ||
           kind == TokenKind::kDash) &&
          IsEventByte(static_cast<unsigned char>(s_[b]))))) {
      if ((flags & tf::kBlankLineBefore) && index > para_begin_) {
        // A paragraph ends: split it while its tokens are in cache.
        SplitParagraph(doc_, sentences_, *events_, para_begin_, index,
                       para_event_, events_->size(), &chunks_);
        para_begin_ = index;
        para_event_ = events_->size();
        chunks_ = ParagraphChunks();
        chunks_.next_token = index;
        chunks_.next_event = para_event_;
        chunks_.line_begin = index;
      } else if (index - chunks_.next_token >= kChunkTokens && sentences_ &&
                 IsChunkEnd(doc_.tokens(), text_, index, kind, flags, b)) {
        // A long paragraph: split what it has so far (sentence_splitter.h).
        SplitChunk(doc_, *events_, index, events_->size(), &chunks_);
      }
      // The line that ends here counts towards whether the paragraph is
      // hard-wrapped (the splitter need not walk its events again).
      if ((flags & tf::kNewlineBefore) && index > para_begin_ && sentences_) {
        CountLine(doc_, index, &chunks_);
      }
      events_->push_back(static_cast<uint32_t>(index));
    }
  }
  static bool IsEventByte(unsigned char b) {
    return b >= 0x80 || b == '.' || b == '!' || b == '?';
  }

  std::vector<uint32_t>* events_;
  Document& doc_;
  const bool sentences_;
  size_t para_begin_ = 0;  // first token of the current paragraph
  size_t para_event_ = 0;  // its first event in *events_
  // A paragraph of many lines is split in chunks of about this many tokens
  // (their arrays take ~100 KB: they stay in the core's cache).
  static constexpr size_t kChunkTokens = 4096;
  ParagraphChunks chunks_;  // the current paragraph's chunks so far
  std::string_view text_;
  const char* s_;
  size_t n_;
  // Tokens are written in place into the Document's arrays.
  TokenWriter out_;
  // End of the last token (never a valid start before the first token).
  uint32_t last_end_ = 0xFFFFFFFFu;
  TokenKind last_kind_ = TokenKind::kWord;
  const Abbreviations& abbr_;
  bool error_on_invalid_;
  const uint64_t* byte_hashes_;
  // False: every token goes through the full scanners (FastRun() and the
  // plain-word shortcut are skipped), for tests that compare the two.
  bool fast_paths_;

  // kSpaceBefore, kNewlineBefore, kBlankLineBefore for the next token.
  uint16_t pending_ = 0;
  int open_single_ = 0;  // unmatched opening single quotes in the paragraph
  std::string key_;
};

// KeyHash() (sayso/normalize.h), inlined here: see core/key_hash.h.
inline __attribute__((always_inline)) uint64_t HashKey(const char* key,
                                                       size_t len) {
  return KeyHashBytes(key, len);
}

// KeyHashRegs() of a key of 1 to 16 bytes held in a vector register: its
// high half is moved to a general register only for keys over 8 bytes.
inline __attribute__((always_inline)) uint64_t HashKeyVec(__m128i key,
                                                          unsigned len) {
  const uint64_t lo = static_cast<uint64_t>(_mm_cvtsi128_si64(key));
  if (__builtin_expect(len > 8, 0)) {
    return KeyHashRegs(
        lo, static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_srli_si128(key, 8))),
        len);
  }
  return KeyHashRegs(lo, 0, len);
}

// KeyHash() of every one-byte ASCII key (the byte lower-cased).
const uint64_t* ByteKeyHashes() {
  static const uint64_t* table = [] {
    auto* t = new uint64_t[128];
    for (int c = 0; c < 128; ++c) t[c] = HashKey(&kLower[c], 1);
    return t;
  }();
  return table;
}

// Keys of short non-ASCII tokens (quotes, dashes, emoji, accented words),
// per thread: normalizing through utf8proc costs hundreds of instructions,
// and the same few tokens recur. Direct-mapped, keyed by the token's bytes.
struct NonAsciiKeyCache {
  static constexpr size_t kSlots = 512;
  static constexpr size_t kMaxText = 16;
  static constexpr size_t kMaxKey = 47;
  struct Slot {
    uint8_t text_len = 0;  // 0: empty
    uint8_t key_len = 0;
    char text[kMaxText];
    char key[kMaxKey];
    uint64_t hash = 0;
  };
  Slot slots[kSlots];
};

NonAsciiKeyCache& ThreadKeyCache() {
  thread_local NonAsciiKeyCache cache;
  return cache;
}

void Scanner::Emit(size_t b, size_t e, TokenKind kind, uint16_t flags) {
  if (flags & tf::kNonAscii) {
    EmitNonAscii(b, e, kind, flags);
    return;
  }
  // ASCII: lower-case straight into the arena, hash once.
  const size_t len = e - b;
  out_.Reserve(len);
  char* const key = out_.key_dst();
#ifdef __SSE2__
  if (len - 1 < 15 && b + 16 <= n_) {  // 1 to 15 bytes
    // One 16-byte load: fold A-Z and '`' as kLower does, store 16 bytes
    // (the arena has the slack), hash from the registers.
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_ + b));
    const unsigned keep = (1u << len) - 1;
    if ((static_cast<unsigned>(_mm_movemask_epi8(x)) & keep) == 0) {
      const __m128i upper = _mm_cmplt_epi8(
          _mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>('A' - 128))),
          _mm_set1_epi8(static_cast<char>(26 - 128)));
      const __m128i backtick = _mm_cmpeq_epi8(x, _mm_set1_epi8('`'));
      const __m128i folded = _mm_xor_si128(
          _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))),
          _mm_and_si128(backtick, _mm_set1_epi8('`' ^ '\'')));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(key), folded);
      Commit(b, e, kind, flags, len,
             KeyHashRegs(static_cast<uint64_t>(_mm_cvtsi128_si64(folded)),
                         static_cast<uint64_t>(_mm_cvtsi128_si64(
                             _mm_unpackhi_epi64(folded, folded))),
                         static_cast<unsigned>(len)));
      return;
    }
  }
#endif
  char* dst = key;
  for (size_t i = b; i < e; ++i) *dst++ = kLower[s_[i] & 0x7F];
  Commit(b, e, kind, flags, len, HashKey(key, len));
}

void Scanner::EmitNonAscii(size_t b, size_t e, TokenKind kind, uint16_t flags) {
  const size_t len = e - b;
  NonAsciiKeyCache::Slot* slot = nullptr;
  if (len <= NonAsciiKeyCache::kMaxText) {
    const uint64_t h = HashKey(s_ + b, len);
    slot = &ThreadKeyCache().slots[h % NonAsciiKeyCache::kSlots];
    if (slot->text_len == len && std::memcmp(slot->text, s_ + b, len) == 0) {
      out_.Reserve(slot->key_len);
      std::memcpy(out_.key_dst(), slot->key, slot->key_len);
      Commit(b, e, kind, flags, slot->key_len, slot->hash);
      return;
    }
  }
  key_.clear();
  AppendNormalizedKey(text_.substr(b, e - b), &key_);
  const uint64_t hash = HashKey(key_.data(), key_.size());
  if (slot != nullptr && key_.size() <= NonAsciiKeyCache::kMaxKey) {
    slot->text_len = static_cast<uint8_t>(len);
    slot->key_len = static_cast<uint8_t>(key_.size());
    std::memcpy(slot->text, s_ + b, len);
    std::memcpy(slot->key, key_.data(), key_.size());
    slot->hash = hash;
  }
  out_.Reserve(key_.size());
  std::memcpy(out_.key_dst(), key_.data(), key_.size());
  Commit(b, e, kind, flags, key_.size(), hash);
}

inline void Scanner::EmitByte(size_t b, TokenKind kind) {
  out_.Reserve(1);
  const unsigned char c = static_cast<unsigned char>(s_[b]);
  *out_.key_dst() = kLower[c & 0x7F];
  Commit(b, b + 1, kind, 0, 1, byte_hashes_[c & 0x7F]);
}

inline __attribute__((always_inline)) void Scanner::Commit(size_t b, size_t e,
                                                           TokenKind kind,
                                                           uint16_t flags,
                                                           size_t key_len,
                                                           uint64_t hash) {
  flags |= pending_;
  pending_ = 0;
  if (__builtin_expect(
          (flags & kEventFlags) || kEventKind[static_cast<int>(kind)], 0)) {
    NoteEvent(out_.size(), kind, flags, b);
  }
  out_.Put(static_cast<uint32_t>(b), static_cast<uint32_t>(e), kind, flags,
           key_len, hash);
  last_end_ = static_cast<uint32_t>(e);
  last_kind_ = kind;
}

void Scanner::EmitAsciiAlnum(size_t b, size_t e, TokenKind kind,
                             uint16_t flags) {
  const size_t len = e - b;
  out_.Reserve(len);
  char* const key = out_.key_dst();
  LowerAsciiAlnum(s_ + b, len, n_ - b, key);
  Commit(b, e, kind, flags, len, HashKey(key, len));
}

void Scanner::EmitWithKey(size_t b, size_t e, TokenKind kind, uint16_t flags,
                          std::string_view key) {
  out_.Reserve(key.size());
  std::memcpy(out_.key_dst(), key.data(), key.size());
  Commit(b, e, kind, flags, key.size(), HashKey(key.data(), key.size()));
}

uint16_t Scanner::ShapeOf(size_t b, size_t e) const {
  uint16_t flags = 0;
  bool first_letter = true, any_upper = false, any_lower = false;
  for (size_t p = b; p < e;) {
    Char c = PeekChar(text_, p);
    if (c.len == 0) break;
    if (c.cp >= 0x80) flags |= tf::kNonAscii;
    if (IsLetterClass(c.cls)) {
      flags |= tf::kHasLetter;
      if (c.cls == CharClass::kUpper) {
        any_upper = true;
        if (first_letter) flags |= tf::kCapitalized;
      } else if (c.cls == CharClass::kLower) {
        any_lower = true;
      }
      first_letter = false;
    } else if (c.cls == CharClass::kDigit) {
      flags |= tf::kHasDigit;
    }
    p += c.len;
  }
  if (flags & tf::kHasLetter) {
    if (any_upper && !any_lower) flags |= tf::kAllCaps;
    if (any_lower && !any_upper) flags |= tf::kLowercase;
  }
  return flags;
}

bool Scanner::PrevIsBoundary(size_t p) const {
  Char c = PrevChar(text_, p);
  switch (c.cls) {
    case CharClass::kEnd:
    case CharClass::kSpace:
    case CharClass::kLineBreak:
    case CharClass::kParaBreak:
    case CharClass::kIgnorable:
    case CharClass::kOpenBracket:
    case CharClass::kOpenQuote:
    case CharClass::kDash:
    case CharClass::kHyphen:
      return true;
    case CharClass::kAsciiPunct:
      return c.cp == '(' || c.cp == '[' || c.cp == '{' || c.cp == '-' ||
             c.cp == '<' || c.cp == '/';
    default:
      return false;
  }
}

bool Scanner::NextIsBoundary(size_t p) const {
  Char c = PeekChar(text_, p);
  switch (c.cls) {
    case CharClass::kEnd:
    case CharClass::kSpace:
    case CharClass::kLineBreak:
    case CharClass::kParaBreak:
    case CharClass::kIgnorable:
    case CharClass::kCloseBracket:
    case CharClass::kCloseQuote:
    case CharClass::kApostrophe:
    case CharClass::kDash:
    case CharClass::kEllipsis:
    case CharClass::kTerminal:
    case CharClass::kPunct:
      return true;
    case CharClass::kAsciiPunct:
      switch (c.cp) {
        case '.':
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case ')':
        case ']':
        case '}':
        case '-':
        case '"':
        case '\'':
        case '>':
        case '/':
          return true;
        default:
          return false;
      }
    default:
      return false;
  }
}

size_t Scanner::CliticAfter(size_t p, size_t alen) const {
  size_t q = p + alen;
  if (q >= n_) return 0;
  char c1 = AsciiLowerChar(s_[q]);
  size_t len = 0;
  if (c1 == 's' || c1 == 'd' || c1 == 'm') {
    len = 1;
  } else if (q + 1 < n_) {
    char c2 = AsciiLowerChar(s_[q + 1]);
    if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') ||
        (c1 == 'l' && c2 == 'l')) {
      len = 2;
    }
  }
  if (len == 0) return 0;
  // The clitic must end the word: "'s" yes, "'sup" no.
  if (WordCharAt(q + len)) return 0;
  return alen + len;
}

size_t Scanner::MatchUrl(size_t start) const {
  // scheme://...  or  www.x...
  size_t q = start;
  while (q < n_ && IsAsciiAlpha(s_[q])) ++q;
  std::string_view scheme = text_.substr(start, q - start);
  bool ok = false;
  if (q + 2 < n_ && s_[q] == ':' && s_[q + 1] == '/' && s_[q + 2] == '/' &&
      scheme.size() >= 2 && scheme.size() <= 10) {
    q += 3;
    ok = q < n_ && IsAsciiAlnum(s_[q]);
  } else if (q - start == 3 && (s_[start] | 0x20) == 'w' &&
             (s_[start + 1] | 0x20) == 'w' && (s_[start + 2] | 0x20) == 'w' &&
             q + 1 < n_ && s_[q] == '.' && IsAsciiAlnum(s_[q + 1])) {
    ok = true;
  } else if (scheme == "mailto" && q < n_ && s_[q] == ':') {
    ++q;
    ok = q < n_ && IsAsciiAlnum(s_[q]);
  }
  if (!ok) return 0;
  while (q < n_) {
    unsigned char b = static_cast<unsigned char>(s_[q]);
    if (b < 0x80) {
      if (!IsUrlByte(b)) break;
      ++q;
    } else {
      Char c = PeekChar(text_, q);
      if (!IsWordClass(c.cls)) break;  // IRIs: letters only
      q += c.len;
    }
  }
  return TrimUrlEnd(start, q);
}

size_t Scanner::TrimUrlEnd(size_t start, size_t end) const {
  // Trailing sentence punctuation is not part of a URL; a closing bracket is
  // kept only when it balances an opening one inside the URL.
  while (end > start) {
    char c = s_[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        c == '\'' || c == '"') {
      --end;
      continue;
    }
    if (c == ')' || c == ']') {
      char open = c == ')' ? '(' : '[';
      int balance = 0;
      for (size_t i = start; i < end; ++i) {
        if (s_[i] == open) ++balance;
        if (s_[i] == c) --balance;
      }
      if (balance < 0) {
        --end;
        continue;
      }
    }
    break;
  }
  return end;
}

size_t Scanner::MatchEmail(size_t start) const {
  size_t q = start;
  while (q < n_ && (IsAsciiAlnum(s_[q]) || s_[q] == '.' || s_[q] == '_' ||
                    s_[q] == '%' || s_[q] == '+' || s_[q] == '-')) {
    ++q;
  }
  if (q == start || q >= n_ || s_[q] != '@') return 0;
  if (s_[q - 1] == '.') return 0;
  ++q;
  size_t domain = q;
  size_t last_dot = 0;
  while (q < n_ && (IsAsciiAlnum(s_[q]) || s_[q] == '-' ||
                    (s_[q] == '.' && q + 1 < n_ && IsAsciiAlnum(s_[q + 1])))) {
    if (s_[q] == '.') last_dot = q;
    ++q;
  }
  if (last_dot <= domain || q - last_dot < 3) return 0;
  for (size_t i = last_dot + 1; i < q; ++i) {
    if (!IsAsciiAlpha(s_[i])) return 0;
  }
  return q;
}

size_t Scanner::MatchDomain(size_t start) const {
  // label(.label)+ whose last label is a known TLD written in lower case,
  // optionally followed by a path.
  size_t q = start;
  size_t last_label = start;
  int dots = 0;
  while (q < n_) {
    if (IsAsciiAlnum(s_[q]) || s_[q] == '-') {
      ++q;
    } else if (s_[q] == '.' && q + 1 < n_ && IsAsciiAlnum(s_[q + 1])) {
      ++dots;
      ++q;
      last_label = q;
    } else {
      break;
    }
  }
  if (dots == 0) return 0;
  if (q < n_ && !NextIsBoundary(q) && s_[q] != '/') return 0;
  std::string_view tld = text_.substr(last_label, q - last_label);
  if (!IsBareTld(tld)) return 0;
  if (q < n_ && s_[q] == '/') {
    while (q < n_ && IsUrlByte(static_cast<unsigned char>(s_[q]))) ++q;
    q = TrimUrlEnd(start, q);
  }
  return q;
}

// The class of the base character before `q` (marks are skipped: they take
// the class of the letter they extend); kEnd if none after `start`.
CharClass Scanner::BaseClassBefore(size_t q, size_t start) const {
  while (q > start) {
    Char c = PrevChar(text_, q);
    if (c.cls != CharClass::kMark && c.cls != CharClass::kZwj &&
        c.cls != CharClass::kIgnorable) {
      if (c.cls == CharClass::kNumOther) return CharClass::kDigit;
      return c.cls;
    }
    q -= c.len;
  }
  return CharClass::kEnd;
}

// Letters and digits in [b, e).
void Scanner::CountAlnum(size_t b, size_t e, int* letters, bool* digits) const {
  *letters = 0;
  *digits = false;
  while (b < e) {
    Char c = PeekChar(text_, b);
    if (IsLetterClass(c.cls)) ++*letters;
    if (c.cls == CharClass::kDigit || c.cls == CharClass::kNumOther) {
      *digits = true;
    }
    b += c.len;
  }
}

size_t Scanner::ScanWord(size_t start) {
  size_t q = start;
  // OR of kByte classes of the ASCII letters and digits; non-ASCII letters
  // and digits add the same bits.
  uint8_t acc = 0;
  bool non_ascii = false, has_hyphen = false, dotted = false;
  bool abbreviation = false;
  size_t seg_start = start;   // after the last '.' or hyphen
  size_t hyphen_seg = start;  // after the last hyphen
  auto special = [&](size_t e, TokenKind kind) {
    Emit(start, e, kind, ShapeOf(start, e));
    return e;
  };

  for (;;) {
    // A run of letters, digits and marks: the hot loop.
    for (;;) {
      q = ScanAsciiAlnum(s_, q, n_, &acc);
      if (q >= n_ || static_cast<unsigned char>(s_[q]) < 0x80) break;
      Char c = PeekChar(text_, q);
      if (!IsWordClass(c.cls)) {
        // WORD JOINER and ZWNBSP (U+FEFF) are Format characters inside a
        // word (UAX #29 WB4); ZERO WIDTH SPACE separates words.
        if (c.cls != CharClass::kIgnorable || c.cp == 0x200B) break;
      }
      non_ascii = true;
      if (c.cls == CharClass::kUpper) acc |= kBUpper;
      if (c.cls == CharClass::kLower) acc |= kBLower;
      if (c.cls == CharClass::kLetter) acc |= kBUpper | kBLower | kBOther;
      if (c.cls == CharClass::kDigit || c.cls == CharClass::kNumOther) {
        acc |= kBDigit;
      }
      q += c.len;
    }
    if (q >= n_) break;
    const char b = s_[q];
    // Word-space: the common case.
    if (b == ' ' || b == '\n') break;

    // A connector joins only when a word character follows it.
    const CharClass prev = BaseClassBefore(q, start);
    const bool prev_letter = IsLetterClass(prev);
    const bool prev_digit = prev == CharClass::kDigit;
    if (b == '-' || (b == '\xE2' && q + 2 < n_ && s_[q + 1] == '\x80' &&
                     (s_[q + 2] == '\x90' || s_[q + 2] == '\x91'))) {
      const size_t hl = b == '-' ? 1 : 3;
      Char next = PeekChar(text_, q + hl);
      if ((IsLetterClass(next.cls) || next.cls == CharClass::kDigit) &&
          prev != CharClass::kEnd) {
        q += hl;
        has_hyphen = true;
        non_ascii |= hl > 1;
        seg_start = hyphen_seg = q;
        continue;
      }
      break;
    }
    if (b == '.') {
      const char nb = q + 1 < n_ ? s_[q + 1] : '\0';
      if (prev_digit && IsAsciiDigit(nb)) {  // 2.5  1.2.3  100.00
        ++q;
        continue;
      }
      int seg_letters = 0;
      bool seg_digits = false;
      CountAlnum(seg_start, q, &seg_letters, &seg_digits);
      if (prev_letter && IsAsciiAlpha(nb) && !seg_digits) {
        // Initialisms: U.S  a.m  e.g  Ph.D  S.p.A (segments of 1-2 letters)
        size_t r = q + 1;
        while (r < n_ && IsAsciiAlpha(s_[r]) && r - q <= 3) ++r;
        const size_t next_len = r - q - 1;
        if (!WordCharAt(r) && seg_letters <= 2 &&
            (next_len == 1 || (seg_letters == 1 && next_len == 2))) {
          ++q;
          dotted = true;
          seg_start = q;
          continue;
        }
      }
      if (IsAsciiAlnum(nb)) {
        if (size_t e = MatchEmail(start)) return special(e, TokenKind::kEmail);
        if (size_t e = MatchUrl(start)) return special(e, TokenKind::kUrl);
        if (size_t e = MatchDomain(start)) return special(e, TokenKind::kUrl);
      }
      // "Jr.." keeps one period; "etc..." leaves the ellipsis whole.
      if (q + 2 < n_ && s_[q + 1] == '.' && s_[q + 2] == '.') break;
      if (!(acc & (kBUpper | kBLower))) break;
      // Does the token keep its final period?  U.S.  Mr.  J.  No. 5  Lt.-Gen.
      bool attach = false;
      int letters = 0;
      bool digits = false;
      CountAlnum(start, q, &letters, &digits);
      if (dotted && !seg_digits) {
        attach = true;
      } else if (letters == 1 && !digits &&
                 BaseClassBefore(q, start) == CharClass::kUpper &&
                 q - start <= 4) {
        attach = true;  // an initial: J. R. R. Tolkien
      } else {
        std::optional<AbbrevClass> cls =
            abbr_.Find(text_.substr(start, q - start));
        if (!cls && hyphen_seg > start) {
          cls = abbr_.Find(text_.substr(hyphen_seg, q - hyphen_seg));
        }
        if (cls) {
          attach = true;
          if (*cls == AbbrevClass::kNumber) {
            size_t r = q + 1;
            while (r < n_ && (s_[r] == ' ' || s_[r] == '\t')) ++r;
            attach = r < n_ && (IsAsciiDigit(s_[r]) || s_[r] == '#');
          }
        }
      }
      if (!attach) break;
      ++q;
      abbreviation = true;
      // Lt.-Gen.  U.S.-led: a hyphen after the period continues the word.
      if (q + 1 < n_ && s_[q] == '-' && IsAsciiAlpha(s_[q + 1])) {
        ++q;
        has_hyphen = true;
        abbreviation = false;
        dotted = false;
        seg_start = hyphen_seg = q;
        continue;
      }
      break;
    }
    if (b == ',') {  // 76,000  1,234,567
      if (prev_digit && q + 3 < n_ && IsAsciiDigit(s_[q + 1]) &&
          IsAsciiDigit(s_[q + 2]) && IsAsciiDigit(s_[q + 3]) &&
          !(q + 4 < n_ && IsAsciiDigit(s_[q + 4]))) {
        q += 4;
        continue;
      }
      break;
    }
    if (b == ':') {
      if (prev_digit && q + 1 < n_ && IsAsciiDigit(s_[q + 1])) {  // 10:30
        ++q;
        continue;
      }
      if (prev_letter) {
        if (size_t e = MatchUrl(start)) return special(e, TokenKind::kUrl);
      }
      break;
    }
    if (b == '/') {  // 9/11  24/7
      if (prev_digit && q + 1 < n_ && IsAsciiDigit(s_[q + 1])) {
        ++q;
        continue;
      }
      break;
    }
    if (b == '@') {
      if (size_t e = MatchEmail(start)) return special(e, TokenKind::kEmail);
      break;
    }
    if (size_t alen = ApostropheAt(q)) {
      if (prev_letter && LetterAt(q + alen)) {
        if (CliticAfter(q, alen)) break;  // Smith|'s  they|'re
        // do|n't: the clitic starts at the 'n'.
        if ((s_[q + alen] == 't' || s_[q + alen] == 'T') &&
            !WordCharAt(q + alen + 1) && q - start >= 2 &&
            (s_[q - 1] == 'n' || s_[q - 1] == 'N')) {
          q -= 1;
          break;
        }
        q += alen;  // O'Brien  rock'n'roll
        non_ascii |= alen > 1;
        continue;
      }
      break;
    }
    if (b == '&') {  // AT&T  S&P
      if (prev == CharClass::kUpper && q + 1 < n_ &&
          (kByte[static_cast<unsigned char>(s_[q + 1])] & kBUpper)) {
        ++q;
        continue;
      }
      break;
    }
    if (b == '_') {
      if (WordCharAt(q + 1)) {
        ++q;
        continue;
      }
      break;
    }
    if (static_cast<unsigned char>(b) >= 0x80) {
      Char c = PeekChar(text_, q);
      if (c.cls == CharClass::kMidLetter && prev_letter &&
          LetterAt(q + c.len)) {
        q += c.len;  // l·l  ״
        non_ascii = true;
        continue;
      }
      if (c.cp == 0xB0 && q - start == 1 && (s_[start] | 0x20) == 'n') {
        q += c.len;  // N° (numero)
        non_ascii = true;
        continue;
      }
      break;
    }
    if (b == '"' && prev_letter) {
      // Hebrew acronyms with a straight gershayim: צה"ל (UAX #29 WB7b/c).
      Char before = PrevChar(text_, q);
      Char after = PeekChar(text_, q + 1);
      if (before.cp >= 0x05D0 && before.cp <= 0x05EA && after.cp >= 0x05D0 &&
          after.cp <= 0x05EA) {
        ++q;
        continue;
      }
    }
    break;
  }

  // Shape flags. The first letter decides kCapitalized.
  uint16_t flags = 0;
  const bool has_letter = (acc & (kBUpper | kBLower)) != 0;
  if (has_letter) {
    flags |= tf::kHasLetter;
    const uint8_t first = kByte[static_cast<unsigned char>(s_[start])];
    if (first == kBUpper) {
      flags |= tf::kCapitalized;
    } else if (first != kBLower) {
      for (size_t r = start; r < q;) {
        Char c = PeekChar(text_, r);
        if (IsLetterClass(c.cls)) {
          if (c.cls == CharClass::kUpper) flags |= tf::kCapitalized;
          break;
        }
        r += c.len;
      }
    }
    if (!(acc & kBOther)) {
      if (!(acc & kBLower)) flags |= tf::kAllCaps;
      if (!(acc & kBUpper)) flags |= tf::kLowercase;
    }
  }
  if (acc & kBDigit) flags |= tf::kHasDigit;
  if (has_hyphen) flags |= tf::kHasHyphen;
  if (non_ascii) flags |= tf::kNonAscii;
  // A final '.' is the token's own: an abbreviation's, or an initialism's
  // that a clitic cut short ("U.S.|n't": the do|n't rule steps back from
  // "U.S.n").
  if (abbreviation || s_[q - 1] == '.') flags |= tf::kAbbreviation;

  TokenKind kind = TokenKind::kWord;
  if ((acc & kBDigit) && !has_hyphen) {
    const unsigned char first = static_cast<unsigned char>(s_[start]);
    const bool starts_with_digit =
        IsAsciiDigit(static_cast<char>(first)) ||
        (first >= 0x80 && PeekChar(text_, start).cls == CharClass::kDigit);
    if (starts_with_digit) {
      if (!has_letter) {
        kind = TokenKind::kNumber;
      } else {
        // Ordinals and decades: 73rd 1st 2nd 1990s
        size_t l = q;
        while (l > start && IsAsciiAlpha(s_[l - 1])) --l;
        const std::string_view suffix = text_.substr(l, q - l);
        int letters = 0;
        bool digits = false;
        CountAlnum(start, l, &letters, &digits);
        if (letters == 0 &&
            (suffix == "st" || suffix == "nd" || suffix == "rd" ||
             suffix == "th" || suffix == "s")) {
          kind = TokenKind::kNumber;
        }
      }
    }
  }
  Emit(start, q, kind, flags);
  return q;
}

size_t Scanner::ScanQuote(size_t p, size_t len, TokenKind default_kind,
                          bool single) {
  const bool before = PrevIsBoundary(p);
  const bool after = NextIsBoundary(p + len);
  TokenKind kind = default_kind;
  if (before && !after) {
    kind = TokenKind::kOpenQuote;
  } else if (!before && after) {
    kind = TokenKind::kCloseQuote;
  } else if (!before && !after) {
    // Between two non-spaces: after , : ; it opens (said:"Yes"); after
    // . ! ? it closes (great."She); between letters it stays as given.
    Char c = PrevChar(text_, p);
    if (c.cp == ',' || c.cp == ':' || c.cp == ';') {
      kind = TokenKind::kOpenQuote;
    } else if (c.cp == '.' || c.cp == '!' || c.cp == '?' ||
               c.cls == CharClass::kEllipsis || c.cls == CharClass::kTerminal) {
      kind = TokenKind::kCloseQuote;
    }
  }  // standing alone between spaces: the default
  if (single) {
    if (kind == TokenKind::kOpenQuote) {
      ++open_single_;
    } else if (kind == TokenKind::kCloseQuote && open_single_ > 0) {
      --open_single_;
    }
  }
  Emit(p, p + len, kind,
       static_cast<unsigned char>(s_[p]) >= 0x80 ? tf::kNonAscii : 0);
  return p + len;
}

size_t Scanner::ScanApostrophe(size_t p, size_t alen) {
  const uint16_t na = alen > 1 ? tf::kNonAscii : 0;
  if (AdjacentToWord(p)) {
    // Clitics: Smith 's, they 're, JFK Jr. 's
    if (size_t cl = CliticAfter(p, alen)) {
      // ShapeOf(p, p + cl) without the per-character decoding: an
      // apostrophe (no letter) and the ASCII letters CliticAfter() matched.
      uint16_t shape = tf::kHasLetter | na;
      bool any_upper = false, any_lower = false;
      for (size_t q = p + alen; q < p + cl; ++q) {
        (s_[q] <= 'Z' ? any_upper : any_lower) = true;
      }
      if (s_[p + alen] <= 'Z') shape |= tf::kCapitalized;
      if (!any_lower) shape |= tf::kAllCaps;
      if (!any_upper) shape |= tf::kLowercase;
      Emit(p, p + cl, TokenKind::kWord, tf::kClitic | shape);
      return p + cl;
    }
    // Possessive plural: the players' union. A pending opening single quote
    // makes it a closing quote instead.
    const char lc = s_[last_end_ - 1];
    if ((lc == 's' || lc == 'S') && !WordCharAt(p + alen) &&
        open_single_ == 0) {
      Emit(p, p + alen, TokenKind::kWord, tf::kClitic | na);
      return p + alen;
    }
  } else if (PrevIsBoundary(p) && p + alen + 2 <= n_ &&
             IsAsciiDigit(s_[p + alen]) && IsAsciiDigit(s_[p + alen + 1])) {
    // '90s  ’68: a year with its century elided.
    size_t q = p + alen + 2;
    if (q < n_ && s_[q] == 's') ++q;
    if (!WordCharAt(q)) {
      Emit(p, q, TokenKind::kNumber, tf::kHasDigit | na);
      return q;
    }
  }
  return ScanQuote(
      p, alen, alen > 1 ? TokenKind::kCloseQuote : TokenKind::kAmbiguousQuote,
      /*single=*/true);
}

// The end of a keycap emoji whose base (# * or a digit) is s_[p]: the base,
// an optional U+FE0F, then U+20E3; 0 if none follows.
size_t Scanner::KeycapEnd(size_t p) const {
  Char next = PeekChar(text_, p + 1);
  size_t q = p + 1;
  if (next.cp == 0xFE0F) {
    q += next.len;
    next = PeekChar(text_, q);
  }
  return next.cls == CharClass::kKeycap ? q + next.len : 0;
}

size_t Scanner::ScanAsciiPunct(size_t p) {
  const char b = s_[p];
  switch (b) {
    case '.': {
      size_t q = p + 1;
      while (q < n_ && s_[q] == '.') ++q;
      if (q - p >= 2) {
        Emit(p, q, TokenKind::kPunct, 0);
        return q;
      }
      // A spaced ellipsis ". . ." is one token (key "...").
      size_t r = p + 1;
      int dots = 1;
      while (r + 1 < n_ && s_[r] == ' ' && s_[r + 1] == '.') {
        r += 2;
        ++dots;
      }
      if (dots >= 3) {
        static constexpr std::string_view kDots = "..........";
        EmitWithKey(p, r, TokenKind::kPunct, 0,
                    kDots.substr(0, dots < 10 ? dots : 10));
        return r;
      }
      if (q < n_ && IsAsciiDigit(s_[q]) && PrevIsBoundary(p)) {
        // .5  .357
        while (q < n_ && IsAsciiDigit(s_[q])) ++q;
        Emit(p, q, TokenKind::kNumber, tf::kHasDigit);
        return q;
      }
      EmitByte(p, TokenKind::kPunct);
      return p + 1;
    }
    case '!':
    case '?': {
      size_t q = p + 1;
      while (q < n_ && (s_[q] == '!' || s_[q] == '?')) ++q;
      Emit(p, q, TokenKind::kPunct, 0);
      return q;
    }
    case '"':
      return ScanQuote(p, 1, TokenKind::kAmbiguousQuote, false);
    case '\'':
      if (p + 1 < n_ && s_[p + 1] == '\'') {  // '' : a PTB-style double quote
        return ScanQuote(p, 2, TokenKind::kAmbiguousQuote, false);
      }
      return ScanApostrophe(p, 1);
    case '`': {
      size_t q = p + 1;
      if (q < n_ && s_[q] == '`') ++q;
      Emit(p, q, TokenKind::kOpenQuote, 0);
      return q;
    }
    case '-': {
      size_t q = p + 1;
      while (q < n_ && s_[q] == '-') ++q;
      Emit(p, q, TokenKind::kDash, 0);
      return q;
    }
    case '<': {
      // Markup-like tokens: <unk>  <br/>  </p>
      size_t q = p + 1;
      if (q < n_ && (IsAsciiAlpha(s_[q]) || s_[q] == '/' || s_[q] == '!')) {
        while (q < n_ && q - p < 64 && s_[q] != '>' && s_[q] != '<' &&
               s_[q] != ' ' && s_[q] != '\n' && s_[q] != '\t' &&
               static_cast<unsigned char>(s_[q]) >= 0x20 &&
               static_cast<unsigned char>(s_[q]) < 0x7F) {
          ++q;
        }
        if (q < n_ && s_[q] == '>') {
          Emit(p, q + 1, TokenKind::kMarkup, ShapeOf(p, q + 1));
          return q + 1;
        }
      }
      Emit(p, p + 1, TokenKind::kSymbol, 0);
      return p + 1;
    }
    case '@': {
      size_t q = p + 1;
      while (q < n_ && (IsAsciiAlnum(s_[q]) || s_[q] == '_')) ++q;
      if (q > p + 1 && !AdjacentToWord(p)) {
        Emit(p, q, TokenKind::kMention, ShapeOf(p, q));
        return q;
      }
      Emit(p, p + 1, TokenKind::kSymbol, 0);
      return p + 1;
    }
    case '#':
    case '*': {
      // Keycaps: #️⃣ *️⃣
      if (const size_t q = KeycapEnd(p)) {
        Emit(p, q, TokenKind::kEmoji, tf::kNonAscii);
        return q;
      }
      if (b == '#') {
        // #hashtag: letters, digits, marks and '_', with at least one letter.
        size_t q = p + 1;
        bool letter = false;
        while (q < n_) {
          Char c = PeekChar(text_, q);
          if (IsWordClass(c.cls) || c.cp == '_') {
            letter |= IsLetterClass(c.cls);
            q += c.len;
          } else {
            break;
          }
        }
        if (letter && !AdjacentToWord(p)) {
          Emit(p, q, TokenKind::kHashtag, ShapeOf(p, q));
          return q;
        }
      }
      Emit(p, p + 1, TokenKind::kSymbol, 0);
      return p + 1;
    }
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '_':
    case '\\':
      EmitByte(p, TokenKind::kPunct);
      return p + 1;
    default:  // $ % & + = ^ | ~ > and control characters
      EmitByte(p, TokenKind::kSymbol);
      return p + 1;
  }
}

size_t Scanner::ScanEmoji(size_t p, Char c) {
  size_t q = p + c.len;
  bool emoji = c.cls != CharClass::kEmojiText;
  if (c.cls == CharClass::kRegional) {
    Char next = PeekChar(text_, q);
    if (next.cls == CharClass::kRegional) q += next.len;  // a flag
    Emit(p, q, TokenKind::kEmoji, tf::kNonAscii);
    return q;
  }
  for (;;) {
    Char next = PeekChar(text_, q);
    if (next.cls == CharClass::kMark || next.cls == CharClass::kKeycap ||
        next.cls == CharClass::kEmojiModifier) {
      // VS16, tags (subdivision flags), keycap, skin tones
      emoji |= next.cp == 0xFE0F || next.cls == CharClass::kEmojiModifier ||
               next.cls == CharClass::kKeycap ||
               (next.cp >= 0xE0020 && next.cp <= 0xE007F);
      q += next.len;
      continue;
    }
    if (next.cls == CharClass::kZwj) {
      Char after = PeekChar(text_, q + next.len);
      if (after.cls == CharClass::kEmoji ||
          after.cls == CharClass::kEmojiText ||
          after.cls == CharClass::kRegional) {
        emoji = true;
        q += next.len + after.len;
        continue;
      }
    }
    break;
  }
  Emit(p, q, emoji ? TokenKind::kEmoji : TokenKind::kSymbol, tf::kNonAscii);
  return q;
}

// ICU's dictionary-based word break iterator, one per thread (BreakIterator
// is not thread-safe; the Tokenizer is shared).
icu::BreakIterator* DictionaryBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) b.reset();
    return b;
  }();
  return breaker.get();
}

size_t Scanner::ScanDictionaryRun(size_t p) {
  size_t q = p;
  while (q < n_) {
    Char c = PeekChar(text_, q);
    if (c.cls != CharClass::kDictLetter && c.cls != CharClass::kMark &&
        c.cls != CharClass::kZwj) {
      break;
    }
    q += c.len;
  }
  icu::BreakIterator* breaker = DictionaryBreaker();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  if (breaker != nullptr) {
    utext_openUTF8(&ut, s_ + p, static_cast<int64_t>(q - p), &status);
  }
  if (breaker == nullptr || U_FAILURE(status)) {
    Emit(p, q, TokenKind::kWord, tf::kNonAscii | tf::kHasLetter);
    return q;
  }
  breaker->setText(&ut, status);
  int32_t from = breaker->first();
  for (int32_t to = breaker->next(); to != icu::BreakIterator::DONE;
       to = breaker->next()) {
    Emit(p + from, p + to, TokenKind::kWord, tf::kNonAscii | tf::kHasLetter);
    from = to;
  }
  // Detach the iterator from the run before the UText goes away.
  static const icu::UnicodeString kEmpty;
  breaker->setText(kEmpty);
  utext_close(&ut);
  return q;
}

size_t Scanner::ScanNonAscii(size_t p, Char c) {
  switch (c.cls) {
    case CharClass::kUpper:
    case CharClass::kLower:
    case CharClass::kLetter:
    case CharClass::kDigit:
    case CharClass::kNumOther:
      return ScanWord(p);
    case CharClass::kDictLetter:
      return ScanDictionaryRun(p);
    case CharClass::kMark:
    case CharClass::kZwj: {
      // Marks with nothing to extend stand alone.
      size_t q = p + c.len;
      for (Char m = PeekChar(text_, q);
           m.cls == CharClass::kMark || m.cls == CharClass::kZwj;
           m = PeekChar(text_, q)) {
        q += m.len;
      }
      Emit(p, q, TokenKind::kSymbol, tf::kNonAscii);
      return q;
    }
    case CharClass::kApostrophe:
      return ScanApostrophe(p, c.len);
    case CharClass::kOpenQuote:
      return ScanQuote(
          p, c.len, TokenKind::kOpenQuote,
          c.cp == 0x2018 || c.cp == 0x201A || c.cp == 0x201B || c.cp == 0x2039);
    case CharClass::kCloseQuote:
      return ScanQuote(p, c.len, TokenKind::kCloseQuote, c.cp == 0x203A);
    case CharClass::kHyphen:
    case CharClass::kDash: {
      size_t q = p + c.len;
      while (PeekChar(text_, q).cp == c.cp) q += c.len;
      Emit(p, q, TokenKind::kDash, tf::kNonAscii);
      return q;
    }
    case CharClass::kEllipsis:
    case CharClass::kTerminal:
    case CharClass::kOpenBracket:
    case CharClass::kCloseBracket:
    case CharClass::kMidLetter:
    case CharClass::kPunct:
      Emit(p, p + c.len, TokenKind::kPunct, tf::kNonAscii);
      return p + c.len;
    case CharClass::kEmoji:
    case CharClass::kEmojiText:
    case CharClass::kRegional:
    case CharClass::kEmojiModifier:
    case CharClass::kKeycap:
      return ScanEmoji(p, c);
    default:  // currency, symbols
      Emit(p, p + c.len, TokenKind::kSymbol, tf::kNonAscii);
      return p + c.len;
  }
}

#ifdef __SSE2__
// What may follow a plain token, i.e. where ScanWord() would stop too: bit
// 0 for words of ASCII letters only, bit 1 for numbers of ASCII digits only;
// bits 2 (words) and 3 (numbers): only if the byte after it is
// kEndsConnector (a hyphen, period, comma, colon or slash that joins
// nothing: "well-", "end.)", "5, ", "note: ", "1/ "). A word's final period
// is then still checked against the abbreviations. Bit 4: an apostrophe
// (' or the first byte of ’) after a word, see FastRun().
constexpr std::array<uint8_t, 256> MakePlainAfter() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                       (c >= 'A' && c <= 'Z');
    if (alnum) continue;
    switch (c) {
      case '-':
      case '.':
      case ':':
        t[c] = 4 | 8;
        break;
      case ',':
      case '/':
        t[c] = 1 | 8;
        break;
      case '\'':  // clitics, O'Brien: bit 4 (words only)
        t[c] = 16;
        break;
      case '@':  // e-mail addresses
      case '&':  // AT&T
      case '_':  // snake_case
        break;
      default:
        t[c] = 3;
    }
  }
  t[0xE2] = 16;  // ’ (E2 80 99), checked in FastRun()
  return t;
}
constexpr std::array<uint8_t, 256> kPlainAfter = MakePlainAfter();
// One-byte punctuation that FastRun() writes itself when a space and a
// word follow (ScanAsciiPunct() makes the same one-byte token of each): 1,
// or 2 for a splitter event (news_tokenizer.h).
constexpr std::array<uint8_t, 256> MakeInlinePunct() {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : {',', ';', ':'}) t[c] = 1;
  for (unsigned char c : {'.', '!', '?'}) t[c] = 2;
  return t;
}
constexpr std::array<uint8_t, 256> kInlinePunct = MakeInlinePunct();
// ASCII marks that FastRun() writes itself after a space, as
// ScanAsciiPunct() makes them: kMarkBeforeWord when a letter or digit follows
// at once (" (word", " $5"), kMarkBetweenSpaces when a space and then a
// letter or digit follow (" & ", " - ", " -- ": wire copy's dash).
constexpr uint8_t kMarkBeforeWord = 1;
constexpr uint8_t kMarkBetweenSpaces = 2;
constexpr std::array<uint8_t, 256> MakeSpacedMark() {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : {'(', '$'}) t[c] = kMarkBeforeWord;
  for (unsigned char c : {'&', '-'}) t[c] = kMarkBetweenSpaces;
  return t;
}
constexpr std::array<uint8_t, 256> kSpacedMark = MakeSpacedMark();
// An ASCII byte that is neither a letter, a digit nor '/' (after a
// connector: see kPlainAfter).
constexpr std::array<bool, 256> MakeEndsConnector() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
             (c >= 'A' && c <= 'Z') || c == '/');
  }
  return t;
}
constexpr std::array<bool, 256> kEndsConnector = MakeEndsConnector();
// Whether s[q] is an ASCII byte that no word continues into (what
// WordCharAt() says for ASCII; non-ASCII bytes answer false).
inline bool EndsWordAt(const char* s, size_t q) {
  const unsigned char b = static_cast<unsigned char>(s[q]);
  return b < 0x80 && kByte[b] == 0;
}

// At s[q] == '\n': the length of a line gap ("\n", or "\n\n" for a
// paragraph break) followed by an ASCII letter or digit, setting *pending to
// what AddNewlines() gives the next token; 0 (and *pending = 0) if something
// else follows. A paragraph break also ends open single quotes, as
// AddNewlines() does.
inline size_t Scanner::LineGapAt(const char* s, size_t q, uint16_t* pending) {
  constexpr uint16_t kLine = tf::kNewlineBefore | tf::kSpaceBefore;
  if (s[q + 1] != '\n') {
    if (kByte[static_cast<unsigned char>(s[q + 1])] == 0) {
      *pending = 0;
      return 0;
    }
    *pending = kLine;
    return 1;
  }
  if (kByte[static_cast<unsigned char>(s[q + 2])] == 0) {
    *pending = 0;
    return 0;
  }
  *pending = kLine | tf::kBlankLineBefore;
  open_single_ = 0;
  return 2;
}

// Whether s[q] starts the curly double quote U+201C (last byte 0x9C) or
// U+201D (0x9D).
inline bool IsCurlyQuoteAt(const char* s, size_t q, unsigned char last) {
  return s[q] == '\xE2' && s[q + 1] == '\x80' &&
         static_cast<unsigned char>(s[q + 2]) == last;
}

// Writes a double quote at s[q] as token i: a curly one (3 bytes) when
// `flags` has kNonAscii, else '"'. Its key is '"', as normalization folds
// it.
inline void Scanner::WriteQuote(const TokenWriter::Raw& w, size_t i,
                                size_t key_used, size_t q, TokenKind kind,
                                uint16_t flags) {
  w.keys[key_used] = '"';
  w.begin[i] = static_cast<uint32_t>(q);
  w.end[i] = static_cast<uint32_t>(q + ((flags & tf::kNonAscii) ? 3 : 1));
  w.kind[i] = kind;
  w.flags[i] = flags;
  w.key_end[i] = static_cast<uint32_t>(key_used + 1);
  w.hash[i] = byte_hashes_[static_cast<unsigned char>('"')];
}

// Writes the one-byte punctuation c == s[q] (one of kInlinePunct) as token i,
// as ScanAsciiPunct() does: kPunct, a splitter event for . ! ?.
inline void Scanner::WriteInlinePunct(const TokenWriter::Raw& w, size_t i,
                                      size_t key_used, size_t q,
                                      unsigned char c) {
  if (kInlinePunct[c] == 2 && events_ != nullptr) {
    events_->push_back(static_cast<uint32_t>(i));
  }
  w.keys[key_used] = static_cast<char>(c);
  w.begin[i] = static_cast<uint32_t>(q);
  w.end[i] = static_cast<uint32_t>(q + 1);
  w.kind[i] = TokenKind::kPunct;
  w.flags[i] = 0;
  w.key_end[i] = static_cast<uint32_t>(key_used + 1);
  w.hash[i] = byte_hashes_[c];
}

// Writes the mark of `len` bytes at s_[q] (one of kSpacedMark, or "--") as
// token i after a space: '(' is kPunct, '$' and '&' kSymbol (EmitByte()),
// '-' and "--" kDash (Emit()); none is a splitter event.
inline void Scanner::WriteSpacedMark(const TokenWriter::Raw& w, size_t i,
                                     size_t key_used, size_t q, size_t len,
                                     TokenKind kind) {
  const unsigned char c = static_cast<unsigned char>(s_[q]);
  w.keys[key_used] = static_cast<char>(c);
  w.keys[key_used + 1] = static_cast<char>(c);  // read only for "--"
  w.begin[i] = static_cast<uint32_t>(q);
  w.end[i] = static_cast<uint32_t>(q + len);
  w.kind[i] = kind;
  w.flags[i] = tf::kSpaceBefore;
  w.key_end[i] = static_cast<uint32_t>(key_used + len);
  w.hash[i] =
      len == 1 ? byte_hashes_[c] : KeyHashRegs(uint64_t{0x2D2D}, 0, 2);  // --
}

size_t Scanner::FastRun(size_t p) {
  // do|n't: an 'n' right after a word may start a clitic (only the first
  // token can follow a word: the others follow a space).
  if ((s_[p] | 0x20) == 'n' && AdjacentToWord(p)) return p;
  // The loop reads up to 31 bytes past a token's start without checks
  // (kFastLookahead), and one pass writes at most 5 tokens.
  if (n_ < kFastLookahead || p > n_ - kFastLookahead) return p;
  // Room for every token and key the loop may write, so that it checks one
  // bound per token: each token takes at least one byte of text, each key
  // at most its token's bytes, and the last 16-byte key store 16 more.
  out_.EnsureRoom(kFastMinTokens, kFastMinKeyBytes);
  // Locals, not members: the token stores must not force reloads of the
  // cursor (uint64_t stores may alias size_t members).
  const TokenWriter::Raw w = out_.raw();
  const char* const s = s_;
  const size_t p_lim = std::min({n_ - kFastLookahead, p + (w.cap - w.n) - 8,
                                 p + (w.key_cap - w.key_used) - 96});
  size_t i = w.n;
  size_t key_used = w.key_used;
  uint16_t pending = pending_;
  const __m128i k_upper_lo = _mm_set1_epi8(static_cast<char>('A' - 128));
  const __m128i k_lower_lo = _mm_set1_epi8(static_cast<char>('a' - 128));
  const __m128i k_digit_lo = _mm_set1_epi8(static_cast<char>('0' - 128));
  const __m128i k_26 = _mm_set1_epi8(static_cast<char>(26 - 128));
  const __m128i k_10 = _mm_set1_epi8(static_cast<char>(10 - 128));
  const __m128i k_case = _mm_set1_epi8(0x20);
  while (p <= p_lim) {
    // One instruction with the cursor in its address: GCC would first add s
    // and p into a register of their own (a sum it shares with the loop's
    // rare paths), one more step on the chain from a token's length to the
    // next token's load. The text is not written while the loop runs.
    __m128i x;
    asm("movdqu (%1,%2), %0" : "=x"(x) : "r"(s), "r"(p));
    // x - (lo - 128) < count - 128 (signed) is the unsigned x - lo < count.
    const __m128i upper = _mm_cmplt_epi8(_mm_sub_epi8(x, k_upper_lo), k_26);
    const __m128i lower = _mm_cmplt_epi8(_mm_sub_epi8(x, k_lower_lo), k_26);
    const __m128i digit = _mm_cmplt_epi8(_mm_sub_epi8(x, k_digit_lo), k_10);
    unsigned up = static_cast<unsigned>(_mm_movemask_epi8(upper));
    unsigned lo = static_cast<unsigned>(_mm_movemask_epi8(lower));
    unsigned dg = static_cast<unsigned>(_mm_movemask_epi8(digit));
    // The token's end from one mask: OR-ing the three masks in the vector
    // unit shortens the chain from the load to the next token's start.
    const unsigned stop = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
                              _mm_or_si128(upper, lower), digit))) ^
                          0xFFFFu;
    if (stop == 0) break;  // 16 or more bytes: the full scanner
    unsigned len = static_cast<unsigned>(__builtin_ctz(stop));
    // up, lo and dg are 0 where stop is set: stop - 1 keeps their first
    // len bits.
    const unsigned keep = stop - 1;
    up &= keep;
    lo &= keep;
    dg &= keep;
    const unsigned char next = static_cast<unsigned char>(s[p + len]);
    const uint8_t after = kPlainAfter[next];
    uint16_t flags;
    // Rare follow-ups, in one variable (the loop is short of registers):
    // kBeforePeriod for "word. ", or the bytes of a clitic that follows the
    // word ("'s", "’re", "n't"), written as its own token right after it,
    // as ScanApostrophe() and Run() would.
    constexpr unsigned kBeforePeriod = 1;
    unsigned special = 0;
    if (up | lo) {
      if (dg != 0) break;  // 73rd, T90
      if (!(after & 1)) {
        if (after & 16) {
          // An apostrophe (' or ’) ends the word, as in ScanWord(), when no
          // letter follows ("players' ", "word''") or a clitic does
          // ("Smith's", "they’re"), and one letter earlier before n't
          // ("did|n't": the shape flags still count the 'n'). A clitic is
          // written below as its own token; any other apostrophe's token is
          // left to Run().
          const size_t q = p + len;
          size_t alen = 1;
          bool ends_word = false;
          if (next != '\'') {
            if (s[q + 1] != '\x80') break;
            const unsigned char b3 = static_cast<unsigned char>(s[q + 2]);
            if (b3 != 0x99) {
              // “ ” – — …: never inside a word (ScanWord() stops there), so
              // the word ends; Run() takes the mark.
              if (!(b3 == 0x9C || b3 == 0x9D || b3 == 0x93 || b3 == 0x94 ||
                    b3 == 0xA6)) {
                break;
              }
              ends_word = true;
            }
            alen = 3;
          }
          const unsigned char b1 = static_cast<unsigned char>(s[q + alen]);
          // An empty first branch rather than `!ends_word &&` in the tests
          // below: GCC allocates this loop's registers better so (33.9 M
          // against 34.3 M instructions on brown-press).
          if (ends_word) {
            // Nothing more to check: the word ends at the mark.
          } else if (b1 >= 0x80) {
            break;
          } else if (kByte[b1] & (kBUpper | kBLower)) {
            const char c1 = static_cast<char>(b1 | 0x20);
            const char c2 = static_cast<char>(s[q + alen + 1] | 0x20);
            size_t cl = 0;
            if (c1 == 's' || c1 == 'd' || c1 == 'm') {
              cl = 1;
            } else if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') ||
                       (c1 == 'l' && c2 == 'l')) {
              cl = 2;
            }
            if (cl != 0) {
              if (!EndsWordAt(s, q + alen + cl)) break;
              special = static_cast<unsigned>(alen + cl);
            } else if (c1 == 't' && EndsWordAt(s, q + alen + 1) && len >= 2 &&
                       (s[q - 1] | 0x20) == 'n') {
              --len;
              special = static_cast<unsigned>(alen + 2);
            } else {
              break;
            }
          }
        } else {
          if (!(after & 4) ||
              !(kEndsConnector[static_cast<unsigned char>(s[p + len + 1])] ||
                (next == '.' && IsCurlyQuoteAt(s, p + len + 1, 0x9D)))) {
            break;  // said.” is written below, like said. and said”
          }
          // "word. " keeps its period only if it is a listed abbreviation
          // (checked below from the key hash) or an initial ("J. ", one
          // capital letter), as in ScanWord().
          if (next == '.') {
            if (len < 2 && (up != 1 || s[p + 2] != ' ')) break;
            special = kBeforePeriod;
          }
        }
      }
      // up and lo are below 2^15, so (x - 1) >> 27 is 31 for x == 0 and 0
      // otherwise: kAllCaps without lower case, kLowercase without upper.
      flags = static_cast<uint16_t>(tf::kHasLetter | ((up & 1) << 3) |
                                    (((lo - 1) >> 27) & tf::kAllCaps) |
                                    (((up - 1) >> 26) & tf::kLowercase));
      static_assert(tf::kCapitalized == 1 << 3 && tf::kAllCaps == 1 << 4 &&
                    tf::kLowercase == 1 << 5);
    } else {
      if (!(after & 2) &&
          (!(after & 8) ||
           !kEndsConnector[static_cast<unsigned char>(s[p + len + 1])])) {
        break;  // 76,000  2.5  9/11  1️⃣
      }
      flags = tf::kHasDigit;
    }
    // kNumber (1) for numbers, kWord (0) for words: one register less than
    // a separate variable (the loop is short of registers).
    const TokenKind kind = static_cast<TokenKind>((flags >> 6) & 1);
    static_assert(tf::kHasDigit == 1 << 6 &&
                  static_cast<int>(TokenKind::kNumber) == 1 &&
                  static_cast<int>(TokenKind::kWord) == 0);
    const __m128i key = _mm_or_si128(x, _mm_and_si128(upper, k_case));
    uint64_t hash = HashKeyVec(key, len);
    if (__builtin_expect(special == kBeforePeriod, 0)) {
      special = 0;
      // An initial, or a listed abbreviation other than a number's ("No. 5"
      // depends on what follows): the token keeps its period and is a
      // splitter event (kAbbreviation). The key already holds the '.'.
      bool keep_period = len == 1;
      if (!keep_period && abbr_.MayContainKeyHash(hash)) {
        if (s[p + len + 1] != ' ' || len >= 15) break;
        const std::optional<AbbrevClass> cls =
            abbr_.Find(std::string_view(s + p, len), hash);
        if (cls) {
          if (*cls == AbbrevClass::kNumber) break;
          keep_period = true;
        }
      }
      if (keep_period) {
        ++len;
        flags |= tf::kAbbreviation;
        hash = HashKeyVec(key, len);
      }
    }
    if (__builtin_expect((flags | pending) & kEventFlags, 0)) {
      // The first token of a line, or an abbreviation: a splitter event,
      // which may close the previous paragraph or chunk (that reads only
      // tokens already written).
      NoteEvent(i, kind, flags | pending, p);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w.keys + key_used), key);
    w.begin[i] = static_cast<uint32_t>(p);
    w.end[i] = static_cast<uint32_t>(p + len);
    w.kind[i] = kind;
    w.flags[i] = flags | pending;
    w.key_end[i] = static_cast<uint32_t>(key_used + len);
    w.hash[i] = hash;
    ++i;
    key_used += len;
    p += len;
    if (__builtin_expect(special != 0, 0)) {
      // The clitic's key is its letters lower-cased after a straight
      // apostrophe ("’S" -> "'s", "n’t" -> "n't"), as normalization gives.
      const size_t e = p + special;
      const bool n_t = (s[p] | 0x20) == 'n';
      const size_t apostrophe = n_t ? p + 1 : p;
      uint64_t key_bytes;
      unsigned key_len;
      uint16_t shape = tf::kClitic | tf::kHasLetter;
      if (s[apostrophe] != '\'') shape |= tf::kNonAscii;  // ’
      if (n_t) {
        // do|n't: the case of the 'n' decides, as in Run().
        shape |= s[p] == 'N' ? tf::kAllCaps : tf::kLowercase;
        key_bytes = 'n' | (uint64_t{'\''} << 8) | (uint64_t{'t'} << 16);
        key_len = 3;
      } else {
        // 's 'd 'm 're 've 'll, their letters after the apostrophe.
        const size_t lb = s[p] == '\'' ? p + 1 : p + 3;  // ' or ’
        bool any_upper = false, any_lower = false;
        key_bytes = '\'';
        key_len = 1;
        for (size_t r = lb; r < e; ++r) {
          (s[r] <= 'Z' ? any_upper : any_lower) = true;
          key_bytes |= uint64_t{static_cast<unsigned char>(s[r] | 0x20)}
                       << (8 * key_len++);
        }
        if (s[lb] <= 'Z') shape |= tf::kCapitalized;
        if (!any_lower) shape |= tf::kAllCaps;
        if (!any_upper) shape |= tf::kLowercase;
      }
      std::memcpy(w.keys + key_used, &key_bytes, 8);
      w.begin[i] = static_cast<uint32_t>(p);
      w.end[i] = static_cast<uint32_t>(e);
      w.kind[i] = TokenKind::kWord;
      w.flags[i] = shape;
      w.key_end[i] = static_cast<uint32_t>(key_used + key_len);
      w.hash[i] = KeyHashRegs(key_bytes, 0, key_len);
      ++i;
      key_used += key_len;
      p = e;
    }
    // What follows the token (after an abbreviation, a clitic or n't, not
    // `next`), or a closing quote after it.
  after_token:
    const unsigned char c = static_cast<unsigned char>(s[p]);
    // White space and another word or number: go on. ", " ". " "; " ": "
    // "! " "? " before one are emitted here too (kInlinePunct). Anything
    // else goes back to the dispatch in Run(). The white space is one space,
    // one line break or two (a paragraph break); the next token gets what
    // Run()'s AddNewlines() gives it (pending is 0 here).
    if (c == ' ') {
      if (kByte[static_cast<unsigned char>(s[p + 1])] == 0) {
        // ' “Word', ' "Word': an opening quote between a space and a word
        // (ScanQuote() makes it kOpenQuote: a boundary before it, none
        // after it).
        if (IsCurlyQuoteAt(s, p + 1, 0x9C) &&
            kByte[static_cast<unsigned char>(s[p + 4])] != 0) {
          WriteQuote(w, i, key_used, p + 1, TokenKind::kOpenQuote,
                     tf::kNonAscii | tf::kSpaceBefore);
          ++i;
          ++key_used;
          pending = 0;
          p += 4;
          continue;
        }
        if (s[p + 1] == '"' &&
            kByte[static_cast<unsigned char>(s[p + 2])] != 0) {
          WriteQuote(w, i, key_used, p + 1, TokenKind::kOpenQuote,
                     tf::kSpaceBefore);
          ++i;
          ++key_used;
          pending = 0;
          p += 2;
          continue;
        }
        const unsigned char m = static_cast<unsigned char>(s[p + 1]);
        if (const uint8_t mark = kSpacedMark[m]) {
          const size_t q = p + 1;
          const size_t len = m == '-' && s[q + 1] == '-' ? 2 : 1;
          const TokenKind kind = m == '('   ? TokenKind::kPunct
                                 : m == '-' ? TokenKind::kDash
                                            : TokenKind::kSymbol;
          if (mark == kMarkBeforeWord &&
              kByte[static_cast<unsigned char>(s[q + 1])] != 0) {
            WriteSpacedMark(w, i, key_used, q, 1, kind);
            ++i;
            ++key_used;
            pending = 0;
            p = q + 1;
            continue;
          }
          if (mark == kMarkBetweenSpaces && s[q + len] == ' ' &&
              kByte[static_cast<unsigned char>(s[q + len + 1])] != 0) {
            WriteSpacedMark(w, i, key_used, q, len, kind);
            ++i;
            key_used += len;
            pending = tf::kSpaceBefore;
            p = q + len + 1;
            continue;
          }
        }
        pending = 0;
        break;
      }
      pending = tf::kSpaceBefore;
      ++p;
      continue;
    }
    // 'word” ', 'word”, ', 'word" ': a closing quote after a word, before a
    // space or punctuation (kCloseQuote: no boundary before it, one after it);
    // what follows it is dispatched as after a word.
    if (c == '"' && (s[p + 1] == ' ' ||
                     kInlinePunct[static_cast<unsigned char>(s[p + 1])])) {
      WriteQuote(w, i, key_used, p, TokenKind::kCloseQuote, 0);
      ++i;
      ++key_used;
      p += 1;
      goto after_token;
    }
    if (c == 0xE2 && IsCurlyQuoteAt(s, p, 0x9D) &&
        (s[p + 3] == ' ' ||
         kInlinePunct[static_cast<unsigned char>(s[p + 3])])) {
      WriteQuote(w, i, key_used, p, TokenKind::kCloseQuote, tf::kNonAscii);
      ++i;
      ++key_used;
      p += 3;
      goto after_token;
    }
    if (c == '\n') {
      const size_t gap = LineGapAt(s, p, &pending);
      if (gap == 0) break;
      p += gap;
      continue;
    }
    const char space = s[p + 1];
    // 'word.” ', 'word,”\n': punctuation, then a closing quote (kCloseQuote:
    // white space follows it), then what follows as after a word.
    if (kInlinePunct[c] != 0 && space == '\xE2' &&
        IsCurlyQuoteAt(s, p + 1, 0x9D) &&
        (s[p + 4] == ' ' || s[p + 4] == '\n')) {
      WriteInlinePunct(w, i, key_used, p, c);
      ++i;
      ++key_used;
      WriteQuote(w, i, key_used, p + 1, TokenKind::kCloseQuote, tf::kNonAscii);
      ++i;
      ++key_used;
      p += 4;
      goto after_token;  // a space or a line break: the chain ends there
    }
    if (kInlinePunct[c] != 0 && (space == ' ' || space == '\n')) {
      size_t gap = 1;
      uint16_t after_punct = tf::kSpaceBefore;
      if (space == ' ') {
        if (kByte[static_cast<unsigned char>(s[p + 2])] == 0) gap = 0;
      } else {
        gap = LineGapAt(s, p + 1, &after_punct);
      }
      if (gap == 0) {
        pending = 0;
        break;
      }
      WriteInlinePunct(w, i, key_used, p, c);
      ++i;
      ++key_used;
      pending = after_punct;
      p += 1 + gap;
      continue;
    }
    pending = 0;
    break;
  }
  // p moved only past tokens it wrote: with none, it is still the start.
  if (i != out_.size()) {
    out_.Sync(i, key_used);
    pending_ = pending;
    last_end_ = w.end[i - 1];
    last_kind_ = w.kind[i - 1];
  }
  return p;
}
#endif

// Whether `e` (a space at the end of the text) ends an ASCII word or number
// whose kByte classes OR to `acc` where the full scanner would end it: white
// space, ; ) ] ! ? " or a comma not after a digit (76,000 joins).
inline bool EndsPlainWord(char e, uint8_t acc) {
  return e == ' ' || e == '\n' || e == ';' || e == ')' || e == ']' ||
         e == '!' || e == '?' || e == '"' || (e == ',' && !(acc & kBDigit));
}

// The shape flags of ASCII letters and digits whose kByte classes OR to
// `acc`, whose first letter is upper case if `first_letter_upper`.
inline uint16_t AsciiShape(uint8_t acc, bool first_letter_upper) {
  uint16_t flags = 0;
  if (acc & (kBUpper | kBLower)) {
    flags |= tf::kHasLetter;
    if (first_letter_upper) flags |= tf::kCapitalized;
    if (!(acc & kBLower)) flags |= tf::kAllCaps;
    if (!(acc & kBUpper)) flags |= tf::kLowercase;
  }
  if (acc & kBDigit) flags |= tf::kHasDigit;
  return flags;
}

// At s_[q] == '-' after the ASCII letters and digits from `start` (their
// kByte classes OR-ed in `acc`): if single hyphens join more such runs up to
// EndsPlainWord(), emits the compound as ScanWord() would (kWord,
// kHasHyphen) and returns its end; else 0.
size_t Scanner::PlainCompoundEnd(size_t start, size_t q, uint8_t acc) {
  size_t r = q;
  while (r + 1 < n_ && s_[r] == '-' &&
         kByte[static_cast<unsigned char>(s_[r + 1])] != 0) {
    r = ScanAsciiAlnum(s_, r + 1, n_, &acc);
  }
  if (!EndsPlainWord(r < n_ ? s_[r] : ' ', acc)) return 0;
  // The first letter decides kCapitalized (4-H is capitalized).
  size_t f = start;
  while (f < r && !IsAsciiAlpha(s_[f])) ++f;
  const bool upper =
      f < r && kByte[static_cast<unsigned char>(s_[f])] == kBUpper;
  EmitAsciiAlnum(start, r, TokenKind::kWord,
                 tf::kHasHyphen | AsciiShape(acc, upper));
  return r;
}

// A token starting with an ASCII letter or digit, by the full scanners:
// n't, keycaps, then ScanWord().
size_t Scanner::ScanAlnumStart(size_t p) {
  const unsigned char b = static_cast<unsigned char>(s_[p]);
  // do|n't: a clitic right after the word it belongs to.
  if ((b == 'n' || b == 'N') && p + 2 < n_ && AdjacentToWord(p)) {
    if (size_t al = ApostropheAt(p + 1)) {
      if ((s_[p + 1 + al] == 't' || s_[p + 1 + al] == 'T') &&
          !WordCharAt(p + 2 + al)) {
        const uint16_t f = tf::kClitic | tf::kHasLetter |
                           (al > 1 ? tf::kNonAscii : 0) |
                           (b == 'N' ? tf::kAllCaps : tf::kLowercase);
        Emit(p, p + 2 + al, TokenKind::kWord, f);
        return p + 2 + al;
      }
    }
  }
  // Keycaps: 1️⃣
  if (kByte[b] == kBDigit && p + 1 < n_ &&
      static_cast<unsigned char>(s_[p + 1]) >= 0x80) {
    if (const size_t q = KeycapEnd(p)) {
      Emit(p, q, TokenKind::kEmoji, tf::kNonAscii);
      return q;
    }
  }
  return ScanWord(p);
}

absl::Status Scanner::Run() {
  size_t p = 0;
  while (p < n_) {
    const unsigned char b = static_cast<unsigned char>(s_[p]);
    if (b < 0x80) {
      if (kByte[b] != 0 && !fast_paths_) {  // tests: the full scanners only
        p = ScanAlnumStart(p);
        continue;
      }
      if (kByte[b] != 0) {
#ifdef __SSE2__
        // Fastest path: a plain ASCII word or number of at most 15 bytes,
        // classified, lower-cased and stored from one 16-byte load.
        {
          const size_t q = FastRun(p);
          if (q != p) {
            p = q;
            // Stopped at a word: one that FastRun() declines (asked again,
            // it would decline at once), or rarely its room or lookahead
            // ran out there. Either way the paths below take it.
            if (kByte[static_cast<unsigned char>(s_[p])] == 0) continue;
          }
        }
#endif
        // The word's first byte (FastRun() may have moved p).
        const unsigned char first = static_cast<unsigned char>(s_[p]);
        // Fast path: an ASCII word or number followed by a space, a line
        // break, the end, or punctuation that never joins (, ; ) ] ! ? ").
        uint8_t acc = 0;
        const size_t q = ScanAsciiAlnum(s_, p, n_, &acc);
        const char e = q < n_ ? s_[q] : ' ';
        bool plain = EndsPlainWord(e, acc);
        if (plain && (first == 'n' || first == 'N') && AdjacentToWord(p))
          plain = false;
        if (plain && (acc & kBDigit) && (acc & (kBUpper | kBLower))) {
          plain = false;  // 73rd, 1990s, T90: the full scanner decides
        }
        if (plain) {
          // Letters only (a word) or digits only (a number).
          EmitAsciiAlnum(p, q,
                         (acc & (kBUpper | kBLower)) ? TokenKind::kWord
                                                     : TokenKind::kNumber,
                         AsciiShape(acc, kByte[first] == kBUpper));
          p = q;
          // One space and another word: skip the dispatch.
          if (p + 1 < n_ && s_[p] == ' ' &&
              kByte[static_cast<unsigned char>(s_[p + 1])] != 0) {
            pending_ |= tf::kSpaceBefore;
            ++p;
          }
          continue;
        }
        // A compound of ASCII letters and digits joined by single hyphens
        // (term-end, hard-fought, 1990-91): what ScanWord() makes of it, for
        // the same terminators, without its general loop.
        if (e == '-' && q + 1 < n_ &&
            kByte[static_cast<unsigned char>(s_[q + 1])] != 0 &&
            !((first == 'n' || first == 'N') && AdjacentToWord(p))) {
          if (const size_t r = PlainCompoundEnd(p, q, acc)) {
            p = r;
            continue;
          }
        }
        p = ScanAlnumStart(p);
        continue;
      }
      switch (b) {
        case ' ':
        case '\t':
          pending_ |= tf::kSpaceBefore;
          ++p;
          continue;
        case '\n':
        case '\v':
        case '\f':
          AddNewlines(1);
          ++p;
          continue;
        case '\r':
          if (!(p + 1 < n_ && s_[p + 1] == '\n')) AddNewlines(1);
          pending_ |= tf::kSpaceBefore;
          ++p;
          continue;
        default:
          p = ScanAsciiPunct(p);
          continue;
      }
    }
    Char c = PeekChar(text_, p);
    switch (c.cls) {
      case CharClass::kSpace:
        pending_ |= tf::kSpaceBefore;
        p += c.len;
        continue;
      case CharClass::kLineBreak:
        AddNewlines(1);
        p += c.len;
        continue;
      case CharClass::kParaBreak:
        AddNewlines(2);
        p += c.len;
        continue;
      case CharClass::kIgnorable:
        p += c.len;
        continue;
      case CharClass::kInvalid:
        if (error_on_invalid_) {
          out_.Discard();
          out_.Finish();
          return absl::InvalidArgumentError(
              absl::StrCat("invalid UTF-8 at byte ", p));
        }
        EmitWithKey(p, p + c.len, TokenKind::kInvalid, tf::kNonAscii, "");
        p += c.len;
        continue;
      default:
        p = ScanNonAscii(p, c);
        continue;
    }
  }
  out_.Finish();
  if (events_ != nullptr && out_.size() > 0) {
    SplitParagraph(doc_, sentences_, *events_, para_begin_, out_.size(),
                   para_event_, events_->size(), &chunks_);
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status TokenizeNews(const TokenizerOptions& options, Document& doc,
                          std::vector<uint32_t>* events, bool fast_paths) {
  if (events != nullptr) events->clear();
  Scanner scanner(options, doc, events, fast_paths);
  return scanner.Run();
}

}  // namespace sayso::internal
