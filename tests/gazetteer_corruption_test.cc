// Corrupt gazetteer images: for a small compiled image (tests/
// small_gazetteer.h), every single-byte change (each byte XOR 0x01, 0x10,
// 0x80, 0xFF) and every truncation must be rejected by Gazetteer::FromBytes
// with an error Status, or be provably harmless: it loads, and matching texts
// neither crashes nor breaks the Document invariants. The image's checksum
// covers every byte after itself, so plain corruption is always rejected;
// the "checksum recomputed" sweep defeats the checksum on purpose to test
// the structural validation behind it (what a forged or mis-built image
// meets).
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "document_invariants.h"
#include "gazetteer/image_format.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/gazetteer.h"
#include "sayso/tokenizer.h"
#include "small_gazetteer.h"

namespace sayso {
namespace {

using ::testing::HasSubstr;

constexpr uint8_t kXors[] = {0x01, 0x10, 0x80, 0xFF};

class GazetteerCorruptionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::string> image = testing::CompileSmallGazetteer();
    ASSERT_TRUE(image.ok()) << image.status();
    image_ = new std::string(std::move(*image));
    absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create({});
    ASSERT_TRUE(tokenizer.ok()) << tokenizer.status();
    // Tokenized once; each check copies the tokens into a fresh Document.
    texts_ = new std::vector<Document>();
    for (const std::string& text : testing::SmallGazetteerTexts()) {
      texts_->push_back(Document::Owning(text));
      ASSERT_TRUE(tokenizer->Process(texts_->back()).ok());
    }
  }
  static void TearDownTestSuite() {
    delete image_;
    delete texts_;
  }

  // "" if `gazetteer` matches every text without breaking an invariant.
  static std::string MatchesSafely(const Gazetteer& gazetteer,
                                   bool require_finite_scores = true) {
    testing::InvariantOptions invariants;
    invariants.require_entity_ids = false;  // strings may read as ""
    invariants.require_finite_scores = require_finite_scores;
    for (const Document& tokenized : *texts_) {
      Document doc = Document::Owning(std::string(tokenized.text()));
      for (size_t i = 0; i < tokenized.tokens().size(); ++i) {
        doc.mutable_tokens().Add(
            tokenized.tokens().span(i), tokenized.tokens().kind(i),
            tokenized.tokens().flags(i), tokenized.tokens().key(i),
            tokenized.tokens().key_hash(i));
      }
      doc.mutable_sentences() = tokenized.sentences();
      doc.mutable_paragraphs() = tokenized.paragraphs();
      if (!gazetteer.Process(doc).ok()) continue;  // an error is harmless
      std::string problem = testing::CheckDocumentInvariants(doc, invariants);
      if (!problem.empty()) return problem;
    }
    return "";
  }

  static std::string WithChecksum(std::string image) {
    if (image.size() >= 16) {
      const uint64_t checksum =
          XXH3_64bits(image.data() + 16, image.size() - 16);
      std::memcpy(image.data() + 8, &checksum, 8);  // little-endian hosts
    }
    return image;
  }

  static std::string* image_;
  static std::vector<Document>* texts_;
};
std::string* GazetteerCorruptionTest::image_ = nullptr;
std::vector<Document>* GazetteerCorruptionTest::texts_ = nullptr;

TEST_F(GazetteerCorruptionTest, TheIntactImageLoadsAndMatches) {
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::FromBytes(*image_);
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status();
  EXPECT_EQ(gazetteer->Info().entities, 12u);
  EXPECT_EQ(MatchesSafely(*gazetteer), "");
  // The sweeps below are only meaningful if the texts do match.
  Document doc = Document::Owning(testing::SmallGazetteerTexts()[1]);
  ASSERT_TRUE(Tokenizer::Create({})->Process(doc).ok());
  ASSERT_TRUE(gazetteer->Process(doc).ok());
  EXPECT_GE(doc.mentions().size(), 3u);  // Putin, Zelensky, Paris, UN
}

TEST_F(GazetteerCorruptionTest, EverySingleByteChangeIsRejected) {
  size_t rejected = 0;
  std::vector<size_t> loaded_offsets;
  for (size_t offset = 0; offset < image_->size(); ++offset) {
    for (uint8_t x : kXors) {
      std::string bad = *image_;
      bad[offset] = static_cast<char>(bad[offset] ^ x);
      absl::StatusOr<Gazetteer> gazetteer = Gazetteer::FromBytes(bad);
      if (!gazetteer.ok()) {
        ++rejected;
        ASSERT_FALSE(gazetteer.status().message().empty());
        ASSERT_TRUE(absl::IsDataLoss(gazetteer.status()) ||
                    absl::IsFailedPrecondition(gazetteer.status()))
            << "offset " << offset << ": " << gazetteer.status();
        continue;
      }
      loaded_offsets.push_back(offset);
      ASSERT_EQ(MatchesSafely(*gazetteer), "") << "offset " << offset;
    }
  }
  // The checksum covers bytes [16, end) and the magic and checksum fields
  // are compared: no single-byte change goes unnoticed.
  EXPECT_TRUE(loaded_offsets.empty())
      << loaded_offsets.size() << " corrupt images loaded, first at offset "
      << loaded_offsets.front();
  EXPECT_EQ(rejected, image_->size() * std::size(kXors));
}

