#include "render/findings.h"

#include <algorithm>

#include "base/line_index.h"

namespace unspin {

std::vector<Finding> CollectFindings(const RuleSet& rules, std::string_view input,
                                     const Restoration& restoration) {
  std::vector<Finding> findings;
  for (const Edit& edit : restoration.edits) {
    Finding finding;
    finding.span = edit.span;
    finding.original = edit.original;
    finding.replacement = edit.replacement;
    finding.is_rule = edit.kind != EditKind::kSpelling;
    finding.rule_index = edit.rule_index;
    finding.rule = edit.kind == EditKind::kSpelling  ? "spelling"
                   : edit.kind == EditKind::kArticle ? "article"
                                                     : rules.rules()[edit.rule_index].id;
    findings.push_back(std::move(finding));
  }
  for (const SpellFinding& spelled : restoration.spelling) {
    // A fixed word is already an edit.
    if (spelled.fixed) continue;
    Finding finding;
    finding.span = spelled.span;
    finding.original = spelled.word;
    finding.rule = "spelling";
    finding.suggestions = spelled.suggestions;
    findings.push_back(std::move(finding));
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return a.span.begin < b.span.begin;
  });
  // Offsets mostly increase (edits never overlap), so one counter walks the
  // document once.
  PositionCounter positions(input);
  for (Finding& finding : findings) {
    const PositionCounter::Position start = positions.At(finding.span.begin);
    finding.start_line = start.line;
    finding.start_column = start.column;
    const PositionCounter::Position end = positions.At(finding.span.end);
    finding.end_line = end.line;
    finding.end_column = end.column;
  }
  return findings;
}

}  // namespace unspin
