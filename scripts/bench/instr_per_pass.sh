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
# CACHE_SIM=1 adds branch and cache simulation, with the last level sized to
# these machines' 1 MiB L2 (an L2 miss costs tens of cycles), and prints an
# estimate of cycles per pass: 0.3 per instruction + 15 per mispredicted
# branch + 12 per L1 read miss + 45 per L2 read miss (out-of-order cores
# overlap some of it: compare two binaries, do not read it as time).
set -euo pipefail
bench=${1:?BENCH}; fn=${2:?FUNCTION}; filter=${3:?FILTER}; base=${4:-1}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
sim=()
[ "${BRANCH_SIM:-0}" = 1 ] && sim=(--branch-sim=yes)
[ "${CACHE_SIM:-0}" = 1 ] &&
  sim=(--branch-sim=yes --cache-sim=yes --LL=1048576,16,64)
# Prints Ir, mispredicts (Bcm + Bim), D1mr and DLmr of a run with $1
# repetitions (the columns callgrind has; absent ones print as 0).
count() {
  valgrind --tool=callgrind "${sim[@]}" --callgrind-out-file="$out" \
    --toggle-collect="$fn" \
    "$bench" --benchmark_filter="$filter" --benchmark_min_time=0.000001 \
    --benchmark_repetitions="$1" >/dev/null 2>&1
  local events
  events=$(grep -m1 '^events:' "$out")
  grep -m1 '^summary:\|^totals:' "$out" | awk -v ev="$events" '{
    n = split(ev, name, " ");
    for (k = 2; k <= n; ++k) v[name[k]] = $k;
    print v["Ir"] + 0, v["Bcm"] + v["Bim"], v["D1mr"] + 0, v["DLmr"] + 0 }'
}
read -r a_ir a_br a_d1 a_ll <<<"$(count "$base")"
read -r b_ir b_br b_d1 b_ll <<<"$(count $((base + 1)))"
if [ "${CACHE_SIM:-0}" = 1 ]; then
  ir=$((b_ir - a_ir)); br=$((b_br - a_br)); d1=$((b_d1 - a_d1)); ll=$((b_ll - a_ll))
  echo "$filter: $ir instructions, $br mispredicted branches, $d1 L1 read misses, $ll L2 read misses, est. $(((3 * ir) / 10 + 15 * br + 12 * d1 + 45 * ll)) cycles per pass in $fn"
elif [ ${#sim[@]} -gt 0 ]; then
  echo "$filter: $((b_ir - a_ir)) instructions, $((b_br - a_br)) mispredicted branches per pass in $fn"
else
  echo "$filter: $((b_ir - a_ir)) instructions per pass in $fn"
fi