TEST_F(GazetteerCorruptionTest, EveryTruncationIsRejected) {
  for (size_t length = 0; length < image_->size(); ++length) {
    absl::StatusOr<Gazetteer> gazetteer =
        Gazetteer::FromBytes(std::string_view(*image_).substr(0, length));
    ASSERT_FALSE(gazetteer.ok()) << "truncated to " << length << " loaded";
    ASSERT_TRUE(absl::IsDataLoss(gazetteer.status()))
        << "length " << length << ": " << gazetteer.status();
  }
}

TEST_F(GazetteerCorruptionTest, AppendedBytesAreRejected) {
  for (size_t extra : {1, 7, 8, 4096}) {
    std::string longer = *image_ + std::string(extra, '\0');
    EXPECT_FALSE(Gazetteer::FromBytes(longer).ok()) << extra;
    EXPECT_FALSE(Gazetteer::FromBytes(WithChecksum(longer)).ok()) << extra;
  }
}

TEST_F(GazetteerCorruptionTest, TruncatedFileErrorNamesTheFile) {
  const std::string path = ::testing::TempDir() + "/truncated.gazetteer";
  std::ofstream(path, std::ios::binary)
      << image_->substr(0, image_->size() / 2);
  absl::StatusOr<Gazetteer> gazetteer = Gazetteer::Load(path);
  ASSERT_FALSE(gazetteer.ok());
  EXPECT_TRUE(absl::IsDataLoss(gazetteer.status())) << gazetteer.status();
  EXPECT_NE(gazetteer.status().message().find(path), std::string::npos)
      << gazetteer.status();
}

TEST_F(GazetteerCorruptionTest, OtherVersionIsFailedPrecondition) {
  std::string other = *image_;
  const uint32_t version = internal::gz::kFormatVersion + 1;
  std::memcpy(other.data() + offsetof(internal::gz::Header, version), &version,
              4);
  absl::StatusOr<Gazetteer> gazetteer =
      Gazetteer::FromBytes(WithChecksum(other));
  ASSERT_FALSE(gazetteer.ok());
  EXPECT_TRUE(absl::IsFailedPrecondition(gazetteer.status()))
      << gazetteer.status();
}

// The same sweep with the checksum recomputed after each change: what the
// structural checks alone catch. Loading is then allowed (a changed string or
// population is a different but well-formed image), crashing and out-of-range
// spans are not. Non-finite scores are checked by the test below.
TEST_F(GazetteerCorruptionTest, ChangesBehindAValidChecksumAreHarmless) {
  size_t loaded = 0;
  for (size_t offset = 16; offset < image_->size(); ++offset) {
    for (uint8_t x : kXors) {
      std::string bad = *image_;
      bad[offset] = static_cast<char>(bad[offset] ^ x);
      absl::StatusOr<Gazetteer> gazetteer =
          Gazetteer::FromBytes(WithChecksum(std::move(bad)));
      if (!gazetteer.ok()) {
        ASSERT_FALSE(gazetteer.status().message().empty());
        continue;
      }
      ++loaded;
      ASSERT_EQ(MatchesSafely(*gazetteer, /*require_finite_scores=*/false), "")
          << "offset " << offset << " ^ " << int{x};
    }
  }
  RecordProperty("loaded_with_valid_checksum", static_cast<int>(loaded));
}

// Behind a forged checksum, priors that read as NaN or infinity are sanitized
// by the loader, so scores stay finite (and the JSON stays valid).
TEST_F(GazetteerCorruptionTest,
       ChangesBehindAValidChecksumGiveFiniteScores) {
  for (size_t offset = 16; offset < image_->size(); ++offset) {
    for (uint8_t x : kXors) {
      std::string bad = *image_;
      bad[offset] = static_cast<char>(bad[offset] ^ x);
      absl::StatusOr<Gazetteer> gazetteer =
          Gazetteer::FromBytes(WithChecksum(std::move(bad)));
      if (!gazetteer.ok()) continue;
      EXPECT_EQ(MatchesSafely(*gazetteer), "")
          << "offset " << offset << " ^ " << int{x};
    }
  }
}

// A forged header that moves a section onto another's bytes (here the
// entity section's offset + 128, inside the file and still aligned) is
// refused: sections never overlap.
TEST_F(GazetteerCorruptionTest, OverlappingSectionsAreRejected) {
  std::string bad = *image_;
  uint64_t offset = 0;
  // The entity section's offset field in the header's section table.
  const size_t table = offsetof(internal::gz::Header, sections);
  const size_t at = table + internal::gz::kEntities *
                                sizeof(internal::gz::SectionEntry) +
                    offsetof(internal::gz::SectionEntry, offset);
  std::memcpy(&offset, bad.data() + at, sizeof(offset));
  offset += 128;
  std::memcpy(bad.data() + at, &offset, sizeof(offset));
  absl::StatusOr<Gazetteer> gazetteer =
      Gazetteer::FromBytes(WithChecksum(std::move(bad)));
  ASSERT_FALSE(gazetteer.ok());
  EXPECT_THAT(gazetteer.status().message(), HasSubstr("sections overlap"));
}

TEST_F(GazetteerCorruptionTest, TruncationsBehindAValidChecksumAreRejected) {
  for (size_t length = 16; length < image_->size(); ++length) {
    absl::StatusOr<Gazetteer> gazetteer =
        Gazetteer::FromBytes(WithChecksum(image_->substr(0, length)));
    ASSERT_FALSE(gazetteer.ok()) << "truncated to " << length << " loaded";
  }
}

}  // namespace
}  // namespace sayso
