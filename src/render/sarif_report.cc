#include "render/sarif_report.h"

#include "render/json_report.h"

namespace unspin {
namespace {

using json = nlohmann::ordered_json;

// OASIS's published schema for this version, the URI validators expect.
constexpr const char* kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

json Region(const Finding& finding) {
  return json{{"startLine", finding.start_line},
              {"startColumn", finding.start_column},
              {"endLine", finding.end_line},
              {"endColumn", finding.end_column},
              {"byteOffset", finding.span.begin},
              {"byteLength", finding.span.size()}};
}

std::string Message(const Finding& finding) {
  if (finding.replacement) return "'" + finding.original + "' -> '" + *finding.replacement + "'";
  std::string message = "'" + finding.original + "' is not in the spelling dictionary";
  for (size_t i = 0; i < finding.suggestions.size() && i < 5; ++i) {
    message += (i == 0 ? " (suggestions: " : ", ") + finding.suggestions[i];
  }
  return message + (finding.suggestions.empty() ? "" : ")");
}

json DriverRule(const RuleSet& rules, const Finding& finding) {
  if (!finding.is_rule || finding.rule == "article") {
    const char* text = finding.rule == "article"
                           ? "An article made to agree with the restoration that follows it"
                           : "A word the spelling dictionary does not know";
    return json{{"id", finding.rule}, {"shortDescription", {{"text", text}}}};
  }
  const Rule& rule = rules.rules()[finding.rule_index];
  std::string description = rule.note;
  if (description.empty() && !rule.restorations.empty() && !rule.spun.empty()) {
    description = "Spun '" + rule.spun.front() + "' for '" + rule.restorations.front() + "'";
  }
  json entry{{"id", rule.id}};
  if (!description.empty()) entry["shortDescription"] = {{"text", description}};
  entry["properties"] = {{"category", rule.category},
                         {"confidence", rule.confidence},
                         {"source", rule.location.ToString()}};
  return entry;
}

}  // namespace

SarifReport::SarifReport(const RuleSet& rules, std::string version)
    : rules_(rules), version_(std::move(version)) {}

size_t SarifReport::RuleIndex(const Finding& finding) {
  const auto [at, added] = rule_indices_.try_emplace(finding.rule, driver_rules_.size());
  if (added) driver_rules_.push_back(DriverRule(rules_, finding));
  return at->second;
}

void SarifReport::Add(const std::string& file_name, const std::vector<Finding>& findings) {
  const std::string uri = PathToUri(file_name == "-" ? "stdin" : file_name);
  for (const Finding& finding : findings) {
    const json location{{"artifactLocation", {{"uri", uri}}}, {"region", Region(finding)}};
    json result{{"ruleId", finding.rule},
                {"ruleIndex", RuleIndex(finding)},
                {"level", finding.replacement ? "warning" : "note"},
                {"message", {{"text", Message(finding)}}},
                {"locations", json::array({{{"physicalLocation", location}}})}};
    if (finding.replacement) {
      const json replacement{{"deletedRegion", Region(finding)},
                             {"insertedContent", {{"text", *finding.replacement}}}};
      result["fixes"] = json::array(
          {{{"description", {{"text", "Replace with '" + *finding.replacement + "'"}}},
            {"artifactChanges",
             json::array({{{"artifactLocation", {{"uri", uri}}},
                           {"replacements", json::array({replacement})}}})}}});
    }
    results_.push_back(std::move(result));
  }
}

std::string SarifReport::Finish() const {
  const json driver{{"name", "unspin"},
                    {"version", version_},
                    {"semanticVersion", version_},
                    {"rules", driver_rules_}};
  const json run{{"tool", {{"driver", driver}}},
                 {"columnKind", "unicodeCodePoints"},
                 {"results", results_}};
  const json log{{"$schema", kSarifSchema}, {"version", "2.1.0"}, {"runs", json::array({run})}};
  return DumpJson(log) + "\n";
}

std::string PathToUri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri;
  for (const char c : path) {
    const unsigned char byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      uri += c;
    } else {
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 0xF];
    }
  }
  return uri;
}

}  // namespace unspin
