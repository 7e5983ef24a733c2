// `unspin rules test [PATH...]`: run every rule's examples.
// `unspin rules import THESAURUS`: rules from a spinner thesaurus.
#include <cstdio>
#include <fstream>

#include "cli/input.h"
#include "cli/output.h"
#include "rules/thesaurus_import.h"

#include "cli/commands.h"
#include "cli/defaults.h"
#include "pipeline/rule_examples.h"
#include "rules/rule_loader.h"

namespace unspin {

int RunRulesTest(const RulesTestOptions& options) {
  CommonOptions common;
  common.rule_paths = options.paths;
  common.no_vocabulary = true;
  common.spell = "off";
  StatusOr<RestorerOptions> restorer_options = MakeRestorerOptions(common);
  if (!restorer_options.ok()) return ReportError(restorer_options.status().message());
  Inflector inflector;
  if (!restorer_options->inflection_table_path.empty()) {
    StatusOr<Inflector> loaded = Inflector::FromFile(restorer_options->inflection_table_path);
    if (!loaded.ok()) return ReportError(loaded.status().message());
    inflector = std::move(loaded.value());
  }
  StatusOr<std::vector<Rule>> rules = LoadRules(restorer_options->rule_paths);
  if (!rules.ok()) return ReportError(rules.status().message());
  RuleExampleReport report = CheckRuleExamples(rules.value(), inflector);
  // The restoration guard, over the rules already loaded: restorations the
  // spelling dictionary rejects.
  StatusOr<DictionaryFiles> dictionary = FindHunspellDictionary(options.language);
  if (!dictionary.ok()) return ReportError(dictionary.status().message());
  StatusOr<std::unique_ptr<SpellStage>> spell =
      SpellStage::Create(dictionary.value(), SpellMode::kReport);
  if (!spell.ok()) return ReportError(spell.status().message());
  StatusOr<RuleSet> compiled = RuleSet::Compile(std::move(rules.value()), inflector);
  if (!compiled.ok()) return ReportError(compiled.status().message());
  const Restorer guarded(std::move(compiled.value()), 0.0, nullptr, {}, std::move(spell.value()));
  for (const std::string& problem : guarded.rule_problems()) report.failures.push_back(problem);
  for (const std::string& failure : report.failures) {
    std::printf("FAIL %s\n", failure.c_str());
  }
  std::printf("%zu rules, %zu examples checked, %zu failures\n", report.rules_checked,
              report.examples_checked, report.failures.size());
  return report.failures.empty() ? 0 : 1;
}

}  // namespace unspin

namespace unspin {

int RunRulesImport(const RulesImportOptions& options) {
  ThesaurusFormat format = ThesaurusFormat::kAuto;
  if (options.format == "pipe") {
    format = ThesaurusFormat::kPipe;
  } else if (options.format == "spintax") {
    format = ThesaurusFormat::kSpintax;
  }
  StatusOr<std::string> text = ReadInput(options.thesaurus);
  if (!text.ok()) return ReportError(text.status().message());
  const std::string name = options.thesaurus == "-" ? "<stdin>" : options.thesaurus;
  StatusOr<ImportResult> imported = ImportThesaurus(text.value(), format, name);
  if (!imported.ok()) return ReportError(imported.status().message());
  if (options.output.empty()) {
    if (Status written = WriteAll(stdout, imported->rules_text); !written.ok()) {
      return ReportError(written.message());
    }
    if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
  } else {
    std::ofstream out(options.output, std::ios::binary);
    out << imported->rules_text;
    out.close();
    if (!out) return ReportError("cannot write '" + options.output + "'");
  }
  std::fprintf(stderr, "unspin: %zu lines read, %zu skipped, %zu rules written\n",
               imported->lines_read, imported->lines_skipped, imported->rules_written);
  return 0;
}

}  // namespace unspin
