// Resolving default data paths for the front end.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "cli/options.h"
#include "pipeline/restorer.h"

namespace unspin {

inline constexpr const char* kDefaultPack = "news";

// A rule pack: rules/NAME/ under the data directory, and the words its
// restorations need that Hunspell lacks (dictionaries/NAME-words.txt).
struct PackFiles {
  std::string name;
  std::string rules;      // directory
  std::string word_list;  // empty when the pack has none
};

// The packs named (the default pack when none are); fails on an unknown
// name, listing the installed packs.
StatusOr<std::vector<PackFiles>> FindPacks(const std::vector<std::string>& names);
// The names of the packs under the data directory, sorted.
std::vector<std::string> InstalledPacks();

// The inflection table, from FindDataDir(), or "".
std::string DefaultInflectionTable();

// The default reference vocabulary, or "" when it is not installed.
std::string DefaultVocabulary();

// The default backoff language model (en-us.lm, which the build makes from
// Debian's pocketsphinx-en-us), or "" when it was not made.
std::string DefaultBackoffModel();

// A learned model shipped in dictionaries/ (NAME.model: "detector",
// "decision"), or "" when it is not installed.
std::string DefaultModel(const std::string& name);

// Restorer options from the command line: the user's rule paths (or the
// packs' rules) followed by the added ones (--add-rules), the packs' word lists, vocabulary (or the default one) and
// thresholds.
StatusOr<RestorerOptions> MakeRestorerOptions(const CommonOptions& common);

// The restorer the command line asked for. Warns once on stderr when some
// rule restorations fail the spelling dictionary (they are never applied).
StatusOr<std::unique_ptr<Restorer>> CreateRestorer(const CommonOptions& common);

}  // namespace unspin
