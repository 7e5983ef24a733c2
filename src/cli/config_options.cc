#include "cli/config_options.h"

#include <filesystem>

namespace unspin {
namespace {

bool Given(const CLI::App& app, const char* flag) { return app.count(flag) > 0; }

template <typename T>
void Set(const std::optional<T>& value, bool given, T& field) {
  if (value && !given) field = *value;
}

// The file's entries, then the command line's.
void Prepend(const std::optional<std::vector<std::string>>& values,
             std::vector<std::string>& field) {
  if (values) field.insert(field.begin(), values->begin(), values->end());
}

}  // namespace

void MergeConfig(const ConfigFile& config, const CLI::App& app, CommonOptions& common,
                 double* threshold) {
  Set(config.packs, Given(app, "--pack"), common.packs);
  Set(config.rules, Given(app, "--rules"), common.rule_paths);
  Prepend(config.added_rules, common.added_rule_paths);
  Prepend(config.dicts, common.personal_dictionaries);
  Prepend(config.vocabularies, common.vocabularies);
  common.config_switches = {config.path, config.disable, config.enable};
  Set(config.spell, Given(app, "--spell"), common.spell);
  Set(config.suggest, Given(app, "--suggest"), common.suggest);
  Set(config.language, Given(app, "--lang"), common.language);
  if (config.min_confidence && !Given(app, "--min-confidence")) {
    common.min_confidence = config.min_confidence;
  }
  Set(config.min_score, Given(app, "--min-score"), common.min_score);
  if (threshold != nullptr) Set(config.threshold, Given(app, "--threshold"), *threshold);
}

Status ApplyConfigFile(CLI::App& app, CommandLine& line) {
  CLI::App* command = &app;
  CommonOptions* common = &line.restore.common;
  double* threshold = &line.restore.threshold;
  if (line.review_command->parsed()) {
    command = line.review_command;
    common = &line.review.common;
    threshold = nullptr;
  } else if (line.eval_command->parsed()) {
    command = line.eval_command;
    common = &line.eval.common;
    threshold = nullptr;
  } else if (app.get_subcommands().size() > 0) {
    return Status::Ok();  // the other subcommands take no settings from the file
  }
  if (common->no_config) return Status::Ok();
  std::string path = common->config_file;
  if (path.empty()) {
    path = FindConfigFile(".");
    if (path.empty()) return Status::Ok();
    // Named relative to the working directory in messages (".unspin.toml",
    // "../.unspin.toml") when it can be.
    std::error_code error;
    const std::filesystem::path shown = std::filesystem::proximate(path, error);
    if (!error) path = shown.string();
  }
  StatusOr<ConfigFile> config = LoadConfigFile(path);
  if (!config.ok()) return config.status();
  MergeConfig(config.value(), *command, *common, threshold);
  return Status::Ok();
}

}  // namespace unspin
