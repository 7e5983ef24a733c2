// Parsing the text of one .rules file (format: rules/README.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace unspin {

struct ParsedRuleFile {
  std::vector<Rule> rules;
  // Targets of "include PATH" lines, as written, with their locations.
  std::vector<std::pair<std::string, SourceLocation>> includes;
  // Every problem found, each "file:line: message". Empty when the file is
  // good. A file with errors must not be used, even partly.
  std::vector<std::string> errors;
};

// Parses `text`, naming it `file_name` in locations and messages. Never
// fails outright: all errors are collected in the result. Context patterns
// are compiled here, so a bad regex is reported with its line, unless
// `compile_patterns` is false: then every condition's regex is null and the
// caller must call CompileConditions (the loader does, on all threads).
ParsedRuleFile ParseRuleFile(std::string_view text, const std::string& file_name,
                             bool compile_patterns = true);

// Compiles the patterns of every condition of `rules` whose regex is null,
// using up to `threads` threads. Returns "file:line: message" for each
// pattern RE2 refuses, in rule order.
std::vector<std::string> CompileConditions(std::vector<Rule>& rules, unsigned threads);

// Compiles a context condition's pattern for the given side. Returns nullptr
// and sets `error` when RE2 rejects the pattern.
std::shared_ptr<const RE2> CompileContextPattern(const std::string& pattern,
                                                 ContextCondition::Side side,
                                                 std::string& error);

}  // namespace unspin
