#!/bin/sh
# Installs what unspin needs on a bare Debian 12 machine and builds a Release
# binary at build/unspin. Run from anywhere; needs root or sudo for apt-get.
set -eu
cd "$(dirname "$0")/.."

packages="cmake g++ make pkg-config python3 patch git
  libicu-dev libre2-dev libhunspell-dev hunspell-en-us hunspell libgumbo-dev libmd4c-dev
  libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev nlohmann-json3-dev libdtl-dev
  libtomlplusplus-dev"
# The open thesauri the build compiles into the candidate lexicon
# (cmake/lexicon.cmake; dictionaries/README.md).
packages="$packages wordnet-base mythes-en-us libaiksaurus-1.2-data"
# The Python module, its Scrapy and Dask integrations, and the --jsonl
# streaming test (tests/python).
packages="$packages python3-dev pybind11-dev python3-pybind11 python3-scrapy
  python3-distributed python3-pandas parallel"
# numpy: scripts/mine/train-mine-model.py fits dictionaries/mine.model.
packages="$packages python3-numpy"
# The CMU Sphinx US English trigram model (BSD-2): the build converts it into
# build/data/dictionaries/en-us.lm, the backoff model scored beside the
# vocabulary (dictionaries/README.md). The build works without it.
packages="$packages pocketsphinx-en-us"

# The spinner simulator's thesauri (scripts/simulate; tests/simulate).
packages="$packages wordnet-base mythes-en-us libaiksaurus-1.2-data"

# shellcheck disable=SC2086
scripts/install-packages.sh $packages

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$(nproc)"
