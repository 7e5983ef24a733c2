#include "render/json_report.h"

#include <cmath>
#include <cstdint>

#include "base/line_index.h"

namespace unspin {
namespace {

using json = nlohmann::ordered_json;

json Position(size_t byte, PositionCounter& positions) {
  const PositionCounter::Position position = positions.At(byte);
  return {{"byte", byte},
          {"codepoint", position.codepoint},
          {"line", position.line},
          {"column", position.column}};
}

json EditToJson(const RuleSet& rules, const Edit& edit, PositionCounter& positions) {
  json out = {{"kind", EditKindName(edit.kind)},
              {"start", Position(edit.span.begin, positions)},
              {"end", Position(edit.span.end, positions)},
              {"original", edit.original},
              {"replacement", edit.replacement},
              {"alternatives", edit.alternatives}};
  if (edit.kind == EditKind::kSpelling) {
    out["rule"] = nullptr;
    out["category"] = EditCategory(rules, edit);
    out["confidence"] = nullptr;
    out["score"] = nullptr;
    out["explanation"] = EditExplanation(rules, edit);
    return out;
  }
  const Rule& rule = rules.rules()[edit.rule_index];
  out["rule"] = rule.id;
  out["category"] = EditCategory(rules, edit);
  out["confidence"] = rule.confidence;
  out["score"] = std::isnan(edit.evidence) ? json(nullptr) : json(edit.evidence);
  out["certain"] = rule.certain;
  out["origin"] = RuleOriginName(rule.origin);
  out["explanation"] = EditExplanation(rules, edit);
  out["source"] = rule.location.ToString();
  return out;
}

}  // namespace

const char* EditKindName(EditKind kind) {
  switch (kind) {
    case EditKind::kRestoration:
      return "restoration";
    case EditKind::kArticle:
      return "article";
    case EditKind::kSpelling:
      return "spelling";
  }
  return "restoration";
}

std::string_view EditExplanation(const RuleSet& rules, const Edit& edit) {
  switch (edit.kind) {
    case EditKind::kSpelling:
      return "unambiguous spelling correction (--spell=fix)";
    case EditKind::kArticle:
      return "the indefinite article agrees with the restored word";
    case EditKind::kRestoration:
      break;
  }
  return rules.rules()[edit.rule_index].note;
}

std::string_view EditCategory(const RuleSet& rules, const Edit& edit) {
  if (edit.kind == EditKind::kSpelling) return "spelling";
  return rules.rules()[edit.rule_index].category;
}

std::vector<std::string> RestorationWarnings(const Restoration& restoration) {
  std::vector<std::string> warnings;
  if (restoration.first_invalid_byte) {
    warnings.push_back("invalid UTF-8 at byte " + std::to_string(*restoration.first_invalid_byte) +
                       "; invalid bytes are passed through unchanged");
  }
  return warnings;
}

std::string ExplainJson(const Restorer& restorer, std::string_view input,
                        const Restoration& restoration) {
  const RuleSet& rules = restorer.rules();
  json detector = json::object();
  detector["source"] = restorer.detector().source();
  detector["bias"] = restorer.detector().bias();
  json features = json::object(), contributions = json::object();
  for (const SpinDetector::Term& term : restorer.detector().Terms(restoration.evidence)) {
    features[std::string(term.name)] = term.value;
    contributions[std::string(term.name)] = term.contribution;
  }
  detector["features"] = std::move(features);
  detector["contributions"] = std::move(contributions);
  std::string out = "{\"detector\":" + DumpJson(detector);
  out += ",\"decision_model\":" + DumpJson(restorer.decision_model().source());
  out += ",\"feature_names\":" + DumpJson(json(std::vector<std::string>(
                                      kCandidateFeatureNames.begin(), kCandidateFeatureNames.end())));
  out += ",\"decisions\":[";
  VariantTable variants(rules);
  for (const PhraseVariant& variant : restoration.proposed_variants) variants.Add(variant);
  for (size_t i = 0; i < restoration.decisions.size(); ++i) {
    const Decision& d = restoration.decisions[i];
    const Rule& rule = rules.rules()[d.rule_index];
    const PhraseVariant& variant = variants[d.candidate.variant];
    json item = {{"span", {d.span.begin, d.span.end}},
                 {"spun", std::string(input.substr(d.span.begin, d.span.size()))},
                 {"rule", rule.id},
                 {"origin", RuleOriginName(rule.origin)},
                 {"certain", d.certain},
                 {"applied", d.applied},
                 {"needs_spin", d.needs_spin_unmet},
                 {"evidence", d.evidence},
                 {"best", d.best},
                 {"restorations", variant.restorations}};
    if (!d.score.restorations.empty()) {
      json all = json::array();
      for (const CandidateFeatures& row : d.all_features) {
        all.push_back(std::vector<double>(row.begin(), row.end()));
      }
      item["features"] = std::move(all);
      item["contributions"] = d.contributions;
    }
    if (i > 0) out += ',';
    out += DumpJson(item);
  }
  return out + "]}";
}

std::string RestorationJson(const RuleSet& rules, std::string_view input,
                            const Restoration& restoration, const std::string& name,
                            const Restorer* explain) {
  std::string out;
  out.reserve(EstimatedRestorationJsonBytes(rules, restoration) + name.size());
  AppendRestorationJson(rules, input, restoration, name, explain, out);
  return out;
}

size_t EstimatedRestorationJsonBytes(const RuleSet& rules, const Restoration& restoration) {
  // The fixed text of an edit's object (keys, four positions, kind, nulls
  // and numbers) is under 400 bytes; the strings are counted as they are,
  // plus an eighth for escapes.
  constexpr size_t kEditFixedBytes = 400;
  constexpr size_t kFindingFixedBytes = 250;
  size_t strings = 0;
  for (const Edit& edit : restoration.edits) {
    strings += edit.original.size() + edit.replacement.size() + EditExplanation(rules, edit).size() +
               EditCategory(rules, edit).size();
    for (const std::string& alternative : edit.alternatives) strings += alternative.size() + 3;
    if (edit.kind != EditKind::kSpelling) {
      const Rule& rule = rules.rules()[edit.rule_index];
      strings += rule.id.size() + rule.location.file.size() + 12;
    }
  }
  for (const SpellFinding& finding : restoration.spelling) {
    strings += finding.word.size();
    for (const std::string& suggestion : finding.suggestions) strings += suggestion.size() + 3;
  }
  return 512 + strings + strings / 8 + kEditFixedBytes * restoration.edits.size() +
         kFindingFixedBytes * restoration.spelling.size();
}

void AppendRestorationJson(const RuleSet& rules, std::string_view input,
                           const Restoration& restoration, const std::string& name,
                           const Restorer* explain, std::string& out) {
  // Written piece by piece: a document of dense edits would otherwise hold a
  // JSON tree of about 2 KB per edit (420 MB for 10 MB of spun text) before
  // a byte is written. Each edit's object lives only while it is dumped.
  out += "{\"schema\":" + DumpJson(kJsonSchema);
  if (!name.empty()) out += ",\"file\":" + DumpJson(name);
  out += ",\"bytes\":" + std::to_string(input.size());
  out += ",\"spin_probability\":" + DumpJson(restoration.spin_probability);
  out += ",\"spin_score\":" + DumpJson(restoration.spin_score);
  out += ",\"edits\":[";
  // Edits and findings are each in document order: one pass apiece.
  PositionCounter positions(input);
  for (size_t i = 0; i < restoration.edits.size(); ++i) {
    if (i > 0) out += ',';
    out += DumpJson(EditToJson(rules, restoration.edits[i], positions));
  }
  out += "],\"spelling\":[";
  PositionCounter spelling_positions(input);
  for (size_t i = 0; i < restoration.spelling.size(); ++i) {
    const SpellFinding& finding = restoration.spelling[i];
    if (i > 0) out += ',';
    out += DumpJson(json{{"start", Position(finding.span.begin, spelling_positions)},
                         {"end", Position(finding.span.end, spelling_positions)},
                         {"word", finding.word},
                         {"suggestions", finding.suggestions},
                         {"fixed", finding.fixed}});
  }
  out += "],\"warnings\":" + DumpJson(json(RestorationWarnings(restoration)));
  if (explain != nullptr) out += ",\"explain\":" + ExplainJson(*explain, input, restoration);
  out += '}';
}

std::string DumpJson(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace unspin
