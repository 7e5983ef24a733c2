#include "learn/rule_writer.h"

#include <cstdio>

namespace unspin {
namespace {

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string FormatConfidence(double confidence) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
  return buffer;
}

void WriteRule(const LearnedRule& rule, std::string& out) {
  out += "\n# " + Plural(rule.count, "substitution", "substitutions") + " in " +
         Plural(rule.documents, "document", "documents");
  if (rule.needs_review()) {
    out += "; REVIEW: the spun wording was also kept " + Plural(rule.kept, "time", "times") +
           " in " + Plural(rule.kept_documents, "document", "documents");
  }
  out += "\nrule " + rule.id + "\n";
  out += "  spun:          " + rule.spun + "\n";
  out += "  restore:       " + rule.restore + "\n";
  out += "  confidence:    " + FormatConfidence(rule.confidence) + "\n";
  out += "  category:      learned\n";
  std::string note = "Learned from original/spun pairs: \"" + rule.spun + "\" was written for \"" +
                     rule.restore + "\" " + Plural(rule.count, "time", "times");
  if (rule.needs_review()) {
    note += " and kept " + Plural(rule.kept, "time", "times") + "; review before use";
  }
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
  std::string out;
  for (const std::string& line : header_lines) out += line.empty() ? "#\n" : "# " + line + "\n";
  for (const LearnedRule& rule : report.rules) WriteRule(rule, out);
  return out;
}

}  // namespace unspin
