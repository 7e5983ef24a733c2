// `unspin mine INPUT...`: a spinner's dictionary, as rules, from a
// collection of its spun documents alone.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/collection.h"
#include "cli/commands.h"
#include "api/data_paths.h"
#include "cli/defaults.h"
#include "cli/written_rules.h"
#include "learn/rule_text.h"
#include "lexicon/lexicon.h"
#include "mine/mined_rule_writer.h"
#include "mine/miner.h"
#include "spell/spell_stage.h"

namespace unspin {
namespace {

std::vector<std::string> Header(const MineOptions& options, const MineReport& report,
                                const std::string& model) {
  std::string inputs;
  for (const std::string& input : options.inputs) inputs += (inputs.empty() ? "" : " ") + input;
  return {
      "Rules mined by 'unspin mine' on " + Today() + " from " +
          std::to_string(report.documents) + " documents (" + std::to_string(report.positions) +
          " words) believed spun:",
      "  " + inputs + (options.jsonl ? " (JSON Lines, field " + options.field + ")" : ""),
      "Each rule is a word or phrase of the collection and the original the language models",
      "prefer in its place: candidates from the thesauri's lexicon" +
          (options.exclude.empty() ? std::string() : " (without " + options.exclude + ")") +
          " and the backoff",
      "model's proposals, ranked against each other at every occurrence and aggregated over",
      "occurrences and documents; confidence from " + model + ".",
      "Options: --min-occurrences " + std::to_string(options.min_occurrences) +
          " --min-documents " + std::to_string(options.min_documents) + " --min-confidence " +
          FormatConfidence(options.min_confidence),
      std::to_string(report.types_kept) + " types were seen often enough, " +
          std::to_string(report.types_scored) + " had candidates. Left out: " +
          std::to_string(report.below_confidence) + " whose best pair is below the confidence, " +
          std::to_string(report.rejected_by_spelling) +
          " whose restoration the spelling dictionary rejects, " +
          std::to_string(report.without_example) + " without an example the rule alone restores.",
      "Mined rules are guesses from spun text alone: review them before adding them to a pack.",
  };
}

// The data mining needs, opened.
struct MineData {
  std::shared_ptr<const Lexicon> lexicon;
  std::shared_ptr<const Vocabulary> vocabulary;
  std::unique_ptr<LanguageModel> model;
  std::shared_ptr<const BackoffModel> backoff;
  std::optional<LinearModel> confidence;
  std::string confidence_path;
  std::string models;  // the model files used, for the header
  std::optional<LinearModel> type_confidence;
  std::unique_ptr<SpellStage> spelling;
};

StatusOr<MineData> OpenData(const MineOptions& options) {
  MineData data;
  const std::string lexicon = options.lexicon.empty() ? FindLexicon() : options.lexicon;
  if (lexicon.empty()) {
    return Status::Error("no lexicon found (dictionaries/lexicon.bin; the build makes it from "
                         "the thesauri): give one with --lexicon");
  }
  StatusOr<std::shared_ptr<const Lexicon>> opened_lexicon = Lexicon::Open(lexicon);
  if (!opened_lexicon.ok()) return opened_lexicon.status();
  data.lexicon = opened_lexicon.value();
  const std::string vocabulary = DefaultVocabulary();
  if (vocabulary.empty()) {
    return Status::Error("no reference vocabulary found (dictionaries/english.vocab)");
  }
  StatusOr<std::shared_ptr<const Vocabulary>> opened_vocabulary = Vocabulary::Open(vocabulary);
  if (!opened_vocabulary.ok()) return opened_vocabulary.status();
  data.vocabulary = opened_vocabulary.value();
  data.model = std::make_unique<LanguageModel>(data.vocabulary);
  if (const std::string backoff = DefaultBackoffModel(); !backoff.empty()) {
    StatusOr<std::shared_ptr<const BackoffModel>> opened = BackoffModel::Open(backoff);
    if (!opened.ok()) return opened.status();
    data.backoff = opened.value();
  }
  const std::string dir = FindDataDir();
  const std::string dictionaries = dir.empty() ? "dictionaries/" : dir + "/dictionaries/";
  data.confidence_path = options.model.empty() ? dictionaries + "mine.model" : options.model;
  // The shipped type model goes with the shipped pair model only; a missing
  // one leaves the pair model's confidence standing.
  std::string type_path = options.type_model;
  if (type_path.empty() && options.model.empty() &&
      std::filesystem::exists(dictionaries + "mine-type.model")) {
    type_path = dictionaries + "mine-type.model";
  }
  if (!type_path.empty()) {
    StatusOr<LinearModel> type_model =
        LinearModel::FromFile(type_path, "mine-type", kMineTypeFeatureNames);
    if (!type_model.ok()) return type_model.status();
    data.type_confidence = std::move(type_model.value());
    data.models = " and " + type_path;
  }
  StatusOr<LinearModel> confidence =
      LinearModel::FromFile(data.confidence_path, "mine", kMineFeatureNames);
  if (confidence.ok()) {
    data.confidence = std::move(confidence.value());
  } else if (options.features.empty()) {
    // Without a model only the features can be written (to train one).
    return confidence.status();
  }
  StatusOr<DictionaryFiles> dictionary = FindHunspellDictionary("en_US");
  if (!dictionary.ok()) return dictionary.status();
  StatusOr<std::unique_ptr<SpellStage>> spelling =
      SpellStage::Create(dictionary.value(), SpellMode::kReport);
  if (!spelling.ok()) return spelling.status();
  data.spelling = std::move(spelling.value());
  return data;
}

Status WriteFeatures(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) return Status::Error("cannot write '" + path + "'");
  return Status::Ok();
}

}  // namespace

