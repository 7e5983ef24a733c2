// The inputs a command line names: files as given, directories (with -r)
// replaced by the files in them.
#pragma once

#include <string>
#include <vector>

namespace unspin {

// File name extensions that -r takes from a directory: plain text, Markdown
// and HTML (any case).
bool IsRestorableFileName(const std::string& name);

// One input: a path ("-" is stdin), or an error about an argument that
// stands for no file (a directory that cannot be listed), reported in its
// place among the inputs.
struct InputEntry {
  std::string path;
  std::string error;
};

// `arguments` in order. With `recursive`, a directory becomes the files
// under it whose extension IsRestorableFileName, in sorted path order;
// hidden files and directories (names starting with '.') and symbolic
// links found inside are skipped (a link given on the command line is
// followed, as grep -r does), and so are names matching one of `excludes`:
// a glob without '/' is matched against a file's or directory's name, one
// with '/' against its path below the directory given (fnmatch).
// Without `recursive`, a directory is kept as it is, as missing files are:
// opening them reports the error (DirectoryHint adds what -r would do).
std::vector<InputEntry> ListInputs(const std::vector<std::string>& arguments, bool recursive,
                                   const std::vector<std::string>& excludes);

// " (-r restores the files in it)" when `path` is a directory, to follow an
// error about opening it; else empty.
std::string DirectoryHint(const std::string& path);

}  // namespace unspin
