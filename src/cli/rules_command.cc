// `unspin rules test [PATH...]`: run every rule's examples.
#include <cstdio>

#include "cli/commands.h"
#include "cli/defaults.h"
#include "pipeline/rule_examples.h"
#include "rules/rule_loader.h"

namespace unspin {

int RunRulesTest(const RulesTestOptions& options) {
  StatusOr<RestorerOptions> restorer_options = MakeRestorerOptions(options.paths, 0.0);
  if (!restorer_options.ok()) return ReportError(restorer_options.status().message());
  Inflector inflector;
  if (!restorer_options->inflection_table_path.empty()) {
    StatusOr<Inflector> loaded = Inflector::FromFile(restorer_options->inflection_table_path);
    if (!loaded.ok()) return ReportError(loaded.status().message());
    inflector = std::move(loaded.value());
  }
  StatusOr<std::vector<Rule>> rules = LoadRules(restorer_options->rule_paths);
  if (!rules.ok()) return ReportError(rules.status().message());
  const RuleExampleReport report = CheckRuleExamples(rules.value(), inflector);
  for (const std::string& failure : report.failures) {
    std::printf("FAIL %s\n", failure.c_str());
  }
  std::printf("%zu rules, %zu examples checked, %zu failures\n", report.rules_checked,
              report.examples_checked, report.failures.size());
  return report.failures.empty() ? 0 : 1;
}

}  // namespace unspin
