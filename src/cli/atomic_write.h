// Replacing a file without ever leaving it truncated or half-written.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace unspin {

// Writes `bytes` to a temporary file in `path`'s directory, flushes it to
// disk, gives it `path`'s permissions, and renames it over `path`. When
// `backup_suffix` is not empty, the old file is kept as path + suffix first.
// On failure `path` is untouched and the temporary file is removed; if the
// process dies midway, `path` still holds its old contents (a stray
// ".NAME.unspin-XXXXXX" may remain).
Status WriteFileAtomically(const std::string& path, std::string_view bytes,
                           const std::string& backup_suffix);

}  // namespace unspin
