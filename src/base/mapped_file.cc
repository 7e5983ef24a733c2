#include "base/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace unspin {

void MappedFileRelease::operator()(const uint8_t* data) const {
  if (mapped) {
    munmap(const_cast<uint8_t*>(data), size);
  } else {
    delete[] reinterpret_cast<const uint64_t*>(data);  // as FromBytes allocated it
  }
}

StatusOr<MappedFile> MappedFile::Open(const std::string& path, const std::string& kind) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::Error("cannot open " + kind + " '" + path + "': " + std::strerror(errno));
  }
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    const int error = errno;
    ::close(fd);
    return Status::Error("cannot read " + kind + " '" + path + "': " + std::strerror(error));
  }
  MappedFile file;
  const size_t size = static_cast<size_t>(info.st_size);
  if (size > 0) {
    void* mapped = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapped == MAP_FAILED) {
      const int error = errno;
      ::close(fd);
      return Status::Error("cannot map " + kind + " '" + path + "': " + std::strerror(error));
    }
    file.data_ = {static_cast<const uint8_t*>(mapped), MappedFileRelease{size, true}};
  }
  ::close(fd);
  return file;
}

MappedFile MappedFile::FromBytes(std::string bytes) {
  // new[] of uint64_t: 8-byte aligned, as the tables in the files need.
  uint64_t* words = new uint64_t[(bytes.size() + 7) / 8 + 1];
  std::memcpy(words, bytes.data(), bytes.size());
  MappedFile file;
  file.data_ = {reinterpret_cast<const uint8_t*>(words), MappedFileRelease{bytes.size(), false}};
  return file;
}

}  // namespace unspin
