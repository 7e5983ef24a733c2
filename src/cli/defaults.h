// Resolving default data paths for the front end.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "cli/options.h"
#include "pipeline/restorer.h"

namespace unspin {

// The default pack's directory and the inflection table, from FindDataDir().
StatusOr<std::vector<std::string>> DefaultRulePaths();
std::string DefaultInflectionTable();

// The default reference vocabulary, or "" when it is not installed.
std::string DefaultVocabulary();

// Restorer options from the command line: the user's rule paths (or the
// default pack), vocabulary (or the default one) and thresholds.
StatusOr<RestorerOptions> MakeRestorerOptions(const CommonOptions& common);

// The restorer the command line asked for. Warns once on stderr when some
// rule restorations fail the spelling dictionary (they are never applied).
StatusOr<std::unique_ptr<Restorer>> CreateRestorer(const CommonOptions& common);

}  // namespace unspin
