#!/bin/sh
# Installs unspin from a build tree into a temporary prefix, then builds a
# small program (consumer/main.cc) against the installed library, once with
# find_package(unspin) and once with pkg-config, and runs each on a spun
# sentence in a clean environment: the library restores it with the data it
# finds under the prefix.
#
#   tests/library/installed_library.sh SOURCE_DIR BUILD_DIR
set -eu
source=$1
build=$2
tmp=$(mktemp -d /tmp/unspin-library.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
fail=0

cmake --install "$build" --prefix "$prefix" >/dev/null
sentence="The ruling celebration met on Tuesday to buy a satellite tv for pc."
expected="The ruling party met on Tuesday to buy a satellite.
$prefix/share/unspin"

check() {  # check NAME PROGRAM
  # No UNSPIN_DATA_DIR, not run from the build tree.
  if ! got=$(env -i HOME="$tmp" PATH=/usr/bin:/bin "$2" "$sentence" 2>"$tmp/err"); then
    echo "installed_library: FAIL: $1: $(cat "$tmp/err")"
    fail=1
    return
  fi
  if [ "$(printf '%s\n' "$got" | head -n 2)" != "$expected" ]; then
    printf 'installed_library: FAIL: %s printed\n%s\nnot\n%s\n' "$1" "$got" "$expected"
    fail=1
    return
  fi
  printf 'installed_library: %s:\n%s\n' "$1" "$got"
}

# find_package(unspin), with the prefix as the only hint.
cmake -S "$source/tests/library/consumer" -B "$tmp/cmake" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" >"$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
cmake --build "$tmp/cmake" >"$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
check find_package "$tmp/cmake/restore_sentence"

# pkg-config: the flags unspin.pc gives, and nothing else.
pc_dir=$(dirname "$(find "$prefix" -name unspin.pc)")
flags=$(PKG_CONFIG_PATH="$pc_dir" pkg-config --cflags --libs unspin)
libdir=$(PKG_CONFIG_PATH="$pc_dir" pkg-config --variable=libdir unspin)
# shellcheck disable=SC2086 # the flags are words
c++ -std=c++17 -o "$tmp/pkg-config-program" "$source/tests/library/consumer/main.cc" $flags \
  -Wl,-rpath,"$libdir"
check pkg-config "$tmp/pkg-config-program"

exit "$fail"
