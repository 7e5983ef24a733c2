#include "cli/data_paths.h"

#include <cstdlib>
#include <filesystem>

namespace unspin {
namespace {

namespace fs = std::filesystem;

bool HasRules(const fs::path& dir) {
  std::error_code error;
  return fs::is_directory(dir / "rules", error);
}

fs::path ExecutableDir() {
  std::error_code error;
  const fs::path exe = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : exe.parent_path();
}

bool IsInside(const fs::path& path, const fs::path& dir) {
  std::error_code error;
  const fs::path a = fs::weakly_canonical(path, error);
  const fs::path b = fs::weakly_canonical(dir, error);
  const auto mismatch = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
  return mismatch.first == b.end();
}

}  // namespace

std::string FindDataDir() {
  if (const char* env = std::getenv("UNSPIN_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  const fs::path exe_dir = ExecutableDir();
  if (!exe_dir.empty() && IsInside(exe_dir, UNSPIN_BUILD_DIR) && HasRules(UNSPIN_SOURCE_DATADIR)) {
    return UNSPIN_SOURCE_DATADIR;
  }
  if (!exe_dir.empty() && HasRules(exe_dir / ".." / "share" / "unspin")) {
    return fs::weakly_canonical(exe_dir / ".." / "share" / "unspin").string();
  }
  if (HasRules(UNSPIN_INSTALL_DATADIR)) return UNSPIN_INSTALL_DATADIR;
  if (HasRules(UNSPIN_SOURCE_DATADIR)) return UNSPIN_SOURCE_DATADIR;
  return "";
}

}  // namespace unspin
