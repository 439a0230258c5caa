// LowerBoundCursor: std::lower_bound over a sorted list, searched from the
// last answer.
#ifndef SAYSO_CORE_LOWER_BOUND_CURSOR_H_
#define SAYSO_CORE_LOWER_BOUND_CURSOR_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sayso::internal {

// std::lower_bound over a sorted list, searched from the last answer: the
// rules ask in text order, mostly a few elements from the last position, so
// a search that gallops out from there touches one or two cache lines and
// takes few branches where a binary search over the whole list (some
// 10,000-40,000 elements) takes 14-16 hard-to-predict steps.
class LowerBoundCursor {
 public:
  // The first index k of sorted `v` with v[k] >= x (v.size() if none),
  // as std::lower_bound gives it, for any earlier query.
  size_t Find(const std::vector<uint32_t>& v, uint32_t x) {
    const size_t n = v.size();
    size_t h = hint_ < n ? hint_ : n;
    size_t lo, hi;            // the answer is in [lo, hi]
    if (h < n && v[h] < x) {  // forward
      lo = h + 1;
      size_t step = 1;
      while (lo + step <= n && v[lo + step - 1] < x) {
        lo += step;
        step *= 2;
      }
      hi = std::min(lo + step - 1, n);
    } else if (h > 0 && v[h - 1] >= x) {  // backward
      hi = h - 1;
      size_t step = 1;
      while (hi >= step && v[hi - step] >= x) {
        hi -= step;
        step *= 2;
      }
      lo = hi >= step ? hi - step + 1 : 0;
    } else {
      return h;
    }
    hint_ = static_cast<size_t>(
        std::lower_bound(v.begin() + lo, v.begin() + hi, x) - v.begin());
    return hint_;
  }

 private:
  size_t hint_ = 0;
};

}  // namespace sayso::internal

#endif  // SAYSO_CORE_LOWER_BOUND_CURSOR_H_
