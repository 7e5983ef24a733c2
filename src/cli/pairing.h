// Pairing the inputs of `unspin learn` and `unspin eval`: two files, two
// directories matched by relative name, or one directory of NAME.A and
// NAME.B files.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace unspin {

struct FilePair {
  std::string name;  // relative name or stem; for two files, the first one's name
  std::string first;
  std::string second;
};

struct Pairing {
  std::vector<FilePair> pairs;        // sorted by name
  std::vector<std::string> unpaired;  // files without a partner, sorted
};

// Pairs `first` with `second`:
//   - two files: one pair;
//   - two different directories: each regular file under `first` (searched
//     recursively, hidden names skipped) with the file of the same relative
//     path under `second`;
//   - the same directory twice: NAME`first_suffix` with NAME`second_suffix`
//     (e.g. ".original.txt" and ".spun.txt"); files with neither suffix are
//     not inputs.
// Fails when a path does not exist or one is a file and the other a
// directory. Files without a partner are listed in `unpaired`.
StatusOr<Pairing> PairInputs(const std::string& first, const std::string& second,
                             const std::string& first_suffix, const std::string& second_suffix);

// PairInputs for a command: warns on stderr about each unpaired file, and
// fails when there is no pair at all ("no KIND pairs in 'A' and 'B'").
StatusOr<std::vector<FilePair>> PairInputsForCommand(const std::string& first,
                                                     const std::string& second,
                                                     const std::string& first_suffix,
                                                     const std::string& second_suffix,
                                                     const std::string& kind);

}  // namespace unspin
