#include "render/lint_report.h"

#include "render/diff_path.h"

namespace unspin {
namespace {

// A phrase can run over a line break; the report must stay one line a
// finding.
std::string OneLine(std::string_view text) {
  std::string line;
  for (const char c : text) {
    if (c == '\n') {
      line += "\\n";
    } else if (c == '\r') {
      line += "\\r";
    } else {
      line += c;
    }
  }
  return line;
}

}  // namespace

std::string LintReport(const std::string& file_name, const std::vector<Finding>& findings) {
  const std::string name = QuotedPath(file_name, /*escape_non_ascii=*/false);
  std::string out;
  for (const Finding& finding : findings) {
    out += name + ":" + std::to_string(finding.start_line) + ":" +
           std::to_string(finding.start_column) + ": " + finding.rule + ": '" +
           OneLine(finding.original) + "'";
    if (finding.replacement) {
      out += " -> '" + OneLine(*finding.replacement) + "'";
    } else if (!finding.suggestions.empty()) {
      out += " (suggestions: ";
      for (size_t i = 0; i < finding.suggestions.size() && i < 5; ++i) {
        out += (i == 0 ? "" : ", ") + OneLine(finding.suggestions[i]);
      }
      out += ")";
    }
    out += "\n";
  }
  return out;
}

}  // namespace unspin
