#include "rules/list_importer.h"

#include <filesystem>

#include "rules/rule_loader.h"
#include "rules/rule_parser.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

std::string Resolve(const std::string& target, const std::string& importing_file) {
  if (fs::path(target).is_absolute()) return target;
  return (fs::path(importing_file).parent_path() / target).string();
}

}  // namespace

StatusOr<std::vector<WordList>> FileListImporter::Import(const std::string& target,
                                                         const std::string& importing_file) {
  const std::string path = Resolve(target, importing_file);
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(path, error);
  const std::string key = error ? path : canonical.string();
  if (reading_.contains(key)) return Status::Error("circular import of '" + target + "'");
  // Each nested import is a level of recursion.
  if (reading_.size() >= kMaxIncludeDepth) {
    return Status::Error("imports nested more than " + std::to_string(kMaxIncludeDepth) +
                         " files deep");
  }
  if (const auto found = done_.find(key); found != done_.end()) return found->second;
  reading_.insert(key);
  StatusOr<std::vector<WordList>> lists = Read(path);
  reading_.erase(key);
  // Its errors are reported once, with the first import.
  done_.emplace(key, lists.ok() ? lists
                                : StatusOr<std::vector<WordList>>(Status::Error(
                                      "'" + path + "' has errors (reported above)")));
  return lists;
}

StatusOr<std::vector<WordList>> FileListImporter::Read(const std::string& path) {
  StatusOr<std::string> text =
      ReadRuleFile(path, "", max_file_bytes_, /*included=*/true, "lists file");
  if (!text.ok()) return text.status();
  files_read_.emplace_back(path, text.value());
  const ParsedRuleFile parsed = ParseRuleFile(text.value(), path, /*compile_patterns=*/false, this);
  if (!parsed.rules.empty() || !parsed.includes.empty()) {
    const int line = !parsed.rules.empty() ? parsed.rules.front().location.line
                                           : parsed.includes.front().second.line;
    return Status::Error("'" + path + "' is not a lists file: line " + std::to_string(line) +
                         " is a rule or an include (a lists file holds only list and "
                         "import lines)");
  }
  if (!parsed.errors.empty()) {
    std::string message = "'" + path + "' has errors:";
    for (const std::string& problem : parsed.errors) message += "\n" + problem;
    return Status::Error(message);
  }
  return parsed.lists;
}

std::vector<std::pair<std::string, std::string>> FileListImporter::TakeFilesRead() {
  return std::exchange(files_read_, {});
}

StatusOr<std::vector<WordList>> ListsDefinedIn(const std::string& path) {
  FileListImporter importer(/*max_file_bytes=*/64u << 20);
  StatusOr<std::vector<WordList>> lists = importer.Import(path, "");
  if (!lists.ok()) return lists.status();
  std::erase_if(lists.value(), [&](const WordList& list) { return list.location.file != path; });
  return lists;
}

}  // namespace unspin
