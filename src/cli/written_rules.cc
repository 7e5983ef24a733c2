#include "cli/written_rules.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>

#include "cli/output.h"
#include "rules/inflector.h"
#include "rules/rule_parser.h"

namespace unspin {

Status WriteRulesOutput(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    if (Status written = WriteAll(stdout, text); !written.ok()) return written;
    return Flush(stdout);
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) return Status::Error("cannot write '" + path + "'");
  return Status::Ok();
}

RuleExampleReport CheckWrittenRules(const std::string& text, const std::string& name) {
  ParsedRuleFile parsed = ParseRuleFile(text, name);
  RuleExampleReport report = CheckRuleExamples(parsed.rules, Inflector());
  for (const std::string& error : parsed.errors) report.failures.push_back(error);
  return report;
}

void ReportWrittenRulesCheck(const RuleExampleReport& check) {
  std::fprintf(stderr, "unspin: rules test: %zu rules, %zu examples checked, %zu failures\n",
               check.rules_checked, check.examples_checked, check.failures.size());
  for (const std::string& failure : check.failures) {
    std::fprintf(stderr, "unspin: warning: %s\n", failure.c_str());
  }
}

std::string Today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

}  // namespace unspin
