#include "cli/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli/output.h"

namespace unspin {

StatusOr<std::unique_ptr<StdoutToFile>> StdoutToFile::Redirect(
    const std::string& path, const std::vector<std::string>& inputs) {
  struct stat output {};
  if (::stat(path.c_str(), &output) == 0) {
    for (const std::string& input : inputs) {
      struct stat in {};
      const int got = input == "-" ? ::fstat(STDIN_FILENO, &in) : ::stat(input.c_str(), &in);
      if (got == 0 && in.st_dev == output.st_dev && in.st_ino == output.st_ino) {
        return Status::Error("-o '" + path + "' is the input '" +
                             (input == "-" ? std::string("<stdin>") : input) +
                             "': write the output elsewhere (--in-place rewrites inputs)");
      }
    }
  }
  StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  if (Status flushed = Flush(stdout); !flushed.ok()) return flushed;
  if (::dup2(file.value()->fd(), STDOUT_FILENO) < 0) {
    return Status::Error("cannot write to '" + path + "': " + std::strerror(errno));
  }
  return std::unique_ptr<StdoutToFile>(new StdoutToFile(std::move(file.value())));
}

Status StdoutToFile::Commit() {
  if (Status flushed = Flush(stdout); !flushed.ok()) return flushed;
  return file_->Commit();
}

}  // namespace unspin
