// How often the candidate lexicon holds the original of a spinner's swap:
// the substitutions of original/spun pairs (NAME.original.txt with
// NAME.spun.txt, aligned as `unspin learn` aligns them), and for each the
// share whose original is among the candidates of the spun wording, by
// source and with or without lemmatisation. Prints a Markdown table.
//
//   build/unspin_lexicon_coverage LEXICON PAIRS_DIR [VOCAB [--misses]]
// --misses also lists the single-word swaps whose original is missed
// (all sources, lemmatised), for looking into why.
// (bench/lexicon-coverage.sh runs it on corpus/news.)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "learn/substitutions.h"
#include "lexicon/lexicon.h"

namespace {

using namespace unspin;
namespace fs = std::filesystem;

std::string Read(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

struct Swap {
  std::string spun, original;
  bool single = false;  // one word on each side
};

struct Config {
  const char* name;
  SourceMask exclude;
  bool lemmatise;
};

double Percent(size_t part, size_t whole) { return whole == 0 ? 0 : 100.0 * part / whole; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s LEXICON PAIRS_DIR [VOCAB [--misses]]\n", argv[0]);
    return 2;
  }
  StatusOr<std::shared_ptr<const Lexicon>> opened = Lexicon::Open(argv[1]);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().message().c_str());
    return 2;
  }
  const Lexicon& lexicon = *opened.value();
  std::shared_ptr<const Vocabulary> vocabulary;
  if (argc > 3) {
    StatusOr<std::shared_ptr<const Vocabulary>> v = Vocabulary::Open(argv[3]);
    if (v.ok()) vocabulary = v.value();
  }
  std::vector<fs::path> originals;
  for (const auto& file : fs::directory_iterator(argv[2])) {
    if (file.path().string().ends_with(".original.txt")) originals.push_back(file.path());
  }
  std::sort(originals.begin(), originals.end());
  std::vector<Swap> swaps;
  std::vector<size_t> per_word;  // candidates of each word token of the spun texts with any
  for (const fs::path& original : originals) {
    std::string name = original.string();
    const fs::path spun = name.substr(0, name.size() - 13) + ".spun.txt";
    if (!fs::exists(spun)) continue;
    ExtractOptions options;
    options.vocabulary = vocabulary.get();
    const AlignedPair pair = AlignPair(Read(spun), Read(original), options);
    for (const Substitution& s : pair.substitutions) {
      swaps.push_back({PhraseKey(pair.spun_tokens, s.spun_begin, s.spun_end),
                       PhraseKey(pair.original_tokens, s.original_begin, s.original_end),
                       s.spun_end - s.spun_begin == 1 && s.original_end - s.original_begin == 1});
    }
    for (const Token& token : pair.spun_tokens) {
      if (token.kind != TokenKind::kWord) continue;
      const size_t count = lexicon.Lookup(token.key).size();
      if (count > 0) per_word.push_back(count);
    }
  }
  const Config configs[] = {
      {"all sources", 0, true},
      {"all sources, no lemmatisation", 0, false},
      {"without WordNet", kSourceWordNet, true},
      {"without mythes", kSourceMythes, true},
      {"without Moby", kSourceMoby, true},
      {"WordNet only", kSourceMythes | kSourceMoby, true},
      {"mythes only", kSourceWordNet | kSourceMoby, true},
      {"Moby only", kSourceWordNet | kSourceMythes, true},
      {"WordNet only, no lemmatisation", kSourceMythes | kSourceMoby, false},
  };
  size_t singles = 0;
  for (const Swap& swap : swaps) singles += swap.single;
  const size_t multis = swaps.size() - singles;
  std::printf(
      "lexicon %s (sources %s, at most %u candidates per entry); %zu pairs in %s: "
      "%zu substitutions, %zu single-word, %zu multiword\n\n",
      argv[1], SourceList(lexicon.sources()).c_str(), lexicon.max_candidates(), originals.size(),
      argv[2], swaps.size(), singles, multis);
  std::printf(
      "| configuration | single-word found | multiword found | mean candidates "
      "(single) | median |\n|---|---:|---:|---:|---:|\n");
  for (const Config& config : configs) {
    size_t single_hits = 0, multi_hits = 0;
    std::vector<size_t> sizes;
    for (const Swap& swap : swaps) {
      const std::vector<LexiconCandidate> candidates =
          config.lemmatise ? lexicon.Lookup(swap.spun, config.exclude)
                           : lexicon.LookupExact(swap.spun, config.exclude);
      const bool hit =
          std::any_of(candidates.begin(), candidates.end(),
                      [&](const LexiconCandidate& c) { return c.text == swap.original; });
      (swap.single ? single_hits : multi_hits) += hit;
      if (swap.single) sizes.push_back(candidates.size());
    }
    std::sort(sizes.begin(), sizes.end());
    double mean = 0;
    for (size_t size : sizes) mean += static_cast<double>(size);
    mean = sizes.empty() ? 0 : mean / static_cast<double>(sizes.size());
    std::printf("| %s | %.1f %% (%zu/%zu) | %.1f %% (%zu/%zu) | %.1f | %zu |\n", config.name,
                Percent(single_hits, singles), single_hits, singles, Percent(multi_hits, multis),
                multi_hits, multis, mean, sizes.empty() ? size_t{0} : sizes[sizes.size() / 2]);
  }
  if (argc > 4 && std::string_view(argv[4]) == "--misses") {
    std::printf("\nSingle-word swaps whose original is not a candidate (spun -> original):\n");
    for (const Swap& swap : swaps) {
      if (!swap.single) continue;
      const std::vector<LexiconCandidate> candidates = lexicon.Lookup(swap.spun);
      if (std::none_of(candidates.begin(), candidates.end(),
                       [&](const LexiconCandidate& c) { return c.text == swap.original; })) {
        std::printf("  %s -> %s\n", swap.spun.c_str(), swap.original.c_str());
      }
    }
  }
  std::sort(per_word.begin(), per_word.end());
  double mean = 0;
  for (size_t size : per_word) mean += static_cast<double>(size);
  std::printf(
      "\nEvery word token of the spun texts: %zu have candidates; mean %.1f, median %zu "
      "candidates each (all sources, lemmatised).\n",
      per_word.size(), per_word.empty() ? 0 : mean / static_cast<double>(per_word.size()),
      per_word.empty() ? size_t{0} : per_word[per_word.size() / 2]);
  return 0;
}
