#include "base/write_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace unspin {

Status WriteFileWhole(const std::string& path, std::string_view bytes, std::string_view what) {
  const std::string temp = path + ".tmp-" + std::to_string(::getpid());
  auto failure = [&](int error) {
    std::remove(temp.c_str());
    return Status::Error("cannot write " + std::string(what) + " '" + path +
                         "': " + std::strerror(error));
  };
  std::FILE* file = std::fopen(temp.c_str(), "wb");
  if (file == nullptr) return failure(errno);
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  const int write_error = errno;
  if (std::fclose(file) != 0 || !written) return failure(written ? errno : write_error);
  if (std::rename(temp.c_str(), path.c_str()) != 0) return failure(errno);
  return Status::Ok();
}

}  // namespace unspin
