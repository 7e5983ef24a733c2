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

const char* KindName(EditKind kind) {
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

json EditToJson(const RuleSet& rules, const Edit& edit, PositionCounter& positions) {
  json out = {{"kind", KindName(edit.kind)},
              {"start", Position(edit.span.begin, positions)},
              {"end", Position(edit.span.end, positions)},
              {"original", edit.original},
              {"replacement", edit.replacement},
              {"alternatives", edit.alternatives}};
  if (edit.kind == EditKind::kSpelling) {
    out["rule"] = nullptr;
    out["category"] = "spelling";
    out["confidence"] = nullptr;
    out["score"] = nullptr;
    out["explanation"] = "unambiguous spelling correction (--spell=fix)";
    return out;
  }
  const Rule& rule = rules.rules()[edit.rule_index];
  out["rule"] = rule.id;
  out["category"] = rule.category;
  out["confidence"] = rule.confidence;
  out["score"] = std::isnan(edit.evidence) ? json(nullptr) : json(edit.evidence);
  out["certain"] = rule.certain;
  out["explanation"] = edit.kind == EditKind::kArticle
                           ? "the indefinite article agrees with the restored word"
                           : rule.note;
  out["source"] = rule.location.ToString();
  return out;
}

}  // namespace

json RestorationToJson(const RuleSet& rules, std::string_view input,
                       const Restoration& restoration, const std::string& name) {
  // Edits and findings are each in document order: one pass apiece.
  PositionCounter positions(input);
  json out = {{"schema", kJsonSchema}};
  if (!name.empty()) out["file"] = name;
  out["bytes"] = input.size();
  out["spin_score"] = restoration.spin_score;
  json edits = json::array();
  for (const Edit& edit : restoration.edits) {
    edits.push_back(EditToJson(rules, edit, positions));
  }
  out["edits"] = std::move(edits);
  json spelling = json::array();
  PositionCounter spelling_positions(input);
  for (const SpellFinding& finding : restoration.spelling) {
    spelling.push_back({{"start", Position(finding.span.begin, spelling_positions)},
                        {"end", Position(finding.span.end, spelling_positions)},
                        {"word", finding.word},
                        {"suggestions", finding.suggestions},
                        {"fixed", finding.fixed}});
  }
  out["spelling"] = std::move(spelling);
  json warnings = json::array();
  if (restoration.first_invalid_byte) {
    warnings.push_back("invalid UTF-8 at byte " + std::to_string(*restoration.first_invalid_byte) +
                       "; invalid bytes are passed through unchanged");
  }
  out["warnings"] = std::move(warnings);
  return out;
}

std::string DumpJson(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace unspin
