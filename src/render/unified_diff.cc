#include "render/unified_diff.h"

#include <algorithm>

#include "base/apply_edits.h"
#include "render/diff_path.h"

namespace unspin {
namespace {

constexpr size_t kContextLines = 3;

struct Line {
  size_t begin = 0;
  size_t end = 0;  // after the LF, or the text's end
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t newline = text.find('\n', begin);
    const size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    lines.push_back({begin, end});
    begin = end;
  }
  return lines;
}

// Index of the line holding byte `offset` (the last line for the end).
size_t LineOf(const std::vector<Line>& lines, size_t offset) {
  const auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                                   [](size_t value, const Line& line) { return value < line.begin; });
  return it == lines.begin() ? 0 : static_cast<size_t>(it - lines.begin()) - 1;
}

void AppendLine(std::string& out, char marker, std::string_view line) {
  out += marker;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string UnifiedDiff(std::string_view input, const std::vector<Edit>& edits,
                        const std::string& name) {
  if (edits.empty()) return "";
  const std::vector<Line> lines = SplitLines(input);
  // Each edit changes the lines it touches; edits on the same or adjacent
  // lines form one changed block.
  struct Block {
    size_t first_line, last_line;  // inclusive
    size_t first_edit, end_edit;
  };
  std::vector<Block> blocks;
  for (size_t e = 0; e < edits.size(); ++e) {
    const size_t first = LineOf(lines, edits[e].span.begin);
    const size_t last = LineOf(lines, edits[e].span.end > edits[e].span.begin
                                          ? edits[e].span.end - 1
                                          : edits[e].span.begin);
    if (!blocks.empty() && first <= blocks.back().last_line) {
      blocks.back().last_line = std::max(blocks.back().last_line, last);
      blocks.back().end_edit = e + 1;
    } else {
      blocks.push_back({first, last, e, e + 1});
    }
  }
  const std::string header_name = DiffHeaderPath(name);
  std::string out = "--- " + header_name + "\n+++ " + header_name + "\n";
  // Hunks: blocks whose context overlaps are merged.
  size_t b = 0;
  long shift = 0;  // new line numbers minus old ones, before this hunk
  while (b < blocks.size()) {
    size_t end_block = b + 1;
    while (end_block < blocks.size() &&
           blocks[end_block].first_line <= blocks[end_block - 1].last_line + 2 * kContextLines + 1) {
      ++end_block;
    }
    const size_t hunk_first = blocks[b].first_line >= kContextLines
                                  ? blocks[b].first_line - kContextLines
                                  : 0;
    const size_t hunk_last =
        std::min(lines.size() - 1, blocks[end_block - 1].last_line + kContextLines);
    std::string body;
    size_t old_count = 0, new_count = 0;
    size_t line = hunk_first;
    for (size_t k = b; k < end_block; ++k) {
      for (; line < blocks[k].first_line; ++line) {
        AppendLine(body, ' ', input.substr(lines[line].begin, lines[line].end - lines[line].begin));
        ++old_count;
        ++new_count;
      }
      const size_t old_begin = lines[blocks[k].first_line].begin;
      const size_t old_end = lines[blocks[k].last_line].end;
      const std::string_view old_text = input.substr(old_begin, old_end - old_begin);
      std::vector<Edit> local(edits.begin() + blocks[k].first_edit,
                              edits.begin() + blocks[k].end_edit);
      for (Edit& edit : local) {
        edit.span.begin -= old_begin;
        edit.span.end -= old_begin;
      }
      const std::string new_text = ApplyEdits(old_text, local);
      for (const Line& l : SplitLines(old_text)) {
        AppendLine(body, '-', old_text.substr(l.begin, l.end - l.begin));
        ++old_count;
      }
      for (const Line& l : SplitLines(new_text)) {
        AppendLine(body, '+', std::string_view(new_text).substr(l.begin, l.end - l.begin));
        ++new_count;
      }
      line = blocks[k].last_line + 1;
    }
    for (; line <= hunk_last; ++line) {
      AppendLine(body, ' ', input.substr(lines[line].begin, lines[line].end - lines[line].begin));
      ++old_count;
      ++new_count;
    }
    const long old_start = static_cast<long>(hunk_first) + 1;
    out += "@@ -" + std::to_string(old_start) + "," + std::to_string(old_count) + " +" +
           std::to_string(old_start + shift) + "," + std::to_string(new_count) + " @@\n" + body;
    shift += static_cast<long>(new_count) - static_cast<long>(old_count);
    b = end_block;
  }
  return out;
}

}  // namespace unspin
