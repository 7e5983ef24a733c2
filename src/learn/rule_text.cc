#include "learn/rule_text.h"

#include <cstdio>

namespace unspin {

std::string Dashes(std::string_view phrase) {
  std::string id;
  for (const char c : phrase) {
    const char out = c == ' ' ? '-' : c;
    if (out == '-' && !id.empty() && id.back() == '-') continue;
    id += out;
  }
  return id;
}

bool Writable(std::string_view value) {
  return !value.empty() && value.find('|') == std::string_view::npos &&
         value.find("=>") == std::string_view::npos && value.find('\n') == std::string_view::npos;
}

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string FormatConfidence(double confidence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
  return buffer;
}

std::string HeaderComment(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line.empty() ? "#\n" : "# " + line + "\n";
  return out;
}

}  // namespace unspin
