// Small string helpers shared by the parsers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unspin {

// `text` without leading and trailing spaces, tabs, CR and LF.
std::string_view Trim(std::string_view text);

// Splits on every occurrence of `separator`, trimming each piece.
std::vector<std::string> SplitAndTrim(std::string_view text, std::string_view separator);

// True when every byte of `text` is ASCII.
bool IsAscii(std::string_view text);

// `c` lower-cased if it is an ASCII capital letter.
inline char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Levenshtein distance, for "did you mean" suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` within distance 2, or "" when none is.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace unspin
