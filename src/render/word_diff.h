// An inline word diff of a restoration: "[-old-]{+new+}", like
// `git diff --word-diff=plain`, for paragraphs that are one long line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"

namespace unspin {

struct WordDiffStyle {
  bool color = false;  // red for removed, green for added (ANSI)
};

// The whole input with each edit shown inline. So that the markup stays
// unambiguous, every literal "[-", "-]", "{+", "+}" and backslash in the
// text is escaped with a backslash (git's plain mode does not do this).
std::string WordDiff(std::string_view input, const std::vector<Edit>& edits,
                     WordDiffStyle style = {});

}  // namespace unspin
