#include "base/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>

namespace unspin {

void MappedFileRelease::operator()(const uint8_t* data) const {
  if (data == nullptr) return;
  if (mapped) {
    munmap(const_cast<uint8_t*>(data), size);
  } else {
    std::free(const_cast<uint8_t*>(data));
  }
}

StatusOr<MappedFile> MappedFile::Open(const std::string& path, std::string_view what) {
  const std::string kind(what);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error("cannot open " + kind + " '" + path + "': " + std::strerror(errno));
  struct stat info {};
  const bool stated = fstat(fd, &info) == 0;
  const int stat_error = errno;
  if (!stated || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return Status::Error("cannot read " + kind + " '" + path +
                         "': " + (stated ? "not a regular file" : std::strerror(stat_error)));
  }
  const auto size = static_cast<size_t>(info.st_size);
  if (size == 0) {
    ::close(fd);
    return FromBytes({});
  }
  void* mapped = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const int error = errno;
  ::close(fd);
  if (mapped == MAP_FAILED) {
    return Status::Error("cannot map " + kind + " '" + path + "': " + std::strerror(error));
  }
  return MappedFile(static_cast<const uint8_t*>(mapped), size, true);
}

MappedFile MappedFile::FromBytes(std::string_view bytes) {
  // At least one byte so that an empty file still has an address.
  const size_t allocated = (bytes.size() + 64) / 64 * 64;
  void* data = std::aligned_alloc(64, allocated);
  if (data == nullptr) throw std::bad_alloc();
  std::memcpy(data, bytes.data(), bytes.size());
  return MappedFile(static_cast<const uint8_t*>(data), bytes.size(), false);
}

}  // namespace unspin
