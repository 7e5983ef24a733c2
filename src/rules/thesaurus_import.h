// Turning a spinner's thesaurus into unspin rules (`unspin rules import`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace unspin {

enum class ThesaurusFormat {
  kAuto,     // spintax when a line has a '{', else pipe
  kPipe,     // original|synonym|synonym  (the first item is the original);
             // also LibreOffice's MyThes .dat files: "word|2" and then two
             // "(noun)|synonym|synonym" lines, whose original is the word
  kSpintax,  // {a|b|c}, or several sets in a line of text: {a|b} the {c|d}
             // (any item of a set may be the original)
};

// The most items of one spintax set: each becomes a rule restoring to all
// the others, so the output grows with the square of a set's size (one line
// of 4,000 items: 172 MB; one of 50, about 60 KB of rules). Spinners' sets
// have a few to twenty. A larger set's line is skipped with a warning. (A
// pipe line's items each restore to its first: linear, not limited.)
inline constexpr size_t kMaxThesaurusSetItems = 50;

struct ImportResult {
  std::string rules_text;  // a .rules file
  size_t lines_read = 0;
  size_t rules_written = 0;
  size_t lines_skipped = 0;  // blank, comment, single-item or warned-about lines
  // "where: what; line skipped", for nested spintax and sets past
  // kMaxThesaurusSetItems.
  std::vector<std::string> warnings;
};

// Reads a thesaurus and writes one rule per spun wording, mapping it back to
// every original it may stand for (all of them as restoration candidates).
// Imported rules have confidence 0.3, so they are applied only where context
// scoring finds the original clearly more natural. `source_name` is quoted
// in each rule's note. Wordings whose ids would clash ("ad-lib", "ad lib")
// get "-2", "-3" ... appended. Fails on a malformed line (an unbalanced
// brace), naming it.
StatusOr<ImportResult> ImportThesaurus(std::string_view text, ThesaurusFormat format,
                                       const std::string& source_name);

}  // namespace unspin
