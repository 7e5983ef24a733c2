// The edits and spelling findings of one input as positioned findings: the
// common ground of the line-per-finding (--format=lint) and SARIF reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/restorer.h"

namespace unspin {

struct Finding {
  // Rule id for a restoration, "article" for an article made to agree with
  // one, "spelling" for a spelling fix or report.
  std::string rule;
  size_t rule_index = 0;    // into RuleSet::rules(); meaningful for restorations and articles
  bool is_rule = false;     // restoration or article: rule_index names the rule
  ByteSpan span;            // in the input
  size_t start_line = 1, start_column = 1;  // 1-based; columns in code points
  size_t end_line = 1, end_column = 1;      // exclusive end, as SARIF's endColumn
  std::string original;
  std::optional<std::string> replacement;  // none: a spelling report without a fix
  std::vector<std::string> suggestions;    // spelling reports
};

// Every edit, and every spelling finding that is not also an edit (an
// unfixed one), in document order. Positions are into `input`.
std::vector<Finding> CollectFindings(const RuleSet& rules, std::string_view input,
                                     const Restoration& restoration);

}  // namespace unspin
