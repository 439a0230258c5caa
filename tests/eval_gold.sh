#!/usr/bin/env bash
# Scores `sayso annotate` on the shared gold with the shared scorer and fails
# below the thresholds. Exits 77 (ctest: skipped) when ../shared is absent.
# Usage: eval_gold.sh SAYSO_BINARY SHARED_DIR MIN_CLAIMS_F1 MIN_ENTITIES_F1 [MIN_CANONICAL_ACC]
set -euo pipefail
sayso=$1 shared=$2 min_claims=$3 min_entities=$4 min_canonical=${5:-0}
if [ ! -f "$shared/eval/score.py" ] || ! compgen -G "$shared/gold/*.txt" >/dev/null; then
  echo "skipped: $shared/eval/score.py or $shared/gold/*.txt not found (the shared data is not beside this clone)"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$sayso" annotate --quiet --format jsonl "$shared"/gold/*.txt >"$out"
python3 "$shared/eval/score.py" "$shared/gold" "$out" --verbose \
  --min-claims-f1 "$min_claims" --min-entities-f1 "$min_entities" | tee "$out.score"
line=$(tail -n 1 "$out.score"); rm -f "$out.score"
canonical=$(sed -n 's/.*canonical_acc=\([0-9.]*\).*/\1/p' <<<"$line")
python3 -c "import sys; sys.exit(0 if float('$canonical') >= float('$min_canonical') else 1)" || {
  echo "canonical_acc=$canonical is below $min_canonical"; exit 1; }
