#include "render/explanation.h"

#include <string>

#include "base/line_index.h"

namespace unspin {
namespace {

void PrintEdits(const RuleSet& rules, const Restoration& restoration, std::FILE* out) {
  for (const Edit& edit : restoration.edits) {
    if (edit.kind == EditKind::kSpelling) {
      std::fprintf(out, "byte %zu: '%s' -> '%s' (spelling)\n", edit.span.begin,
                   edit.original.c_str(), edit.replacement.c_str());
      continue;
    }
    const Rule& rule = rules.rules()[edit.rule_index];
    std::fprintf(out, "byte %zu: '%s' -> '%s' (%s%s, confidence %.2f)\n", edit.span.begin,
                 edit.original.c_str(), edit.replacement.c_str(),
                 edit.kind == EditKind::kArticle ? "article for " : "", rule.id.c_str(),
                 rule.confidence);
  }
}

}  // namespace

void PrintExplanation(const RuleSet& rules, std::string_view input,
                      const Restoration& restoration, std::FILE* out) {
  std::fprintf(out, "spin score: %.1f artefacts per 1,000 words\n", restoration.spin_score);
  if (restoration.decisions.empty()) {
    PrintEdits(rules, restoration, out);
    return;
  }
  for (const Decision& decision : restoration.decisions) {
    const Rule& rule = rules.rules()[decision.rule_index];
    const PhraseVariant& variant = rules.variants()[decision.candidate.variant];
    const std::string verdict = decision.applied ? "restored" : "kept";
    const std::string spun(input.substr(decision.span.begin, decision.span.size()));
    if (decision.certain) {
      std::fprintf(out, "byte %zu: '%s' -> '%s': certain rule %s\n", decision.span.begin,
                   spun.c_str(), variant.restorations[0].c_str(), rule.id.c_str());
      continue;
    }
    if (decision.score.restorations.empty()) {
      std::fprintf(out,
                   "byte %zu: '%s' (rule %s): ambiguous rule, document not spun: kept\n",
                   decision.span.begin, spun.c_str(), rule.id.c_str());
      continue;
    }
    std::fprintf(out, "byte %zu: '%s' (rule %s): spun %.2f", decision.span.begin, spun.c_str(),
                 rule.id.c_str(), decision.score.spun);
    for (size_t i = 0; i < variant.restorations.size(); ++i) {
      std::fprintf(out, ", '%s' %.2f", variant.restorations[i].c_str(),
                   decision.score.restorations[i]);
    }
    std::fprintf(out, "; gain %.2f", decision.score.gain());
    if (decision.score.has_backoff()) {
      // Each model's gain for the chosen restoration; gain is their mean.
      std::fprintf(out, " (vocabulary %.2f, lm %.2f)", decision.score.Gain(decision.score.best),
                   decision.score.backoff.Gain(decision.score.best));
    }
    std::fprintf(out,
                 ", pooled %.2f, prior %.2f, document %.2f, consistency %.2f => "
                 "evidence %.2f: %s\n",
                 decision.pooled_gain, decision.prior,
                 decision.document_shift, decision.consistency, decision.evidence,
                 verdict.c_str());
  }
}

}  // namespace unspin

namespace unspin {

void PrintSpellingFindings(const std::string& file_name, std::string_view input,
                           const std::vector<SpellFinding>& findings, std::FILE* out,
                           size_t first_line) {
  if (findings.empty()) return;
  PositionCounter positions(input);
  for (const SpellFinding& finding : findings) {
    const PositionCounter::Position position = positions.At(finding.span.begin);
    std::string suggestions;
    for (size_t i = 0; i < finding.suggestions.size() && i < 5; ++i) {
      suggestions += (i == 0 ? "" : ", ") + finding.suggestions[i];
    }
    std::fprintf(out, "%s:%zu:%zu: spelling: '%s'%s%s%s%s\n", file_name.c_str(),
                 position.line + first_line - 1,
                 position.column, finding.word.c_str(), suggestions.empty() ? "" : " (suggestions: ",
                 suggestions.c_str(), suggestions.empty() ? "" : ")",
                 finding.fixed ? " fixed" : "");
  }
}

}  // namespace unspin
