#include "cli/collection.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/input.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

bool Hidden(const fs::path& relative) {
  for (const fs::path& part : relative) {
    const std::string name = part.string();
    if (!name.empty() && name[0] == '.' && name != "." && name != "..") return true;
  }
  return false;
}

// The files of `input`: itself, or a directory's regular files under it.
StatusOr<std::vector<std::string>> FilesOf(const std::string& input) {
  std::error_code error;
  if (input == "-" || !fs::is_directory(input, error)) return std::vector<std::string>{input};
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(input, fs::directory_options::none, error);
  if (error) return Status::Error("cannot read directory '" + input + "': " + error.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) return Status::Error("cannot read directory '" + input + "': " + error.message());
    const fs::path relative = it->path().lexically_relative(input);
    if (Hidden(relative)) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void WarnSkipped(const std::string& where, size_t bytes, size_t limit) {
  std::fprintf(stderr,
               "unspin: warning: %s: skipped, %zu bytes is over --max-doc-bytes (%zu)\n",
               where.c_str(), bytes, limit);
}

// The string at the dotted `path` of `object`, or nullptr.
const nlohmann::json* FieldAt(const nlohmann::json& object, const std::string& path) {
  const nlohmann::json* at = &object;
  size_t start = 0;
  while (true) {
    const size_t dot = path.find('.', start);
    const std::string key = path.substr(start, dot == std::string::npos ? dot : dot - start);
    if (!at->is_object()) return nullptr;
    const auto found = at->find(key);
    if (found == at->end()) return nullptr;
    at = &*found;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return at->is_string() ? at : nullptr;
}

StatusOr<size_t> ReadJsonLines(const std::string& file, const std::string& bytes,
                               const CollectionOptions& options,
                               const std::function<void(std::string, std::string)>& add) {
  size_t skipped = 0;
  size_t line_number = 0;
  for (size_t at = 0; at < bytes.size();) {
    size_t end = bytes.find('\n', at);
    if (end == std::string::npos) end = bytes.size();
    const std::string_view line(bytes.data() + at, end - at);
    at = end + 1;
    ++line_number;
    const std::string where = file + ":" + std::to_string(line_number);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (line.size() > options.max_doc_bytes) {
      WarnSkipped(where, line.size(), options.max_doc_bytes);
      ++skipped;
      continue;
    }
    const nlohmann::json record = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      return Status::Error(where + ": not a JSON object");
    }
    const nlohmann::json* text = FieldAt(record, options.field);
    if (text == nullptr) return Status::Error(where + ": no string field '" + options.field + "'");
    add(where, text->get<std::string>());
  }
  return skipped;
}

}  // namespace

StatusOr<size_t> ReadCollection(const std::vector<std::string>& inputs,
                                const CollectionOptions& options,
                                const std::function<void(std::string, std::string)>& add) {
  size_t skipped = 0;
  for (const std::string& input : inputs) {
    StatusOr<std::vector<std::string>> files = FilesOf(input);
    if (!files.ok()) return files.status();
    for (const std::string& file : files.value()) {
      std::error_code error;
      const uintmax_t size = file == "-" ? 0 : fs::file_size(file, error);
      if (!options.jsonl && !error && size > options.max_doc_bytes) {
        WarnSkipped(file, static_cast<size_t>(size), options.max_doc_bytes);
        ++skipped;
        continue;
      }
      // A JSON Lines file may hold many documents: it is read whole, as
      // its lines are held anyway.
      StatusOr<std::string> bytes =
          options.jsonl ? ReadInput(file) : ReadInput(file, options.max_doc_bytes, "--max-doc-bytes");
      if (!bytes.ok()) {
        if (!options.jsonl && file == "-" &&
            bytes.status().message().find("--max-doc-bytes") != std::string::npos) {
          std::fprintf(stderr, "unspin: warning: %s\n", bytes.status().message().c_str());
          ++skipped;
          continue;
        }
        return bytes.status();
      }
      if (!options.jsonl) {
        add(file == "-" ? "<stdin>" : file, std::move(bytes.value()));
        continue;
      }
      StatusOr<size_t> lines = ReadJsonLines(file == "-" ? "<stdin>" : file, bytes.value(), options, add);
      if (!lines.ok()) return lines.status();
      skipped += lines.value();
    }
  }
  return skipped;
}

}  // namespace unspin
