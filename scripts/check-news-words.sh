#!/bin/sh
# Re-verifies dictionaries/news-words.txt against the installed Hunspell
# dictionary. Every word in the list should be one that the stock dictionary
# rejects; a word Hunspell now accepts is redundant and is printed on stdout,
# one per line, so it can be deleted from the list. A summary goes to stderr.
#
# Usage: scripts/check-news-words.sh [LIST]
#   LIST defaults to dictionaries/news-words.txt.
#   UNSPIN_HUNSPELL_DICT picks the dictionary (default en_US; a path such as
#   /usr/share/hunspell/en_US also works).
#
# Exits 0 after a check, whether or not redundant words were found. Exits 2
# if the check cannot run (no hunspell command, no dictionary, no list).
# Needs the `hunspell` command: apt-get install -y hunspell hunspell-en-us
set -eu
cd "$(dirname "$0")/.."

list=${1:-dictionaries/news-words.txt}
dict=${UNSPIN_HUNSPELL_DICT:-en_US}

if ! command -v hunspell >/dev/null 2>&1; then
  echo "check-news-words: the hunspell command is missing (apt-get install -y hunspell)" >&2
  exit 2
fi
if [ ! -r "$list" ]; then
  echo "check-news-words: cannot read $list" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# Words of the list: no comments, no blank lines, surrounding spaces removed.
sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^#/d' -e '/^$/d' "$list" \
  | LC_ALL=C sort -u > "$tmp/words"

# `hunspell -l` prints the rejected words. Check that the dictionary loads at
# all, since a missing dictionary would make every word look accepted.
if ! echo zzxqv | hunspell -d "$dict" -i utf-8 -l > "$tmp/probe" 2>"$tmp/err" \
    || ! grep -qx zzxqv "$tmp/probe"; then
  echo "check-news-words: hunspell cannot use dictionary '$dict':" >&2
  cat "$tmp/err" >&2
  exit 2
fi
hunspell -d "$dict" -i utf-8 -l < "$tmp/words" | LC_ALL=C sort -u > "$tmp/rejected"

# Accepted = listed but not rejected: redundant entries.
LC_ALL=C comm -23 "$tmp/words" "$tmp/rejected" > "$tmp/redundant"
cat "$tmp/redundant"

total=$(wc -l < "$tmp/words" | tr -d ' ')
redundant=$(wc -l < "$tmp/redundant" | tr -d ' ')
dups=$(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^#/d' -e '/^$/d' "$list" \
  | LC_ALL=C sort | uniq -d | wc -l | tr -d ' ')
echo "check-news-words: $total words in $list, $redundant now accepted by Hunspell ($dict) and redundant, $dups duplicated" >&2
exit 0
