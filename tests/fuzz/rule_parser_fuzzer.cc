// Fuzzes the rule-file parser, pattern compilation and rule compilation:
// arbitrary bytes must give rules or error messages, never a crash.
#include <cstdint>
#include <string_view>

#include "rules/rule_parser.h"
#include "rules/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace unspin;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ParsedRuleFile parsed = ParseRuleFile(text, "fuzz.rules", /*compile_patterns=*/false);
  const std::vector<std::string> errors = CompileConditions(parsed.rules, 1);
  if (parsed.errors.empty() && errors.empty()) {
    StatusOr<RuleSet> compiled = RuleSet::Compile(std::move(parsed.rules), Inflector());
    (void)compiled.ok();
  }
  return 0;
}
