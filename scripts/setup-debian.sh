#!/bin/sh
# Installs what unspin needs on a bare Debian 12 machine and builds a Release
# binary at build/unspin. Run from anywhere; needs root or sudo for apt-get.
set -eu
cd "$(dirname "$0")/.."

packages="cmake g++ make pkg-config python3 patch
  libicu-dev libre2-dev libhunspell-dev hunspell-en-us
  libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev nlohmann-json3-dev"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  as_root apt-get update -qq
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$(nproc)"
