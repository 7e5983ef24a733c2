#!/bin/sh
# Runs `unspin rules test` on the science pack with the science word list.
#
# Usage: scripts/science/check-pack.sh [UNSPIN] [PACK]
#   UNSPIN defaults to build/unspin, PACK to rules/science; SCIENCE_WORDS
#   overrides the word list (dictionaries/science-words.txt).
#
# `rules test` checks restorations against the plain Hunspell dictionary (it
# has no --dict option), so this script gives it a private copy of the
# en_US dictionary with dictionaries/science-words.txt added, through
# $DICPATH. With --filter (first argument), it also removes the lines an
# engine without document conditions rejects: the if-document: and
# unless-document: lines, and the keep: sentences of rules with an
# unless-document: line (they hold only with the condition):
#
#   scripts/science/check-pack.sh --filter /tmp/unspin-copy
#
# Exit status: that of `unspin rules test` (0: every example passes).
set -eu
cd "$(dirname "$0")/../.."

filter=no
if [ "${1:-}" = "--filter" ]; then
  filter=yes
  shift
fi
unspin=${1:-build/unspin}
pack=${2:-rules/science}
words=${SCIENCE_WORDS:-dictionaries/science-words.txt}
lang=${UNSPIN_HUNSPELL_DICT:-en_US}

dict_dir=
for dir in ${DICPATH:-} /usr/share/hunspell /usr/share/myspell/dicts; do
  if [ -r "$dir/$lang.aff" ] && [ -r "$dir/$lang.dic" ]; then
    dict_dir=$dir
    break
  fi
done
if [ -z "$dict_dir" ]; then
  echo "check-pack: no Hunspell dictionary $lang (apt-get install hunspell-en-us)" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# The dictionary plus the word list: .dic files start with a word count.
cp "$dict_dir/$lang.aff" "$tmp/$lang.aff"
grep -v '^#' "$words" | sed '/^$/d' > "$tmp/extra"
{
  echo $(( $(head -n 1 "$dict_dir/$lang.dic" | tr -cd '0-9') + $(wc -l < "$tmp/extra") ))
  tail -n +2 "$dict_dir/$lang.dic"
  cat "$tmp/extra"
} > "$tmp/$lang.dic"

if [ "$filter" = yes ]; then
  mkdir "$tmp/pack"
  for file in "$pack"/*.rules; do
    awk '
      # A line indented deeper than a field continues it: it goes with it.
      function flush() {
        for (i = 1; i <= n; i++) {
          if (lines[i] !~ /^   /) drop = skip_keep && lines[i] ~ /^  keep:/
          if (!drop) print lines[i]
        }
        n = 0; skip_keep = 0
      }
      /^rule / { flush() }
      /^  unless-document:/ { skip_keep = 1; skipping = 1; next }
      /^  if-document:/ { skipping = 1; next }
      /^   / && skipping { next }
      { skipping = 0; lines[++n] = $0 }
      END { flush() }
    ' "$file" > "$tmp/pack/$(basename "$file")"
  done
  pack=$tmp/pack
fi

status=0
DICPATH=$tmp "$unspin" rules test --lang "$lang" "$pack" || status=$?
exit $status
