#include "rules/rule_loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "rules/list_importer.h"
#include "rules/rule_parser.h"
#include "rules/validation_cache.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

// Closes a file descriptor when it goes out of scope.
struct FileCloser {
  int fd;
  ~FileCloser() {
    if (fd >= 0) ::close(fd);
  }
};

class Loader {
 public:
  Loader(size_t max_file_bytes, const ValidationCache& cache)
      : max_file_bytes_(max_file_bytes), importer_(max_file_bytes) {
    if (std::optional<SipHash::Key> key = cache.Key()) fingerprint_.emplace(*key);
  }

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
    const bool validated =
        errors_.empty() && fingerprint_.has_value() && cache.Contains(fingerprint_->value());
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
    if (!validated && fingerprint_.has_value()) cache.Add(fingerprint_->value());
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
    // Each level of includes is a level of recursion here: a chain of
    // thousands of files would overflow the stack.
    if (stack_.size() >= kMaxIncludeDepth) {
      errors_.push_back(where + ": includes nested more than " +
                        std::to_string(kMaxIncludeDepth) + " files deep");
      return;
    }
    StatusOr<std::string> read =
        ReadRuleFile(path, where, max_file_bytes_, !included_from.empty());
    if (!read.ok()) {
      errors_.push_back(read.status().message());
      return;
    }
    loaded_.insert(key);
    stack_.insert(key);
    const std::string text = std::move(read.value());
    if (fingerprint_.has_value()) fingerprint_->Add(key, text);
    ParsedRuleFile parsed = ParseRuleFile(text, path, /*compile_patterns=*/false, &importer_);
    // The lists files it imports decide what its patterns are.
    for (const auto& [imported, lists] : importer_.TakeFilesRead()) {
      if (fingerprint_.has_value()) fingerprint_->Add(imported, lists);
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
  std::optional<RuleSetFingerprint> fingerprint_;  // none: the cache vouches for nothing
  std::set<std::string> loaded_;
  std::set<std::string> stack_;
};

}  // namespace

StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths,
                                      const RuleLoadOptions& options) {
  Loader loader(options.max_file_bytes, options.cache);
  for (const std::string& path : paths) loader.LoadPath(path);
  return loader.Finish(options.cache);
}

StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths) {
  return LoadRules(paths, RuleLoadOptions{});
}

StatusOr<std::string> ReadRuleFile(const std::string& path, const std::string& where,
                                   size_t max_bytes, bool included, std::string_view kind) {
  const std::string prefix = where.empty() ? "" : where + ": ";
  const std::string what(kind);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | (included ? O_NONBLOCK : 0));
  if (fd < 0) {
    return Status::Error(prefix + "cannot read " + what + " '" + path + "': " +
                         std::strerror(errno));
  }
  const FileCloser closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    return Status::Error(prefix + "cannot read " + what + " '" + path + "': " +
                         std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return Status::Error(prefix + "cannot include '" + path +
                         "': it is a directory (include its .rules files one by one)");
  }
  if (included && !S_ISREG(info.st_mode)) {
    return Status::Error(prefix + "cannot include '" + path +
                         "': not a regular file (a device, FIFO or socket)");
  }
  // `size`: "123 bytes", or "more than" for a stream read up to the limit.
  auto too_large = [&](const std::string& size) {
    return Status::Error(prefix + what + " '" + path + "' is " + size +
                         " bytes, over the limit of " + std::to_string(max_bytes) +
                         " bytes (--max-rule-file-bytes raises it)");
  };
  if (S_ISREG(info.st_mode) && static_cast<uintmax_t>(info.st_size) > max_bytes) {
    return too_large(std::to_string(info.st_size));
  }
  if (included) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::string text;
  char buffer[1 << 16];
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      return Status::Error(prefix + "cannot read " + what + " '" + path + "': " +
                           std::strerror(errno));
    }
    if (got == 0) return text;
    if (text.size() + static_cast<size_t>(got) > max_bytes) {
      return too_large("more than " + std::to_string(max_bytes));
    }
    text.append(buffer, static_cast<size_t>(got));
  }
}

}  // namespace unspin
