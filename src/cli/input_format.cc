#include "cli/input_format.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "html/html_restorer.h"
#include "markdown/front_matter.h"
#include "markdown/markdown_text.h"

namespace unspin {

bool CommonOptions::IsHtml(const std::string& file_name) const {
  if (html || no_html) return html;
  return IsHtmlFileName(file_name);
}

namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

bool IsAtxHeading(std::string_view line) {
  size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  return hashes >= 1 && hashes <= 6 &&
         (hashes == line.size() || line[hashes] == ' ' || line[hashes] == '\t');
}

bool IsFence(std::string_view line) {
  const size_t indent = std::min(line.find_first_not_of(' '), line.size());
  if (indent > 3) return false;
  line.remove_prefix(indent);
  return line.starts_with("```") || line.starts_with("~~~");
}

}  // namespace

DocumentFormat InputFormat(const CommonOptions& common, std::string_view name, bool sniff,
                           std::string_view head) {
  if (common.html) return DocumentFormat::kHtml;
  if (common.markdown) return DocumentFormat::kMarkdown;
  const std::string file(name);
  if (!common.no_html && IsHtmlFileName(file)) return DocumentFormat::kHtml;
  if (!common.no_markdown && IsMarkdownFileName(file)) return DocumentFormat::kMarkdown;
  if (!sniff) return DocumentFormat::kText;
  if (!common.no_html && LooksLikeHtml(head)) return DocumentFormat::kHtml;
  if (!common.no_markdown && LooksLikeMarkdown(head)) return DocumentFormat::kMarkdown;
  return DocumentFormat::kText;
}

bool LooksLikeHtml(std::string_view head) {
  const std::string lower = Lower(head.substr(0, kSniffBytes));
  return lower.find("<!doctype html") != std::string::npos ||
         lower.find("<html") != std::string::npos;
}

bool LooksLikeMarkdown(std::string_view head) {
  // Front matter may be longer than the lines looked at below.
  if (FrontMatterLength(head) > 0) return true;
  head = head.substr(0, kSniffBytes);
  bool first = true;
  for (size_t at = head.starts_with("\xEF\xBB\xBF") ? 3 : 0; at < head.size();) {
    const size_t end = std::min(head.find('\n', at), head.size());
    std::string_view line = head.substr(at, end - at);
    if (line.ends_with('\r')) line.remove_suffix(1);
    at = end + 1;
    if (IsFence(line)) return true;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (first && IsAtxHeading(line)) return true;
    first = false;
  }
  return false;
}

}  // namespace unspin
