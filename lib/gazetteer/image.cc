#include "gazetteer/image.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"
#include "core/absl_compat.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sayso::internal {
namespace {

absl::Status Corrupt(std::string_view what, std::string_view why) {
  return absl::DataLossError(
      absl::StrCat(Sv(what), ": corrupt gazetteer image: ", Sv(why)));
}

}  // namespace

GazetteerImage::~GazetteerImage() {
  if (mapped_ && data_ != nullptr) {
    munmap(const_cast<char*>(data_), size_);
  }
}

absl::StatusOr<std::shared_ptr<const GazetteerImage>> GazetteerImage::Open(
    std::string_view path) {
  std::string p(path);
  int fd = open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    std::string msg =
        absl::StrCat(p, ": cannot open gazetteer image: ", std::strerror(err));
    if (err == ENOENT) return absl::NotFoundError(msg);
    if (err == EACCES) return absl::PermissionDeniedError(msg);
    return absl::UnavailableError(msg);
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return absl::InvalidArgumentError(absl::StrCat(p, ": not a regular file"));
  }
  auto image = std::shared_ptr<GazetteerImage>(new GazetteerImage());
  image->size_ = static_cast<uint64_t>(st.st_size);
  if (image->size_ < sizeof(gz::Header)) {
    close(fd);
    return Corrupt(p, absl::StrCat("file is ", image->size_,
                                   " bytes, smaller than the header"));
  }
  void* addr =
      mmap(nullptr, image->size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  close(fd);
  if (addr == MAP_FAILED) {
    return absl::UnavailableError(
        absl::StrCat(p, ": mmap failed: ", std::strerror(errno)));
  }
  image->data_ = static_cast<const char*>(addr);
  image->mapped_ = true;
  absl::Status s = image->Validate(p);
  if (!s.ok()) return s;
  return std::shared_ptr<const GazetteerImage>(std::move(image));
}

absl::StatusOr<std::shared_ptr<const GazetteerImage>> GazetteerImage::FromBytes(
    std::string_view bytes) {
  auto image = std::shared_ptr<GazetteerImage>(new GazetteerImage());
  image->size_ = bytes.size();
  image->owned_.reset(new uint64_t[(bytes.size() + 7) / 8 + 1]);
  if (!bytes.empty())
    std::memcpy(image->owned_.get(), bytes.data(), bytes.size());
  image->data_ = reinterpret_cast<const char*>(image->owned_.get());
  absl::Status s = image->Validate("<bytes>");
  if (!s.ok()) return s;
  return std::shared_ptr<const GazetteerImage>(std::move(image));
}

