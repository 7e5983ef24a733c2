#include "rules/validation_cache.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace unspin {
namespace {

constexpr const char* kFileName = "validated-rules";

std::string Hex(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

}  // namespace

ValidationCache ValidationCache::AtDefaultPlace() {
  std::string dir;
  if (const char* own = std::getenv("UNSPIN_CACHE_DIR"); own != nullptr) {
    dir = own;  // empty: disabled
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    dir = std::string(xdg) + "/unspin";
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    dir = std::string(home) + "/.cache/unspin";
  }
  return ValidationCache(dir.empty() ? "" : dir + "/" + kFileName);
}

bool ValidationCache::Contains(uint64_t fingerprint) const {
  if (!enabled()) return false;
  std::ifstream in(file_);
  const std::string wanted = Hex(fingerprint);
  std::string line;
  while (std::getline(in, line)) {
    if (line == wanted) return true;
  }
  return false;
}

void ValidationCache::Add(uint64_t fingerprint) const {
  if (!enabled()) return;
  std::error_code error;
  std::filesystem::create_directories(std::filesystem::path(file_).parent_path(), error);
  // One write of one short line with O_APPEND: concurrent unspin processes
  // cannot interleave their lines.
  const int fd = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return;
  const std::string line = Hex(fingerprint) + "\n";
  [[maybe_unused]] const ssize_t written = ::write(fd, line.data(), line.size());
  ::close(fd);
}

RuleSetFingerprint::RuleSetFingerprint() : hash_(0xcbf29ce484222325ULL) {
  // Bump the format when what "validated" means changes (how patterns are
  // anchored or compiled); a new unspin version starts afresh anyway.
  Mix("unspin-validated-rules/1");
  Mix(UNSPIN_VERSION);
}

void RuleSetFingerprint::Add(std::string_view file_name, std::string_view contents) {
  Mix(file_name);
  Mix(std::to_string(contents.size()));
  Mix(contents);
}

void RuleSetFingerprint::Mix(std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash_ ^= c;
    hash_ *= 0x100000001b3ULL;  // FNV-1a
  }
  hash_ ^= 0xff;
  hash_ *= 0x100000001b3ULL;
}

}  // namespace unspin
