#!/usr/bin/env bash
# Reliability CI (docs/reliability.md): sanitizers and fuzzing.
#
#   scripts/reliability.sh [FUZZ_SECONDS] [STEP...]
#     FUZZ_SECONDS  per fuzz target (default 60 when CI=true, else 10)
#     STEP          asan, tsan, fuzz (default: all three, in this order)
#
#   asan  builds build-asan with -DSAYSO_SANITIZE=address (ASan+UBSan) and
#         runs the whole ctest suite there, except the packaging tests (they
#         reinstall and rebuild sayso) and tests labelled slow. With clang the
#         same build also holds the libFuzzer targets (fuzz/): one
#         instrumented library serves both, which halves the build time.
#   tsan  builds only the library and tests/concurrency_test in build-tsan
#         with -DSAYSO_SANITIZE=thread and runs it (8 threads, one pipeline).
#   fuzz  runs every fuzz target of build-asan for FUZZ_SECONDS, one at a
#         time (fuzz/run.sh); needs clang (Debian: clang, libclang-rt-14-dev).
#
# Dependencies like Abseil and ICU are not instrumented: ASan/UBSan still
# check every access sayso makes; TSan sees sayso's own memory accesses.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${CI:-}" = true ]; then seconds=60; else seconds=10; fi
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds="$1"; shift; fi
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(asan tsan fuzz)
jobs="$(nproc)"

have_clang=false
if command -v clang++ >/dev/null && command -v clang >/dev/null; then
  have_clang=true
  export CC=clang CXX=clang++
fi
# -O1 -g: sanitizer builds compile faster than -O2 and keep asserts on.
common=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g"
        -DSAYSO_BUILD_BENCH=OFF -DSAYSO_INSTALL=OFF)
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

step_start=$SECONDS
timing() { printf '[reliability] %-5s %4d s\n' "$1" $((SECONDS - step_start)); step_start=$SECONDS; }

for step in "${steps[@]}"; do
  case "$step" in
    asan)
      cmake -S . -B build-asan "${common[@]}" -DSAYSO_SANITIZE=address \
        -DSAYSO_BUILD_FUZZERS="$have_clang" >/dev/null
      cmake --build build-asan -j "$jobs"
      (cd build-asan && ctest --output-on-failure -j "$jobs" -LE 'packaging|slow')
      timing asan
      ;;
    tsan)
      cmake -S . -B build-tsan "${common[@]}" -DSAYSO_SANITIZE=thread \
        -DSAYSO_BUILD_EXAMPLES=OFF >/dev/null
      # With the built-in gazetteer (compiled by this build, so its format
      # matches): the threads then share a real 27,000-entity image.
      cmake --build build-tsan -j "$jobs" --target concurrency_test sayso_default_gazetteer
      build-tsan/tests/concurrency_test
      timing tsan
      ;;
    fuzz)
      if [ "$have_clang" != true ]; then
        echo "[reliability] fuzz: clang not found, skipped" >&2
        continue
      fi
      if [ ! -d build-asan/fuzz ]; then
        cmake -S . -B build-asan "${common[@]}" -DSAYSO_SANITIZE=address \
          -DSAYSO_BUILD_FUZZERS=ON >/dev/null
      fi
      cmake --build build-asan -j "$jobs" --target sayso_fuzzers
      fuzz/run.sh "$seconds" build-asan
      timing fuzz
      ;;
    *)
      echo "scripts/reliability.sh: unknown step '$step' (asan, tsan, fuzz)" >&2
      exit 2
      ;;
  esac
done
