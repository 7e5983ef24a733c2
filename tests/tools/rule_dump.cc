// unspin_rule_dump PATH...: every rule of a rule set as the engine sees it,
// one field a line, lists expanded and continued lines joined, without line
// numbers. Two rule sets that dump the same are the same rules, however
// they are written (scripts/same-rules.sh compares a revision's packs with
// the working tree's this way).
#include <cstdio>
#include <string>
#include <vector>

#include "rules/rule_loader.h"

namespace unspin {
namespace {

void Print(const char* key, const std::string& value) {
  std::printf("  %s\t%s\n", key, value.c_str());
}

std::string FileName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void Dump(const Rule& rule) {
  std::printf("rule %s (%s)\n", rule.id.c_str(), FileName(rule.location.file).c_str());
  for (const std::string& spun : rule.spun) Print("spun", spun);
  for (const std::string& restored : rule.restorations) Print("restore", restored);
  for (const FormPair& form : rule.forms) Print("form", form.spun + " => " + form.restored);
  Print("inflect", rule.inflection == Inflection::kVerb   ? "verb"
                   : rule.inflection == Inflection::kNoun ? "noun"
                                                          : "none");
  for (const ContextCondition& condition : rule.conditions) {
    const std::string side = condition.side == ContextSide::kBefore ? "before" : "after";
    Print((condition.negated ? "unless-" + side : side).c_str(), condition.pattern->pattern());
  }
  for (const DocumentCondition& condition : rule.document_conditions) {
    std::string phrases;
    for (const std::string& phrase : condition.phrases) phrases += "[" + phrase + "]";
    Print(condition.negated ? "unless-document" : "if-document", phrases);
  }
  Print("confidence", std::to_string(rule.confidence));
  Print("certain", rule.certain ? "yes" : "no");
  Print("needs-spin", std::to_string(rule.needs_spin));
  Print("category", rule.category);
  Print("note", rule.note);
  for (const RuleExample& example : rule.examples) {
    Print("example", example.spun + " => " + example.restored);
  }
  for (const KeepExample& keep : rule.keeps) Print("keep", keep.text);
}

}  // namespace
}  // namespace unspin

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: unspin_rule_dump PATH...\n");
    return 2;
  }
  unspin::RuleLoadOptions options;
  options.cache = unspin::ValidationCache("");
  auto rules = unspin::LoadRules(std::vector<std::string>(argv + 1, argv + argc), options);
  if (!rules.ok()) {
    std::fprintf(stderr, "%s\n", rules.status().message().c_str());
    return 1;
  }
  for (const unspin::Rule& rule : rules.value()) unspin::Dump(rule);
  return 0;
}
