// Helpers shared by sayso's tests.
#ifndef SAYSO_TESTS_TEST_UTIL_H_
#define SAYSO_TESTS_TEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "sayso/document.h"

namespace sayso::testing {

// The ../shared folder (env SAYSO_SHARED_DIR overrides), or nullopt if absent.
std::optional<std::string> SharedDir();

// Skips the current test with a clear message when ../shared is absent.
#define SAYSO_REQUIRE_SHARED(var)                                          \
  auto var##_opt = ::sayso::testing::SharedDir();                          \
  if (!var##_opt) {                                                        \
    GTEST_SKIP() << "../shared/ not found (set SAYSO_SHARED_DIR): this "   \
                    "test needs the shared corpora/gold; skipped";         \
  }                                                                        \
  const std::string& var = *var##_opt

// Reads a whole file; fails the test (ADD_FAILURE) and returns "" on error.
std::string ReadFileOrDie(const std::string& path);

// The texts of tokens [0, n) of `doc`.
std::vector<std::string> TokenTexts(const Document& doc);
// The texts of the sentences of `doc`.
std::vector<std::string> SentenceTexts(const Document& doc);

}  // namespace sayso::testing

#endif  // SAYSO_TESTS_TEST_UTIL_H_
