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

#include "decide/candidate_decision.h"
#include "decide/default_models.h"
#include "pipeline/restorer.h"
#include "render/json_report.h"
#include "render/unified_diff.h"
#include "render/word_diff.h"
#include "rules/matcher.h"
#include "rules/rule_parser.h"
#include "spell/hunspell_checker.h"
#include "tokenize/annotations.h"
#include "tokenize/tokenizer.h"
#include "vocab/backoff_model.h"
#include "vocab/vocabulary.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

std::string SourcePath(const std::string& relative) {
  return std::string(UNSPIN_SOURCE_DIR) + "/" + relative;
}

// About 1 MB of text: the files of `dir` whose names end in `suffix`, each
// its own paragraph, repeated.
std::string RepeatedCorpus(const std::string& dir, const std::string& suffix) {
  std::string corpus;
  for (const auto& entry : fs::directory_iterator(SourcePath(dir))) {
    if (!entry.path().string().ends_with(suffix)) continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::ostringstream contents;
    contents << file.rdbuf();
    corpus += contents.str() + "\n";
  }
  std::string text;
  while (text.size() < (1 << 20)) text += corpus;
  return text;
}

// Clean English: the project's clean corpus.
const std::string& CleanText() {
  static const std::string text = RepeatedCorpus("corpus/clean", ".txt");
  return text;
}

// Spun news, dense in candidates: what the scorer and the renderers work on.
const std::string& SpunText() {
  static const std::string text = RepeatedCorpus("corpus/news", ".spun.txt");
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
      if (token.kind == TokenKind::kWord) words.emplace_back(token.key);
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

// The context scorer alone: deciding every candidate of 1 MB of spun news
// (tokens, annotations and candidates made once, outside the timing). Arg
// 0: the vocabulary's model; 1: with the backoff model beside it (the
// build's en-us.lm).
void BM_ContextScorer(benchmark::State& state) {
  auto restorer = Restorer::Create(DefaultOptions());
  auto vocabulary = Vocabulary::Open(SourcePath("dictionaries/english.vocab"));
  if (!restorer.ok() || !vocabulary.ok()) {
    state.SkipWithError("cannot load the default rules or vocabulary");
    return;
  }
  std::shared_ptr<const BackoffModel> backoff;
  if (state.range(0) == 1) {
    auto opened = BackoffModel::Open(std::string(UNSPIN_BUILD_DIR) + "/data/dictionaries/en-us.lm");
    if (!opened.ok()) {
      state.SkipWithError(opened.status().message().c_str());
      return;
    }
    backoff = opened.value();
  }
  const RuleSet& rules = (*restorer)->rules();
  const LanguageModel model(vocabulary.value());
  Tokenizer tokenizer;
  const std::string& text = SpunText();
  const Tokens tokens = tokenizer.Tokenize(text);
  const std::vector<TokenAnnotation> annotations = Annotate(text, tokens);
  const TokenizedText document{text, tokens, annotations};
  MatchOptions match;
  match.min_confidence = 0;
  const std::vector<Candidate> candidates = FindCandidates(rules, document, match);
  const LinearModel decision = DefaultDecisionModel();
  DecisionModels models;
  models.counts = &model;
  models.backoff = backoff.get();
  models.decision = &decision;
  const VariantTable variants(rules);
  for (auto _ : state) {
    // One decider (and scorer) per document, as Restorer::Restore makes:
    // what it remembers must not carry over from one iteration to the next.
    DocumentDecider decider(variants, models, document);
    decider.AddRuleCandidates(candidates);
    std::vector<Candidate> kept;
    benchmark::DoNotOptimize(decider.Decide(kept).decisions.size());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
  state.counters["candidates"] = static_cast<double>(candidates.size());
}
BENCHMARK(BM_ContextScorer)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The renderers, on the restoration of 1 MB of spun news.
const Restoration& SpunRestoration(const Restorer& restorer) {
  static const Restoration restoration = restorer.Restore(SpunText());
  return restoration;
}

template <typename Render>
void RenderWith(benchmark::State& state, Render render) {
  auto restorer = Restorer::Create(DefaultOptions());
  if (!restorer.ok()) {
    state.SkipWithError(restorer.status().message().c_str());
    return;
  }
  const Restoration& restoration = SpunRestoration(**restorer);
  for (auto _ : state) benchmark::DoNotOptimize(render(**restorer, restoration).size());
  state.SetBytesProcessed(state.iterations() * SpunText().size());
  state.counters["edits"] = static_cast<double>(restoration.edits.size());
}

void BM_RenderUnifiedDiff(benchmark::State& state) {
  RenderWith(state, [](const Restorer&, const Restoration& r) {
    return UnifiedDiff(SpunText(), r.edits, "news.txt");
  });
}
BENCHMARK(BM_RenderUnifiedDiff)->Unit(benchmark::kMillisecond);

void BM_RenderWordDiff(benchmark::State& state) {
  RenderWith(state, [](const Restorer&, const Restoration& r) {
    return WordDiff(SpunText(), r.edits);
  });
}
BENCHMARK(BM_RenderWordDiff)->Unit(benchmark::kMillisecond);

void BM_RenderJson(benchmark::State& state) {
  RenderWith(state, [](const Restorer& restorer, const Restoration& r) {
    return RestorationJson(restorer.rules(), SpunText(), r, "news.txt");
  });
}
BENCHMARK(BM_RenderJson)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace unspin

BENCHMARK_MAIN();
