#include "render/explanation.h"

#include <string>

#include "base/line_index.h"

namespace unspin {
namespace {

// "FILE:LINE:COL (byte N)": where a candidate is, in a form editors jump
// to; the byte offset is what --json reports.
class Places {
 public:
  Places(const std::string& file_name, std::string_view input)
      : file_name_(file_name), positions_(input) {}
  std::string At(size_t byte) {
    const PositionCounter::Position position = positions_.At(byte);
    return file_name_ + ":" + std::to_string(position.line) + ":" +
           std::to_string(position.column) + " (byte " + std::to_string(byte) + ")";
  }

 private:
  const std::string& file_name_;
  PositionCounter positions_;
};

void PrintEdits(const RuleSet& rules, const Restoration& restoration, Places& places,
                std::FILE* out) {
  for (const Edit& edit : restoration.edits) {
    if (edit.kind == EditKind::kSpelling) {
      std::fprintf(out, "%s: '%s' -> '%s' (spelling)\n", places.At(edit.span.begin).c_str(),
                   edit.original.c_str(), edit.replacement.c_str());
      continue;
    }
    const Rule& rule = rules.rules()[edit.rule_index];
    std::fprintf(out, "%s: '%s' -> '%s' (%s%s, confidence %.2f)\n",
                 places.At(edit.span.begin).c_str(), edit.original.c_str(), edit.replacement.c_str(),
                 edit.kind == EditKind::kArticle ? "article for " : "", rule.id.c_str(),
                 rule.confidence);
  }
}

}  // namespace

void PrintExplanation(const Restorer& restorer, const std::string& file_name,
                      std::string_view input, const Restoration& restoration, std::FILE* out) {
  const RuleSet& rules = restorer.rules();
  std::fprintf(out, "%s: spin probability: %.3f; spin score: %.1f artefacts per 1,000 words\n",
               file_name.c_str(), restoration.spin_probability, restoration.spin_score);
  Places places(file_name, input);
  const SpinDetector& detector = restorer.detector();
  std::fprintf(out, "  detector (%s): bias %.2f", detector.source().c_str(), detector.bias());
  for (const SpinDetector::Term& term : detector.Terms(restoration.evidence)) {
    std::fprintf(out, ", %.*s %.3g (%+.2f)", static_cast<int>(term.name.size()), term.name.data(),
                 term.value, term.contribution);
  }
  std::fprintf(out, "\n");
  if (restoration.decisions.empty()) {
    PrintEdits(rules, restoration, places, out);
    return;
  }
  VariantTable variants(rules);
  for (const PhraseVariant& variant : restoration.proposed_variants) variants.Add(variant);
  const LinearModel& model = restorer.decision_model();
  for (const Decision& decision : restoration.decisions) {
    const Rule& rule = rules.rules()[decision.rule_index];
    const PhraseVariant& variant = variants[decision.candidate.variant];
    const std::string spun(input.substr(decision.span.begin, decision.span.size()));
    if (decision.needs_spin_unmet) {
      std::fprintf(out, "%s: '%s' (rule %s): needs a spun document: kept\n",
                   places.At(decision.span.begin).c_str(), spun.c_str(), rule.id.c_str());
      continue;
    }
    if (decision.certain) {
      std::fprintf(out, "%s: '%s' -> '%s': certain rule %s\n",
                   places.At(decision.span.begin).c_str(),
                   spun.c_str(), variant.restorations[0].c_str(), rule.id.c_str());
      continue;
    }
    if (decision.score.restorations.empty()) {
      std::fprintf(out, "%s: '%s' (rule %s): not scored: kept\n",
                   places.At(decision.span.begin).c_str(),
                   spun.c_str(), rule.id.c_str());
      continue;
    }
    std::fprintf(out, "%s: '%s' -> '%s' (%s %s): evidence %.2f: %s\n",
                 places.At(decision.span.begin).c_str(),
                 spun.c_str(), variant.restorations[decision.best].c_str(),
                 std::string(RuleOriginName(rule.origin)).c_str(), rule.id.c_str(),
                 decision.evidence, decision.applied ? "restored" : "kept");
    if (restorer.hand_set_decision()) {
      // No decision.model: the hand-set rule (HandSetEvidence) decided.
      std::fprintf(out, "    hand-set rule: gain %.2f", decision.score.gain());
      if (decision.score.has_backoff()) {
        // Each model's gain for the chosen restoration; gain is their mean.
        std::fprintf(out, " (vocabulary %.2f, lm %.2f)", decision.score.Gain(decision.best),
                     decision.score.backoff.Gain(decision.best));
      }
    } else {
      std::fprintf(out, "    bias %+.2f", model.bias());
    }
    for (size_t f = 0; f < decision.features.size() && f < decision.contributions.size() &&
                       !restorer.hand_set_decision();
         ++f) {
      if (decision.contributions[f] == 0 && decision.features[f] == 0) continue;
      std::fprintf(out, ", %.*s %.3g (%+.2f)", static_cast<int>(kCandidateFeatureNames[f].size()),
                   kCandidateFeatureNames[f].data(), decision.features[f],
                   decision.contributions[f]);
    }
    if (variant.restorations.size() > 1) {
      std::fprintf(out, "; also");
      for (size_t r = 0; r < variant.restorations.size(); ++r) {
        if (r == decision.best) continue;
        std::fprintf(out, " '%s' (gain %.2f)", variant.restorations[r].c_str(),
                     decision.score.CombinedGain(r));
      }
    }
    std::fprintf(out, "\n");
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
