// Loading rule files and directories (with their includes) into rules.
#pragma once

#include <string>
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
StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths);

}  // namespace unspin
