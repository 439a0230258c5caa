// LoadAhead(): reads values now, unused, so that their cache lines are in
// flight before a later, scattered read needs them. For the token arrays,
// which Tokens reaches only through accessors (no address to hand to
// __builtin_prefetch): the accessor's load is kept by an empty asm that
// takes the value as an input. It changes no result.
#ifndef SAYSO_LIB_CORE_LOAD_AHEAD_H_
#define SAYSO_LIB_CORE_LOAD_AHEAD_H_

namespace sayso::internal {

template <typename T>
inline __attribute__((always_inline)) void LoadAhead(const T& value) {
  asm volatile("" : : "r"(value));
}

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CORE_LOAD_AHEAD_H_
