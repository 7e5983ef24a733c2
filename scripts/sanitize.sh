#!/bin/sh
# Builds unspin with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-sanitize/ and runs every test under them (the quality check aside,
# which measures the same code more slowly). Any memory error, leak or
# undefined behaviour fails the run. Used by .ci/run; about 4 minutes on 2 cores.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DUNSPIN_BUILD_BENCHMARKS=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1"
cmake --build build-sanitize -j "$(nproc)"
# simulate.*: Python scripts, no C++ to sanitize (the plain build runs them).
# install.*: builds a program against the installed libunspin.so; a program
# built without the sanitizer cannot load an instrumented library (the ASan
# runtime must come first), and the plain build runs it.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-sanitize --output-on-failure -j "$(nproc)" -E '^(quality|simulate|install)'
