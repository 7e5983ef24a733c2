#include "cli/data_paths.h"

#include <dlfcn.h>
#include <link.h>

#include <cstdlib>
#include <filesystem>

namespace unspin {
namespace {

namespace fs = std::filesystem;

bool HasRules(const fs::path& dir) {
  std::error_code error;
  return fs::is_directory(dir / "rules", error);
}

// The directory of the file that holds this code: the unspin binary, or the
// shared object that was loaded (the Python module, build/python/unspin/).
fs::path ExecutableDir() {
  std::error_code error;
  Dl_info info;
  link_map* object = nullptr;
  if (dladdr1(reinterpret_cast<void*>(&FindDataDir), &info, reinterpret_cast<void**>(&object),
              RTLD_DL_LINKMAP) != 0 &&
      object != nullptr && object->l_name != nullptr && object->l_name[0] != '\0') {
    const fs::path library = fs::absolute(object->l_name, error);
    if (!error) return library.parent_path();
  }
  // The main program (its link map has no name).
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
