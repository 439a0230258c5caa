// tokenize_text: split a text into tokens and sentences.
//
//   example_tokenize_text ["some text"]
//
// Prints one line per token (byte span, kind, text, normalized key) and one
// per sentence. Every offset is a UTF-8 byte offset into the text.
#include <cstdio>
#include <string>
#include <string_view>

#include "sayso/document.h"
#include "sayso/tokenizer.h"

int main(int argc, char** argv) {
  const std::string text =
      argc > 1 ? argv[1]
               : "Mr. Smith met Zelenskyy in Kyiv. \"It's over,\" he said.";

  // A Tokenizer is immutable and thread-safe: build it once, share it.
  absl::StatusOr<sayso::Tokenizer> tokenizer = sayso::Tokenizer::Create({});
  if (!tokenizer.ok()) {
    std::fprintf(stderr, "%s\n", tokenizer.status().ToString().c_str());
    return 1;
  }

  // The Document views `text` (which must outlive it) and receives the
  // tokenizer's layers.
  sayso::Document doc(text);
  if (absl::Status status = tokenizer->Process(doc); !status.ok()) {
    std::fprintf(stderr, "%s\n", status.ToString().c_str());
    return 1;
  }

  const sayso::Tokens& tokens = doc.tokens();
  std::printf("%zu tokens\n", tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    char span[32];
    std::snprintf(span, sizeof(span), "[%u,%u)", tokens.begin(i),
                  tokens.end(i));
    const std::string kind(sayso::TokenKindName(tokens.kind(i)));
    const std::string token(tokens.text(i));
    const std::string key(tokens.key(i));
    std::printf("  %-8s %-11s %-10s key=%s\n", span, kind.c_str(),
                token.c_str(), key.c_str());
  }

  std::printf("%zu sentences\n", doc.sentences().size());
  for (const sayso::TextUnit& sentence : doc.sentences()) {
    const std::string_view s = doc.text(sentence.span);
    std::printf("  [%u,%u) tokens %u-%u: %.*s\n", sentence.span.begin,
                sentence.span.end, sentence.token_begin, sentence.token_end,
                static_cast<int>(s.size()), s.data());
  }
  return 0;
}
