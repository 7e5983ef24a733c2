// Where the lists of an `import PATH` line come from (rules/README.md,
// "Word lists"). The parser asks; the loader answers from files.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "rules/word_list.h"

namespace unspin {

class ListImporter {
 public:
  virtual ~ListImporter() = default;
  // Every list the lists file `target` defines or imports itself. `target`
  // is as written after `import`; a relative path is relative to the
  // directory of `importing_file`. Fails with a message that names no
  // place (the parser adds the import line's).
  virtual StatusOr<std::vector<WordList>> Import(const std::string& target,
                                                 const std::string& importing_file) = 0;
};

// Reads lists files from disk, each once however often it is imported. A
// lists file has the syntax of a rule file but holds only `list` and
// `import` lines (and comments). Not thread-safe.
class FileListImporter : public ListImporter {
 public:
  // A larger lists file is an error, as a larger rule file is for the loader.
  explicit FileListImporter(size_t max_file_bytes) : max_file_bytes_(max_file_bytes) {}

  // Fails when the file cannot be read, is not a regular file, is too
  // large, imports itself (through others), holds a rule or an include, or
  // has errors (then the message lists them, "file:line: message" a line,
  // the first time; later imports of it just fail).
  StatusOr<std::vector<WordList>> Import(const std::string& target,
                                         const std::string& importing_file) override;

  // The files read since the last call, as (path as resolved, contents), in
  // the order read: what a rule set's fingerprint must include besides its
  // rule files (validation_cache.h).
  std::vector<std::pair<std::string, std::string>> TakeFilesRead();

 private:
  StatusOr<std::vector<WordList>> Read(const std::string& path);

  size_t max_file_bytes_;
  std::map<std::string, StatusOr<std::vector<WordList>>> done_;  // by canonical path
  std::set<std::string> reading_;                                 // to refuse circles
  std::vector<std::pair<std::string, std::string>> files_read_;
};

// The lists that the lists file `path` defines itself (not those it
// imports), for `unspin rules list`.
StatusOr<std::vector<WordList>> ListsDefinedIn(const std::string& path);

}  // namespace unspin
