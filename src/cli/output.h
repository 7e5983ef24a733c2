// Writing to stdout without ever losing a failure.
#pragma once

#include <cstdio>
#include <string_view>

#include "base/status.h"

namespace unspin {

// Writes all of `bytes` to `stream`. Fails (with the system's reason) on a
// short write, e.g. to a full disk or a closed pipe.
Status WriteAll(std::FILE* stream, std::string_view bytes);

// Flushes `stream`, failing when buffered bytes could not be written.
Status Flush(std::FILE* stream);

}  // namespace unspin
