// Loading rule files and directories (with their includes) into rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "rules/rule.h"
#include "rules/validation_cache.h"

namespace unspin {

// Loads every path in order: a file is parsed (following its include
// lines), a directory contributes its *.rules files in name order, not
// recursively. All errors of all files are reported together, one
// "file:line: message" per line; on any error nothing is returned, so a
// broken rule set is never half-loaded. Fails on a missing or unreadable
// path, a circular or repeated include, an include that is not a regular
// file (a directory, FIFO or device), includes nested more than
// kMaxIncludeDepth files deep, a file over max_file_bytes (counted while
// reading, whatever stat() says), and duplicate rule ids.
//
// Context patterns are all compiled (validated) at load, unless the
// validation cache records these exact files as validated before: then
// each compiles when first used.
struct RuleLoadOptions {
  ValidationCache cache = ValidationCache::AtDefaultPlace();
  // A larger rule file is an error (a million rules is about 100 MB and
  // takes 1.3 GB of memory once loaded).
  size_t max_file_bytes = kDefaultMaxRuleFileBytes;
  static constexpr size_t kDefaultMaxRuleFileBytes = 64u << 20;
};
inline constexpr size_t kMaxIncludeDepth = 64;
StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths,
                                      const RuleLoadOptions& options);

// The bytes of the file at `path`, at most `max_bytes` of them, counted
// while reading. An included file (`included`) must be a regular file: it
// is opened without waiting (a FIFO would hang the run) and anything else
// is refused; a path the user gave may also be a pipe (`--rules <(...)`).
// Errors start with `where`. Shared by rule files and lists files.
// `kind` names the file in messages ("rule file", "lists file"); an empty
// `where` adds no prefix.
StatusOr<std::string> ReadRuleFile(const std::string& path, const std::string& where,
                                   size_t max_bytes, bool included,
                                   std::string_view kind = "rule file");
StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths);

}  // namespace unspin
