// The compiled image: round trip compile -> file -> mmap -> match, and
// corrupt, truncated, wrong-version and forged images (never UB: an error
// Status, or for a forged image with a valid checksum, harmless matching).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "gazetteer/image_format.h"
#include "gazetteer_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/gazetteer.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sayso {
namespace {

using ::sayso::testing::MentionStrings;
using ::sayso::testing::TestImage;
using ::sayso::testing::TestTokenizer;
using ::testing::HasSubstr;

const char kText[] =
    "The Russian Ministry of Defense said Kiev and the Kherson region, "
    "Al-Jazeera’s US bureau and Paris.";

std::string WriteTemp(const std::string& bytes) {
  char path[] = "/tmp/sayso-gazetteer-test-XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  std::ofstream(path, std::ios::binary) << bytes;
  close(fd);
  return path;
}

std::vector<std::string> Annotate(const Gazetteer& gaz, const char* text) {
  Document doc(text);
  EXPECT_TRUE(TestTokenizer().Process(doc).ok());
  EXPECT_TRUE(gaz.Process(doc).ok());
  return MentionStrings(doc);
}

void Reseal(std::string* image) {
  uint64_t sum = XXH3_64bits(image->data() + 16, image->size() - 16);
  std::memcpy(image->data() + 8, &sum, sizeof(sum));
}

TEST(GazetteerImageTest, RoundTripThroughMemoryMappedFile) {
  std::string image = TestImage();
  ASSERT_FALSE(image.empty());
  EXPECT_EQ(image.substr(0, 8), "SAYSOGZ1");
  std::string path = WriteTemp(image);
  absl::StatusOr<Gazetteer> mapped = Gazetteer::Load(path);
  ASSERT_TRUE(mapped.ok()) << mapped.status();
  absl::StatusOr<Gazetteer> in_memory = Gazetteer::FromBytes(image);
  ASSERT_TRUE(in_memory.ok()) << in_memory.status();
  EXPECT_TRUE(mapped->Info().memory_mapped);
  EXPECT_EQ(mapped->Info().image_bytes, image.size());
  std::vector<std::string> expected = {
      "Russian Ministry of Defense|sayso:mod-ru|ORG",
      "Kiev|sayso:kyiv|GPE",
      "Kherson|sayso:kherson-oblast|GPE",
      "Al-Jazeera|sayso:aljazeera|ORG",
      "US|sayso:us|GPE",
      "Paris|sayso:paris-tx|GPE" /* after "US": the Texas one */};
  EXPECT_EQ(Annotate(*mapped, kText), expected);
  EXPECT_EQ(Annotate(*in_memory, kText), expected);
  // Copies share the image and outlive the original.
  Gazetteer copy = *mapped;
  mapped = absl::UnknownError("dropped");
  EXPECT_EQ(Annotate(copy, kText), expected);
  std::remove(path.c_str());
}

TEST(GazetteerImageTest, CompileIsDeterministic) {
  EXPECT_EQ(TestImage(), TestImage());
}

TEST(GazetteerImageTest, MissingFileIsNotFoundNamingThePath) {
  absl::StatusOr<Gazetteer> g = Gazetteer::Load("/nonexistent/x.gazetteer");
  EXPECT_EQ(g.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(g.status().message(), HasSubstr("/nonexistent/x.gazetteer"));
}

TEST(GazetteerImageTest, NotAnImage) {
  absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(std::string(200, 'x'));
  EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(g.status().message(), HasSubstr("bad magic"));
  std::string path = WriteTemp("tiny");
  g = Gazetteer::Load(path);
  EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(g.status().message(), HasSubstr(path));
  std::remove(path.c_str());
}

TEST(GazetteerImageTest, WrongVersionIsFailedPrecondition) {
  std::string image = TestImage();
  uint32_t version = 99;
  std::memcpy(image.data() + offsetof(internal::gz::Header, version), &version,
              sizeof(version));
  Reseal(&image);
  absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(image);
  EXPECT_EQ(g.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(g.status().message(), HasSubstr("version 99"));
}

TEST(GazetteerImageTest, EveryFlippedByteIsAnError) {
  const std::string image = TestImage();
  ASSERT_GT(image.size(), sizeof(internal::gz::Header));
  for (size_t i = 0; i < image.size(); ++i) {
    for (uint8_t mask : {0x01, 0x80, 0xFF}) {
      std::string bad = image;
      bad[i] = static_cast<char>(bad[i] ^ mask);
      absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(bad);
      ASSERT_FALSE(g.ok()) << "byte " << i << " mask " << int{mask};
      EXPECT_FALSE(g.status().message().empty());
    }
  }
}

TEST(GazetteerImageTest, EveryTruncationIsAnError) {
  const std::string image = TestImage();
  for (size_t n = 0; n < image.size(); ++n) {
    absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(image.substr(0, n));
    ASSERT_FALSE(g.ok()) << "length " << n;
    EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss) << n;
  }
  // Extra bytes at the end are corruption too.
  absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(image + "x");
  EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss);
}

TEST(GazetteerImageTest, TruncatedFileIsAnError) {
  const std::string image = TestImage();
  for (size_t n : {size_t{0}, size_t{7}, sizeof(internal::gz::Header),
                   image.size() / 2, image.size() - 1}) {
    std::string path = WriteTemp(image.substr(0, n));
    absl::StatusOr<Gazetteer> g = Gazetteer::Load(path);
    EXPECT_EQ(g.status().code(), absl::StatusCode::kDataLoss) << n;
    std::remove(path.c_str());
  }
}

// A forged image (bytes changed, then the checksum recomputed) passes the
// checksum; the section and size checks or the bounds-safe reads must keep
// it harmless: an error at load, or matching that terminates without UB
// (this test is most useful under SAYSO_SANITIZE=address).
TEST(GazetteerImageTest, ForgedImagesAreRejectedOrHarmless) {
  const std::string image = TestImage();
  std::mt19937 rng(12345);
  int loaded = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string bad = image;
    int changes = 1 + static_cast<int>(rng() % 4);
    for (int c = 0; c < changes; ++c) {
      size_t at = 16 + rng() % (bad.size() - 16);
      bad[at] = static_cast<char>(rng());
    }
    Reseal(&bad);
    absl::StatusOr<Gazetteer> g = Gazetteer::FromBytes(bad);
    if (!g.ok()) continue;
    ++loaded;
    Document doc(kText);
    ASSERT_TRUE(TestTokenizer().Process(doc).ok());
    ASSERT_TRUE(g->Process(doc).ok());
    for (const Mention& m : doc.mentions()) {
      ASSERT_LE(m.span.end, doc.text().size());
      ASSERT_LT(m.span.begin, m.span.end);
      ASSERT_LT(m.token_begin, m.token_end);
      ASSERT_LE(m.token_end, doc.tokens().size());
    }
    (void)g->Lookup("Paris and Kiev");
    (void)g->FindEntity("sayso:kyiv");
    (void)g->Info();
  }
  EXPECT_GT(loaded, 100);  // most forgeries hit the tables, not the header
}

