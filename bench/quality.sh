#!/bin/sh
# Restoration quality, measured with ../shared/eval/score.py:
#   - the seed article (../shared/eval/seed),
#   - the project's spun/original pairs (corpus/news),
#   - false edits on the project's clean text (corpus/clean).
# Usage: bench/quality.sh [--check] [UNSPIN_BINARY]
#   --check  exit 1 when a figure misses its target (seed precision >= 0.95,
#            recall >= 0.60; corpus precision >= 0.95; clean <= 2 edits per
#            10,000 words). Exits 77 (skipped) when score.py is not there.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
unspin=${1:-$here/build/unspin}
score=${UNSPIN_SCORE_PY:-$here/../shared/eval/score.py}
seed=$(dirname "$score")/seed
if [ ! -f "$score" ]; then
  echo "quality: $score not found; skipped"
  exit 77
fi
python=$(command -v python3)
# The spell stage (report mode) never changes the text; skip its suggestion
# search, which dominates the run time here.
UNSPIN_FLAGS="--spell=off ${UNSPIN_FLAGS:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

json_field() {  # FILE FIELD
  "$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"
}

"$unspin" ${UNSPIN_FLAGS:-} "$seed/spun.txt" >"$tmp/seed.out"
"$python" "$score" "$seed/spun.txt" "$seed/expected.txt" "$tmp/seed.out"
"$python" "$score" "$seed/spun.txt" "$seed/expected.txt" "$tmp/seed.out" --json >"$tmp/seed.json"

: >"$tmp/spun.txt"; : >"$tmp/original.txt"
: >"$tmp/corpus.out"
# Each story is restored on its own (document-level evidence is per story),
# then the stories are scored together.
for spun in "$here"/corpus/news/*.spun.txt; do
  stem=${spun%.spun.txt}
  cat "$spun" >>"$tmp/spun.txt"; printf '\n\n' >>"$tmp/spun.txt"
  cat "$stem.original.txt" >>"$tmp/original.txt"; printf '\n\n' >>"$tmp/original.txt"
  "$unspin" ${UNSPIN_FLAGS:-} "$spun" >>"$tmp/corpus.out"; printf '\n\n' >>"$tmp/corpus.out"
done
echo "corpus/news:"
"$python" "$score" "$tmp/spun.txt" "$tmp/original.txt" "$tmp/corpus.out" | tail -n 1
"$python" "$score" "$tmp/spun.txt" "$tmp/original.txt" "$tmp/corpus.out" --json >"$tmp/corpus.json"

cat "$here"/corpus/clean/*.txt >"$tmp/clean.txt"
"$unspin" ${UNSPIN_FLAGS:-} "$here"/corpus/clean/*.txt >"$tmp/clean.out"
echo "corpus/clean:"
"$python" "$score" --clean "$tmp/clean.txt" "$tmp/clean.out"
"$python" "$score" --clean "$tmp/clean.txt" "$tmp/clean.out" --json >"$tmp/clean.json"

seed_p=$(json_field "$tmp/seed.json" precision); seed_r=$(json_field "$tmp/seed.json" recall)
corpus_p=$(json_field "$tmp/corpus.json" precision); corpus_r=$(json_field "$tmp/corpus.json" recall)
clean=$(json_field "$tmp/clean.json" edits_per_10k_words)
printf 'summary: seed P=%.3f R=%.3f | corpus P=%.3f R=%.3f | clean %.2f edits/10k words\n' \
  "$seed_p" "$seed_r" "$corpus_p" "$corpus_r" "$clean"
if [ "$check" -eq 1 ]; then
  "$python" - "$seed_p" "$seed_r" "$corpus_p" "$clean" <<'PY'
import sys
seed_p, seed_r, corpus_p, clean = map(float, sys.argv[1:])
misses = [name for name, ok in [
    ("seed precision >= 0.95", seed_p >= 0.95), ("seed recall >= 0.60", seed_r >= 0.60),
    ("corpus precision >= 0.95", corpus_p >= 0.95), ("clean <= 2 edits/10k words", clean <= 2.0)]
    if not ok]
for m in misses:
    print("quality target missed:", m)
sys.exit(1 if misses else 0)
PY
fi
