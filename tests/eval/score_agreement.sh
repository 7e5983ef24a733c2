#!/bin/sh
# `unspin eval --spun corpus/news --original corpus/news` must give the figures that the
# project's evaluation script gives for the same restorations: each story
# restored on its own by `unspin FILE`, the stories concatenated as
# bench/quality.sh does, then scored by ../shared/eval/score.py.
# Usage: score_agreement.sh UNSPIN SOURCE_DIR [default|no-vocab]
# Exits 77 (skipped) when score.py or python3 is not there.
set -eu
unspin=$1
source_dir=$2
case "${3:-default}" in
  default) flags="" ;;
  no-vocab) flags="--no-vocab --min-confidence 0" ;;  # more edits, some of them wrong
  *) echo "unknown configuration '$3'" >&2; exit 2 ;;
esac
score=$source_dir/../shared/eval/score.py
if [ ! -f "$score" ] || ! command -v python3 >/dev/null; then
  echo "score_agreement: $score or python3 not found; skipped"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/spun.txt"; : >"$tmp/original.txt"; : >"$tmp/out.txt"
for spun in "$source_dir"/corpus/news/*.spun.txt; do
  stem=${spun%.spun.txt}
  cat "$spun" >>"$tmp/spun.txt"; printf '\n\n' >>"$tmp/spun.txt"
  cat "$stem.original.txt" >>"$tmp/original.txt"; printf '\n\n' >>"$tmp/original.txt"
  # shellcheck disable=SC2086
  "$unspin" $flags "$spun" >>"$tmp/out.txt" 2>/dev/null; printf '\n\n' >>"$tmp/out.txt"
done
python3 "$score" "$tmp/spun.txt" "$tmp/original.txt" "$tmp/out.txt" --json >"$tmp/script.json"
# shellcheck disable=SC2086
"$unspin" eval --json $flags --spun "$source_dir/corpus/news" --original "$source_dir/corpus/news" \
  >"$tmp/eval.json" 2>/dev/null
python3 - "$tmp/script.json" "$tmp/eval.json" <<'PY'
import json, sys
script = json.load(open(sys.argv[1]))
total = json.load(open(sys.argv[2]))["total"]
failed = False
for key in ("precision", "recall", "error_reduction"):
    a, b = round(script[key], 3), round(total[key], 3)
    print(f"{key}: score.py {a:.3f}, unspin eval {b:.3f}")
    failed |= a != b
for key in ("needed", "fixed", "partial", "wrong", "missed"):
    print(f"{key}: score.py {script[key]}, unspin eval {total[key]}")
sys.exit(1 if failed else 0)
PY
