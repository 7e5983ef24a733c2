// Turning a spinner's thesaurus into unspin rules (`unspin rules import`).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace unspin {

enum class ThesaurusFormat {
  kAuto,     // spintax when a line starts with '{', else pipe
  kPipe,     // original|synonym|synonym  (the first item is the original)
  kSpintax,  // {a|b|c}  (any item may be the original)
};

struct ImportResult {
  std::string rules_text;  // a .rules file
  size_t lines_read = 0;
  size_t rules_written = 0;
  size_t lines_skipped = 0;  // blank, comment or single-item lines
};

// Reads a thesaurus and writes one rule per spun wording, mapping it back to
// every original it may stand for (all of them as restoration candidates).
// Imported rules have confidence 0.3, so they are applied only where context
// scoring finds the original clearly more natural. `source_name` is quoted
// in each rule's note. Fails on a malformed line (an unclosed '{'), naming it.
StatusOr<ImportResult> ImportThesaurus(std::string_view text, ThesaurusFormat format,
                                       const std::string& source_name);

}  // namespace unspin
