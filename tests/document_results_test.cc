// The Document's result storage: views into its string arena (Intern), into
// gazetteer images it keeps alive (KeepAlive), the document-level
// alternatives, the owning copies (ToOwned), and that a reused Document
// stores results without allocating.
// The replacement operator new/delete below pair malloc with free; GCC
// cannot see that they are a pair once inlined into the standard library.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/claims.h"
#include "sayso/document.h"
#include "sayso/gazetteer.h"

// Counts heap allocations while g_counting is set (this test binary only).
namespace {
bool g_counting = false;
size_t g_allocations = 0;
}  // namespace

void* operator new(size_t n) {
  if (g_counting) ++g_allocations;
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t n) { return ::operator new(n); }
// The nothrow forms too: their memory comes back through the deletes below.
void* operator new(size_t n, const std::nothrow_t&) noexcept {
  if (g_counting) ++g_allocations;
  return std::malloc(n == 0 ? 1 : n);
}
void* operator new[](size_t n, const std::nothrow_t& t) noexcept {
  return ::operator new(n, t);
}
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

namespace sayso {
namespace {

using ::sayso::testing::TestImage;
using ::sayso::testing::TestTokenizer;
using ::testing::ElementsAre;

// Allocations made by `f`.
template <typename F>
size_t AllocationsOf(F&& f) {
  g_allocations = 0;
  g_counting = true;
  f();
  g_counting = false;
  return g_allocations;
}

TEST(AllocationCounterTest, Counts) {
  std::unique_ptr<std::string> p;
  EXPECT_EQ(AllocationsOf([&] { p = std::make_unique<std::string>(40, 'x'); }),
            2u);  // the string object and its 40 bytes
}

TEST(InternTest, ViewsStayValidWhileTheArenaGrows) {
  Document doc("x");
  std::vector<std::pair<std::string, std::string_view>> stored;
  // 20,000 strings of 1..40 bytes (~400 kB: many blocks), and one larger
  // than any block so far.
  for (int i = 0; i < 20000; ++i) {
    std::string s = std::to_string(i);
    s.append(i % 35, static_cast<char>('a' + i % 26));
    std::string_view v = doc.Intern(s);
    EXPECT_NE(v.data(), s.data());
    stored.emplace_back(std::move(s), v);
  }
  const std::string big(1 << 20, 'b');
  const std::string_view big_view = doc.Intern(big);
  stored.emplace_back(big, big_view);
  stored.emplace_back("after", doc.Intern("after"));
  for (const auto& [want, view] : stored) {
    ASSERT_EQ(view, want);
  }
  EXPECT_TRUE(doc.Intern("").empty());
}

TEST(InternTest, ResetReusesTheBlocks) {
  Document doc("first");
  const std::string_view a = doc.Intern("geonames:5445439");
  const std::string_view b = doc.Intern(std::string(10000, 'x'));
  doc.Reset("second");
  // Same strings in the same order land in the same places: nothing new.
  size_t allocations = 0;
  std::string_view a2, b2;
  const std::string big(10000, 'x');
  allocations = AllocationsOf([&] {
    a2 = doc.Intern("geonames:5445439");
    b2 = doc.Intern(big);
  });
  EXPECT_EQ(allocations, 0u);
  EXPECT_EQ(a2.data(), a.data());
  EXPECT_EQ(b2.data(), b.data());
  EXPECT_EQ(a2, "geonames:5445439");
  EXPECT_EQ(b2, big);
}

TEST(InternTest, AMovedFromDocumentDoesNotWriteIntoTheNewOnesBlocks) {
  Document a("text");
  const std::string_view kept = a.Intern("kept by b");
  Document b = std::move(a);
  a.Reset("other");
  const std::string_view fresh = a.Intern("written by a after the move");
  EXPECT_EQ(fresh, "written by a after the move");
  EXPECT_EQ(kept, "kept by b");  // b owns the block now, untouched
}

TEST(KeepAliveTest, HoldsAnOwnerUntilResetAndAddsItOnce) {
  auto owner = std::make_shared<std::string>("image bytes");
  std::weak_ptr<std::string> watch = owner;
  Document doc("x");
  doc.KeepAlive(owner);
  doc.KeepAlive(owner);  // already held: not added again
  EXPECT_EQ(owner.use_count(), 2);
  EXPECT_TRUE(doc.KeepsAlive(owner.get()));
  owner.reset();
  EXPECT_FALSE(watch.expired());
  doc.Reset("y");
  EXPECT_TRUE(watch.expired());
}

// The mentions' ids and names view the gazetteer's image: they stay valid
// after the Gazetteer is destroyed, as long as the Document lives. Loaded
// from a file, the image is memory-mapped: without the Document's
// reference it would be unmapped and reading the views would crash.
TEST(KeepAliveTest, MentionsOutliveTheGazetteerThatMadeThem) {
  const std::string path = ::testing::TempDir() + "/keep_alive.gazetteer";
  {
    std::ofstream out(path, std::ios::binary);
    out << TestImage();
  }
  const std::string text = "He flew from Kyiv to Paris.";
  Document doc(text);
  ASSERT_TRUE(TestTokenizer().Process(doc).ok());
  {
    absl::StatusOr<Gazetteer> gaz = Gazetteer::Load(path);
    ASSERT_TRUE(gaz.ok()) << gaz.status();
    ASSERT_TRUE(gaz->Process(doc).ok());
    ASSERT_TRUE(gaz->Process(doc).ok());  // (overlaps: adds nothing)
  }
  std::remove(path.c_str());
  ASSERT_EQ(doc.mentions().size(), 2u);
  EXPECT_EQ(doc.mentions()[0].entity.id, "sayso:kyiv");
  EXPECT_EQ(doc.mentions()[0].entity.canonical, "Kyiv");
  EXPECT_EQ(doc.mentions()[1].entity.id, "sayso:paris-fr");
  ASSERT_EQ(doc.alternatives(doc.mentions()[1]).size(), 1u);
  EXPECT_EQ(doc.alternatives(doc.mentions()[1])[0].id, "sayso:paris-tx");
  EXPECT_EQ(doc.mentions()[1].stage, "gazetteer");
}

TEST(AlternativesTest, GazetteerMentionsIndexTheDocumentsAlternatives) {
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(TestImage());
  ASSERT_TRUE(gaz.ok());
  const std::string text = "Paris, Kherson and Kyiv.";
  Document doc(text);
  ASSERT_TRUE(TestTokenizer().Process(doc).ok());
  ASSERT_TRUE(gaz->Process(doc).ok());
  ASSERT_EQ(doc.mentions().size(), 3u);
  const Mention& paris = doc.mentions()[0];
  const Mention& kherson = doc.mentions()[1];
  const Mention& kyiv = doc.mentions()[2];
  EXPECT_EQ(paris.alternatives, (AlternativeRange{0, 1}));
  EXPECT_EQ(kherson.alternatives, (AlternativeRange{1, 1}));
  EXPECT_TRUE(kyiv.alternatives.empty());
  EXPECT_TRUE(doc.alternatives(kyiv).empty());
  EXPECT_EQ(doc.alternatives(paris)[0].id, "sayso:paris-tx");
  EXPECT_EQ(doc.alternatives(kherson)[0].id, "sayso:kherson-oblast");
  EXPECT_EQ(doc.all_alternatives().size(), 2u);
  // A range that is not the Document's reads as empty, not out of bounds.
  Mention forged = paris;
  forged.alternatives = {1, 5};
  EXPECT_TRUE(doc.alternatives(forged).empty());
  forged.alternatives = {0xFFFFFFFFu, 2};
  EXPECT_TRUE(doc.alternatives(forged).empty());
  doc.ClearMentions();
  EXPECT_TRUE(doc.mentions().empty());
  EXPECT_TRUE(doc.all_alternatives().empty());
}

TEST(AlternativesTest, AHostStageAddsItsOwnAndSortingKeepsThem) {
  const std::string text = "Lagos and Abuja.";
  Document doc(text);
  ASSERT_TRUE(TestTokenizer().Process(doc).ok());
  Mention abuja;
  abuja.span = {10, 15};
  abuja.token_begin = 2;
  abuja.token_end = 3;
  abuja.entity = {doc.Intern("host:" + std::string("abuja")), "Abuja",
                  EntityType::kGpe, 1};
  const EntityRef others[] = {
      {"host:abuja-lga", "Abuja Municipal", EntityType::kGpe, 0.5f}};
  abuja.alternatives = doc.AddAlternatives(others);
  abuja.stage = "host-ner";
  Mention lagos;
  lagos.span = {0, 5};
  lagos.token_end = 1;
  lagos.entity = {"host:lagos", "Lagos", EntityType::kGpe, 1};
  lagos.alternatives = doc.AddAlternatives(std::vector<EntityRef>{
      {"host:lagos-state", "Lagos State", EntityType::kGpe, 0.4f},
      {"host:lagos-pt", "Lagos, Portugal", EntityType::kGpe, 0.1f}});
  lagos.stage = "host-ner";
  doc.mutable_mentions().push_back(abuja);  // out of order on purpose
  doc.mutable_mentions().push_back(lagos);
  doc.SortMentions();
  ASSERT_EQ(doc.mentions()[0].entity.id, "host:lagos");
  std::vector<std::string_view> ids;
  for (const EntityRef& r : doc.alternatives(doc.mentions()[0])) {
    ids.push_back(r.id);
  }
  EXPECT_THAT(ids, ElementsAre("host:lagos-state", "host:lagos-pt"));
  EXPECT_EQ(doc.mentions()[1].entity.id, "host:abuja");
  ASSERT_EQ(doc.alternatives(doc.mentions()[1]).size(), 1u);
  EXPECT_EQ(doc.alternatives(doc.mentions()[1])[0].canonical,
            "Abuja Municipal");
}

TEST(OwnedTest, CopiesOutliveTheDocumentAndTheGazetteer) {
  std::vector<OwnedMention> mentions;
  std::vector<OwnedClaim> claims;
  std::string rule;
  {
    absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(TestImage());
    ASSERT_TRUE(gaz.ok());
    absl::StatusOr<ClaimAttributor> attributor = ClaimAttributor::Create({});
    ASSERT_TRUE(attributor.ok());
    std::string text = "The Kremlin said Paris would wait.";
    Document doc(text);
    ASSERT_TRUE(TestTokenizer().Process(doc).ok());
    ASSERT_TRUE(gaz->Process(doc).ok());
    ASSERT_TRUE(attributor->Process(doc).ok());
    for (const Mention& m : doc.mentions()) {
      mentions.push_back(ToOwned(doc, m));
    }
    ASSERT_EQ(doc.claims().size(), 1u);
    rule = std::string(doc.claims()[0].rule);
    claims.push_back(ToOwned(doc.claims()[0]));
    text.assign(text.size(), '#');  // the text is gone too
  }
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].entity,
            (OwnedEntityRef{"sayso:kremlin", "Kremlin", EntityType::kOrg,
                            mentions[0].entity.score}));
  EXPECT_EQ(mentions[0].stage, "gazetteer");
  EXPECT_TRUE(mentions[0].alternatives.empty());
  EXPECT_EQ(mentions[1].span, (Span{17, 22}));
  EXPECT_EQ(mentions[1].entity.id, "sayso:paris-fr");
  ASSERT_EQ(mentions[1].alternatives.size(), 1u);
  EXPECT_EQ(mentions[1].alternatives[0].id, "sayso:paris-tx");
  EXPECT_EQ(mentions[1].alternatives[0].canonical, "Paris");
  const OwnedClaim& c = claims[0];
  ASSERT_TRUE(c.source_entity.has_value());
  EXPECT_EQ(c.source_entity->id, "sayso:kremlin");
  EXPECT_EQ(c.cue_lemma, "say");
  EXPECT_EQ(c.rule, rule);
  EXPECT_FALSE(c.rule.empty());
  EXPECT_EQ(c.cue, (Span{12, 16}));
  EXPECT_EQ(c.about, std::vector<uint32_t>{1});
  // view() gives an EntityRef over the copy.
  const EntityRef v = mentions[1].entity.view();
  EXPECT_EQ(v.id, "sayso:paris-fr");
  EXPECT_EQ(v.id.data(), mentions[1].entity.id.data());
}

// A reused Document stores the gazetteer's results without allocating: ids
// and names are views into the image (those here are longer than a
// std::string's inline buffer), the alternatives go to one vector whose
// capacity is kept, the image is kept alive by reference.
TEST(SteadyStateTest, GazetteerResultsDoNotAllocate) {
  absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(TestImage());
  ASSERT_TRUE(gaz.ok());
  const std::string text =
      "Shelling in the Kherson region; the Russian Ministry of Defense in "
      "Paris and Kyiv. Zaporizhia, Kherson and Paris again.";
  Document doc;
  for (int pass = 0; pass < 2; ++pass) {
    doc.Reset(text);
    ASSERT_TRUE(TestTokenizer().Process(doc).ok());
    const size_t allocations =
        AllocationsOf([&] { ASSERT_TRUE(gaz->Process(doc).ok()); });
    if (pass == 1) {
      EXPECT_EQ(allocations, 0u);
    }
  }
  ASSERT_EQ(doc.mentions().size(), 7u);
  EXPECT_EQ(doc.mentions()[1].entity.canonical, "Russian Ministry of Defense");
  EXPECT_GE(doc.all_alternatives().size(), 4u);
}

}  // namespace
}  // namespace sayso
