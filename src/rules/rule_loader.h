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
// path, a circular or repeated include, and duplicate rule ids.
//
// Context patterns are all compiled (validated) at load, unless `cache`
// records these exact files as validated before: then each compiles when
// first used. The one-argument form uses the cache at its default place.
StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths,
                                      const ValidationCache& cache);
StatusOr<std::vector<Rule>> LoadRules(const std::vector<std::string>& paths);

}  // namespace unspin
