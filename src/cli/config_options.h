// The config file's settings merged into the parsed command line, which
// wins: a setting from the file is used only where no flag gave one.
#pragma once

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "cli/config_file.h"
#include "cli/flags.h"

namespace unspin {

// Fills `common` (and `threshold`, when not null) from `config` for each
// setting `app`'s command line did not give. Lists that add up (add-rules,
// dict, vocab) take the file's entries first; the file's disable/enable
// patterns go beneath the command line's.
void MergeConfig(const ConfigFile& config, const CLI::App& app, CommonOptions& common,
                 double* threshold);

// For the command that was parsed (restoring, --jsonl, review or eval):
// loads --config FILE, or the nearest .unspin.toml unless --no-config, and
// merges it. Fails when a given file is missing, or any file is invalid.
Status ApplyConfigFile(CLI::App& app, CommandLine& line);

}  // namespace unspin
