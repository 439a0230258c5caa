#include "sayso/tokenizer.h"

#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "tokenizer/news_tokenizer.h"
#include "tokenizer/sentence_splitter.h"

#if __has_include("tokenizer/uax29.h")
#include "tokenizer/uax29.h"
#define SAYSO_HAVE_UAX29 1
#endif

namespace sayso {

struct Tokenizer::Impl {
  TokenizerOptions options;
};

Tokenizer::Tokenizer(std::unique_ptr<const Impl> impl)
    : impl_(std::move(impl)) {}
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

absl::StatusOr<Tokenizer> Tokenizer::Create(const TokenizerOptions& options) {
#ifndef SAYSO_HAVE_UAX29
  if (options.mode == TokenizerOptions::Mode::kUax29) {
    return absl::UnimplementedError("the UAX #29 mode is not built in");
  }
#endif
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  return Tokenizer(std::move(impl));
}

const TokenizerOptions& Tokenizer::options() const { return impl_->options; }

absl::Status Tokenizer::Process(Document& doc) const {
  doc.ClearLayers();
  if (doc.text().size() > kMaxDocumentBytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("text of ", doc.text().size(),
                     " bytes is over the limit of ", kMaxDocumentBytes));
  }
  const TokenizerOptions& options = impl_->options;
#ifdef SAYSO_HAVE_UAX29
  if (options.mode == TokenizerOptions::Mode::kUax29) {
    absl::Status status = internal::TokenizeUax29(options, doc);
    if (!status.ok()) {
      doc.ClearLayers();
      return status;
    }
    doc.mutable_tokens().MarkTokenized();  // also with no token at all
    return status;
  }
#endif
  // Per-thread scratch: the tokens the splitter must look at. With it,
  // TokenizeNews() also fills paragraphs and sentences, one paragraph at a
  // time as it goes.
  thread_local std::vector<uint32_t> events;
  absl::Status status = internal::TokenizeNews(options, doc, &events);
  if (!status.ok()) {
    doc.ClearLayers();
    return status;
  }
  doc.mutable_tokens().MarkTokenized();  // also with no token at all
  return absl::OkStatus();
}

}  // namespace sayso
