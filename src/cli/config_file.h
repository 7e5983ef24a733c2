// .unspin.toml: a project's settings, so that every run in it (and its CI)
// uses the same packs, rules and thresholds without repeating flags.
//
// Keys are the long options' names without their dashes; the file may only
// hold these (docs/usage.md, "Config file"):
//   pack, rules, add-rules, dict, vocab       strings or arrays of strings
//   disable, enable                           rule id or category globs
//   spell, suggest, lang                      strings
//   min-confidence, min-score, threshold      numbers
// Relative paths are relative to the file's directory.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace unspin {

inline constexpr const char* kConfigFileName = ".unspin.toml";

struct ConfigFile {
  std::string path;  // as found or given
  // Each set only when the file has the key.
  std::optional<std::vector<std::string>> packs, rules, added_rules, dicts, vocabularies;
  std::vector<std::string> disable, enable;
  std::optional<std::string> spell, suggest, language;
  std::optional<double> min_confidence, min_score, threshold;
};

// The nearest .unspin.toml: in `start` or the closest directory above it.
// The search stops at the root of a repository (a directory holding .git,
// .hg or .svn, which is itself searched) or of the file system, so that
// one project's settings never leak into another's. "" when there is none.
std::string FindConfigFile(const std::string& start);

// Parses a config file's `text`; `path` names it in errors and anchors its
// relative paths. Fails with "PATH:LINE: ..." on a TOML syntax error, an
// unknown key (with a "did you mean" when a key is close), a value of the
// wrong type, or a value outside its choices or range.
StatusOr<ConfigFile> ParseConfigFile(std::string_view text, const std::string& path);

// Reads and parses the file at `path` (at most 1 MiB).
StatusOr<ConfigFile> LoadConfigFile(const std::string& path);

}  // namespace unspin
