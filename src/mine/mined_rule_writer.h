// Writing mined rules in the rule-file format (rules/README.md).
#pragma once

#include <string>
#include <vector>

#include "mine/miner.h"

namespace unspin {

// The rule-file text of `report`'s rules: a comment header of
// `header_lines` (each a "# " line; an empty one a bare "#"), then each rule
// with `origin: mined`, its confidence, a note saying where it came from
// (documents, occurrences, how strongly and how often the language models
// prefer the restoration) and its examples.
std::string WriteMinedRules(const MineReport& report, const std::vector<std::string>& header_lines);

// One line per scored pair, tab-separated, after a header line: spun,
// restore, then kMineFeatureNames, then the confidence. What
// scripts/mine/train-mine-model.py trains the model on.
std::string WriteMineFeatures(const MineReport& report);

}  // namespace unspin
