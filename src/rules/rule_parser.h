// Parsing the text of one .rules file (format: rules/README.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "rules/word_list.h"

namespace unspin {

struct ParsedRuleFile {
  std::vector<Rule> rules;
  // Targets of "include PATH" lines, as written, with their locations.
  std::vector<std::pair<std::string, SourceLocation>> includes;
  // Every list the file defines or imports, each with the location of its
  // definition: what importing this file gives.
  std::vector<WordList> lists;
  // Every problem found, each "file:line: message". Empty when the file is
  // good. A file with errors must not be used, even partly.
  std::vector<std::string> errors;
};

// Parses `text`, naming it `file_name` in locations and messages. Never
// fails outright: all errors are collected in the result. Context patterns
// are compiled here, so a bad regex is reported with its line, unless
// `compile_patterns` is false: then they are compiled when first used, and
// the caller validates them with CompileConditions (the loader does, on all
// threads, unless the files are known good: validation_cache.h). `import`
// lines get their lists from `importer`; without one they are errors.
class ListImporter;
ParsedRuleFile ParseRuleFile(std::string_view text, const std::string& file_name,
                             bool compile_patterns = true, ListImporter* importer = nullptr);

// Compiles the pattern of every condition of `rules` not compiled yet,
// using up to `threads` threads. Returns "file:line: message" for each
// pattern RE2 refuses, in rule order.
std::vector<std::string> CompileConditions(std::vector<Rule>& rules, unsigned threads);

}  // namespace unspin
