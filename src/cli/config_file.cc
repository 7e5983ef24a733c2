#include "cli/config_file.h"

#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/strings.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxConfigBytes = 1u << 20;

const std::vector<std::string>& KnownKeys() {
  static const std::vector<std::string> keys = {
      "pack",  "rules", "add-rules", "dict", "vocab",          "disable",   "enable",
      "spell", "suggest", "lang",    "min-confidence", "min-score", "threshold"};
  return keys;
}

// Parsing one file: errors name its path and the offending key's line.
class Reader {
 public:
  explicit Reader(const std::string& path)
      : path_(path), directory_(fs::path(path).parent_path()) {}

  Status Error(const toml::source_region& where, const std::string& message) const {
    return Status::Error(path_ + ":" + std::to_string(where.begin.line) + ": " + message);
  }

  StatusOr<std::string> String(std::string_view key, const toml::node& node) const {
    if (std::optional<std::string> value = node.value<std::string>(); value && node.is_string()) {
      return *value;
    }
    return Error(node.source(), "'" + std::string(key) + "' must be a string");
  }

  // A string, or an array of strings.
  StatusOr<std::vector<std::string>> Strings(std::string_view key, const toml::node& node) const {
    std::vector<std::string> values;
    if (node.is_string()) {
      values.push_back(*node.value<std::string>());
      return values;
    }
    const toml::array* array = node.as_array();
    if (array == nullptr) {
      return Error(node.source(), "'" + std::string(key) + "' must be a string or an array of strings");
    }
    for (const toml::node& item : *array) {
      if (!item.is_string()) {
        return Error(item.source(), "'" + std::string(key) + "' must hold strings only");
      }
      values.push_back(*item.value<std::string>());
    }
    return values;
  }

  // Like Strings, with each relative path made relative to the file's
  // directory rather than to wherever unspin runs.
  StatusOr<std::vector<std::string>> Paths(std::string_view key, const toml::node& node) const {
    StatusOr<std::vector<std::string>> values = Strings(key, node);
    if (!values.ok()) return values;
    for (std::string& value : values.value()) {
      if (!value.empty() && fs::path(value).is_relative() && !directory_.empty()) {
        value = (directory_ / value).string();
      }
    }
    return values;
  }

  StatusOr<double> Number(std::string_view key, const toml::node& node, double low,
                          double high) const {
    const std::optional<double> value = node.value<double>();
    if (!node.is_number() || !value) {
      return Error(node.source(), "'" + std::string(key) + "' must be a number");
    }
    if (!(*value >= low && *value <= high)) {
      return Error(node.source(), "'" + std::string(key) + "' must be between " + Format(low) +
                                      " and " + Format(high));
    }
    return *value;
  }

  StatusOr<std::string> Choice(std::string_view key, const toml::node& node,
                               std::initializer_list<const char*> choices) const {
    StatusOr<std::string> value = String(key, node);
    if (!value.ok()) return value;
    std::string listed;
    for (const char* choice : choices) {
      if (value.value() == choice) return value;
      listed += (listed.empty() ? "" : ", ") + std::string(choice);
    }
    return Error(node.source(), "'" + std::string(key) + "' must be one of " + listed + ", not '" +
                                    value.value() + "'");
  }

 private:
  static std::string Format(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
  }

  std::string path_;
  fs::path directory_;
};

// Stores `result`'s value in `field`, or passes its error on.
template <typename T, typename Field>
Status Take(StatusOr<T> result, Field& field) {
  if (!result.ok()) return result.status();
  field = std::move(result.value());
  return Status::Ok();
}

Status ReadKey(const Reader& reader, std::string_view key, const toml::node& node,
               ConfigFile& config) {
  if (key == "pack") return Take(reader.Strings(key, node), config.packs);
  if (key == "rules") return Take(reader.Paths(key, node), config.rules);
  if (key == "add-rules") return Take(reader.Paths(key, node), config.added_rules);
  if (key == "dict") return Take(reader.Paths(key, node), config.dicts);
  if (key == "vocab") return Take(reader.Paths(key, node), config.vocabularies);
  if (key == "disable") return Take(reader.Strings(key, node), config.disable);
  if (key == "enable") return Take(reader.Strings(key, node), config.enable);
  if (key == "spell") return Take(reader.Choice(key, node, {"report", "fix", "off"}), config.spell);
  if (key == "suggest") {
    return Take(reader.Choice(key, node, {"fast", "full", "off"}), config.suggest);
  }
  if (key == "lang") return Take(reader.String(key, node), config.language);
  // The command line's bounds (cli/flags.cc).
  if (key == "min-confidence") {
    return Take(reader.Number(key, node, 0.0, 1.0), config.min_confidence);
  }
  if (key == "min-score") return Take(reader.Number(key, node, -1e6, 1e6), config.min_score);
  if (key == "threshold") return Take(reader.Number(key, node, 0.0, 1.0), config.threshold);
  std::string message = "unknown key '" + std::string(key) + "'";
  if (const std::string guess = ClosestMatch(key, KnownKeys()); !guess.empty()) {
    message += " (did you mean '" + guess + "'?)";
  } else {
    std::string known;
    for (const std::string& name : KnownKeys()) known += (known.empty() ? "" : ", ") + name;
    message += " (known keys: " + known + ")";
  }
  return reader.Error(node.source(), message);
}

}  // namespace

std::string FindConfigFile(const std::string& start) {
  std::error_code error;
  fs::path directory = fs::absolute(start, error);
  if (error) return "";
  for (;;) {
    const fs::path candidate = directory / kConfigFileName;
    if (fs::is_regular_file(candidate, error)) return candidate.string();
    for (const char* vcs : {".git", ".hg", ".svn"}) {
      if (fs::exists(directory / vcs, error)) return "";
    }
    if (!directory.has_relative_path()) return "";  // the root
    directory = directory.parent_path();
  }
}

StatusOr<ConfigFile> ParseConfigFile(std::string_view text, const std::string& path) {
  // toml++ (a compiled library, built with exceptions) reports syntax
  // errors only by throwing: turn them into a value here, the one place.
  toml::table table;
  try {
    table = toml::parse(text, path);
  } catch (const toml::parse_error& error) {
    return Status::Error(path + ":" + std::to_string(error.source().begin.line) + ": " +
                         std::string(error.description()));
  }
  const Reader reader(path);
  ConfigFile config;
  config.path = path;
  for (const auto& [key, node] : table) {
    if (Status read = ReadKey(reader, key.str(), node, config); !read.ok()) return read;
  }
  return config;
}

StatusOr<ConfigFile> LoadConfigFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::Error("cannot open config file '" + path + "'");
  std::string text(kMaxConfigBytes + 1, '\0');
  file.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (file.bad()) return Status::Error("cannot read config file '" + path + "'");
  text.resize(static_cast<size_t>(file.gcount()));
  if (text.size() > kMaxConfigBytes) {
    return Status::Error("config file '" + path + "' is larger than 1 MiB");
  }
  return ParseConfigFile(text, path);
}

}  // namespace unspin
