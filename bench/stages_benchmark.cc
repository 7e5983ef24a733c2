// Google Benchmark micro-benchmarks of the pipeline's stages, on text the
// benchmark generates from the project's own clean corpus.
//
//   build/unspin_benchmarks                       # all
//   build/unspin_benchmarks --benchmark_filter=Spell
//
// Throughput is reported as bytes_per_second (MB/s in the output).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <random>

#include "pipeline/restorer.h"
#include "rules/matcher.h"
#include "rules/rule_parser.h"
#include "spell/hunspell_checker.h"
#include "tokenize/annotations.h"
#include "tokenize/tokenizer.h"
#include "vocab/vocabulary.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

std::string SourcePath(const std::string& relative) {
  return std::string(UNSPIN_SOURCE_DIR) + "/" + relative;
}

// About 1 MB of clean English: the project's clean corpus, repeated.
const std::string& CleanText() {
  static const std::string text = [] {
    std::string corpus;
    for (const auto& entry : fs::directory_iterator(SourcePath("corpus/clean"))) {
      std::ifstream file(entry.path(), std::ios::binary);
      std::ostringstream contents;
      contents << file.rdbuf();
      corpus += contents.str() + "\n";
    }
    std::string text;
    while (text.size() < (1 << 20)) text += corpus;
    return text;
  }();
  return text;
}

RestorerOptions DefaultOptions() {
  RestorerOptions options;
  options.rule_paths = {SourcePath("rules/news")};
  options.inflection_table_path = SourcePath("dictionaries/english-inflections.tsv");
  options.vocabulary_path = SourcePath("dictionaries/english.vocab");
  options.min_confidence = 0;
  return options;
}

void BM_VocabularyOpen(benchmark::State& state) {
  for (auto _ : state) {
    auto vocabulary = Vocabulary::Open(SourcePath("dictionaries/english.vocab"));
    benchmark::DoNotOptimize(vocabulary.ok());
  }
}
BENCHMARK(BM_VocabularyOpen)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  Tokenizer tokenizer;
  for (auto _ : state) benchmark::DoNotOptimize(tokenizer.Tokenize(CleanText()).size());
  state.SetBytesProcessed(state.iterations() * CleanText().size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void RestoreWith(benchmark::State& state, RestorerOptions options) {
  auto restorer = Restorer::Create(options);
  if (!restorer.ok()) {
    state.SkipWithError(restorer.status().message().c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize((*restorer)->Restore(CleanText()).edits.size());
  state.SetBytesProcessed(state.iterations() * CleanText().size());
}

// Rules only: matching and resolution, no scoring, no spell stage.
void BM_RestoreRulesOnly(benchmark::State& state) {
  RestorerOptions options = DefaultOptions();
  options.vocabulary_path.clear();
  options.min_confidence = 0.5;
  RestoreWith(state, options);
}
BENCHMARK(BM_RestoreRulesOnly)->Unit(benchmark::kMillisecond);

// The default: rules scored in context with the shipped vocabulary.
void BM_RestoreWithContextScoring(benchmark::State& state) {
  RestoreWith(state, DefaultOptions());
}
BENCHMARK(BM_RestoreWithContextScoring)->Unit(benchmark::kMillisecond);

// The spell stage in report mode on top of the default.
void BM_RestoreWithSpellReport(benchmark::State& state) {
  RestorerOptions options = DefaultOptions();
  options.spell_mode = SpellMode::kReport;
  auto files = FindHunspellDictionary("en_US");
  if (!files.ok()) {
    state.SkipWithError(files.status().message().c_str());
    return;
  }
  options.dictionary = files.value();
  options.dictionary.word_lists = {SourcePath("dictionaries/news-words.txt")};
  RestoreWith(state, options);
}
BENCHMARK(BM_RestoreWithSpellReport)->Unit(benchmark::kMillisecond);

// Matching cost against the number of rules. Synthetic phrases start with a
// word of the text (so the trie is entered at every such token) and go on
// with a word that never occurs, as most rules' phrases do not match most
// places; plus the same ten real phrases in every set, so there are
// matches to find and the same work per match.
void BM_MatchRules(benchmark::State& state) {
  const size_t count = static_cast<size_t>(state.range(0));
  std::vector<std::string> words;
  {
    Tokenizer tokenizer;
    for (const Token& token : tokenizer.Tokenize(CleanText().substr(0, 200000))) {
      if (token.kind == TokenKind::kWord) words.push_back(token.key);
    }
  }
  std::mt19937 random(1);
  std::string rules_text;
  for (size_t r = 0; r < count; ++r) {
    std::string phrase = words[random() % words.size()];
    if (r < 10) {
      phrase += " " + words[random() % words.size()];
    } else {
      phrase += " zq" + std::to_string(r);
    }
    rules_text += "rule r" + std::to_string(r) + "\n  spun: " + phrase + "\n  restore: x" +
                  std::to_string(r) + "\n";
  }
  ParsedRuleFile parsed = ParseRuleFile(rules_text, "synthetic.rules");
  StatusOr<RuleSet> rules = RuleSet::Compile(std::move(parsed.rules), Inflector());
  if (!rules.ok()) {
    state.SkipWithError(rules.status().message().c_str());
    return;
  }
  Tokenizer tokenizer;
  const Tokens tokens = tokenizer.Tokenize(CleanText());
  const std::vector<TokenAnnotation> annotations = Annotate(CleanText(), tokens);
  const TokenizedText document{CleanText(), tokens, annotations};
  MatchOptions options;
  size_t found = 0;
  for (auto _ : state) found = FindCandidates(*rules, document, options).size();
  state.counters["candidates"] = static_cast<double>(found);
  state.SetBytesProcessed(state.iterations() * CleanText().size());
}
BENCHMARK(BM_MatchRules)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace unspin

BENCHMARK_MAIN();
