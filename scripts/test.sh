#!/usr/bin/env bash
# Installs dependencies, builds sayso with tests, and runs the whole suite.
# With CI=true (as .ci/run is run) it first runs the reliability suites too
# (scripts/reliability.sh: everything under ASan+UBSan, the TSan concurrency
# test, each fuzzer for 60 s); SAYSO_RELIABILITY=0/1 overrides.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
reliability="${SAYSO_RELIABILITY:-$([ "${CI:-}" = true ] && echo 1 || echo 0)}"
if [ "$reliability" = 1 ]; then
  bash scripts/reliability.sh
fi
# The Release build and its ctest run last: CI reads ctest's summary line.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
cd build && ctest --output-on-failure -j "$(nproc)"
