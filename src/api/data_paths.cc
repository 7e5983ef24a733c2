#include "api/data_paths.h"

#include <dlfcn.h>
#include <link.h>

#include <cstdlib>
#include <filesystem>

namespace unspin {
namespace {

namespace fs = std::filesystem;

// How far above the directory of the installed code PREFIX may be: 1 for
// PREFIX/bin, 4 for the Python module in PREFIX/lib/python3.X/dist-packages/unspin.
constexpr int kMaxInstallDepth = 4;

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
    const fs::path library = fs::weakly_canonical(fs::absolute(object->l_name, error), error);
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
  // PREFIX/bin/unspin, or PREFIX/lib/python3.X/dist-packages/unspin/_unspin.so.
  fs::path prefix = exe_dir;
  for (int up = 1; up <= kMaxInstallDepth && !prefix.empty(); ++up) {
    prefix = prefix.parent_path();
    if (HasRules(prefix / "share" / "unspin")) {
      return fs::weakly_canonical(prefix / "share" / "unspin").string();
    }
    if (prefix == prefix.root_path()) break;
  }
  if (HasRules(UNSPIN_INSTALL_DATADIR)) return UNSPIN_INSTALL_DATADIR;
  if (HasRules(UNSPIN_SOURCE_DATADIR)) return UNSPIN_SOURCE_DATADIR;
  return "";
}

std::string FindGeneratedDataFile(const std::string& relative) {
  std::error_code error;
  auto existing = [&error](const fs::path& path) {
    return fs::is_regular_file(path, error) ? path.string() : std::string();
  };
  if (const char* env = std::getenv("UNSPIN_DATA_DIR"); env != nullptr && *env != '\0') {
    return existing(fs::path(env) / relative);
  }
  const fs::path exe_dir = ExecutableDir();
  if (!exe_dir.empty() && IsInside(exe_dir, UNSPIN_BUILD_DIR)) {
    return existing(fs::path(UNSPIN_BUILD_DIR) / "data" / relative);
  }
  const std::string data = FindDataDir();
  return data.empty() ? std::string() : existing(fs::path(data) / relative);
}

std::string FindLexicon() { return FindGeneratedDataFile("dictionaries/lexicon.bin"); }

}  // namespace unspin
