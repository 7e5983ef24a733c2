// `unspin rules test [PATH...]`: run every rule's examples.
// `unspin rules import THESAURUS`: rules from a spinner thesaurus.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "cli/input.h"
#include "cli/output.h"
#include "rules/thesaurus_import.h"

#include "cli/commands.h"
#include "cli/defaults.h"
#include "pipeline/rule_examples.h"
#include "rules/list_importer.h"
#include "rules/rule_loader.h"

namespace unspin {

int RunRulesTest(const RulesTestOptions& options) {
  CommonOptions common;
  common.rule_paths = options.paths;
  common.packs = options.packs;
  common.no_vocabulary = true;
  common.spell = "report";  // for the restoration guard's dictionary
  common.language = options.language;
  common.personal_dictionaries = options.personal_dictionaries;
  StatusOr<RestorerOptions> restorer_options = MakeRestorerOptions(common);
  if (!restorer_options.ok()) return ReportError(restorer_options.status().message());
  StatusOr<LoadedRules> loaded = LoadRulesFor(restorer_options.value());
  if (!loaded.ok()) return ReportError(loaded.status().message());
  RuleExampleReport report = CheckRuleExamples(loaded->rules, loaded->inflector);
  // The restoration guard, over the rules already loaded: restorations the
  // spelling dictionary (with the packs' and the user's word lists) rejects.
  StatusOr<std::unique_ptr<SpellStage>> spell =
      SpellStage::Create(restorer_options->dictionary, SpellMode::kReport);
  if (!spell.ok()) return ReportError(spell.status().message());
  StatusOr<RuleSet> compiled = RuleSet::Compile(std::move(loaded->rules), loaded->inflector);
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

namespace {

// "  lists in words.lists: @weekday (7), @month (12)", wrapped, for each
// lists file of the pack's directory.
Status PrintPackLists(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".lists") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files) {
    StatusOr<std::vector<WordList>> lists = ListsDefinedIn(file.string());
    if (!lists.ok()) return lists.status();
    std::string line = "  lists in " + file.filename().string() + ":";
    for (const WordList& list : lists.value()) {
      const std::string entry = " @" + list.name + " (" + std::to_string(list.items.size()) + ")";
      if (line.size() + entry.size() > 100) {
        std::printf("%s\n", line.c_str());
        line = "   ";
      }
      line += entry;
    }
    std::printf("%s\n", line.c_str());
  }
  return Status::Ok();
}

}  // namespace

int RunRulesList(const RulesListOptions& options) {
  const std::vector<std::string> names =
      options.packs.empty() ? InstalledPacks() : options.packs;
  if (names.empty()) return ReportError("no rule packs installed (see UNSPIN_DATA_DIR)");
  StatusOr<std::vector<PackFiles>> packs = FindPacks(names);
  if (!packs.ok()) return ReportError(packs.status().message());
  for (const PackFiles& pack : packs.value()) {
    StatusOr<std::vector<Rule>> rules = LoadRules({pack.rules});
    if (!rules.ok()) return ReportError(rules.status().message());
    std::map<std::string, size_t> categories;
    size_t written = 0, certain = 0, outside_context = 0;
    for (const Rule& rule : rules.value()) {
      // The readings of outside-context: rules are counted with them.
      if (rule.is_outside_context_reading()) continue;
      ++written;
      ++categories[rule.category.empty() ? "(none)" : rule.category];
      if (rule.certain) ++certain;
      if (rule.outside_context > 0) ++outside_context;
    }
    std::printf("%s%s: %zu rules (%zu certain, %zu also outside their context) in %s\n",
                pack.name.c_str(), pack.name == kDefaultPack ? " (default)" : "", written,
                certain, outside_context, pack.rules.c_str());
    if (!pack.word_list.empty()) std::printf("  word list: %s\n", pack.word_list.c_str());
    if (Status listed = PrintPackLists(pack.rules); !listed.ok()) {
      return ReportError(listed.message());
    }
    for (const auto& [category, count] : categories) {
      std::printf("  %6zu  %s\n", count, category.c_str());
    }
  }
  return Flush(stdout).ok() ? 0 : 2;
}

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
  for (const std::string& warning : imported->warnings) {
    std::fprintf(stderr, "unspin: warning: %s\n", warning.c_str());
  }
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
