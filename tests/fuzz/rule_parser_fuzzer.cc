// Fuzzes the rule-file parser, pattern compilation and rule compilation:
// arbitrary bytes must give rules or error messages, never a crash. Every
// context pattern matched without RE2 must also give RE2's answers, on
// contexts cut from the input itself.
#include <re2/re2.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_parser.h"
#include "rules/rule_set.h"

namespace {

// Up to three words of printable ASCII from `text`, joined by single
// spaces, as the matcher makes contexts.
std::vector<std::string> ContextsFrom(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c > ' ' && c < 0x7F) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
    if (words.size() >= 12) break;
  }
  if (!word.empty()) words.push_back(word);
  std::vector<std::string> contexts = {""};
  for (size_t start = 0; start < words.size(); ++start) {
    std::string context;
    for (size_t w = start; w < words.size() && w < start + 3; ++w) {
      if (!context.empty()) context += ' ';
      context += words[w];
      contexts.push_back(context);
    }
  }
  return contexts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace unspin;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ParsedRuleFile parsed = ParseRuleFile(text, "fuzz.rules", /*compile_patterns=*/false);
  const std::vector<std::string> errors = CompileConditions(parsed.rules, 1);
  if (errors.empty()) {
    const std::vector<std::string> contexts = ContextsFrom(text);
    for (const Rule& rule : parsed.rules) {
      for (const ContextCondition& condition : rule.conditions) {
        if (!condition.pattern->is_literal()) continue;
        for (const std::string& context : contexts) {
          if (condition.pattern->Matches(context) !=
              RE2::PartialMatch(context, condition.pattern->regex())) {
            std::abort();  // the expansion and RE2 disagree
          }
        }
      }
    }
  }
  if (parsed.errors.empty() && errors.empty()) {
    StatusOr<RuleSet> compiled = RuleSet::Compile(std::move(parsed.rules), Inflector());
    (void)compiled.ok();
  }
  return 0;
}
