#!/bin/sh
# Checks that a rewrite of the rule packs (word lists, continued lines,
# reformatting) changed no rule: compares the packs of a git revision with
# those of the working tree.
#
# Usage: scripts/same-rules.sh [REV] [BUILD_DIR]   (default: where HEAD left main; build)
#
#  1. Every rule, field by field, as the engine loads it (lists expanded,
#     continued lines joined; tests/tools/rule_dump.cc): the dumps must be
#     identical.
#  2. End to end: the corpus (corpus/**.txt) and the seed article
#     (../shared/eval/seed, when present) restored with each pack of both
#     revisions, with the shipped vocabulary and with every rule applied
#     (--no-vocab --min-confidence 0), as word diffs: identical bytes.
#
# Needs BUILD_DIR/unspin and BUILD_DIR/tests/unspin_rule_dump. A pack only
# in the working tree is reported and not compared. Exit status: 0 when
# everything is the same, 1 when something differs (the first lines of the
# difference are printed).
set -eu
cd "$(dirname "$0")/.."
rev=${1:-$(git merge-base HEAD main)}
build=${2:-build}
unspin=$build/unspin
dump=$build/tests/unspin_rule_dump
for tool in "$unspin" "$dump"; do
  [ -x "$tool" ] || { echo "same-rules: $tool not built" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
git archive "$rev" rules | tar -x -C "$tmp"
mv "$tmp/rules" "$tmp/old"

inputs=$(find corpus -name '*.txt' | sort)
if [ -f ../shared/eval/seed/spun.txt ]; then inputs="$inputs ../shared/eval/seed/spun.txt"; fi

status=0
same() {  # WHAT OLD NEW
  if cmp -s "$2" "$3"; then
    echo "same-rules: $1: the same ($(wc -l < "$3") lines)"
  else
    echo "same-rules: $1: DIFFERENT" >&2
    diff "$2" "$3" | head -n 20 >&2
    status=1
  fi
}

for pack in rules/*/; do
  name=$(basename "$pack")
  if [ ! -d "$tmp/old/$name" ]; then
    echo "same-rules: $name: not in $rev, not compared"
    continue
  fi
  "$dump" "$tmp/old/$name" > "$tmp/old.dump"
  "$dump" "rules/$name" > "$tmp/new.dump"
  same "$name: rules ($(grep -c '^rule ' "$tmp/new.dump"))" "$tmp/old.dump" "$tmp/new.dump"
  words=
  [ -f "dictionaries/$name-words.txt" ] && words="--dict dictionaries/$name-words.txt"
  for mode in scored every-rule; do
    flags="--spell=off --word-diff $words"
    [ "$mode" = every-rule ] && flags="$flags --no-vocab --min-confidence 0"
    # shellcheck disable=SC2086
    "$unspin" $flags --rules "$tmp/old/$name" $inputs > "$tmp/old.out"
    # shellcheck disable=SC2086
    "$unspin" $flags --rules "rules/$name" $inputs > "$tmp/new.out"
    same "$name: restored corpus and seed, $mode ($(grep -o '{+' "$tmp/new.out" | wc -l) edits)" \
      "$tmp/old.out" "$tmp/new.out"
  done
done
exit $status
