// A consumer of sayso: tokenizes one sentence and prints the token and
// sentence counts. Built by tests/consumer/{find_package,add_subdirectory,
// pkg_config} to prove each way of using the library works.
#include <iostream>

#include "sayso/document.h"
#include "sayso/tokenizer.h"

int main() {
  absl::StatusOr<sayso::Tokenizer> tokenizer = sayso::Tokenizer::Create({});
  if (!tokenizer.ok()) {
    std::cerr << tokenizer.status().ToString() << "\n";
    return 1;
  }
  // 13 tokens (the two periods are tokens), 2 sentences.
  sayso::Document doc(
      "Kyiv is the capital of Ukraine. It has 3 million people.");
  if (absl::Status status = tokenizer->Process(doc); !status.ok()) {
    std::cerr << status.ToString() << "\n";
    return 1;
  }
  std::cout << "tokens: " << doc.tokens().size()
            << " sentences: " << doc.sentences().size() << "\n";
  return 0;
}
