#include "learn/candidate_check.h"

#include "rules/context_pattern.h"
#include "rules/inflector.h"
#include "rules/rule_set.h"

namespace unspin {
namespace {

// False when a pattern does not validate.
bool AddConditions(const std::vector<std::string>& patterns, ContextCondition::Side side,
                   Rule& rule) {
  bool ok = true;
  for (const std::string& pattern : patterns) {
    ContextCondition condition;
    condition.side = side;
    condition.negated = true;
    condition.pattern = ContextPattern::Shared(pattern, side);
    if (!condition.pattern->Validate().empty()) ok = false;
    rule.conditions.push_back(std::move(condition));
  }
  return ok;
}

}  // namespace

CandidateCheck::CandidateCheck(const CandidateRule& candidate) {
  Rule rule;
  rule.id = candidate.id;
  rule.spun = {candidate.spun};
  rule.restorations = {candidate.restore};
  rule.confidence = candidate.confidence;
  rule.category = candidate.category;
  const bool before_ok =
      AddConditions(candidate.unless_before, ContextCondition::Side::kBefore, rule);
  const bool after_ok = AddConditions(candidate.unless_after, ContextCondition::Side::kAfter, rule);
  StatusOr<RuleSet> compiled = RuleSet::Compile({std::move(rule)}, Inflector());
  if (compiled.ok() && before_ok && after_ok) {
    restorer_ = std::make_unique<Restorer>(std::move(compiled.value()), 0.0);
  }
}

bool CandidateCheck::Restores(const CandidateExample& example) const {
  if (!ok()) return false;
  const std::string got = restorer_->Restore(example.spun).text;
  return got == example.restored && restorer_->Restore(got).text == got;
}

bool CandidateCheck::Keeps(const std::string& text) const {
  return ok() && restorer_->Restore(text).text == text;
}

}  // namespace unspin
