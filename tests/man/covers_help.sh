#!/bin/sh
# Every option that `unspin --help` (and each subcommand's --help) lists must
# be in the manual page, and so must every subcommand.
#   tests/man/covers_help.sh UNSPIN MANPAGE
set -eu
unspin=$1 man=$2
# Options in roff are written \-\-name: drop the backslashes.
text=$(sed 's/\\//g' "$man")
missing=0
check() {  # check WHAT: is WHAT (an option or command) in the page?
  if ! printf '%s\n' "$text" | grep -qF -e "$1"; then
    echo "man page lacks $1 (in: unspin $2 --help)"
    missing=$((missing + 1))
  fi
}
for sub in "" "review" "rules test" "rules import" "rules list" "vocab build" "lm build" \
           "lexicon build" "lexicon lookup" \
           $( "$unspin" --help | sed -n '/^Subcommands:/,$p' | awk 'NR>1 && $1 !~ /^(review|rules|vocab|lm|lexicon)$/ {print $1}'); do
  # shellcheck disable=SC2086
  for option in $("$unspin" $sub --help | grep -oE -- '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' |
                  sed 's/^[ ,]//' | sort -u); do
    check "$option" "$sub"
  done
  [ -z "$sub" ] || check "$sub" "$sub"
done
if [ "$missing" -ne 0 ]; then
  echo "covers_help: $missing missing"
  exit 1
fi
echo "covers_help: every option of every --help is in $(basename "$man")"
