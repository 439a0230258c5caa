// The check every stage after the tokenizer makes on a Document without
// tokens: one rule for the gazetteer, the NameFinder and the claims stage.
//
// Example:
//   if (doc.tokens().empty()) return internal::NoTokensStatus(doc, "claims");
#ifndef SAYSO_LIB_CORE_STAGE_INPUT_H_
#define SAYSO_LIB_CORE_STAGE_INPUT_H_

#include <cctype>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"
#include "sayso/document.h"

namespace sayso::internal {

// NoTokensStatus()
// For a Document with no tokens: OK (nothing to do) when a tokenizer ran and
// found none (Tokens::tokenized(), e.g. white space only) or when the text is
// ASCII white space; otherwise FailedPrecondition "<stage>: the document is
// not tokenized; run the Tokenizer first".
inline absl::Status NoTokensStatus(const Document& doc,
                                   std::string_view stage) {
  if (doc.tokens().tokenized()) return absl::OkStatus();
  for (char c : doc.text()) {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      return absl::FailedPreconditionError(
          absl::StrCat(Sv(stage),
                       ": the document is not tokenized; run the Tokenizer "
                       "first"));
    }
  }
  return absl::OkStatus();
}

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CORE_STAGE_INPUT_H_
