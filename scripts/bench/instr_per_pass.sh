#!/usr/bin/env bash
# Instructions of one benchmark pass in one function, by callgrind: the
# count with BASE+1 repetitions minus the count with BASE (default 1), so that
# one-time setup drops out. Deterministic, unlike wall-clock time on a shared VM.
#
# Usage: scripts/bench/instr_per_pass.sh BENCH FUNCTION FILTER [BASE]
#   scripts/bench/instr_per_pass.sh build-rel/bench/sayso_bench \
#       'sayso::Tokenizer::Process(sayso::Document&) const' 'BM_Tokenize/brown-press$'
# FUNCTION is callgrind's --toggle-collect name, e.g.
#   sayso::Pipeline::Process(sayso::Document&) const
#   sayso::Gazetteer::Process(sayso::Document&) const
#   sayso::NameFinder::Process(sayso::Document&) const
#   sayso::ClaimAttributor::Process(sayso::Document&) const   (BASE 2: steady state)
# BRANCH_SIM=1 adds callgrind's branch simulation and prints the mispredicted
# branches (conditional + indirect) per pass too.
set -euo pipefail
bench=${1:?BENCH}; fn=${2:?FUNCTION}; filter=${3:?FILTER}; base=${4:-1}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
sim=()
[ "${BRANCH_SIM:-0}" = 1 ] && sim=(--branch-sim=yes)
# Prints Ir, and with BRANCH_SIM=1 Bcm + Bim, of a run with $1 repetitions.
count() {
  valgrind --tool=callgrind "${sim[@]}" --callgrind-out-file="$out" \
    --toggle-collect="$fn" \
    "$bench" --benchmark_filter="$filter" --benchmark_min_time=0.000001 \
    --benchmark_repetitions="$1" >/dev/null 2>&1
  grep -m1 '^summary:\|^totals:' "$out" | awk '{print $2, $4 + $6}'
}
read -r a_ir a_br <<<"$(count "$base")"
read -r b_ir b_br <<<"$(count $((base + 1)))"
if [ ${#sim[@]} -gt 0 ]; then
  echo "$filter: $((b_ir - a_ir)) instructions, $((b_br - a_br)) mispredicted branches per pass in $fn"
else
  echo "$filter: $((b_ir - a_ir)) instructions per pass in $fn"
fi
