#include "pipeline/rule_examples.h"

#include "pipeline/restorer.h"

namespace unspin {
namespace {

void CheckRule(const Rule& rule, const Inflector& inflector, RuleExampleReport& report) {
  ++report.rules_checked;
  StatusOr<RuleSet> alone = RuleSet::Compile({rule}, inflector);
  if (!alone.ok()) {
    report.failures.push_back(alone.status().message());
    return;
  }
  const Restorer restorer(std::move(alone.value()), /*min_confidence=*/0.0);
  const std::string prefix = "rule '" + rule.id + "': ";
  if (rule.examples.empty()) {
    report.failures.push_back(rule.location.ToString() + ": " + prefix +
                              "no example: line (every rule needs one)");
  }
  for (const RuleExample& example : rule.examples) {
    ++report.examples_checked;
    const Restoration restored = restorer.Restore(example.spun);
    // Restoring goes on while its output changes (Restorer::Restore); a
    // rule alone can only chain into itself.
    if (restored.passes > 1) {
      report.failures.push_back(example.location.ToString() + ": " + prefix +
                                "fires again on its own output, giving\n    " + restored.text);
      continue;
    }
    if (restored.text != example.restored) {
      report.failures.push_back(example.location.ToString() + ": " + prefix + "example gave\n    " +
                                restored.text + "\n  expected\n    " + example.restored);
    }
  }
  for (const KeepExample& keep : rule.keeps) {
    ++report.examples_checked;
    const std::string got = restorer.Restore(keep.text).text;
    if (got != keep.text) {
      report.failures.push_back(keep.location.ToString() + ": " + prefix +
                                "keep: sentence was changed to\n    " + got);
    }
  }
}

}  // namespace

RuleExampleReport CheckRuleExamples(const std::vector<Rule>& rules, const Inflector& inflector) {
  RuleExampleReport report;
  for (const Rule& rule : rules) {
    // A rule's reading outside its context (outside-context:) has no
    // examples of its own: they are the rule's, checked with it.
    if (rule.is_outside_context_reading()) continue;
    CheckRule(rule, inflector, report);
  }
  return report;
}

}  // namespace unspin
