#include "cli/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace unspin {
namespace {

namespace fs = std::filesystem;

Status Failure(const std::string& what, const std::string& path) {
  return Status::Error("cannot " + what + " '" + path + "': " + std::strerror(errno));
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view bytes,
                           const std::string& backup_suffix) {
  struct stat original {};
  if (::stat(path.c_str(), &original) != 0) return Failure("rewrite", path);
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".unspin-XXXXXX")).string();
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return Failure("create a temporary file next to", path);
  temp = name.data();
  auto fail = [&](const std::string& what) {
    const Status status = Failure(what, temp);
    ::close(fd);
    ::unlink(temp.c_str());
    return status;
  };
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write");
    }
    written += static_cast<size_t>(n);
  }
  if (::fchmod(fd, original.st_mode & 07777) != 0) return fail("set permissions of");
  if (::fsync(fd) != 0) return fail("flush");
  if (::close(fd) != 0) {
    const Status status = Failure("close", temp);
    ::unlink(temp.c_str());
    return status;
  }
  if (!backup_suffix.empty()) {
    const std::string backup = path + backup_suffix;
    ::unlink(backup.c_str());
    if (::link(path.c_str(), backup.c_str()) != 0) {
      std::error_code error;
      fs::copy_file(path, backup, fs::copy_options::overwrite_existing, error);
      if (error) {
        ::unlink(temp.c_str());
        return Status::Error("cannot keep a backup '" + backup + "': " + error.message());
      }
    }
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const Status status = Failure("replace", path);
    ::unlink(temp.c_str());
    return status;
  }
  return Status::Ok();
}

}  // namespace unspin
