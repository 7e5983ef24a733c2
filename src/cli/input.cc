#include "cli/input.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace unspin {
namespace {

Status LargerThanLimit(const std::string& name, size_t max_bytes, const std::string& limit_name) {
  return Status::Error("'" + name + "' is larger than " + limit_name + " (" +
                       std::to_string(max_bytes) + " bytes); raise the limit with " + limit_name);
}

StatusOr<std::string> ReadStream(std::FILE* stream, const std::string& name, size_t max_bytes,
                                 const std::string& limit_name, std::string bytes = "") {
  if (bytes.size() > max_bytes) return LargerThanLimit(name, max_bytes, limit_name);
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, stream)) > 0) {
    if (bytes.size() + got > max_bytes) return LargerThanLimit(name, max_bytes, limit_name);
    bytes.append(buffer, got);
  }
  if (std::ferror(stream)) {
    return Status::Error("cannot read '" + name + "': " + std::strerror(errno));
  }
  return bytes;
}

// Whether `stream` reads the regular file that stdout writes to. Only a
// regular file can grow without end; a terminal or pipe on both sides is
// fine.
bool IsStdout(std::FILE* stream) {
  struct stat in {}, out {};
  return ::fstat(STDOUT_FILENO, &out) == 0 && S_ISREG(out.st_mode) &&
         ::fstat(::fileno(stream), &in) == 0 && in.st_dev == out.st_dev &&
         in.st_ino == out.st_ino;
}

}  // namespace

StatusOr<InputFile> OpenInput(const std::string& path) {
  InputFile input;
  if (path == "-") {
    input.stream = stdin;
    input.name = "<stdin>";
  } else {
    input.owned.reset(std::fopen(path.c_str(), "rb"));
    if (!input.owned) return Status::Error("cannot read '" + path + "': " + std::strerror(errno));
    input.stream = input.owned.get();
    input.name = path;
  }
  if (IsStdout(input.stream)) return Status::Error("'" + input.name + "': input file is output file");
  return input;
}

StatusOr<std::string> ReadDescriptor(int fd, const std::string& name, size_t max_bytes,
                                     const std::string& limit_name) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got == 0) return bytes;
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::Error("cannot read '" + name + "': " + std::strerror(errno));
    }
    if (bytes.size() + static_cast<size_t>(got) > max_bytes) {
      return LargerThanLimit(name, max_bytes, limit_name);
    }
    bytes.append(buffer, static_cast<size_t>(got));
  }
}

StatusOr<std::string> ReadHead(InputFile& input, size_t bytes) {
  std::string head(bytes, '\0');
  size_t got = 0, last;
  while (got < bytes && (last = std::fread(head.data() + got, 1, bytes - got, input.stream)) > 0) {
    got += last;
  }
  if (std::ferror(input.stream)) {
    return Status::Error("cannot read '" + input.name + "': " + std::strerror(errno));
  }
  head.resize(got);
  return head;
}

StatusOr<std::string> ReadRest(InputFile& input, std::string head, size_t max_bytes,
                               const std::string& limit_name) {
  return ReadStream(input.stream, input.name, max_bytes, limit_name, std::move(head));
}

StatusOr<std::string> ReadInput(const std::string& path, size_t max_bytes,
                                const std::string& limit_name) {
  StatusOr<InputFile> input = OpenInput(path);
  if (!input.ok()) return input.status();
  return ReadStream(input->stream, input->name, max_bytes, limit_name);
}

}  // namespace unspin
