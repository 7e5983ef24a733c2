#!/bin/sh
# Installs unspin and checks the installed copy works with no flags and no
# environment: it finds its rules, dictionaries and vocabulary, restores the
# bundled example, has its manual page and bash completion.
#
#   scripts/test-install.sh [BUILD_DIR]         cmake --install into a temporary prefix
#   scripts/test-install.sh --deb [BUILD_DIR]   also build the .deb with CPack, install it
#                                               with apt-get (needs root), check it, remove it
set -eu
deb=0
if [ "${1:-}" = "--deb" ]; then deb=1; shift; fi
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "test-install: FAIL: $*"; failures=$((failures + 1)); }

check_installed() {  # check_installed PREFIX: the installed copy works
  prefix=$1
  # A clean environment: no UNSPIN_DATA_DIR, not run from the build tree.
  run() { env -i HOME="$tmp" PATH="$prefix/bin:/usr/bin:/bin" "$@"; }
  run unspin --version | grep -q "^unspin " || fail "$prefix: unspin --version"
  example=$prefix/share/doc/unspin/examples/politics_budget.spun.txt
  run unspin --spell=off "$example" >"$tmp/restored.txt" 2>"$tmp/err.txt" ||
    fail "$prefix: restoring the example: $(cat "$tmp/err.txt")"
  cmp -s "$tmp/restored.txt" "$prefix/share/doc/unspin/examples/politics_budget.unspin.txt" ||
    fail "$prefix: the example's restoration differs from the expected one"
  run unspin rules list | grep -q "^science: " || fail "$prefix: rules list lacks the science pack"
  printf 'We used an irregular woodland and counterfeit consciousness.\n' |
    run unspin --pack science --spell=report >/dev/null 2>"$tmp/err.txt" ||
    fail "$prefix: --pack science with the spell stage: $(cat "$tmp/err.txt")"
  # The candidate lexicon, where the build compiled one.
  if [ -s "$build/data/dictionaries/lexicon.bin" ]; then
    run unspin lexicon lookup --limit 1 mentioned >"$tmp/lookup.txt" 2>"$tmp/err.txt" ||
      fail "$prefix: lexicon lookup: $(cat "$tmp/err.txt")"
    grep -q "^mentioned: [1-9]" "$tmp/lookup.txt" || fail "$prefix: the lexicon proposes nothing for 'mentioned'"
  fi
  [ -s "$prefix/share/man/man1/unspin.1" ] || fail "$prefix: no manual page"
  # The page names this prefix's data, not /usr/share's (roff writes - as \-).
  sed 's/\\//g' "$prefix/share/man/man1/unspin.1" | grep -qF "$prefix/share/unspin/rules/" ||
    fail "$prefix: the manual page does not name $prefix/share/unspin/rules/"
  completion=$prefix/share/bash-completion/completions/unspin
  [ -s "$completion" ] || fail "$prefix: no bash completion"
  got=$(run bash -c ". '$completion'; COMP_WORDS=(unspin --pa); COMP_CWORD=1; _unspin; \
    echo \"\${COMPREPLY[*]}\"")
  [ "$got" = "--pack" ] || fail "$prefix: completing --pa gave '$got'"
  got=$(run bash -c ". '$completion'; COMP_WORDS=(unspin --pack sc); COMP_CWORD=2; _unspin; \
    echo \"\${COMPREPLY[*]}\"")
  [ "$got" = "science" ] || fail "$prefix: completing a pack name gave '$got'"
  got=$(run bash -c ". '$completion'; COMP_WORDS=(unspin --format l); COMP_CWORD=2; _unspin; \
    echo \"\${COMPREPLY[*]}\"")
  [ "$got" = "lint" ] || fail "$prefix: completing an output format gave '$got'"
  got=$(run bash -c ". '$completion'; COMP_WORDS=(unspin rules import --format s); COMP_CWORD=4; \
    _unspin; echo \"\${COMPREPLY[*]}\"")
  [ "$got" = "spintax" ] || fail "$prefix: completing an import format gave '$got'"
  got=$(run bash -c ". '$completion'; COMP_WORDS=(unspin --color=ne); COMP_CWORD=1; _unspin; \
    echo \"\${COMPREPLY[*]}\"")
  [ "$got" = "--color=never" ] || fail "$prefix: completing --color= gave '$got'"
  # The Python module, when it was built: imports from PREFIX, finds PREFIX's data.
  for package in "$prefix"/lib/python3*/dist-packages/unspin; do
    [ -d "$package" ] || continue
    got=$(run /usr/bin/python3 -c "import sys; sys.path.insert(0, '${package%/unspin}')
import unspin; print(unspin.data_dir()); print(unspin.Restorer().restore('a satellite tv for pc').text)")
    [ "$got" = "$(printf '%s\n%s' "$prefix/share/unspin" "a satellite")" ] ||
      fail "$prefix: the Python module gave '$got'"
    echo "test-install: $prefix: the Python module finds its data"
  done
  echo "test-install: $prefix: installed copy works"
}

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
check_installed "$tmp/prefix"

if [ "$deb" -eq 1 ]; then
  # CPack's dependency list comes from dpkg-shlibdeps (dpkg-dev).
  "$here/scripts/install-packages.sh" dpkg-dev
  (cd "$build" && cpack -G DEB -B "$tmp/package" >/dev/null)
  package=$(ls "$tmp"/package/unspin_*.deb)
  echo "test-install: built $(basename "$package"): $(dpkg-deb -f "$package" Depends)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "test-install: not root: the .deb is built but not installed"
  else
    cp "$package" "$tmp/unspin.deb"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tmp/unspin.deb" >/dev/null
    check_installed /usr
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq unspin >/dev/null
    [ ! -e /usr/bin/unspin ] || fail "apt-get remove left /usr/bin/unspin"
  fi
fi
[ "$failures" -eq 0 ] || exit 1
echo "test-install: all checks passed"
