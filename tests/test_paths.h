// Paths the tests use: the source checkout and the built binary.
#pragma once

#include <filesystem>
#include <string>

namespace unspin::testing {

inline std::string SourcePath(const std::string& relative) {
  return std::string(UNSPIN_SOURCE_DIR) + "/" + relative;
}

inline std::string BinaryPath() { return UNSPIN_BINARY; }

// The backoff language model the build converts from CMU Sphinx's
// (cmake/language_model.cmake), or "" when it was not built (Debian's
// pocketsphinx-en-us is not installed).
inline std::string GeneratedModelPath() {
  const std::filesystem::path path =
      std::filesystem::path(BinaryPath()).parent_path() / "data" / "dictionaries" / "en-us.lm";
  std::error_code error;
  return std::filesystem::exists(path, error) ? path.string() : "";
}

}  // namespace unspin::testing
