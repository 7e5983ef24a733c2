#include "learn/rule_writer.h"

#include "learn/rule_text.h"

namespace unspin {
namespace {

void WriteRule(const LearnedRule& rule, size_t pairs, std::string& out) {
  out += "\n# " + Plural(rule.count, "substitution", "substitutions") + " in " +
         Plural(rule.documents, "document", "documents");
  if (rule.needs_review()) {
    out += "; REVIEW: the spun wording was also kept " + Plural(rule.kept, "time", "times") +
           " in " + Plural(rule.kept_documents, "document", "documents");
  }
  out += "\nrule " + rule.id + "\n";
  out += "  spun:          " + rule.spun + "\n";
  out += "  restore:       " + rule.restore + "\n";
  out += "  origin:        learned\n";
  out += "  confidence:    " + FormatConfidence(rule.confidence) + "\n";
  out += "  category:      learned\n";
  // Where the pair came from, in the words `unspin mine` uses for its own:
  // documents, occurrences and the rate that is the rule's confidence.
  std::string note = "Learned from " + Plural(pairs, "original/spun pair", "original/spun pairs") +
                     ": '" + rule.spun + "' was written for '" + rule.restore + "' " +
                     Plural(rule.count, "time", "times") + " in " +
                     Plural(rule.documents, "document", "documents") + " and kept " +
                     Plural(rule.kept, "time", "times") + " in " +
                     Plural(rule.kept_documents, "document", "documents") + ", a rate of " +
                     FormatConfidence(rule.confidence);
  if (rule.needs_review()) note += "; review before use";
  out += "  note:          " + note + ".\n";
  for (const std::string& pattern : rule.unless_before) {
    out += "  unless-before: " + pattern + "\n";
  }
  for (const std::string& pattern : rule.unless_after) {
    out += "  unless-after:  " + pattern + "\n";
  }
  for (const LearnedRule::Example& example : rule.examples) {
    out += "  example:       " + example.spun + " => " + example.restored + "\n";
  }
  for (const std::string& keep : rule.keeps) out += "  keep:          " + keep + "\n";
}

}  // namespace

std::string WriteLearnedRules(const LearnReport& report,
                              const std::vector<std::string>& header_lines) {
  std::string out = HeaderComment(header_lines);
  for (const LearnedRule& rule : report.rules) WriteRule(rule, report.pairs, out);
  return out;
}

}  // namespace unspin
