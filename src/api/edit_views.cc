#include "api/edit_views.h"

#include <cmath>

#include "base/line_index.h"
#include "render/json_report.h"

namespace unspin {
namespace {

api::Position At(PositionCounter& positions, size_t byte) {
  const PositionCounter::Position p = positions.At(byte);
  return {p.byte, p.codepoint, p.line, p.column};
}

}  // namespace

std::vector<api::Edit> EditViews(const RuleSet& rules, std::string_view input,
                                const std::vector<Edit>& edits) {
  std::vector<api::Edit> views;
  views.reserve(edits.size());
  PositionCounter positions(input);  // edits are in order: one pass
  for (const Edit& edit : edits) {
    api::Edit view;
    view.kind = EditKindName(edit.kind);
    view.start = At(positions, edit.span.begin);
    view.end = At(positions, edit.span.end);
    view.original = edit.original;
    view.replacement = edit.replacement;
    view.alternatives = edit.alternatives;
    view.category = EditCategory(rules, edit);
    view.explanation = EditExplanation(rules, edit);
    if (edit.kind != EditKind::kSpelling) {
      const Rule& rule = rules.rules()[edit.rule_index];
      view.rule = rule.id;
      view.confidence = rule.confidence;
      if (!std::isnan(edit.evidence)) view.score = edit.evidence;
      view.certain = rule.certain;
      view.origin = std::string(RuleOriginName(rule.origin));
      view.source = rule.location.ToString();
    }
    views.push_back(std::move(view));
  }
  return views;
}

std::vector<api::SpellingFinding> SpellingViews(std::string_view input,
                                        const std::vector<SpellFinding>& findings) {
  std::vector<api::SpellingFinding> views;
  views.reserve(findings.size());
  PositionCounter positions(input);
  for (const SpellFinding& finding : findings) {
    api::SpellingFinding view;
    view.start = At(positions, finding.span.begin);
    view.end = At(positions, finding.span.end);
    view.word = finding.word;
    view.suggestions = finding.suggestions;
    view.fixed = finding.fixed;
    views.push_back(std::move(view));
  }
  return views;
}

}  // namespace unspin
