// Paths the tests use: the source checkout and the built binary.
#pragma once

#include <string>

namespace unspin::testing {

inline std::string SourcePath(const std::string& relative) {
  return std::string(UNSPIN_SOURCE_DIR) + "/" + relative;
}

inline std::string BinaryPath() { return UNSPIN_BINARY; }

}  // namespace unspin::testing
