#!/usr/bin/env bash
# Compiles tests/consumer/main.cc with nothing but
#   c++ -std=c++20 main.cc $(pkg-config --cflags --libs sayso)
# against an installed prefix, runs it and checks its output.
# Usage: pkg_config_test.sh PREFIX CXX MAIN_CC WORK_DIR
set -euo pipefail
prefix=$1 cxx=$2 main_cc=$3 work=$4
mkdir -p "$work"
pc_dir=$(dirname "$(find "$prefix" -name sayso.pc -print -quit)")
if [ -z "$pc_dir" ] || [ ! -f "$pc_dir/sayso.pc" ]; then
  echo "no sayso.pc under $prefix" >&2
  exit 1
fi
export PKG_CONFIG_PATH="$pc_dir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
flags=$(pkg-config --cflags --libs sayso)
echo "pkg-config --cflags --libs sayso: $flags"
# The installed tree, not the source tree, must provide the headers.
case "$flags" in *"-I$prefix/"*|*"-I$(cd "$prefix" && pwd -P)/"*) ;;
  *) echo "Cflags do not point into $prefix" >&2; exit 1 ;;
esac
# The rpath lets a shared libsayso in a private prefix load; no effect on a
# static one.
libdir=$(pkg-config --variable=libdir sayso)
# shellcheck disable=SC2086
"$cxx" -std=c++20 -O1 "$main_cc" $flags "-Wl,-rpath,$libdir" -o "$work/consumer"
"$work/consumer"
