#include "rules/logical_lines.h"

#include "base/strings.h"

namespace unspin {
namespace {

size_t Indentation(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  return first == std::string_view::npos ? line.size() : first;
}

// Fields are indented; `list` is the only directive whose value can be long.
bool TakesContinuations(std::string_view line) {
  if (Indentation(line) > 0) return true;
  return line.starts_with("list") && (line.size() == 4 || line[4] == ' ' || line[4] == '\t');
}

std::string_view TrimEnd(std::string_view line) {
  const size_t last = line.find_last_not_of(" \t\r");
  return last == std::string_view::npos ? std::string_view() : line.substr(0, last + 1);
}

}  // namespace

int LogicalLine::LineAt(size_t offset) const {
  int at = line;
  for (const Continuation& continuation : continuations) {
    if (continuation.offset > offset) break;
    at = continuation.line;
  }
  return at;
}

std::vector<LogicalLine> SplitLogicalLines(std::string_view text) {
  std::vector<LogicalLine> lines;
  // Indentation of the line that the next deeper lines continue, or npos
  // when the last line takes no continuations.
  size_t open_indent = std::string_view::npos;
  int number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t newline = text.find('\n', start);
    const size_t end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view raw = text.substr(start, end - start);
    ++number;
    const std::string_view trimmed = Trim(raw);
    if (!trimmed.empty() && trimmed.front() != '#') {
      const size_t indent = Indentation(raw);
      if (open_indent != std::string_view::npos && indent > open_indent) {
        LogicalLine& current = lines.back();
        if (trimmed.front() != '|') current.text += ' ';
        current.continuations.push_back({current.text.size(), number});
        current.text += trimmed;
      } else {
        lines.push_back({std::string(TrimEnd(raw)), number, {}});
        open_indent = TakesContinuations(raw) ? indent : std::string_view::npos;
      }
    }
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }
  return lines;
}

}  // namespace unspin
