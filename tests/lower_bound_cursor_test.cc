// Tests of LowerBoundCursor (lib/core/lower_bound_cursor.h), the search from
// the last answer that the claims stage uses: it must give std::lower_bound's
// answer for every query, whatever was asked before.
#include "core/lower_bound_cursor.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "gtest/gtest.h"

namespace sayso::internal {
namespace {

size_t Expected(const std::vector<uint32_t>& v, uint32_t x) {
  return static_cast<size_t>(std::lower_bound(v.begin(), v.end(), x) -
                             v.begin());
}

TEST(LowerBoundCursorTest, EmptyAndOneElement) {
  LowerBoundCursor c;
  const std::vector<uint32_t> empty;
  EXPECT_EQ(c.Find(empty, 0), 0u);
  EXPECT_EQ(c.Find(empty, 7), 0u);
  const std::vector<uint32_t> one = {5};
  EXPECT_EQ(c.Find(one, 0), 0u);
  EXPECT_EQ(c.Find(one, 5), 0u);
  EXPECT_EQ(c.Find(one, 6), 1u);
  EXPECT_EQ(c.Find(one, 5), 0u);  // back from the end
}

TEST(LowerBoundCursorTest, DuplicatesGiveTheFirstOfTheRun) {
  const std::vector<uint32_t> v = {1, 3, 3, 3, 3, 8, 8, 9};
  LowerBoundCursor c;
  EXPECT_EQ(c.Find(v, 9), 7u);
  EXPECT_EQ(c.Find(v, 3), 1u);  // backward over the run
  EXPECT_EQ(c.Find(v, 8), 5u);  // forward
  EXPECT_EQ(c.Find(v, 4), 5u);
  EXPECT_EQ(c.Find(v, 10), 8u);
  EXPECT_EQ(c.Find(v, 0), 0u);
}

// Random sorted lists (with runs of equal values), queried in text order,
// in random order and near the last answer, as the claims rules ask; and a
// cursor that moves from one list to another, shorter one.
TEST(LowerBoundCursorTest, EqualsStdLowerBoundOnRandomQueries) {
  std::mt19937 rng(8);
  for (int round = 0; round < 200; ++round) {
    std::vector<uint32_t> v(rng() % 300);
    for (uint32_t& x : v) x = rng() % 500;
    std::sort(v.begin(), v.end());
    LowerBoundCursor c;
    uint32_t x = 0;
    for (int q = 0; q < 300; ++q) {
      switch (rng() % 3) {
        case 0:  // onwards, as in text order
          x += rng() % 20;
          break;
        case 1:  // anywhere
          x = rng() % 520;
          break;
        default:  // a little back
          x -= std::min<uint32_t>(x, rng() % 10);
      }
      ASSERT_EQ(c.Find(v, x), Expected(v, x))
          << "round " << round << " query " << q << " x " << x;
    }
    const std::vector<uint32_t> shorter(v.begin(), v.begin() + v.size() / 3);
    for (uint32_t y : {0u, 250u, 600u, 3u}) {
      ASSERT_EQ(c.Find(shorter, y), Expected(shorter, y));
    }
  }
}

}  // namespace
}  // namespace sayso::internal
