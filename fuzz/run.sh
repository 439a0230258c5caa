#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, FUZZ_JOBS at a time, and prints the
# executions per target (libFuzzer's stat::number_of_executed_units).
#
#   fuzz/run.sh [SECONDS] [BUILD_DIR] [TARGET...]
#     SECONDS    per target (default 60)
#     BUILD_DIR  where the fuzzers were built (default build-fuzz), e.g. by
#                CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja \
#                  -DSAYSO_BUILD_FUZZERS=ON -DSAYSO_SANITIZE=address
#                ninja -C build-fuzz sayso_fuzzers
#     TARGET     only these targets (default: every *_fuzzer in BUILD_DIR/fuzz)
#
# Seeds are built into a temporary folder (fuzz/make_seeds.py: shared corpus,
# gold articles, data files, fuzz/regressions/<target>/); new corpus entries
# stay there. A crash, leak or timeout fails the script and its input is
# kept in fuzz/artifacts/ (copy it to fuzz/regressions/<target>/ once fixed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build="${2:-build-fuzz}"
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in "$build"/fuzz/*_fuzzer; do [ -x "$f" ] && targets+=("$(basename "$f")"); done
fi
if [ ${#targets[@]} -eq 0 ]; then
  echo "fuzz/run.sh: no fuzzers in $build/fuzz (build them first, see the header)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 fuzz/make_seeds.py "$work/corpus" >/dev/null
mkdir -p fuzz/artifacts
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Targets run FUZZ_JOBS at a time (default: the number of cores), so CI's
# 60 s per target costs 60 s x targets / cores of wall time.
jobs="${FUZZ_JOBS:-$(nproc)}"

run_one() {
  local target="$1" corpus="$work/corpus/$1" log="$work/$1.log" status=0
  mkdir -p "$corpus"
  local dict=()
  [ -f "fuzz/$target.dict" ] && dict=(-dict="fuzz/$target.dict")
  "$build/fuzz/$target" "$corpus" "${dict[@]}" -max_total_time="$seconds" \
    -print_final_stats=1 -timeout=30 -rss_limit_mb=2560 -max_len=8192 \
    -artifact_prefix="fuzz/artifacts/$target-" >"$log" 2>&1 || status=$?
  echo "$status" >"$work/$target.status"
}

running=0
for target in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
  run_one "$target" &
  running=$((running + 1))
done
wait || true

failed=0
printf '%-24s %8s %14s %10s  %s\n' target seconds executions exec/s result
for target in "${targets[@]}"; do
  log="$work/$target.log"
  status="$(cat "$work/$target.status" 2>/dev/null || echo 99)"
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  result=ok
  if [ "$status" -ne 0 ]; then
    result="FAILED (exit $status)"
    failed=1
  fi
  printf '%-24s %8s %14s %10s  %s\n' "$target" "$seconds" "${execs:-?}" \
    "$(( ${execs:-0} / (seconds > 0 ? seconds : 1) ))" "$result"
  if [ "$status" -ne 0 ]; then
    grep -E 'ERROR|check failed|SUMMARY|Test unit written|^    #[0-9]' "$log" | head -40 >&2
  fi
done
exit "$failed"
