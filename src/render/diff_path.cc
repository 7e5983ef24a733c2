#include "render/diff_path.h"

#include <cstdio>

namespace unspin {
namespace {

// git's quote_c_style with core.quotePath on: what forces quoting (bytes
// from 0x80 up only when `escape_non_ascii`).
bool NeedsQuoting(unsigned char c, bool escape_non_ascii) {
  return c < 0x20 || c == '"' || c == '\\' || c == 0x7f || (escape_non_ascii && c >= 0x80);
}

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

std::string QuotedPath(std::string_view name, bool escape_non_ascii) {
  bool quote = false;
  for (unsigned char c : name) quote = quote || NeedsQuoting(c, escape_non_ascii);
  std::string out;
  if (quote) {
    out += '"';
    for (unsigned char c : name) {
      if (NeedsQuoting(c, escape_non_ascii)) {
        AppendEscaped(out, c);
      } else {
        out += static_cast<char>(c);
      }
    }
    out += '"';
  } else {
    out = name;
  }
  return out;
}

std::string DiffHeaderPath(std::string_view name) {
  std::string out = QuotedPath(name, true);
  if (name.find(' ') != std::string_view::npos) out += '\t';
  return out;
}

}  // namespace unspin
