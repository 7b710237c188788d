#!/usr/bin/env bash
# Score one revision's rasd on every gold set, in two lanes (the machine has 2 cores); about 15-20 minutes.
#
#   OUTD=/tmp/score bash scripts/score_all.sh [REV]        (REV default HEAD; run from the repo root)
#
# The revision's src/ is archived into $OUTD/src and run with PYTHONPATH, so the working tree may change
# meanwhile. Lane 1: the ANT dev-month, held-out and frozen sets (scripts/gold_sets.py), aggregate only.
# Lane 2: the shared reference, the ant-news dev half, ANERcorp quotes and events (dev, test, train),
# the time held-out draw, `rasd eval dates --split both`, `rasd eval repair --split both` (a look at the
# frozen repair test: log it) and `rasd eval ner`. One file per run in $OUTD; `summary.txt` holds
# every run's summary lines.
set -u
REV=${1:-HEAD}
OUTD=${OUTD:?set OUTD to an output folder}
ROOT=$(git rev-parse --show-toplevel)
rm -rf "$OUTD" && mkdir -p "$OUTD"
git -C "$ROOT" archive "$REV" src | tar -x -C "$OUTD"
git -C "$ROOT" rev-parse "$REV" > "$OUTD/rev"
export PYTHONPATH="$OUTD/src"
CMD="python3 -m rasd process --format json"
cd "$ROOT"
SETS=$(python3 -c "import sys; sys.path.insert(0, 'scripts'); import gold_sets as g; print(' '.join(g.HELD_OUT + tuple(reversed(g.ANT_DEV)) + g.FROZEN))")
lane1() {
  for s in $SETS; do
    python3 scripts/ant_gold.py --split "$s" --cmd "$CMD" > "$OUTD/ant_$s.txt" 2>&1
  done
}
lane2() {
  python3 ../shared/data/gold/ant-dev/score.py --cmd "$CMD" > "$OUTD/shared.txt" 2>&1
  python3 scripts/ant_gold.py --split dev --cmd "$CMD" > "$OUTD/ant_dev.txt" 2>&1
  for s in dev test train; do
    python3 scripts/anercorp_quotes.py rules "$s" > "$OUTD/aner_quotes_$s.txt" 2>&1
    python3 scripts/anercorp_events.py rules "$s" > "$OUTD/aner_events_$s.txt" 2>&1
  done
  python3 scripts/time_heldout.py > "$OUTD/time_heldout.txt" 2>&1
  python3 -m rasd eval dates --split both > "$OUTD/eval_dates.txt" 2>&1
  python3 -m rasd eval repair --split both > "$OUTD/eval_repair.txt" 2>&1
  python3 -m rasd eval ner > "$OUTD/eval_ner.txt" 2>&1
}
lane1 & lane2 & wait
for f in "$OUTD"/*.txt; do
  [ "$(basename "$f")" = summary.txt ] && continue
  echo "== $(basename "$f" .txt)"
  grep -E "F1|recall|accuracy|lines|summary|span" "$f" | grep -v "^\s*$" | head -20
done > "$OUTD/summary.txt"
echo "scored $(cat "$OUTD/rev") into $OUTD (summary.txt)"
