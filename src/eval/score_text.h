// Text as the project's evaluation script (shared/eval/score.py) sees it:
// code points, its punctuation folding, its word pattern, its lower-casing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unspin {

// `utf8` decoded to code points, ill-formed bytes as U+FFFD each, with
// line endings translated as Python's text files read them (CRLF and CR
// become LF).
std::u32string DecodeForScoring(std::string_view utf8);

std::string EncodeUtf8(std::u32string_view text);

// The scorer's words of `text`: after folding ’ ‘ to ', “ ” to " and – —
// to -, each match of \w+(?:['\-.]\w+)*|[^\w\s] (Python's Unicode \w and
// \s), lower-cased (full Unicode lower-casing), as UTF-8. Whitespace
// separates words and is not one.
std::vector<std::string> ScoreTokens(std::u32string_view text);
std::vector<std::string> ScoreTokens(std::string_view utf8);

}  // namespace unspin
