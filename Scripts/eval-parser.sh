#!/usr/bin/env bash
# Scores the release parser on both evaluation sets in ../shared/eval, whole
# and split in two halves (A and B, by article order), so that a rule written
# while looking at one half can be checked on the other before it is kept.
#
#   Scripts/eval-parser.sh                 # both sets, whole and per half
#   BYLINE_SIEVES_OFF=name Scripts/eval-parser.sh   # with a sieve switched off
#
# The eval texts are read in place; nothing of them is written into the project.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
bin=${BYLINE:-.build/release/byline}
work=${WORK:-/tmp/byline-eval}
mkdir -p "$work"

"$bin" parse --json "$eval_dir"/articles/*.txt > "$work/eval.json"
"$bin" parse --json "$eval_dir"/polnear-dev/articles/*.txt > "$work/polnear.json"

# the halves: every other article in name order
ls "$eval_dir"/polnear-dev/articles | sed 's/\.txt$//' | awk '{ print (NR % 2 ? "dev:" : "heldout:") $0 }' > "$work/polnear-split.txt"

echo "== eval (16 articles)"
python3 "$eval_dir/score.py" --gold "$eval_dir/gold" --pred "$work/eval.json" | grep SUMMARY
echo "== polnear dev (84 articles)"
python3 "$eval_dir/score_polnear.py" --gold "$eval_dir/polnear-dev/gold" --pred "$work/polnear.json" | grep SUMMARY
for part in dev heldout; do
    half=$([[ $part == dev ]] && echo A || echo B)
    printf 'half %s: ' "$half"
    python3 "$eval_dir/score_polnear.py" --gold "$eval_dir/polnear-dev/gold" --pred "$work/polnear.json" \
        --ids "$work/polnear-split.txt" --part "$part" | grep SUMMARY | sed 's/SUMMARY //'
done
