# Warnings and sanitizers apply to sayso's own targets only, never globally:
# nothing here leaks into a host project's build.
add_library(sayso_warnings INTERFACE)
target_compile_options(sayso_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter>)

add_library(sayso_sanitize INTERFACE)
if(SAYSO_SANITIZE STREQUAL "address")
  target_compile_options(sayso_sanitize INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(sayso_sanitize INTERFACE -fsanitize=address,undefined)
elseif(SAYSO_SANITIZE STREQUAL "thread")
  target_compile_options(sayso_sanitize INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(sayso_sanitize INTERFACE -fsanitize=thread)
elseif(NOT SAYSO_SANITIZE STREQUAL "")
  message(FATAL_ERROR "SAYSO_SANITIZE must be '', 'address' or 'thread', not '${SAYSO_SANITIZE}'")
endif()

# sayso_internal_options(target): C++20, warnings, sanitizers.
function(sayso_internal_options target)
  target_compile_features(${target} PRIVATE cxx_std_20)
  target_link_libraries(${target} PRIVATE $<BUILD_INTERFACE:sayso_warnings> $<BUILD_INTERFACE:sayso_sanitize>)
endfunction()
