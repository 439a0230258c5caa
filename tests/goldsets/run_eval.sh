#!/usr/bin/env bash
# Scores `sayso annotate` on one set of annotated articles (SET_DIR/*.txt with gold SET_DIR/*.json:
# tests/heldout, tests/blind) with the shared scorer (../shared/eval/score.py beside the
# repository) and fails below the thresholds.
# Exits 77 (ctest: skipped) when the shared scorer is absent.
# Usage: run_eval.sh SAYSO_BINARY SHARED_DIR SET_DIR MIN_CLAIMS_F1 MIN_ENTITIES_F1
set -euo pipefail
sayso=$1 shared=$2 set_dir=$3 min_claims=$4 min_entities=$5
if [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $shared/eval/score.py not found (the shared data is not beside this clone)"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$sayso" annotate --quiet --format jsonl "$set_dir"/*.txt >"$out"
python3 "$shared/eval/score.py" "$set_dir" "$out" --verbose \
  --min-claims-f1 "$min_claims" --min-entities-f1 "$min_entities"