absl::Status GazetteerImage::Validate(std::string_view what) {
  if (size_ < sizeof(gz::Header)) {
    return Corrupt(what, absl::StrCat("image is ", size_,
                                      " bytes, smaller than the header (",
                                      sizeof(gz::Header), ")"));
  }
  std::memcpy(&header_, data_, sizeof(header_));
  if (std::memcmp(header_.magic, gz::kMagic, sizeof(gz::kMagic)) != 0) {
    return Corrupt(what, "bad magic (not a sayso gazetteer image)");
  }
  if (header_.version != gz::kFormatVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        Sv(what), ": gazetteer image format version ", header_.version,
        " is not supported (this sayso reads version ", gz::kFormatVersion,
        "); recompile the image"));
  }
  if (header_.endian_check != gz::kEndianCheck) {
    return Corrupt(what, "wrong byte order or corrupt header");
  }
  if (header_.header_size != sizeof(gz::Header) ||
      header_.section_count != gz::kNumSections) {
    return Corrupt(what, "bad header size or section count");
  }
  if (header_.file_size != size_) {
    return Corrupt(what, absl::StrCat("the header says ", header_.file_size,
                                      " bytes but the image has ", size_,
                                      " (truncated?)"));
  }
  uint64_t sum = XXH3_64bits(data_ + 16, size_ - 16);
  if (sum != header_.checksum) {
    return Corrupt(what, "checksum mismatch");
  }
  // Section bounds: each inside the file, 8-aligned, after the header.
  for (uint32_t i = 0; i < gz::kNumSections; ++i) {
    const gz::SectionEntry& s = header_.sections[i];
    if (s.offset < sizeof(gz::Header) || s.offset > size_ ||
        s.size > size_ - s.offset || s.offset % 8 != 0) {
      return Corrupt(what, absl::StrCat("section ", i, " out of bounds"));
    }
  }
  // No two sections share bytes: a forged header cannot make one table read
  // another's bytes as its own.
  {
    std::array<std::pair<uint64_t, uint64_t>, gz::kNumSections> spans;
    for (uint32_t i = 0; i < gz::kNumSections; ++i) {
      spans[i] = {header_.sections[i].offset, header_.sections[i].size};
    }
    std::sort(spans.begin(), spans.end());
    for (uint32_t i = 1; i < gz::kNumSections; ++i) {
      const auto& prev = spans[i - 1];
      if (prev.second > 0 && spans[i].second > 0 &&
          prev.first + prev.second > spans[i].first) {
        return Corrupt(what, "sections overlap");
      }
    }
  }
  const gz::SectionEntry* sec = header_.sections;
  if (sec[gz::kMeta].size != sizeof(gz::Meta)) {
    return Corrupt(what, "bad meta section");
  }
  std::memcpy(&meta_, data_ + sec[gz::kMeta].offset, sizeof(meta_));
  auto sized = [&](gz::Section s, uint64_t count, uint64_t elem) {
    return count <= sec[s].size / (elem ? elem : 1) &&
           sec[s].size == count * elem;
  };
  if (meta_.vocab_capacity == 0 || meta_.edge_capacity == 0 ||
      meta_.vocab_capacity >= gz::kEmptyToken ||
      meta_.edge_capacity >= gz::kEmptyToken ||
      meta_.accept_count >= gz::kAcceptIndexMask ||
      meta_.entity_count >= gz::kNoEntity ||
      !sized(gz::kVocab, meta_.vocab_capacity, sizeof(gz::VocabEntry)) ||
      !sized(gz::kEdges, meta_.edge_capacity, sizeof(gz::Edge)) ||
      !sized(gz::kAccepts, meta_.accept_count, sizeof(gz::Accept)) ||
      !sized(gz::kEntities, meta_.entity_count, sizeof(gz::Entity)) ||
      sec[gz::kPool].size != meta_.pool_size || meta_.starts_capacity == 0 ||
      !sized(gz::kStarts, meta_.starts_capacity, sizeof(gz::VocabEntry)) ||
      !sized(gz::kEntityRanks, meta_.entity_count, sizeof(gz::EntityRank)) ||
      meta_.vocab_filter_words == 0 || meta_.edge_filter_words == 0 ||
      !sized(gz::kVocabFilter, meta_.vocab_filter_words, sizeof(uint64_t)) ||
      !sized(gz::kEdgeFilter, meta_.edge_filter_words, sizeof(uint64_t)) ||
      meta_.pool_size >= 0xFFFFFFFFu) {
    return Corrupt(what, "section sizes disagree with the meta record");
  }
  vocab_ =
      reinterpret_cast<const gz::VocabEntry*>(data_ + sec[gz::kVocab].offset);
  vocab_capacity_ = meta_.vocab_capacity;
  edges_ = reinterpret_cast<const gz::Edge*>(data_ + sec[gz::kEdges].offset);
  edge_capacity_ = meta_.edge_capacity;
  accepts_ =
      reinterpret_cast<const gz::Accept*>(data_ + sec[gz::kAccepts].offset);
  accept_count_ = meta_.accept_count;
  entities_ =
      reinterpret_cast<const gz::Entity*>(data_ + sec[gz::kEntities].offset);
  entity_count_ = meta_.entity_count;
  pool_ = data_ + sec[gz::kPool].offset;
  ranks_ = reinterpret_cast<const gz::EntityRank*>(
      data_ + sec[gz::kEntityRanks].offset);
  vocab_filter_ =
      reinterpret_cast<const uint64_t*>(data_ + sec[gz::kVocabFilter].offset);
  vocab_filter_words_ = meta_.vocab_filter_words;
  edge_filter_ =
      reinterpret_cast<const uint64_t*>(data_ + sec[gz::kEdgeFilter].offset);
  edge_filter_words_ = meta_.edge_filter_words;
  starts_ =
      reinterpret_cast<const gz::VocabEntry*>(data_ + sec[gz::kStarts].offset);
  starts_capacity_ = meta_.starts_capacity;
  pool_size_ = meta_.pool_size;
  BuildStartFilter();
  BuildRootFilter();
  return absl::OkStatus();
}

void GazetteerImage::BuildStartFilter() {
  uint64_t entries = 0;
  for (uint64_t i = 0; i < starts_capacity_; ++i) {
    if (starts_[i].hash != 0 && starts_[i].root_child != 0) ++entries;
  }
  // One bit per hash: a test is one load and one shift. (Two bits per hash
  // let fewer through, but cost twice the instructions for each of the many
  // words that are tested.) The first bitmap, tested for every token, has 7
  // bits per entry or more (8 kB on the built-in image): it then stays in
  // L1 beside the streamed token arrays, and the 10-15 % of words it lets
  // through test the second, 64 bits per entry or more. Both at most 32 kB.
  uint64_t words = 64;
  while (words < entries && words < 4096) words *= 2;
  uint64_t words1 = 64;
  while (words1 * 64 < entries * 7 && words1 < 4096) words1 *= 2;
  start_filter_.assign(words1, 0);
  start_filter2_.assign(words, 0);
  start_filter_mask_ = words1 - 1;
  start_filter2_mask_ = words - 1;
  for (uint64_t i = 0; i < starts_capacity_; ++i) {
    const gz::VocabEntry& e = starts_[i];
    if (e.hash == 0 || e.root_child == 0) continue;
    start_filter_[(e.hash >> 52) & start_filter_mask_] |= uint64_t{1}
                                                          << (e.hash & 63);
    start_filter2_[(e.hash >> 40) & start_filter2_mask_] |=
        uint64_t{1} << ((e.hash >> 34) & 63);
  }
}

void GazetteerImage::BuildRootFilter() {
  // Every slot with a root child, whatever FindVocab() would find first for
  // its hash (a forged image may repeat one): the filter can only let
  // through more than it should, never hide a start. Sized by the
  // vocabulary's count (roots are most of it; one pass over the table at
  // load, not two), bounded by its capacity.
  root_filter_words_ =
      gz::FilterWords(std::min(meta_.vocab_count, vocab_capacity_));
  root_filter_.assign(root_filter_words_, 0);
  for (uint64_t i = 0; i < vocab_capacity_; ++i) {
    const gz::VocabEntry& e = vocab_[i];
    if (e.hash == 0 || e.root_child == 0) continue;
    root_filter_[gz::FilterWord(e.hash, root_filter_words_)] |=
        gz::FilterBits(e.hash);
  }
}

}  // namespace sayso::internal
