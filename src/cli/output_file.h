// -o FILE: what a command writes to stdout goes to FILE instead, which is
// replaced atomically when the command has written everything.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/atomic_write.h"
#include "base/status.h"

namespace unspin {

class StdoutToFile {
 public:
  // Points stdout at a temporary file beside `path`. Refuses, naming both,
  // a `path` that is one of `inputs` (the same file by device and inode,
  // whatever the name; "-" is stdin): the output would replace an input,
  // which --in-place is for.
  static StatusOr<std::unique_ptr<StdoutToFile>> Redirect(const std::string& path,
                                                          const std::vector<std::string>& inputs);

  // Flushes stdout and puts the file in place (AtomicFile::Commit). Not
  // committed, the temporary file is removed and `path` is untouched.
  Status Commit();

 private:
  explicit StdoutToFile(std::unique_ptr<AtomicFile> file) : file_(std::move(file)) {}
  std::unique_ptr<AtomicFile> file_;
};

}  // namespace unspin
