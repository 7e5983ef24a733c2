// A file that `--in-place` rewrites: checked, locked, read, replaced.
#pragma once

#include <sys/stat.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace unspin {

class InPlaceFile {
 public:
  // Opens `path` to be rewritten and reads it whole. Only a regular file is
  // accepted: a FIFO, device, directory or socket is refused without being
  // opened for reading (nothing blocks or consumes input), and so is a
  // symbolic link unless `follow_symlinks`, in which case the file it points
  // to is the one read and rewritten (as `sed -i --follow-symlinks`).
  //
  // Holds an exclusive flock() on the file until destroyed, so that two
  // unspin processes rewriting the same file take turns; if the file was
  // replaced while this one waited, the new file is opened instead. Errors
  // name the file: missing, unreadable, not a regular file, a link, or
  // larger than `max_bytes` (`limit_name` is the option that sets it).
  static StatusOr<std::unique_ptr<InPlaceFile>> Open(const std::string& path,
                                                     bool follow_symlinks, size_t max_bytes,
                                                     const std::string& limit_name);
  ~InPlaceFile();
  InPlaceFile(const InPlaceFile&) = delete;
  InPlaceFile& operator=(const InPlaceFile&) = delete;

  // The file that is read and rewritten: a followed link's target.
  const std::string& path() const { return path_; }
  const std::string& contents() const { return contents_; }

  // Replaces the file with `bytes` atomically, keeping its owner, group and
  // mode (ReplaceFile, base/atomic_write.h). With a `backup_suffix`, the
  // file as it was read is kept first as path() + suffix, unless a file of
  // that name exists: an existing backup is never replaced (it holds what an
  // earlier run found, the older original), and `*kept_backup` is then set
  // to its name.
  Status Replace(std::string_view bytes, const std::string& backup_suffix,
                 std::string* kept_backup);

 private:
  InPlaceFile(int fd, std::string path, const struct stat& info)
      : fd_(fd), path_(std::move(path)), info_(info) {}

  int fd_;
  std::string path_;
  struct stat info_;
  std::string contents_;
};

// `files` without the second and later names of a file already listed: the
// same name twice, "n.txt" and "./n.txt", or (with `follow_symlinks`) a link
// and its target. Different hard links of one file are different names and
// are all kept. Names that cannot be resolved are kept (opening them reports
// the error).
std::vector<std::string> DistinctFiles(const std::vector<std::string>& files,
                                       bool follow_symlinks);

}  // namespace unspin
