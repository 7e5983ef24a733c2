// Running the example: and keep: sentences of rules, as the test suite and
// `unspin rules test` do.
#pragma once

#include <string>
#include <vector>

#include "rules/inflector.h"
#include "rules/rule.h"

namespace unspin {

struct RuleExampleReport {
  size_t rules_checked = 0;
  size_t examples_checked = 0;
  // One "file:line: message" per failure; empty when every example passes.
  std::vector<std::string> failures;
};

// Restores each rule's examples with that rule alone (min confidence 0, so
// low-confidence rules are checked too) and checks that:
//   - every rule has at least one example;
//   - each example's spun side becomes exactly its restored side;
//   - the rule does not fire on its own output (restoring would take a
//     second pass, Restoration::passes);
//   - each keep: sentence comes out unchanged.
RuleExampleReport CheckRuleExamples(const std::vector<Rule>& rules, const Inflector& inflector);

}  // namespace unspin
