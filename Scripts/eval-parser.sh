#!/usr/bin/env bash
# Scores the release parser on both evaluation sets in ../shared/eval, whole
# and split in two halves (A and B, by article order), so that a rule written
# while looking at one half can be checked on the other before it is kept.
#
#   Scripts/eval-parser.sh                 # both sets, whole and per half
#   Scripts/eval-parser.sh --ablation      # and again with each speaker sieve off
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

# --ablation: the same figures with each speaker sieve switched off in turn
if [[ ${1:-} == --ablation ]]; then
    echo
    printf '%-18s %-12s %-12s\n' "without" "eval attr" "polnear attr"
    for sieve in $("$bin" parse --help | tr '\n' ' ' | sed -n 's/.*asked in this order: \([^.]*\)\..*/\1/p' | tr -d ','); do
        "$bin" parse --json --without-sieve "$sieve" "$eval_dir"/articles/*.txt > "$work/eval-$sieve.json"
        "$bin" parse --json --without-sieve "$sieve" "$eval_dir"/polnear-dev/articles/*.txt > "$work/polnear-$sieve.json"
        e=$(python3 "$eval_dir/score.py" --gold "$eval_dir/gold" --pred "$work/eval-$sieve.json" | sed -n 's/^SUMMARY attribution=\([0-9.]*\).*/\1/p')
        p=$(python3 "$eval_dir/score_polnear.py" --gold "$eval_dir/polnear-dev/gold" --pred "$work/polnear-$sieve.json" | sed -n 's/^SUMMARY attribution_primary=\([0-9.]*\).*/\1/p')
        printf '%-18s %-12s %-12s\n' "$sieve" "$e" "$p"
    done
fi
