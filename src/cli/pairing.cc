#include "cli/pairing.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace unspin {
namespace {

namespace fs = std::filesystem;

bool Hidden(const fs::path& relative) {
  for (const fs::path& part : relative) {
    if (part.string().starts_with('.')) return true;
  }
  return false;
}

// Regular files under `directory`, as relative paths, sorted.
StatusOr<std::vector<std::string>> ListFiles(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code error;
  fs::recursive_directory_iterator it(directory, error), end;
  for (; !error && it != end; it.increment(error)) {
    const fs::path relative = fs::relative(it->path(), directory, error);
    if (error) break;
    if (Hidden(relative)) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(relative.generic_string());
  }
  if (error) return Status::Error("cannot read directory '" + directory + "': " + error.message());
  std::sort(files.begin(), files.end());
  return files;
}

std::string Join(const std::string& directory, const std::string& relative) {
  return (fs::path(directory) / relative).string();
}

StatusOr<Pairing> PairTwoDirectories(const std::string& first, const std::string& second) {
  StatusOr<std::vector<std::string>> first_files = ListFiles(first);
  if (!first_files.ok()) return first_files.status();
  StatusOr<std::vector<std::string>> second_files = ListFiles(second);
  if (!second_files.ok()) return second_files.status();
  const std::set<std::string> in_second(second_files->begin(), second_files->end());
  Pairing pairing;
  for (const std::string& name : first_files.value()) {
    if (in_second.count(name) > 0) {
      pairing.pairs.push_back({name, Join(first, name), Join(second, name)});
    } else {
      pairing.unpaired.push_back(Join(first, name));
    }
  }
  const std::set<std::string> in_first(first_files->begin(), first_files->end());
  for (const std::string& name : second_files.value()) {
    if (in_first.count(name) == 0) pairing.unpaired.push_back(Join(second, name));
  }
  std::sort(pairing.unpaired.begin(), pairing.unpaired.end());
  return pairing;
}

StatusOr<Pairing> PairBySuffix(const std::string& directory, const std::string& first_suffix,
                               const std::string& second_suffix) {
  StatusOr<std::vector<std::string>> files = ListFiles(directory);
  if (!files.ok()) return files.status();
  // stem -> (has first, has second)
  std::map<std::string, std::pair<bool, bool>> stems;
  for (const std::string& name : files.value()) {
    if (name.ends_with(first_suffix)) {
      stems[name.substr(0, name.size() - first_suffix.size())].first = true;
    } else if (name.ends_with(second_suffix)) {
      stems[name.substr(0, name.size() - second_suffix.size())].second = true;
    }
  }
  Pairing pairing;
  for (const auto& [stem, present] : stems) {
    if (present.first && present.second) {
      pairing.pairs.push_back(
          {stem, Join(directory, stem + first_suffix), Join(directory, stem + second_suffix)});
    } else {
      pairing.unpaired.push_back(
          Join(directory, stem + (present.first ? first_suffix : second_suffix)));
    }
  }
  return pairing;
}

}  // namespace

StatusOr<Pairing> PairInputs(const std::string& first, const std::string& second,
                             const std::string& first_suffix, const std::string& second_suffix) {
  std::error_code error;
  for (const std::string& path : {first, second}) {
    if (!fs::exists(path, error)) {
      return Status::Error("cannot read '" + path + "': No such file or directory");
    }
  }
  const bool first_is_directory = fs::is_directory(first, error);
  const bool second_is_directory = fs::is_directory(second, error);
  if (first_is_directory != second_is_directory) {
    return Status::Error("'" + first + "' and '" + second +
                         "' must both be files or both be directories");
  }
  if (!first_is_directory) {
    Pairing pairing;
    pairing.pairs.push_back({fs::path(first).filename().string(), first, second});
    return pairing;
  }
  if (fs::equivalent(first, second, error)) {
    return PairBySuffix(first, first_suffix, second_suffix);
  }
  return PairTwoDirectories(first, second);
}

StatusOr<std::vector<FilePair>> PairInputsForCommand(const std::string& first,
                                                     const std::string& second,
                                                     const std::string& first_suffix,
                                                     const std::string& second_suffix,
                                                     const std::string& kind) {
  StatusOr<Pairing> pairing = PairInputs(first, second, first_suffix, second_suffix);
  if (!pairing.ok()) return pairing.status();
  for (const std::string& file : pairing->unpaired) {
    std::fprintf(stderr, "unspin: warning: '%s' has no partner; skipped\n", file.c_str());
  }
  if (pairing->pairs.empty()) {
    return Status::Error("no " + kind + " pairs in '" + first + "' and '" + second + "'");
  }
  return std::move(pairing->pairs);
}

}  // namespace unspin
