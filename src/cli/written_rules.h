// What the commands that write rule files (`unspin learn`, `unspin mine`)
// share: writing the file, and checking that what they wrote loads and
// passes its own examples.
#pragma once

#include <string>

#include "base/status.h"
#include "pipeline/rule_examples.h"

namespace unspin {

// Writes `text` to `path`, or to stdout when `path` is empty or "-". The
// error names the file.
Status WriteRulesOutput(const std::string& path, const std::string& text);

// Parses `text` back (`name` for messages) and runs its rules' examples as
// `unspin rules test` does; parse errors count as failures.
RuleExampleReport CheckWrittenRules(const std::string& text, const std::string& name);

// Prints the check's result to stderr, each failure as a warning.
void ReportWrittenRulesCheck(const RuleExampleReport& check);

// Today's date, YYYY-MM-DD, for the header of a written file.
std::string Today();

}  // namespace unspin
