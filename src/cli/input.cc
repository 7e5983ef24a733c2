#include "cli/input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace unspin {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

StatusOr<std::string> ReadStream(std::FILE* stream, const std::string& name) {
  std::string bytes;
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, stream)) > 0) bytes.append(buffer, got);
  if (std::ferror(stream)) {
    return Status::Error("cannot read '" + name + "': " + std::strerror(errno));
  }
  return bytes;
}

}  // namespace

StatusOr<std::string> ReadInput(const std::string& path) {
  if (path == "-") return ReadStream(stdin, "<stdin>");
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) return Status::Error("cannot read '" + path + "': " + std::strerror(errno));
  return ReadStream(file.get(), path);
}

}  // namespace unspin
