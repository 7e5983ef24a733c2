// Reading the thesauri's text files: whole files, and their lines.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace unspin {

// Reads a whole file into memory; fails naming it.
StatusOr<std::string> ReadLexiconFile(const std::string& path);

// Calls `each(line, line_number)` (from 1; without the line's "\n" or
// "\r\n") for every line of `text`, and stops at the first that fails.
template <typename Each>
Status ForEachLine(std::string_view text, Each each) {
  size_t line_number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Status status = each(line, line_number); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace unspin
