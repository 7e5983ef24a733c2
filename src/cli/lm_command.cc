// `unspin lm build (--arpa FILE | --sphinx FILE) -o FILE`: a backoff
// language model in unspin's mapped format (vocab/backoff_model.h).
// `unspin lm score [PHRASE...]`: how common words and phrases are, for
// people writing rules (rules/README.md, outside-context:).
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "api/defaults.h"
#include "tokenize/tokenizer.h"
#include "vocab/context_scorer.h"

#include "base/atomic_write.h"
#include "cli/commands.h"
#include "vocab/arpa_reader.h"
#include "vocab/backoff_model.h"
#include "vocab/backoff_model_writer.h"
#include "vocab/sphinx_trie_reader.h"

namespace unspin {

int RunLmBuild(const LmBuildOptions& options) {
  if (options.arpa.empty() == options.sphinx.empty()) {
    return ReportError("lm build: give the model to convert with --arpa FILE or --sphinx FILE");
  }
  StatusOr<BackoffModelSource> source =
      options.arpa.empty() ? ReadSphinxTrieFile(options.sphinx) : ReadArpaFile(options.arpa);
  if (!source.ok()) return ReportError(source.status().message());
  const std::string bytes = SerializeBackoffModel(source.value(), options.number_word);
  if (Status written = WriteFileAtomically(options.output, bytes); !written.ok()) {
    return ReportError(written.message());
  }
  StatusOr<std::shared_ptr<const BackoffModel>> check = BackoffModel::Open(options.output);
  if (!check.ok()) return ReportError(check.status().message());
  const BackoffModel& model = *check.value();
  std::fprintf(stderr,
               "unspin: wrote %s: %u words; %llu unigrams, %llu bigrams, %llu trigrams; "
               "%zu bytes\n",
               options.output.c_str(), model.word_count(),
               static_cast<unsigned long long>(model.entries(1)),
               static_cast<unsigned long long>(model.entries(2)),
               static_cast<unsigned long long>(model.entries(3)), model.size_bytes());
  return 0;
}

namespace {

// log10 P(phrase) with no context outside it: each word given the words of
// the phrase before it. Sets `unknown` when a word is not in the model.
double PhraseLogProbability(const BackoffModel& model, Tokenizer& tokenizer,
                            std::string_view phrase, bool& unknown) {
  std::vector<std::string> words;
  for (const Token& token : tokenizer.Tokenize(phrase)) {
    if (!token.key.empty()) words.emplace_back(VocabularyKey(token));
  }
  double total = 0;
  unknown = words.empty();
  for (size_t i = 0; i < words.size(); ++i) {
    unknown = unknown || !model.Contains(words[i]);
    total += model.LogScore(i >= 2 ? words[i - 2] : "", i >= 1 ? words[i - 1] : "", words[i]);
  }
  return total;
}

}  // namespace

int RunLmScore(const LmScoreOptions& options) {
  const std::string path = options.model.empty() ? DefaultBackoffModel() : options.model;
  if (path.empty()) {
    return ReportError("lm score: no language model installed (en-us.lm); give one with --model");
  }
  StatusOr<std::shared_ptr<const BackoffModel>> model = BackoffModel::Open(path);
  if (!model.ok()) return ReportError(model.status().message());
  Tokenizer tokenizer;
  auto print = [&](const std::string& phrase) {
    bool unknown = false;
    const double score = PhraseLogProbability(*model.value(), tokenizer, phrase, unknown);
    std::printf("%.3f\t%s%s\n", score, phrase.c_str(), unknown ? "\t(not in the model)" : "");
  };
  if (!options.phrases.empty()) {
    for (const std::string& phrase : options.phrases) print(phrase);
    return 0;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty()) print(line);
  }
  return 0;
}

}  // namespace unspin
