// From the public options (unspin::api::Options) to the pipeline's: the
// default data files found, the packs resolved, the values checked. Every
// front end (the library, the command line, the Python module) goes
// through here.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/restorer.h"
#include "rules/rule_filter.h"
#include "unspin/unspin.h"

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

// The pipeline's options for `options`: the user's rule paths (or the
// packs' rules) followed by the added ones, the packs' word lists, the
// vocabulary (or the default one), models and thresholds. `beneath` are
// rule switches applied before options.disable/enable (the config file's).
// Fails for an unknown pack, a missing dictionary, or a value out of its
// range ("spell must be one of 'off', 'report', 'fix', not 'x'").
StatusOr<RestorerOptions> MakeRestorerOptions(const api::Options& options,
                                              const std::vector<RuleSwitches>& beneath = {});

}  // namespace unspin