TEST(GazetteerImageTest, DefaultPathHonoursTheEnvironment) {
  std::string path = WriteTemp(TestImage());
  setenv("SAYSO_GAZETTEER", path.c_str(), 1);
  absl::StatusOr<std::string> found = Gazetteer::DefaultPath();
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(*found, path);
  absl::StatusOr<Gazetteer> g = Gazetteer::Default();
  ASSERT_TRUE(g.ok()) << g.status();
  EXPECT_EQ(g->Info().description, "test gazetteer");
  unsetenv("SAYSO_GAZETTEER");
  std::remove(path.c_str());
}

TEST(GazetteerImageTest, BuiltInGazetteerIsFoundInTheBuildTree) {
  absl::StatusOr<Gazetteer> g = Gazetteer::Default();
  if (!g.ok()) {
    // Only when the build step did not run: the message lists the places.
    EXPECT_EQ(g.status().code(), absl::StatusCode::kNotFound);
    EXPECT_THAT(g.status().message(), HasSubstr("Tried:"));
    GTEST_SKIP() << g.status();
  }
  GazetteerInfo info = g->Info();
  EXPECT_GT(info.entities, 1000u);
  EXPECT_THAT(info.description, HasSubstr("built-in"));
  EXPECT_THAT(Annotate(*g, "Russia's Defense Ministry said Kiev was hit."),
              ::testing::ElementsAre("Russia|iso3166:RU|GPE",
                                     "Defense Ministry|sayso:org-ru-mod|ORG",
                                     "Kiev|geonames:703448|GPE"));
}

}  // namespace
}  // namespace sayso
