#include "cli/input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace unspin {
namespace {

StatusOr<std::string> ReadStream(std::FILE* stream, const std::string& name, size_t max_bytes,
                                 const std::string& limit_name) {
  std::string bytes;
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, stream)) > 0) {
    if (bytes.size() + got > max_bytes) {
      return Status::Error("'" + name + "' is larger than " + limit_name + " (" +
                           std::to_string(max_bytes) + " bytes); raise the limit with " +
                           limit_name);
    }
    bytes.append(buffer, got);
  }
  if (std::ferror(stream)) {
    return Status::Error("cannot read '" + name + "': " + std::strerror(errno));
  }
  return bytes;
}

}  // namespace

StatusOr<InputFile> OpenInput(const std::string& path) {
  InputFile input;
  if (path == "-") {
    input.stream = stdin;
    input.name = "<stdin>";
    return input;
  }
  input.owned.reset(std::fopen(path.c_str(), "rb"));
  if (!input.owned) return Status::Error("cannot read '" + path + "': " + std::strerror(errno));
  input.stream = input.owned.get();
  input.name = path;
  return input;
}

StatusOr<std::string> ReadInput(const std::string& path, size_t max_bytes,
                                const std::string& limit_name) {
  StatusOr<InputFile> input = OpenInput(path);
  if (!input.ok()) return input.status();
  return ReadStream(input->stream, input->name, max_bytes, limit_name);
}

}  // namespace unspin
