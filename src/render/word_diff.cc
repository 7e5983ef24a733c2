#include "render/word_diff.h"

namespace unspin {
namespace {

void AppendEscaped(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    const bool markup = (c == '[' && next == '-') || (c == '-' && next == ']') ||
                        (c == '{' && next == '+') || (c == '+' && next == '}');
    if (markup || c == '\\') out += '\\';
    out += c;
  }
}

}  // namespace

std::string WordDiff(std::string_view input, const std::vector<Edit>& edits,
                     WordDiffStyle style) {
  const char* red = style.color ? "\x1b[31m" : "";
  const char* green = style.color ? "\x1b[32m" : "";
  const char* reset = style.color ? "\x1b[m" : "";
  std::string out;
  size_t copied = 0;
  for (const Edit& edit : edits) {
    AppendEscaped(out, input.substr(copied, edit.span.begin - copied));
    out += red;
    out += "[-";
    AppendEscaped(out, edit.original);
    out += "-]";
    out += reset;
    out += green;
    out += "{+";
    AppendEscaped(out, edit.replacement);
    out += "+}";
    out += reset;
    copied = edit.span.end;
  }
  AppendEscaped(out, input.substr(copied));
  return out;
}

}  // namespace unspin
