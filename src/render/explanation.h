// --explain: why each candidate was or was not restored.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/restorer.h"

namespace unspin {

// The detector's probability and each of its terms; then one line per edit
// without a vocabulary, or, with one, a line per candidate (rule or
// proposal, the restoration the model prefers, its evidence and verdict)
// and a line of the decision model's terms (feature value and its
// contribution to the log odds).
// Each line starts with "FILE:LINE:COL (byte N): ", the candidate's place
// in `input`, the text that was restored; the first line is "FILE: spin
// probability: ...".
void PrintExplanation(const Restorer& restorer, const std::string& file_name,
                      std::string_view input, const Restoration& restoration, std::FILE* out);

}  // namespace unspin

namespace unspin {

// One line per finding: "FILE:LINE:COLUMN: spelling: 'wrod' (suggestions:
// word, word's)", with "fixed" when --spell=fix replaced it.
// `first_line` is the line number of `input`'s first line (for an input
// restored in chunks).
void PrintSpellingFindings(const std::string& file_name, std::string_view input,
                           const std::vector<SpellFinding>& findings, std::FILE* out,
                           size_t first_line = 1);

}  // namespace unspin
