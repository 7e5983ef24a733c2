// The cost of the candidate lexicon's calls, on the lexicon the build
// compiled (build/data/dictionaries/lexicon.bin; skipped when it was not built).
//
//   build/unspin_benchmarks --benchmark_filter=Lexicon
#include <benchmark/benchmark.h>

#include <array>
#include <filesystem>
#include <memory>
#include <string_view>

#include "lexicon/lexicon.h"

namespace unspin {
namespace {

std::shared_ptr<const Lexicon> OpenBuiltLexicon(benchmark::State& state) {
  if (!std::filesystem::exists(UNSPIN_LEXICON_FILE)) {
    state.SkipWithError("no build/data/dictionaries/lexicon.bin (build the 'lexicon' target)");
    return nullptr;
  }
  StatusOr<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Open(UNSPIN_LEXICON_FILE);
  if (!lexicon.ok()) {
    state.SkipWithError(lexicon.status().message().c_str());
    return nullptr;
  }
  return lexicon.value();
}

// Words of news text, inflected and not, with many candidates and few.
constexpr std::array<std::string_view, 16> kWords = {
    "said",    "mentioned", "party",     "government", "increase", "officials",
    "bigger",  "important", "took part", "economy",    "decided",  "quickly",
    "reports", "leaders",   "announced", "significant"};

void BM_LexiconOpen(benchmark::State& state) {
  if (!OpenBuiltLexicon(state)) return;
  for (auto _ : state) {
    auto lexicon = Lexicon::Open(UNSPIN_LEXICON_FILE);
    benchmark::DoNotOptimize(lexicon);
  }
}
BENCHMARK(BM_LexiconOpen)->Unit(benchmark::kMicrosecond);

// A lookup of a word with candidates, all sources.
void BM_LexiconLookupWord(benchmark::State& state) {
  const auto lexicon = OpenBuiltLexicon(state);
  if (!lexicon) return;
  size_t i = 0, candidates = 0;
  for (auto _ : state) {
    const auto found = lexicon->Lookup(kWords[i++ % kWords.size()]);
    candidates += found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.counters["candidates"] =
      benchmark::Counter(static_cast<double>(candidates), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_LexiconLookupWord)->Unit(benchmark::kMicrosecond);

// The same with Moby excluded (as an evaluation against a Moby spinner would).
void BM_LexiconLookupWordExcludingMoby(benchmark::State& state) {
  const auto lexicon = OpenBuiltLexicon(state);
  if (!lexicon) return;
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(lexicon->Lookup(kWords[i++ % kWords.size()], kSourceMoby).data());
  }
}
BENCHMARK(BM_LexiconLookupWordExcludingMoby)->Unit(benchmark::kMicrosecond);

// Most tokens of a text have no entry, or are function words.
void BM_LexiconLookupUnknown(benchmark::State& state) {
  const auto lexicon = OpenBuiltLexicon(state);
  if (!lexicon) return;
  for (auto _ : state) benchmark::DoNotOptimize(lexicon->Lookup("xylophonists'").data());
}
BENCHMARK(BM_LexiconLookupUnknown)->Unit(benchmark::kNanosecond);

void BM_LexiconHasLongerEntry(benchmark::State& state) {
  const auto lexicon = OpenBuiltLexicon(state);
  if (!lexicon) return;
  constexpr std::array<std::string_view, 4> kPrefixes = {"took", "the", "prime", "xylophone"};
  size_t i = 0;
  for (auto _ : state) {
    const std::string_view word = kPrefixes[i++ % kPrefixes.size()];
    benchmark::DoNotOptimize(lexicon->HasLongerEntry(std::span(&word, 1)));
  }
}
BENCHMARK(BM_LexiconHasLongerEntry)->Unit(benchmark::kNanosecond);

}  // namespace
}  // namespace unspin
