// A unified diff of a restoration, for review and for `patch`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"

namespace unspin {

// The unified diff that turns `input` into `input` with `edits` applied,
// with "--- NAME" / "+++ NAME" headers (NAME quoted as git quotes it, see
// diff_path.h), three lines of context, and
// "\ No newline at end of file" where needed, so that `patch -p0` and
// `git apply -p0` reproduce the restored text exactly. Lines end at LF; a CR
// before it is part of the line. Empty when there are no edits.
std::string UnifiedDiff(std::string_view input, const std::vector<Edit>& edits,
                        const std::string& name);

}  // namespace unspin
