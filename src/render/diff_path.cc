#include "render/diff_path.h"

#include <cstdio>

namespace unspin {
namespace {

// git's quote_c_style with core.quotePath on: what forces quoting.
bool NeedsQuoting(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x7f; }

void AppendEscaped(std::string& out, unsigned char c) {
  switch (c) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\v': out += "\\v"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    default: {
      char octal[5];
      std::snprintf(octal, sizeof octal, "\\%03o", c);
      out += octal;
    }
  }
}

}  // namespace

std::string DiffHeaderPath(std::string_view name) {
  bool quote = false;
  for (unsigned char c : name) quote = quote || NeedsQuoting(c);
  std::string out;
  if (quote) {
    out += '"';
    for (unsigned char c : name) {
      if (NeedsQuoting(c)) {
        AppendEscaped(out, c);
      } else {
        out += static_cast<char>(c);
      }
    }
    out += '"';
  } else {
    out = name;
  }
  if (name.find(' ') != std::string_view::npos) out += '\t';
  return out;
}

}  // namespace unspin
