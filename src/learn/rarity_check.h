// Whether learned rules restore commoner wordings, as they should: a
// spinner swaps a common word for a rarer synonym ("said" -> "mentioned").
#pragma once

#include <cstddef>
#include <vector>

#include "learn/rule_learner.h"
#include "vocab/vocabulary.h"

namespace unspin {

struct RarityReport {
  // Rules whose two sides are both 1 to 3 words the vocabulary has seen.
  size_t compared = 0;
  // Of those, the ones whose restoration is at least kRarerBy times rarer
  // than their spun wording, in the order of `rules`. Point into `rules`.
  std::vector<const LearnedRule*> common_to_rare;
};

inline constexpr double kRarerBy = 2.0;

// Compares each rule's sides by their counts in `vocabulary`.
RarityReport FindCommonToRare(const std::vector<LearnedRule>& rules, const Vocabulary& vocabulary);

}  // namespace unspin
