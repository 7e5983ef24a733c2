// --format=lint: one line per finding, as compilers and linters write them,
// for editors' problem lists and CI logs:
//   FILE:LINE:COL: RULE-ID: 'mentioned' -> 'said'
//   FILE:LINE:COL: spelling: 'wrod' (suggestions: word, words)
#pragma once

#include <string>
#include <vector>

#include "render/findings.h"

namespace unspin {

// The lines for one input's findings. `file_name` is written as is, or in
// double quotes with C escapes when it has a control byte, '"' or '\\'
// (QuotedPath), so that a newline in a name cannot start a line of its
// own; quoted texts' line breaks are written \n.
std::string LintReport(const std::string& file_name, const std::vector<Finding>& findings);

}  // namespace unspin
