// The text around a phrase that a rule's example: or keep: line shows.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tokenize/annotations.h"
#include "tokenize/token.h"

namespace unspin {

// The text of a window before and after its phrase, blanks collapsed.
struct Window {
  std::string before, after;
};

// The sentence around tokens [begin, end) of `text` (their tokens and
// annotations given), on one line, with at most `words` tokens on each side
// of the phrase, and without
//   - quotation marks: a window that starts or ends inside a quotation
//     would be read as quoted, where rules do not apply;
//   - another use of `phrase` (token keys): the rule would change that too;
//   - punctuation at its start, or an opening mark at its end.
Window MakeWindow(std::string_view text, const Tokens& tokens,
                  const std::vector<TokenAnnotation>& annotations, size_t begin, size_t end,
                  const std::vector<std::string_view>& phrase, size_t words);

}  // namespace unspin
