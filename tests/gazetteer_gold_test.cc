// The built-in gazetteer on the shared gold articles (../shared/gold):
// entity mentions scored as ../shared/eval/score.py scores them (exact byte
// span; canonical name compared case-insensitively among the matched).
// Issue 3's targets: entities F1 >= 0.90, canonical accuracy >= 0.95.
// Skipped when ../shared or the built-in image is absent.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "gtest/gtest.h"
#include "sayso/gazetteer.h"
#include "sayso/tokenizer.h"
#include "simdjson.h"
#include "test_util.h"

namespace sayso {
namespace {

TEST(GazetteerGoldTest, BuiltInGazetteerMeetsTheAccuracyTargets) {
  SAYSO_REQUIRE_SHARED(shared);
  absl::StatusOr<Gazetteer> gaz = Gazetteer::Default();
  if (!gaz.ok()) GTEST_SKIP() << gaz.status();
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create({});
  ASSERT_TRUE(tok.ok());
  size_t gold_n = 0, pred_n = 0, matched = 0, canonical = 0, typed = 0;
  int docs = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(shared + "/gold")) {
    if (entry.path().extension() != ".txt") continue;
    std::string json_path = entry.path().string();
    json_path.replace(json_path.size() - 4, 4, ".json");
    if (!std::filesystem::exists(json_path)) continue;
    ++docs;
    std::string text = testing::ReadFileOrDie(entry.path().string());
    Document doc(text);
    ASSERT_TRUE(tok->Process(doc).ok());
    ASSERT_TRUE(gaz->Process(doc).ok());

    simdjson::dom::parser parser;
    simdjson::dom::element gold;
    ASSERT_FALSE(parser.load(json_path).get(gold)) << json_path;
    std::map<std::pair<uint64_t, uint64_t>, std::pair<std::string, std::string>>
        by_span;
    for (simdjson::dom::element e : gold["entities"].get_array()) {
      uint64_t b = e["text_start"].get_uint64().value();
      uint64_t en = e["text_end"].get_uint64().value();
      by_span.emplace(
          std::make_pair(b, en),
          std::make_pair(std::string(e["canonical"].get_string().value()),
                         std::string(e["type"].get_string().value())));
    }
    gold_n += by_span.size();
    std::set<std::pair<uint64_t, uint64_t>> seen;
    for (const Mention& m : doc.mentions()) {
      auto span = std::make_pair(uint64_t{m.span.begin}, uint64_t{m.span.end});
      if (!seen.insert(span).second) continue;
      ++pred_n;
      auto it = by_span.find(span);
      if (it == by_span.end()) {
        std::printf("spurious: %s in %s\n",
                    std::string(doc.text(m.span)).c_str(),
                    entry.path().filename().c_str());
        continue;
      }
      ++matched;
      if (absl::AsciiStrToLower(std::string(m.entity.canonical)) ==
          absl::AsciiStrToLower(it->second.first)) {
        ++canonical;
      }
      if (EntityTypeName(m.entity.type) == it->second.second) ++typed;
    }
  }
  ASSERT_GT(docs, 0);
  double p = pred_n ? static_cast<double>(matched) / pred_n : 0;
  double r = gold_n ? static_cast<double>(matched) / gold_n : 0;
  double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  double canonical_acc = matched ? static_cast<double>(canonical) / matched : 0;
  std::printf(
      "entities: P=%.3f R=%.3f F1=%.3f canonical_acc=%.3f type_acc=%.3f\n", p,
      r, f1, canonical_acc, matched ? static_cast<double>(typed) / matched : 0);
  EXPECT_GE(f1, 0.90);
  EXPECT_GE(canonical_acc, 0.95);
}

}  // namespace
}  // namespace sayso
