#!/usr/bin/env bash
# The main job on a fresh Debian machine: install dependencies, build sayso,
# annotate the sample articles with the built-in gazetteer and print the result.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target sayso-cli sayso_default_gazetteer 2>/dev/null \
  || cmake --build build -j "$(nproc)"
articles=(examples/articles/*.txt)
if compgen -G "../shared/gold/*.txt" >/dev/null; then articles=(../shared/gold/*.txt "${articles[@]}"); fi
build/examples/sayso annotate --format text "${articles[@]}"
