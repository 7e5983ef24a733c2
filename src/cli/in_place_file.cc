#include "cli/in_place_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

#include "base/atomic_write.h"
#include "cli/input.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

// A file replaced this often while we wait for its lock is being rewritten
// in a loop by something else; give up rather than wait for ever.
constexpr int kMaxAttempts = 100;

Status Failure(const std::string& what, const std::string& path) {
  return Status::Error("cannot " + what + " '" + path + "': " + std::strerror(errno));
}

Status NotRegular(const std::string& path, mode_t mode) {
  const char* kind = S_ISFIFO(mode)  ? "a FIFO"
                     : S_ISCHR(mode) ? "a character device"
                     : S_ISBLK(mode) ? "a block device"
                     : S_ISDIR(mode) ? "a directory"
                     : S_ISSOCK(mode) ? "a socket"
                                      : "not a regular file";
  return Status::Error("'" + path + "' is " + kind +
                       "; --in-place rewrites regular files only");
}

bool SameFile(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// The file a name denotes, as a path: the link's target when following,
// else the name in its directory's canonical path ("" when it cannot be
// resolved).
std::string Identity(const std::string& file, bool follow_symlinks) {
  std::error_code error;
  if (follow_symlinks) {
    const fs::path resolved = fs::canonical(file, error);
    if (!error) return resolved.string();
  }
  const fs::path name(file);
  const fs::path dir = fs::canonical(name.has_parent_path() ? name.parent_path() : ".", error);
  if (error || !name.has_filename()) return "";
  return (dir / name.filename()).string();
}

}  // namespace

InPlaceFile::~InPlaceFile() { ::close(fd_); }

StatusOr<std::unique_ptr<InPlaceFile>> InPlaceFile::Open(const std::string& path,
                                                         bool follow_symlinks, size_t max_bytes,
                                                         const std::string& limit_name) {
  struct stat named {};
  if (::lstat(path.c_str(), &named) != 0) return Failure("read", path);
  std::string target = path;
  if (S_ISLNK(named.st_mode)) {
    if (!follow_symlinks) {
      return Status::Error("'" + path +
                           "' is a symbolic link; --in-place would replace the link with a "
                           "file: give --follow-symlinks to rewrite the file it points to");
    }
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (resolved == nullptr) return Failure("follow the link", path);
    target = resolved;
    std::free(resolved);
  }
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    // lstat first: a device or FIFO is refused without an open(), which
    // could block or act on a device.
    struct stat before {};
    if (::lstat(target.c_str(), &before) != 0) return Failure("read", target);
    if (!S_ISREG(before.st_mode)) return NotRegular(target, before.st_mode);
    const int fd = ::open(target.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return Failure("read", target);
    std::unique_ptr<InPlaceFile> file(new InPlaceFile(fd, target, before));
    while (::flock(fd, LOCK_EX) != 0) {
      if (errno != EINTR) return Failure("lock", target);
    }
    // Locked: the name must still be the file we opened (another unspin may
    // have replaced it while we waited), and now it cannot change under us.
    struct stat now {};
    if (::fstat(fd, &file->info_) != 0) return Failure("read", target);
    if (!S_ISREG(file->info_.st_mode)) return NotRegular(target, file->info_.st_mode);
    if (::lstat(target.c_str(), &now) != 0 || !SameFile(now, file->info_)) continue;
    StatusOr<std::string> contents = ReadDescriptor(fd, path, max_bytes, limit_name);
    if (!contents.ok()) return contents.status();
    file->contents_ = std::move(contents.value());
    return file;
  }
  return Status::Error("'" + target + "' kept being replaced while unspin waited to rewrite it");
}

Status InPlaceFile::Replace(std::string_view bytes, const std::string& backup_suffix,
                            std::string* kept_backup) {
  if (!backup_suffix.empty()) {
    const std::string backup = path_ + backup_suffix;
    StatusOr<bool> created = CreateFileAtomically(backup, contents_, &info_);
    if (!created.ok()) {
      return Status::Error("cannot keep a backup of '" + path_ + "': " +
                           created.status().message());
    }
    if (!created.value()) *kept_backup = backup;
  }
  return ReplaceFile(path_, bytes, &info_);
}

std::vector<std::string> DistinctFiles(const std::vector<std::string>& files,
                                       bool follow_symlinks) {
  std::vector<std::string> distinct;
  std::set<std::string> seen;
  for (const std::string& file : files) {
    const std::string identity = Identity(file, follow_symlinks);
    if (!identity.empty() && !seen.insert(identity).second) continue;
    distinct.push_back(file);
  }
  return distinct;
}

}  // namespace unspin
