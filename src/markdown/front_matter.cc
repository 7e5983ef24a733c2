#include "markdown/front_matter.h"

namespace unspin {
namespace {

// The line starting at `at` without its line ending, and where the next
// one starts.
std::string_view LineAt(std::string_view text, size_t at, size_t& next) {
  const size_t end = text.find('\n', at);
  next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view line = text.substr(at, (end == std::string_view::npos ? text.size() : end) - at);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line;
}

}  // namespace

size_t FrontMatterLength(std::string_view document) {
  size_t at = document.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  size_t next = 0;
  const std::string_view opening = LineAt(document, at, next);
  if (opening != "---" && opening != "+++") return 0;
  if (next == document.size() && document.back() != '\n') return 0;
  const bool yaml = opening == "---";
  for (at = next; at < document.size(); at = next) {
    const std::string_view line = LineAt(document, at, next);
    if (line == opening || (yaml && line == "...")) return next;
  }
  return 0;
}

}  // namespace unspin
