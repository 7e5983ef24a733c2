#include "base/atomic_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace unspin {
namespace {

namespace fs = std::filesystem;

Status Failure(const std::string& what, const std::string& path) {
  return Status::Error("cannot " + what + " '" + path + "': " + std::strerror(errno));
}

fs::path DirectoryOf(const std::string& path) {
  const fs::path target(path);
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

Status WriteAllTo(int fd, std::string_view bytes, const std::string& name) {
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Failure("write", name);
    }
    written += static_cast<size_t>(n);
  }
  return Status::Ok();
}

// The owner first: chown clears the set-ID bits, so the mode comes after it.
// What the file then really has decides which set-ID bits may stay (a file
// that became this user's must not become set-user-ID to it).
Status TakeOwnerAndMode(int fd, const struct stat* replaced, const std::string& temp) {
  if (replaced == nullptr) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd, 0666 & ~mask) != 0) return Failure("set permissions of", temp);
    return Status::Ok();
  }
  if (::fchown(fd, replaced->st_uid, replaced->st_gid) != 0) {
    // Not root: the group alone may still be ours to give (best effort).
    [[maybe_unused]] const int group_kept = ::fchown(fd, static_cast<uid_t>(-1), replaced->st_gid);
  }
  struct stat now {};
  if (::fstat(fd, &now) != 0) return Failure("inspect", temp);
  mode_t mode = replaced->st_mode & 07777;
  if (now.st_uid != replaced->st_uid) mode &= ~static_cast<mode_t>(S_ISUID);
  if (now.st_gid != replaced->st_gid) mode &= ~static_cast<mode_t>(S_ISGID);
  if (::fchmod(fd, mode) != 0) return Failure("set permissions of", temp);
  return Status::Ok();
}

// So that the rename itself survives a crash; failing only costs that.
void SyncDirectory(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Gives the finished temporary file `path`'s name. False: `path` exists and
// `replace` is not set (RENAME_NOREPLACE, or link() where the file system
// lacks it: neither replaces a name).
StatusOr<bool> Commit(const std::string& temp, const std::string& path, bool replace) {
  if (replace) {
    if (::rename(temp.c_str(), path.c_str()) != 0) return Failure("replace", path);
    return true;
  }
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) {
    return true;
  }
  if (errno == EEXIST) return false;
  if (errno != EINVAL && errno != ENOSYS) return Failure("create", path);
  if (::link(temp.c_str(), path.c_str()) != 0) {
    if (errno == EEXIST) return false;
    return Failure("create", path);
  }
  ::unlink(temp.c_str());
  return true;
}

// A temporary file beside `path`, open for writing.
Status OpenTemporary(const std::string& path, int& fd, std::string& temp) {
  const fs::path dir = DirectoryOf(path);
  temp = (dir / ("." + fs::path(path).filename().string() + ".unspin-XXXXXX")).string();
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) return Failure("create a temporary file next to", path);
  temp = name.data();
  return Status::Ok();
}

// Gives the written temporary file `like`'s owner and mode, flushes and
// closes it, and gives it `path`'s name; on failure it is removed.
StatusOr<bool> FinishTemporary(int fd, const std::string& temp, const std::string& path,
                               const struct stat* like, bool replace) {
  Status status = TakeOwnerAndMode(fd, like, temp);
  if (status.ok() && ::fsync(fd) != 0) status = Failure("flush", temp);
  if (::close(fd) != 0 && status.ok()) status = Failure("close", temp);
  if (!status.ok()) {
    ::unlink(temp.c_str());
    return status;
  }
  StatusOr<bool> committed = Commit(temp, path, replace);
  if (!committed.ok() || !committed.value()) {
    ::unlink(temp.c_str());
    return committed;
  }
  SyncDirectory(DirectoryOf(path));
  return true;
}

StatusOr<bool> WriteThenRename(const std::string& path, std::string_view bytes,
                               const struct stat* like, bool replace) {
  int fd = -1;
  std::string temp;
  if (Status opened = OpenTemporary(path, fd, temp); !opened.ok()) return opened;
  if (Status written = WriteAllTo(fd, bytes, temp); !written.ok()) {
    ::close(fd);
    ::unlink(temp.c_str());
    return written;
  }
  return FinishTemporary(fd, temp, path, like, replace);
}

// What is at `path` now, to lend its owner and mode: a regular file there
// or one a link there points to; null when there is none.
const struct stat* ExistingFile(const std::string& path, struct stat& existing) {
  return ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode) ? &existing : nullptr;
}

}  // namespace

Status ReplaceFile(const std::string& path, std::string_view bytes, const struct stat* replaced) {
  StatusOr<bool> written = WriteThenRename(path, bytes, replaced, /*replace=*/true);
  return written.ok() ? Status::Ok() : written.status();
}

StatusOr<bool> CreateFileAtomically(const std::string& path, std::string_view bytes,
                                    const struct stat* like) {
  return WriteThenRename(path, bytes, like, /*replace=*/false);
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  struct stat existing {};
  return ReplaceFile(path, bytes, ExistingFile(path, existing));
}

StatusOr<std::unique_ptr<AtomicFile>> AtomicFile::Create(const std::string& path) {
  std::unique_ptr<AtomicFile> file(new AtomicFile());
  file->path_ = path;
  if (Status opened = OpenTemporary(path, file->fd_, file->temp_); !opened.ok()) return opened;
  return file;
}

Status AtomicFile::Commit() {
  struct stat existing {};
  const int fd = fd_;
  fd_ = -1;
  StatusOr<bool> finished =
      FinishTemporary(fd, temp_, path_, ExistingFile(path_, existing), /*replace=*/true);
  return finished.ok() ? Status::Ok() : finished.status();
}

AtomicFile::~AtomicFile() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlink(temp_.c_str());
}

}  // namespace unspin
