#include "base/apply_edits.h"

#include <cassert>

namespace unspin {

std::string ApplyEdits(std::string_view text, const std::vector<Edit>& edits) {
  std::string out;
  out.reserve(text.size() + edits.size() * 4);
  size_t copied = 0;
  for (const Edit& edit : edits) {
    assert(edit.span.begin >= copied && edit.span.end <= text.size());
    out.append(text.substr(copied, edit.span.begin - copied));
    out.append(edit.replacement);
    copied = edit.span.end;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace unspin
