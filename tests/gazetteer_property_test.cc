// Property test: on random dictionaries and texts, the compiled trie matcher
// gives exactly what a simple reference matcher gives (same folding, same
// units: tokens split at hyphens, same leftmost-longest rule), with the
// guards off so that only the matching itself is compared.
#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_split.h"
#include "gazetteer_test_util.h"
#include "gtest/gtest.h"
#include "sayso/gazetteer.h"
#include "sayso/gazetteer_builder.h"
#include "sayso/normalize.h"

namespace sayso {
namespace {

using ::sayso::testing::TestTokenizer;

struct RefUnit {
  std::string key;
  uint32_t begin, end;
};

// Units by a different route than the library's: split each token's text at
// ASCII hyphens and fold each part on its own.
std::vector<RefUnit> ReferenceUnits(const Document& doc) {
  std::vector<RefUnit> out;
  const Tokens& t = doc.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    std::string_view text = t.text(i);
    if (text.find_first_not_of('-') == std::string_view::npos) {
      out.push_back({"-", t.begin(i), t.end(i)});
      continue;
    }
    size_t start = 0;
    while (start <= text.size()) {
      size_t stop = text.find('-', start);
      if (stop == std::string_view::npos) stop = text.size();
      if (stop > start) {
        out.push_back({NormalizedKey(text.substr(start, stop - start)),
                       static_cast<uint32_t>(t.begin(i) + start),
                       static_cast<uint32_t>(t.begin(i) + stop)});
      }
      start = stop + 1;
    }
  }
  return out;
}

using Result =
    std::vector<std::tuple<uint32_t, uint32_t, std::set<std::string>>>;

Result ReferenceMatch(
    const std::map<std::vector<std::string>, std::set<std::string>>& dict,
    const std::vector<RefUnit>& units) {
  Result out;
  size_t max_len = 0;
  for (const auto& [keys, ids] : dict) max_len = std::max(max_len, keys.size());
  for (size_t p = 0; p < units.size();) {
    size_t best = 0;
    const std::set<std::string>* best_ids = nullptr;
    for (size_t len = 1; len <= max_len && p + len <= units.size(); ++len) {
      std::vector<std::string> keys;
      for (size_t k = p; k < p + len; ++k) keys.push_back(units[k].key);
      auto it = dict.find(keys);
      if (it != dict.end()) {
        best = len;
        best_ids = &it->second;
      }
    }
    if (best == 0) {
      ++p;
      continue;
    }
    out.emplace_back(units[p].begin, units[p + best - 1].end, *best_ids);
    p += best;
  }
  return out;
}

std::string RandomCase(std::string w, std::mt19937& rng) {
  switch (rng() % 4) {
    case 0:
      break;
    case 1:
      w[0] = static_cast<char>(std::toupper(w[0]));
      break;
    case 2:
      for (char& c : w) c = static_cast<char>(std::toupper(c));
      break;
    default:
      for (char& c : w)
        if (rng() % 2) c = static_cast<char>(std::toupper(c));
  }
  return w;
}

// With `guards`, the aliases are lower-case words of 4+ letters that are not
// English words: no guard applies to them (not case-sensitive, not common,
// not capitalized-only), so the guarded matcher, whose scan takes other
// routes (capitalized words through the vocabulary, others through the
// starts table, hyphenated tokens only when a part may start), must give
// the reference's matches too.
void CheckAgainstReference(bool guards, uint32_t seed) {
  std::mt19937 rng(seed);
  const std::vector<std::string> syllables = {"ka", "lo", "mi",  "ru",  "se",
                                              "ta", "vo", "zen", "dar", "kýi"};
  size_t total_mentions = 0, multi_unit = 0;
  for (int round = 0; round < 40; ++round) {
    std::vector<std::string> pool;
    for (int i = 0; i < 12; ++i) {
      std::string w;
      int n = 1 + static_cast<int>(rng() % 3);
      for (int k = 0; k < n; ++k) w += syllables[rng() % syllables.size()];
      if (guards && w.size() < 5) w += "zen";  // 4+ letters ("kýi": 4 bytes)
      pool.push_back(w);
    }
    absl::StatusOr<GazetteerBuilder> b = GazetteerBuilder::Create();
    ASSERT_TRUE(b.ok());
    std::map<std::vector<std::string>, std::set<std::string>> dict;
    int entities = 3 + static_cast<int>(rng() % 20);
    for (int e = 0; e < entities; ++e) {
      std::string id = "t:" + std::to_string(e);
      int aliases = 1 + static_cast<int>(rng() % 3);
      std::string tsv = id + "\tGPE\t";
      std::vector<std::string> alias_texts;
      for (int a = 0; a < aliases; ++a) {
        int words = 1 + static_cast<int>(rng() % 3);
        std::string alias;
        std::vector<std::string> keys;
        for (int w = 0; w < words; ++w) {
          const std::string& word = pool[rng() % pool.size()];
          if (w > 0) alias += (rng() % 3 == 0) ? "-" : " ";
          alias += guards ? word : RandomCase(word, rng);
          keys.push_back(NormalizedKey(word));
        }
        alias_texts.push_back(alias);
        dict[keys].insert(id);
      }
      tsv += alias_texts[0] + "\t";
      for (size_t a = 1; a < alias_texts.size(); ++a) {
        tsv += (a > 1 ? "|" : "") + alias_texts[a];
      }
      tsv += "\n";
      ASSERT_TRUE(b->AddTsvText(tsv, "random.tsv").ok()) << tsv;
    }
    absl::StatusOr<std::string> image = b->Compile();
    ASSERT_TRUE(image.ok());
    GazetteerOptions options;
    options.apply_guards = guards;
    options.max_alternatives = 100;
    absl::StatusOr<Gazetteer> gaz = Gazetteer::FromBytes(*image, options);
    ASSERT_TRUE(gaz.ok());
    for (int t = 0; t < 10; ++t) {
      std::string text;
      int words = 5 + static_cast<int>(rng() % 60);
      for (int w = 0; w < words; ++w) {
        if (w > 0) {
          int sep = static_cast<int>(rng() % 10);
          text += sep == 0 ? "-" : sep == 1 ? ", " : sep == 2 ? "  " : " ";
        }
        text += rng() % 5 == 0 ? std::string("xo")
                               : RandomCase(pool[rng() % pool.size()], rng);
        if (rng() % 15 == 0) text += "'s";
      }
      text += ".";
      Document doc(text);
      ASSERT_TRUE(TestTokenizer().Process(doc).ok());
      ASSERT_TRUE(gaz->Process(doc).ok());
      Result got;
      for (const Mention& m : doc.mentions()) {
        std::set<std::string> ids = {std::string(m.entity.id)};
        for (const EntityRef& r : doc.alternatives(m)) {
          ids.insert(std::string(r.id));
        }
        got.emplace_back(m.span.begin, m.span.end, ids);
      }
      Result want = ReferenceMatch(dict, ReferenceUnits(doc));
      total_mentions += want.size();
      for (const auto& [b, e, ids] : want) {
        if (doc.text().substr(b, e - b).find_first_of(" -") !=
            std::string_view::npos) {
          ++multi_unit;
        }
      }
      ASSERT_EQ(got, want) << "round " << round << " text: " << text
                           << (guards ? " (guards on)" : "");
    }
  }
  // The comparison is not vacuous: many matches, many of several units.
  EXPECT_GT(total_mentions, 1000u);
  EXPECT_GT(multi_unit, 100u);
}

TEST(GazetteerPropertyTest, TrieMatcherEqualsReferenceMatcher) {
  CheckAgainstReference(/*guards=*/false, 20240917);
}

TEST(GazetteerPropertyTest, GuardedMatcherEqualsReferenceOnUnguardedAliases) {
  CheckAgainstReference(/*guards=*/true, 20261123);
}

}  // namespace
}  // namespace sayso
