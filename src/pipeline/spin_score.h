// The document-level spin score: unmistakable spinner artefacts per 1,000
// words.
#pragma once

#include <vector>

#include "rules/matcher.h"
#include "rules/rule_set.h"

namespace unspin {

// Matches of certain rules (wording no writer produces, such as "satellite
// tv for pc") per 1,000 word tokens of the document. 0 for an empty
// document. Overlapping matches count once.
double SpinScore(const RuleSet& rules, const TokenizedText& document,
                 const std::vector<Candidate>& candidates);

}  // namespace unspin
