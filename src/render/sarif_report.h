// --format=sarif: the findings of every input as one SARIF 2.1.0 log, the
// format code-scanning dashboards import. One run; its tool driver lists
// the rules that found something; each result has a physical location
// (line and column, columns in Unicode code points, plus the byte range)
// and, for an edit, a fix that replaces the region with the restoration.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "render/findings.h"
#include "rules/rule_set.h"

namespace unspin {

// Collects results input by input. Not thread-safe.
class SarifReport {
 public:
  // `rules` must outlive the report. `version` is unspin's.
  SarifReport(const RuleSet& rules, std::string version);

  // The results of one input. `file_name` becomes the artifact's URI
  // (percent-encoded; "-" is "stdin").
  void Add(const std::string& file_name, const std::vector<Finding>& findings);

  size_t result_count() const { return results_.size(); }

  // The whole log, as one line of JSON followed by a newline.
  std::string Finish() const;

 private:
  // The index of `finding`'s rule in the driver's rules, added on first use.
  size_t RuleIndex(const Finding& finding);

  const RuleSet& rules_;
  std::string version_;
  nlohmann::ordered_json driver_rules_ = nlohmann::ordered_json::array();
  std::map<std::string, size_t> rule_indices_;  // rule id -> index in driver_rules_
  nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
};

// `path` as a relative URI reference: every byte but unreserved characters
// and '/' percent-encoded (RFC 3986).
std::string PathToUri(const std::string& path);

}  // namespace unspin
