// Reading an input file or stdin whole.
#pragma once

#include <string>

#include "base/status.h"

namespace unspin {

// The bytes of `path`, or of stdin when `path` is "-". The error names the
// file and the system's reason.
StatusOr<std::string> ReadInput(const std::string& path);

}  // namespace unspin
