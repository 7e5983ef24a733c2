#!/bin/sh
# Tests scripts/science/convert-tortured.py:
#  1. on the hand-written fixture (fixture.csv, fixture.json) against the
#     expected output in tests/science/expected/ (rules, README.md and
#     science-words.txt), and that a second run gives identical bytes;
#  2. that the committed pack rules/science/ and dictionaries/science-words.txt
#     are what the converter writes from the shared data in
#     SOURCE_DIR/../shared/data/tortured-phrases/.
#
# Usage: tests/science/test_convert.sh [SOURCE_DIR]   (default: this checkout)
#
# Exit status: 0 pass, 1 fail, 77 skipped (no python3, no hunspell with an
# en_US dictionary, or no shared data for step 2; step 1 still runs then).
#
# After a deliberate change to the converter, refresh the expected files with
#   scripts/science/convert-tortured.py --csv tests/science/fixture.csv \
#     --json tests/science/fixture.json --out tests/science/expected \
#     --words tests/science/expected/science-words.txt
# and the pack with scripts/science/convert-tortured.py; review the diffs.
set -eu
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
here=$src/tests/science
convert=$src/scripts/science/convert-tortured.py
data=$src/../shared/data/tortured-phrases

if ! command -v python3 >/dev/null 2>&1; then
  echo "test_convert: skipped: no python3" >&2
  exit 77
fi
if ! command -v hunspell >/dev/null 2>&1 \
    || ! echo zzxqvk | hunspell -d en_US -l 2>/dev/null | grep -qx zzxqvk; then
  echo "test_convert: skipped: no hunspell with an en_US dictionary" >&2
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
status=0

# 1. The fixture.
for run in a b; do
  python3 "$convert" --csv "$here/fixture.csv" --json "$here/fixture.json" \
    --out "$tmp/fixture-$run" --words "$tmp/fixture-$run/science-words.txt" 2>"$tmp/log" \
    || { cat "$tmp/log" >&2; echo "test_convert: FAIL: converter failed on the fixture" >&2; exit 1; }
done
if ! diff -ru "$here/expected" "$tmp/fixture-a"; then
  echo "test_convert: FAIL: fixture output differs from tests/science/expected" >&2
  status=1
fi
if ! diff -r "$tmp/fixture-a" "$tmp/fixture-b" >/dev/null; then
  echo "test_convert: FAIL: two runs on the fixture differ (output not deterministic)" >&2
  status=1
fi
[ $status -eq 0 ] && echo "test_convert: fixture OK"

# 2. The committed pack.
if [ ! -r "$data/pps_tortured_phrases.csv" ] || [ ! -r "$data/torturedcheck_pps_phrases.json" ]; then
  echo "test_convert: pack check skipped: no shared data in $data" >&2
  [ $status -eq 0 ] && exit 77
  exit $status
fi
python3 "$convert" --csv "$data/pps_tortured_phrases.csv" \
  --json "$data/torturedcheck_pps_phrases.json" \
  --out "$tmp/pack" --words "$tmp/science-words.txt" 2>"$tmp/log" \
  || { cat "$tmp/log" >&2; echo "test_convert: FAIL: converter failed on the shared data" >&2; exit 1; }
if ! diff -ru "$src/rules/science" "$tmp/pack" > "$tmp/pack.diff"; then
  head -n 60 "$tmp/pack.diff"
  echo "test_convert: FAIL: rules/science is not what the converter writes; re-run" \
    "scripts/science/convert-tortured.py" >&2
  status=1
fi
if ! diff -u "$src/dictionaries/science-words.txt" "$tmp/science-words.txt"; then
  echo "test_convert: FAIL: dictionaries/science-words.txt is out of date; re-run" \
    "scripts/science/convert-tortured.py" >&2
  status=1
fi
[ $status -eq 0 ] && echo "test_convert: pack OK"
exit $status
