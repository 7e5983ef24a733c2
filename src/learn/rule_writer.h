// Writing learned rules in the rule-file format (rules/README.md).
#pragma once

#include <string>
#include <vector>

#include "learn/rule_learner.h"

namespace unspin {

// The rule-file text of `report`: a comment header of `header_lines` (each
// a "# " line; an empty one a bare "#"), then each rule after a comment
// line with its counts ("REVIEW" where the spun wording was also kept).
std::string WriteLearnedRules(const LearnReport& report,
                              const std::vector<std::string>& header_lines);

}  // namespace unspin
