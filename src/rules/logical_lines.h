// The lines of a rule file with continuation lines joined (rules/README.md,
// "Long values").
//
// A field line (indented) or a `list` line may go on over the following
// lines that are indented deeper than it. Each continuation line is joined
// to the value without its leading and trailing blanks: directly when it
// starts with `|` (so a pattern, where spaces count, can be split before any
// `|`), else after one space (prose, or words of a phrase). Blank and comment
// lines are skipped, inside a continued value too. A `rule` or `include` line
// is never continued.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unspin {

struct LogicalLine {
  // The first line as written, but without trailing blanks, then the
  // continuations as described above.
  std::string text;
  int line = 0;  // number of the first physical line (1-based)

  struct Continuation {
    size_t offset;  // where it starts in `text` (after the joining space)
    int line;
  };
  std::vector<Continuation> continuations;  // in order

  // The physical line that holds byte `offset` of `text`.
  int LineAt(size_t offset) const;
};

// Splits `text` (a whole rule file) into logical lines, in order, leaving
// out blank and comment lines. Never fails: what a line means is the
// parser's business.
std::vector<LogicalLine> SplitLogicalLines(std::string_view text);

}  // namespace unspin
