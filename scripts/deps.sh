#!/usr/bin/env bash
# Installs sayso's build and test dependencies from Debian packages.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  cmake ninja-build g++ pkg-config python3 \
  libicu-dev libutf8proc-dev libabsl-dev libsimdjson-dev libcli11-dev libxxhash-dev \
  libgtest-dev libgmock-dev libbenchmark-dev libhyperscan-dev unicode-data \
  chromium clang libclang-rt-14-dev llvm-14 >/dev/null
