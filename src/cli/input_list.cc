#include "cli/input_list.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "html/html_restorer.h"
#include "markdown/markdown_text.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

bool Excluded(const fs::path& relative, const std::vector<std::string>& excludes) {
  const std::string name = relative.filename().string();
  const std::string path = relative.generic_string();
  for (const std::string& glob : excludes) {
    const bool by_path = glob.find('/') != std::string::npos;
    if (::fnmatch(glob.c_str(), (by_path ? path : name).c_str(), by_path ? FNM_PATHNAME : 0) == 0) {
      return true;
    }
  }
  return false;
}

// The files under `root`, or the error that stopped the listing.
void ListDirectory(const std::string& root, const std::vector<std::string>& excludes,
                   std::vector<InputEntry>& out) {
  std::vector<std::string> files;
  std::error_code error;
  fs::recursive_directory_iterator it(root, error), end;
  if (error) {
    out.push_back({root, "cannot read directory '" + root + "': " + error.message()});
    return;
  }
  for (; it != end; it.increment(error)) {
    if (error) {
      out.push_back({root, "cannot read directory '" + root + "': " + error.message()});
      break;
    }
    const fs::path& path = it->path();
    const bool hidden = path.filename().string().starts_with(".");
    const bool excluded = Excluded(fs::relative(path, root, error), excludes);
    std::error_code type_error;
    if (it->is_symlink(type_error) || hidden || excluded) {
      if (it->is_directory(type_error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(type_error) && IsRestorableFileName(path.filename().string())) {
      files.push_back(path.string());
    }
  }
  std::sort(files.begin(), files.end());
  for (std::string& file : files) out.push_back({std::move(file), ""});
}

}  // namespace

bool IsRestorableFileName(const std::string& name) {
  if (IsHtmlFileName(name) || IsMarkdownFileName(name)) return true;
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.ends_with(".txt") || lower.ends_with(".text");
}

std::vector<InputEntry> ListInputs(const std::vector<std::string>& arguments, bool recursive,
                                   const std::vector<std::string>& excludes) {
  std::vector<InputEntry> inputs;
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (argument == "-" || !recursive || !fs::is_directory(argument, error)) {
      inputs.push_back({argument, ""});
    } else {
      ListDirectory(argument, excludes, inputs);
    }
  }
  return inputs;
}

std::string DirectoryHint(const std::string& path) {
  std::error_code error;
  return path != "-" && fs::is_directory(path, error) ? " (-r restores the files in it)" : "";
}

}  // namespace unspin
