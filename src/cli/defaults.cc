#include "cli/defaults.h"

#include <cstdio>
#include <filesystem>

#include "cli/data_paths.h"

namespace unspin {

StatusOr<std::vector<std::string>> DefaultRulePaths() {
  const std::string data = FindDataDir();
  if (data.empty()) {
    return Status::Error(
        "cannot find unspin's rules: set UNSPIN_DATA_DIR to the directory that holds "
        "rules/, or pass --rules PATH");
  }
  return std::vector<std::string>{data + "/rules/news"};
}

std::string DefaultInflectionTable() {
  const std::string data = FindDataDir();
  const std::string path = data + "/dictionaries/english-inflections.tsv";
  std::error_code error;
  return !data.empty() && std::filesystem::exists(path, error) ? path : "";
}

std::string DefaultVocabulary() {
  const std::string data = FindDataDir();
  const std::string path = data + "/dictionaries/english.vocab";
  std::error_code error;
  return !data.empty() && std::filesystem::exists(path, error) ? path : "";
}

StatusOr<RestorerOptions> MakeRestorerOptions(const CommonOptions& common) {
  RestorerOptions options;
  options.inflection_table_path = DefaultInflectionTable();
  if (!common.no_vocabulary) {
    options.vocabulary_path = common.vocabulary.empty() ? DefaultVocabulary() : common.vocabulary;
  }
  options.min_confidence =
      common.min_confidence.value_or(options.vocabulary_path.empty() ? 0.5 : 0.0);
  options.decision.min_score = common.min_score;
  options.spell_mode = common.spell == "off"   ? SpellMode::kOff
                       : common.spell == "fix" ? SpellMode::kFix
                                               : SpellMode::kReport;
  options.suggest_mode = common.suggest == "full"  ? SuggestMode::kFull
                         : common.suggest == "off" ? SuggestMode::kOff
                                                   : SuggestMode::kFast;
  if (options.spell_mode != SpellMode::kOff) {
    StatusOr<DictionaryFiles> dictionary = FindHunspellDictionary(common.language);
    if (!dictionary.ok()) return dictionary.status();
    options.dictionary = dictionary.value();
    const std::string news_words = FindDataDir() + "/dictionaries/news-words.txt";
    std::error_code error;
    if (std::filesystem::exists(news_words, error)) {
      options.dictionary.word_lists.push_back(news_words);
    }
    for (const std::string& personal : common.personal_dictionaries) {
      options.dictionary.word_lists.push_back(personal);
    }
  }
  if (!common.rule_paths.empty()) {
    options.rule_paths = common.rule_paths;
    return options;
  }
  StatusOr<std::vector<std::string>> defaults = DefaultRulePaths();
  if (!defaults.ok()) return defaults.status();
  options.rule_paths = defaults.value();
  return options;
}

StatusOr<std::unique_ptr<Restorer>> CreateRestorer(const CommonOptions& common) {
  StatusOr<RestorerOptions> options = MakeRestorerOptions(common);
  if (!options.ok()) return options.status();
  StatusOr<std::unique_ptr<Restorer>> restorer = Restorer::Create(options.value());
  if (!restorer.ok()) return restorer.status();
  if (const size_t problems = restorer.value()->rule_problems().size(); problems > 0) {
    std::fprintf(stderr,
                 "unspin: warning: %zu rule restorations are not in the spelling dictionary "
                 "and are never applied (list them with 'unspin rules test')\n",
                 problems);
  }
  return restorer;
}

}  // namespace unspin
