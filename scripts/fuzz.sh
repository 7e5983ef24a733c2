#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and
# runs each for FUZZ_SECONDS (default 60) from its seed corpus in
# tests/fuzz/<target>/. Any crash, leak or undefined behaviour fails the run;
# the input that caused it is left in build-fuzz/ (crash-*) to become a
# regression test. Needs clang and libclang-rt-14-dev (installed here when
# missing).
set -eu
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
scripts/install-packages.sh clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DUNSPIN_BUILD_FUZZERS=ON -DUNSPIN_BUILD_TESTS=OFF -DUNSPIN_BUILD_BENCHMARKS=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all"
cmake --build build-fuzz -j "$(nproc)" --target \
  rule_parser_fuzzer restore_fuzzer jsonl_fuzzer vocabulary_fuzzer html_fuzzer
for target in rule_parser restore jsonl vocabulary html; do
  echo "fuzzing $target for ${seconds}s"
  work=build-fuzz/corpus-$target
  mkdir -p "$work"
  log=build-fuzz/$target.log
  status=0
  (cd build-fuzz && ./tests/fuzz/${target}_fuzzer -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "../$work" "../tests/fuzz/$target") >"$log" 2>&1 || status=$?
  grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$log"
    echo "fuzz: $target failed (exit $status); the input is in build-fuzz/crash-* or leak-*" >&2
    exit 1
  fi
done
echo "fuzz: all targets ran ${seconds}s each without a crash, leak or undefined behaviour"
