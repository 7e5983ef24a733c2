#include "cli/output.h"

#include <cerrno>
#include <cstring>
#include <string>

namespace unspin {

Status WriteAll(std::FILE* stream, std::string_view bytes) {
  if (bytes.empty()) return Status::Ok();
  if (std::fwrite(bytes.data(), 1, bytes.size(), stream) != bytes.size()) {
    return Status::Error(std::string("cannot write output: ") + std::strerror(errno));
  }
  return Status::Ok();
}

Status Flush(std::FILE* stream) {
  if (std::fflush(stream) != 0 || std::ferror(stream)) {
    return Status::Error(std::string("cannot write output: ") + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace unspin
