#!/bin/sh
# Prints how often the candidate lexicon holds the original of the swaps in
# corpus/news (see bench/lexicon_coverage.cc). Needs the build tree's
# unspin_lexicon_coverage and data/dictionaries/lexicon.bin:
#   cmake --build build --target unspin_lexicon_coverage lexicon
#   bench/lexicon-coverage.sh [BUILD_DIR] [PAIRS_DIR] [--misses]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
pairs=${2:-$here/corpus/news}
exec "$build/unspin_lexicon_coverage" "$build/data/dictionaries/lexicon.bin" "$pairs" \
  "$here/dictionaries/english.vocab" ${3:-}
