// File: sayso/tokenizer.h
// -----------------------------------------------------------------------------
// The Tokenizer splits UTF-8 text into tokens (with normalized keys),
// sentences and paragraphs, written into a Document. It is the first stage of
// every pipeline.
//
// Two modes:
//   kNews   (default) tuned for news English: abbreviations, initials,
//           numbers, hyphenated designations (T-90M), clitics, URLs, e-mail,
//           @mentions, #hashtags, emoji, quotes and dashes; CJK and Thai words
//           through ICU's dictionary break iterator. docs/tokenization.md lists
//           where it differs from UAX #29.
//   kUax29  exactly the word and sentence boundaries of Unicode 15.0 UAX #29
//           (conformance-tested against WordBreakTest.txt and
//           SentenceBreakTest.txt). White-space segments are not tokens.
//
// Thread safety: a Tokenizer is immutable after Create(); Process() is const
// and may run on many threads at once, each with its own Document.
//
// Example:
//   absl::StatusOr<sayso::Tokenizer> tok = sayso::Tokenizer::Create({});
//   sayso::Document doc("Mr. Smith said it costs $5.");
//   absl::Status s = tok->Process(doc);
#ifndef SAYSO_TOKENIZER_H_
#define SAYSO_TOKENIZER_H_

#include <memory>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "sayso/document.h"
#include "sayso/stage.h"

namespace sayso {

struct TokenizerOptions {
  enum class Mode { kNews, kUax29 };
  enum class InvalidUtf8 {
    kToken,  // (default) ill-formed bytes become kInvalid tokens
    kError,  // Process() returns InvalidArgument naming the byte offset
  };
  Mode mode = Mode::kNews;          // default: news English
  InvalidUtf8 invalid_utf8 = InvalidUtf8::kToken;
  bool split_sentences = true;      // fill Document::sentences()
};

class Tokenizer : public Stage {
 public:
  static absl::StatusOr<Tokenizer> Create(const TokenizerOptions& options);

  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer() override;

  std::string_view name() const override { return "tokenizer"; }
  // Clears the Document's tokens, sentences and paragraphs and fills them.
  // Errors: InvalidArgument for text over kMaxDocumentBytes, or for
  // ill-formed UTF-8 when options.invalid_utf8 == kError.
  absl::Status Process(Document& doc) const override;

  const TokenizerOptions& options() const;

 private:
  struct Impl;
  explicit Tokenizer(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

}  // namespace sayso

#endif  // SAYSO_TOKENIZER_H_
