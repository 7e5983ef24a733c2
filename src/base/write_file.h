// Writing a generated file (a model, a table) in one piece.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace unspin {

// Writes `bytes` to a temporary file next to `path` and renames it to
// `path`, so that a reader (or a build that was interrupted) never sees a
// half-written file. `what` names the kind of file in messages: "cannot
// write language model 'PATH': REASON".
Status WriteFileWhole(const std::string& path, std::string_view bytes, std::string_view what);

}  // namespace unspin
