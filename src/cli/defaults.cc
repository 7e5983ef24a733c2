#include "cli/defaults.h"

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

StatusOr<RestorerOptions> MakeRestorerOptions(const std::vector<std::string>& rule_paths,
                                              double min_confidence) {
  RestorerOptions options;
  options.min_confidence = min_confidence;
  options.inflection_table_path = DefaultInflectionTable();
  if (!rule_paths.empty()) {
    options.rule_paths = rule_paths;
    return options;
  }
  StatusOr<std::vector<std::string>> defaults = DefaultRulePaths();
  if (!defaults.ok()) return defaults.status();
  options.rule_paths = defaults.value();
  return options;
}

}  // namespace unspin