int RunMine(const MineOptions& options) {
  StatusOr<SourceMask> exclude = ParseSourceList(options.exclude);
  if (!exclude.ok()) return ReportError("--exclude: " + exclude.status().message());
  StatusOr<MineData> data = OpenData(options);
  if (!data.ok()) return ReportError(data.status().message());

  PhraseCensus census;
  CollectionOptions collection;
  collection.jsonl = options.jsonl;
  collection.field = options.field;
  collection.max_doc_bytes = options.max_doc_bytes;
  StatusOr<size_t> skipped =
      ReadCollection(options.inputs, collection, [&](std::string name, std::string text) {
        census.Add(std::move(name), std::move(text));
      });
  if (!skipped.ok()) return ReportError(skipped.status().message());

  MinerOptions miner;
  miner.min_occurrences = options.min_occurrences;
  miner.min_documents = options.min_documents;
  miner.min_confidence = options.min_confidence;
  miner.exclude = exclude.value();
  miner.lexicon = data.value().lexicon.get();
  miner.model = data.value().model.get();
  miner.backoff = data.value().backoff.get();
  miner.confidence = data.value().confidence ? &*data.value().confidence : nullptr;
  miner.type_confidence =
      data.value().type_confidence ? &*data.value().type_confidence : nullptr;
  miner.spelling = data.value().spelling.get();
  const MineReport report = Mine(census, miner);

  if (!options.features.empty()) {
    if (Status written = WriteFeatures(options.features, WriteMineFeatures(report));
        !written.ok()) {
      return ReportError(written.message());
    }
  }
  const std::string text =
      WriteMinedRules(report, Header(options, report, data.value().confidence_path + data.value().models));
  if (Status written = WriteRulesOutput(options.output, text); !written.ok()) {
    return ReportError(written.message());
  }
  std::fprintf(stderr,
               "unspin: %zu documents (%zu skipped), %llu words: %zu types seen at least %u "
               "times in %u documents, %zu with candidates, %zu pairs scored: %zu rules "
               "written; left out %zu below --min-confidence, %zu not in the spelling "
               "dictionary, %zu without a working example\n",
               report.documents, skipped.value(),
               static_cast<unsigned long long>(report.positions), report.types_kept,
               options.min_occurrences, options.min_documents, report.types_scored,
               report.pairs.size(), report.rules.size(), report.below_confidence,
               report.rejected_by_spelling, report.without_example);
  ReportWrittenRulesCheck(CheckWrittenRules(text, "<mined>"));
  return 0;
}

}  // namespace unspin
