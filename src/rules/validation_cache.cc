#include "rules/validation_cache.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace unspin {
namespace {

constexpr const char* kFileName = "validated-rules";
constexpr const char* kKeyFileName = "key";
constexpr size_t kKeyFileBytes = 33;  // 32 hex digits and a line break
// Some 60,000 fingerprints: far more rule sets than one user loads.
constexpr off_t kMaxReadBytes = 1 << 20;

std::string Hex(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

// The key in `path`, if it is a private regular file of ours holding one.
std::optional<SipHash::Key> ReadKey(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  char text[kKeyFileBytes + 1] = {};
  const bool private_file = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
                            info.st_uid == ::geteuid() && (info.st_mode & 077) == 0 &&
                            info.st_size == static_cast<off_t>(kKeyFileBytes);
  const bool read = private_file && ::read(fd, text, sizeof text) ==
                                        static_cast<ssize_t>(kKeyFileBytes);
  ::close(fd);
  if (!read || text[32] != '\n') return std::nullopt;
  SipHash::Key key{};
  for (int i = 0; i < 32; ++i) {
    const char c = text[i];
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    key[i / 16] = key[i / 16] << 4 | static_cast<uint64_t>(digit);
  }
  return key;
}

// Writes a new random key to `path` unless one is there: written whole to
// a private temporary file first, then linked into place (which fails if
// another process got there first, and then its key is the one).
void CreateKey(const std::string& path) {
  SipHash::Key key{};
  if (::getrandom(key.data(), sizeof key, 0) != static_cast<ssize_t>(sizeof key)) return;
  std::string temporary = path + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());  // mode 0600
  if (fd < 0) return;
  const std::string text = Hex(key[0]) + Hex(key[1]) + "\n";
  const bool written = ::write(fd, text.data(), text.size()) ==
                       static_cast<ssize_t>(text.size());
  ::close(fd);
  // Fails when another process linked its key first: that one is used.
  if (written) (void)::link(temporary.c_str(), path.c_str());
  ::unlink(temporary.c_str());
}

// The last kMaxReadBytes of the cache file, or "" when it is not a regular
// file: a FIFO would block the open or the read, a link to /dev/zero would
// never end, and a huge file would cost more than the cache saves. The
// newest fingerprints are at the end.
std::string ReadTail(const std::string& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return "";
  std::string tail;
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    const off_t size = info.st_size;
    const off_t from = size > kMaxReadBytes ? size - kMaxReadBytes : 0;
    tail.resize(static_cast<size_t>(size - from));
    size_t got = 0;
    while (got < tail.size()) {
      const ssize_t n = ::pread(fd, tail.data() + got, tail.size() - got,
                                from + static_cast<off_t>(got));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    tail.resize(got);
  }
  ::close(fd);
  return tail;
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

std::optional<SipHash::Key> ValidationCache::Key() const {
  if (!enabled()) return std::nullopt;
  const std::filesystem::path dir = std::filesystem::path(file_).parent_path();
  const std::string path = (dir / kKeyFileName).string();
  if (std::optional<SipHash::Key> key = ReadKey(path)) return key;
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  CreateKey(path);
  return ReadKey(path);
}

bool ValidationCache::Contains(uint64_t fingerprint) const {
  if (!enabled()) return false;
  const std::string tail = ReadTail(file_);
  const std::string wanted = Hex(fingerprint) + "\n";
  // A line starts the text or follows a newline (the tail's first line may
  // be cut, and then matches nothing).
  for (size_t at = tail.find(wanted); at != std::string::npos; at = tail.find(wanted, at + 1)) {
    if (at == 0 || tail[at - 1] == '\n') return true;
  }
  return false;
}

void ValidationCache::Add(uint64_t fingerprint) const {
  if (!enabled()) return;
  std::error_code error;
  std::filesystem::create_directories(std::filesystem::path(file_).parent_path(), error);
  // One write of one short line with O_APPEND: concurrent unspin processes
  // cannot interleave their lines. Anything but a regular file (opened
  // without following a link, without waiting on a FIFO) is left alone.
  const int fd = ::open(file_.c_str(),
                        O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
  if (fd < 0) return;
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    const std::string line = Hex(fingerprint) + "\n";
    [[maybe_unused]] const ssize_t written = ::write(fd, line.data(), line.size());
  }
  ::close(fd);
}

RuleSetFingerprint::RuleSetFingerprint(const SipHash::Key& key) : hash_(key) {
  // Bump the format when what "validated" means changes (how patterns are
  // anchored or compiled); a new unspin version starts afresh anyway.
  Mix("unspin-validated-rules/2");
  Mix(UNSPIN_VERSION);
}

void RuleSetFingerprint::Add(std::string_view file_name, std::string_view contents) {
  Mix(file_name);
  Mix(std::to_string(contents.size()));
  Mix(contents);
}

void RuleSetFingerprint::Mix(std::string_view bytes) {
  // Each piece's length first, so that no two sequences of pieces feed
  // the same bytes.
  const uint64_t size = bytes.size();
  hash_.Add(std::string_view(reinterpret_cast<const char*>(&size), sizeof size));
  hash_.Add(bytes);
}

}  // namespace unspin
