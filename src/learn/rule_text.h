// Small pieces of rule-file text shared by the tools that write rules
// (`unspin learn`, `unspin mine`).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace unspin {

// A phrase in a rule id: dashes for spaces, one dash for a run of them
// ("know - how" -> "know-how").
std::string Dashes(std::string_view phrase);

// Whether `value` can stand on a rule line as it is: not empty, and
// without '|', "=>" or a line break, which the format reads as syntax.
bool Writable(std::string_view value);

// "1 document", "3 documents".
std::string Plural(size_t n, const char* one, const char* many);

// A confidence or rate as rule files write it: two decimals ("0.83").
std::string FormatConfidence(double confidence);

// The comment header of a written rule file: each line as "# LINE", an
// empty one as a bare "#".
std::string HeaderComment(const std::vector<std::string>& lines);

}  // namespace unspin
