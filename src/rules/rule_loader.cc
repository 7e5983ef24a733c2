#include "rules/rule_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "rules/list_importer.h"
#include "rules/rule_parser.h"
#include "rules/validation_cache.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

class Loader {
 public:
  explicit Loader(size_t max_file_bytes)
      : max_file_bytes_(max_file_bytes), importer_(max_file_bytes) {}

  void LoadPath(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(path, error)) {
        if (entry.path().extension() == ".rules") files.push_back(entry.path());
      }
      if (error) {
        errors_.push_back(path + ": cannot list directory: " + error.message());
        return;
      }
      if (files.empty()) errors_.push_back(path + ": no .rules files in this directory");
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) LoadFile(file.string(), "");
      return;
    }
    LoadFile(path, "");
  }

  StatusOr<std::vector<Rule>> Finish(const ValidationCache& cache) {
    // Compiling context patterns is most of the cost of loading: skip it
    // for files already validated (their patterns compile when first
    // used), else spread it over the machine's cores.
    const bool validated = errors_.empty() && cache.Contains(fingerprint_.value());
    if (!validated) {
      for (std::string& error :
           CompileConditions(rules_, std::max(1u, std::thread::hardware_concurrency()))) {
        errors_.push_back(std::move(error));
      }
    }
    std::map<std::string, SourceLocation> seen;
    for (const Rule& rule : rules_) {
      auto [it, inserted] = seen.emplace(rule.id, rule.location);
      // Within one file the parser has reported it already.
      if (!inserted && it->second.file != rule.location.file) {
        errors_.push_back(rule.location.ToString() + ": duplicate rule id '" + rule.id +
                          "' (first defined at " + it->second.ToString() + ")");
      }
    }
    if (!errors_.empty()) {
      std::string message;
      for (const std::string& error : errors_) message += (message.empty() ? "" : "\n") + error;
      return Status::Error(message);
    }
    if (!validated) cache.Add(fingerprint_.value());
    return std::move(rules_);
  }

 private:
  // `included_from` is "file:line" of the include line, or "" for a path
  // given by the user.
  void LoadFile(const std::string& path, const std::string& included_from) {
    const std::string where = included_from.empty() ? path : included_from;
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(path, error);
    const std::string key = error ? path : canonical.string();
    if (stack_.contains(key)) {
      errors_.push_back(where + ": circular include of '" + path + "'");
      return;
    }
    if (loaded_.contains(key)) {
      if (!included_from.empty()) {
        errors_.push_back(where + ": '" + path + "' is already loaded");
      }
      return;  // the same path given twice on the command line is harmless
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      errors_.push_back(where + ": cannot read rule file '" + path + "'");
      return;
    }
    if (const uintmax_t size = fs::file_size(path, error); !error && size > max_file_bytes_) {
      errors_.push_back(where + ": rule file '" + path + "' is " + std::to_string(size) +
                        " bytes, over the limit of " + std::to_string(max_file_bytes_) +
                        " bytes (--max-rule-file-bytes raises it)");
      return;
    }
    std::ostringstream contents;
    contents << file.rdbuf();
    loaded_.insert(key);
    stack_.insert(key);
    const std::string text = contents.str();
    fingerprint_.Add(key, text);
    ParsedRuleFile parsed = ParseRuleFile(text, path, /*compile_patterns=*/false, &importer_);
    // The lists files it imports decide what its patterns are.
    for (const auto& [imported, lists] : importer_.TakeFilesRead()) {
      fingerprint_.Add(imported, lists);
    }
    for (std::string& message : parsed.errors) errors_.push_back(std::move(message));
    for (Rule& rule : parsed.rules) rules_.push_back(std::move(rule));
    for (const auto& [target, location] : parsed.includes) {
      const fs::path resolved = fs::path(target).is_absolute()
                                    ? fs::path(target)
                                    : fs::path(path).parent_path() / target;
      LoadFile(resolved.string(), location.ToString());
    }
    stack_.erase(key);
  }

  size_t max_file_bytes_;
  FileListImporter importer_;
  std::vector<Rule> rules_;
  std::vector<std::string> errors_;
  RuleSetFingerprint fingerprint_;
  std::set<std::string> loaded_;
  std::set<std::string> stack_;
};

}  // namespace

StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths,
                                      const RuleLoadOptions& options) {
  Loader loader(options.max_file_bytes);
  for (const std::string& path : paths) loader.LoadPath(path);
  return loader.Finish(options.cache);
}

StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths) {
  return LoadRules(paths, RuleLoadOptions{});
}

}  // namespace unspin
