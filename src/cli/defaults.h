// The command line's restorer: its options (flags, .unspin.toml) through
// the shared defaults (api/defaults.h), with warnings on stderr.
#pragma once

#include <memory>

#include "api/defaults.h"
#include "base/status.h"
#include "cli/options.h"
#include "pipeline/restorer.h"

namespace unspin {

// The restorer the command line asked for: `common`'s options, with the
// config file's rule switches beneath the command line's. Warns once on
// stderr when some rule restorations fail the spelling dictionary (they are
// never applied) and for each disable/enable pattern that matched no rule.
StatusOr<std::unique_ptr<Restorer>> CreateRestorer(const CommonOptions& common);

}  // namespace unspin
