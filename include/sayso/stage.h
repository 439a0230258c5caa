// File: sayso/stage.h
// -----------------------------------------------------------------------------
// A Stage reads the layers earlier stages wrote into a Document and appends
// its own. Tokenizer, Gazetteer and ClaimAttributor are Stages; a host program
// can write its own (say, its own NER adding Mentions) and put it in a
// Pipeline between them: later stages use what it added.
//
// Stages are immutable after construction: Process() is const and must be safe
// to call from many threads at once, each with its own Document.
//
// Example:
//   class MyNer : public sayso::Stage {
//    public:
//     std::string_view name() const override { return "my-ner"; }
//     absl::Status Process(sayso::Document& doc) const override {
//       sayso::Mention m;  // ... fill span, tokens, entity ...
//       doc.mutable_mentions().push_back(std::move(m));
//       doc.SortMentions();
//       return absl::OkStatus();
//     }
//   };
#ifndef SAYSO_STAGE_H_
#define SAYSO_STAGE_H_

#include <string_view>

#include "absl/status/status.h"
#include "sayso/document.h"

namespace sayso {

class Stage {
 public:
  virtual ~Stage() = default;
  // A short name used in error messages and in Mention::stage.
  virtual std::string_view name() const = 0;
  // Adds this stage's layer to `doc`. Thread-safe: const, no shared mutable
  // state; per-call scratch lives in `doc` or on the stack.
  virtual absl::Status Process(Document& doc) const = 0;
};

}  // namespace sayso

#endif  // SAYSO_STAGE_H_
