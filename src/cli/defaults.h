// Resolving default data paths for the front end.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/restorer.h"

namespace unspin {

// The default pack's directory and the inflection table, from FindDataDir().
StatusOr<std::vector<std::string>> DefaultRulePaths();
std::string DefaultInflectionTable();

// Restorer options from the user's rule paths (or the default pack).
StatusOr<RestorerOptions> MakeRestorerOptions(const std::vector<std::string>& rule_paths,
                                              double min_confidence);

}  // namespace unspin
