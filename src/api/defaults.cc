#include "api/defaults.h"

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <initializer_list>

#include "api/data_paths.h"

namespace unspin {

std::vector<std::string> InstalledPacks() {
  std::vector<std::string> packs;
  const std::string data = FindDataDir();
  if (data.empty()) return packs;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(data + "/rules", error)) {
    if (entry.is_directory(error)) packs.push_back(entry.path().filename().string());
  }
  std::sort(packs.begin(), packs.end());
  return packs;
}

StatusOr<std::vector<PackFiles>> FindPacks(const std::vector<std::string>& names) {
  const std::string data = FindDataDir();
  if (data.empty()) {
    return Status::Error(
        "cannot find unspin's rules: set UNSPIN_DATA_DIR to the directory that holds "
        "rules/, or pass --rules PATH");
  }
  std::vector<PackFiles> packs;
  for (const std::string& name : names.empty() ? std::vector<std::string>{kDefaultPack} : names) {
    PackFiles pack;
    pack.name = name;
    pack.rules = data + "/rules/" + name;
    std::error_code error;
    if (name.empty() || name.find('/') != std::string::npos ||
        !std::filesystem::is_directory(pack.rules, error)) {
      std::string available;
      for (const std::string& installed : InstalledPacks()) {
        available += (available.empty() ? "" : ", ") + installed;
      }
      return Status::Error("unknown rule pack '" + name + "' (installed: " + available + ")");
    }
    const std::string words = data + "/dictionaries/" + name + "-words.txt";
    if (std::filesystem::exists(words, error)) pack.word_list = words;
    packs.push_back(std::move(pack));
  }
  return packs;
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

std::string DefaultBackoffModel() { return FindGeneratedDataFile("dictionaries/en-us.lm"); }

std::string DefaultModel(const std::string& name) {
  const std::string data = FindDataDir();
  const std::string path = data + "/dictionaries/" + name + ".model";
  std::error_code error;
  return !data.empty() && std::filesystem::exists(path, error) ? path : "";
}

namespace {

// A value of a string option that takes one of `choices`.
Status CheckChoice(const std::string& value, const char* option,
                   std::initializer_list<const char*> choices) {
  std::string listed;
  for (const char* choice : choices) {
    if (value == choice) return Status::Ok();
    listed += (listed.empty() ? "'" : ", '") + std::string(choice) + "'";
  }
  return Status::Error(std::string(option) + " must be one of " + listed + ", not '" + value +
                       "'");
}

Status CheckValues(const api::Options& options) {
  for (const Status& status :
       {CheckChoice(options.spell, "spell", {"off", "report", "fix"}),
        CheckChoice(options.suggest, "suggest", {"fast", "full", "off"}),
        CheckChoice(options.propose, "propose", {"never", "auto", "always"})}) {
    if (!status.ok()) return status;
  }
  if (options.min_confidence && !(*options.min_confidence >= 0.0 && *options.min_confidence <= 1.0)) {
    return Status::Error("min_confidence must be between 0 and 1");
  }
  if (options.max_doc_bytes == 0) return Status::Error("max_doc_bytes must be positive");
  if (options.max_rule_file_bytes == 0) {
    return Status::Error("max_rule_file_bytes must be positive");
  }
  return Status::Ok();
}

}  // namespace

StatusOr<RestorerOptions> MakeRestorerOptions(const api::Options& common,
                                              const std::vector<RuleSwitches>& beneath) {
  if (Status values = CheckValues(common); !values.ok()) return values;
  StatusOr<std::vector<PackFiles>> packs = FindPacks(common.packs);
  if (!packs.ok()) return packs.status();
  RestorerOptions options;
  options.inflection_table_path = DefaultInflectionTable();
  if (!common.no_vocabulary) {
    std::vector<std::string> paths;
    const std::string main =
        common.vocabulary_only.empty() ? DefaultVocabulary() : common.vocabulary_only;
    if (!main.empty()) paths.push_back(main);
    paths.insert(paths.end(), common.vocabularies.begin(), common.vocabularies.end());
    if (!paths.empty()) {
      options.vocabulary_path = paths.front();
      options.extra_vocabulary_paths.assign(paths.begin() + 1, paths.end());
    }
  }
  if (!common.no_backoff_model) {
    options.backoff_model_path =
        common.backoff_model.empty() ? DefaultBackoffModel() : common.backoff_model;
  }
  options.min_confidence =
      common.min_confidence.value_or(options.vocabulary_path.empty() ? 0.5 : 0.0);
  options.min_score = common.min_score;
  options.detector_path = common.detector_model == "none"    ? ""
                          : common.detector_model.empty()     ? DefaultModel("detector")
                                                              : common.detector_model;
  options.decision_model_path = common.decision_model == "none"    ? ""
                                : common.decision_model.empty()     ? DefaultModel("decision")
                                                                    : common.decision_model;
  // The lexicon also feeds the detector (the share of words a thesaurus
  // neighbour fits better), so it is loaded whenever context is scored.
  if (!options.vocabulary_path.empty()) {
    options.lexicon_path = common.lexicon.empty() ? FindLexicon() : common.lexicon;
    options.propose = common.propose == "always" ? RestorerOptions::Propose::kAlways
                      : common.propose == "auto" ? RestorerOptions::Propose::kWhenSpun
                                                 : RestorerOptions::Propose::kNever;
    StatusOr<SourceMask> exclude = ParseSourceList(common.lexicon_exclude);
    if (!exclude.ok()) return Status::Error("--lexicon-exclude: " + exclude.status().message());
    options.lexicon_exclude = exclude.value();
  } else {
    options.propose = RestorerOptions::Propose::kNever;
  }
  options.thesaurus_test = common.thesaurus_test;
  options.keep_all_features = common.keep_all_features;
  // Decisions are only read by --explain (which sets keep_all_features).
  options.keep_decisions = common.keep_all_features;
  options.max_rule_file_bytes = common.max_rule_file_bytes;
  options.spell_mode = common.spell == "off"   ? SpellMode::kOff
                       : common.spell == "fix" ? SpellMode::kFix
                                               : SpellMode::kReport;
  options.suggest_mode = common.suggest == "full"  ? SuggestMode::kFull
                         : common.suggest == "off" ? SuggestMode::kOff
                                                   : SuggestMode::kFast;
  // Even with --spell=off: the dictionary also guards restorations (a rule
  // never puts in a word it rejects), and that must not depend on whether
  // findings are reported.
  {
    StatusOr<DictionaryFiles> dictionary = FindHunspellDictionary(common.language);
    if (!dictionary.ok()) return dictionary.status();
    options.dictionary = dictionary.value();
    for (const PackFiles& pack : packs.value()) {
      if (!pack.word_list.empty()) options.dictionary.word_lists.push_back(pack.word_list);
    }
    for (const std::string& personal : common.personal_dictionaries) {
      options.dictionary.word_lists.push_back(personal);
    }
  }
  if (!common.rule_paths.empty()) {
    options.rule_paths = common.rule_paths;
  } else {
    for (const PackFiles& pack : packs.value()) options.rule_paths.push_back(pack.rules);
  }
  options.rule_paths.insert(options.rule_paths.end(), common.added_rule_paths.begin(),
                            common.added_rule_paths.end());
  for (const RuleSwitches& switches : beneath) {
    if (!switches.disable.empty() || !switches.enable.empty()) {
      options.rule_switches.push_back(switches);
    }
  }
  if (!common.disable.empty() || !common.enable.empty()) {
    options.rule_switches.push_back({"command line", common.disable, common.enable});
  }
  return options;
}

}  // namespace unspin
