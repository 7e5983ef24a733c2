// Replacing a file without ever leaving it truncated or half-written.
#pragma once

#include <sys/stat.h>

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace unspin {

// Writes `bytes` to a temporary file in `path`'s directory, flushes it to
// disk, and renames it over `path` (the name itself: a symbolic link at
// `path` is replaced, not followed). A process that has the old file open or
// mapped keeps reading the old bytes.
//
// `replaced` is what stat() said of the file being replaced, or null for a
// new file. The new file gets the replaced one's owner, group and permission
// bits as far as this process may give them: root keeps both; another user
// keeps the group if it belongs to it, and the file becomes its own. The
// set-user-ID and set-group-ID bits are kept only together with the owner
// and the group they belong to, so they are never handed to another user. A
// new file gets 0666 less the umask.
//
// On failure `path` is untouched and the temporary file is removed; the
// error names the file and the system's reason. If the process dies midway,
// `path` still holds its old contents (a stray ".NAME.unspin-XXXXXX" may
// remain). Not safe to call from several threads (it reads the umask).
Status ReplaceFile(const std::string& path, std::string_view bytes, const struct stat* replaced);

// As ReplaceFile, but never replaces anything: when `path` exists (even as
// a dangling link) it is left alone and the result is false; true when the
// file was created. `like` lends owner, group and mode as `replaced` does.
StatusOr<bool> CreateFileAtomically(const std::string& path, std::string_view bytes,
                                    const struct stat* like);

// ReplaceFile for whatever is at `path` now: a regular file there (or one
// that a symbolic link there points to) lends its owner, group and mode;
// when there is none, a new file is created.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

// WriteFileAtomically for output written in pieces: a temporary file beside
// `path` to write to through fd(), put in place by Commit(). Destroyed
// before Commit() (or after a failed one), it removes the temporary file
// and `path` is untouched. Not thread-safe.
class AtomicFile {
 public:
  // The error names `path` and the system's reason.
  static StatusOr<std::unique_ptr<AtomicFile>> Create(const std::string& path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  int fd() const { return fd_; }
  // Flushes the file to disk (closing fd()) and renames it over `path`,
  // lending it the owner and mode of the file there as WriteFileAtomically
  // does. Call it once.
  Status Commit();

 private:
  AtomicFile() = default;
  std::string path_;
  std::string temp_;
  int fd_ = -1;
};

}  // namespace unspin
