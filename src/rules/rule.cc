#include "rules/rule.h"

namespace unspin {

std::string_view RuleOriginName(RuleOrigin origin) {
  switch (origin) {
    case RuleOrigin::kHand: return "hand";
    case RuleOrigin::kLearned: return "learned";
    case RuleOrigin::kMined: return "mined";
    case RuleOrigin::kThesaurus: return "thesaurus";
    case RuleOrigin::kLanguageModel: return "language-model";
  }
  return "hand";
}

std::optional<RuleOrigin> ParseRuleOrigin(std::string_view name) {
  if (name == "hand") return RuleOrigin::kHand;
  if (name == "learned") return RuleOrigin::kLearned;
  if (name == "mined") return RuleOrigin::kMined;
  return std::nullopt;
}

}  // namespace unspin
