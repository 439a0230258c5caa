// Debian's Abseil (20220623) is built with ABSL_OPTION_USE_STD_STRING_VIEW=0:
// absl::string_view is its own type, and absl::StrCat / absl::Status do not
// accept a std::string_view. sayso's API speaks std::string_view; convert at
// the boundary with Sv().
#ifndef SAYSO_LIB_CORE_ABSL_COMPAT_H_
#define SAYSO_LIB_CORE_ABSL_COMPAT_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace sayso::internal {

inline absl::string_view Sv(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}
inline std::string_view Sv(absl::string_view s) {
  return std::string_view(s.data(), s.size());
}

}  // namespace sayso::internal

#endif  // SAYSO_LIB_CORE_ABSL_COMPAT_H_
