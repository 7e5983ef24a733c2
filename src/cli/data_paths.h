// Where unspin's data (rules/, dictionaries/) lives.
#pragma once

#include <string>

namespace unspin {

// The data directory, found in this order:
//   1. $UNSPIN_DATA_DIR, when set;
//   2. the source checkout, when this binary (or the shared object holding
//      this code: the Python module) is the one in its build tree (so
//      build/unspin works from any working directory);
//   3. PREFIX/share/unspin next to an installed binary (PREFIX/bin/unspin)
//      or module (PREFIX/lib/python3.X/dist-packages/unspin/);
//   4. the install prefix the binary was configured with.
// Returns "" when none exists.
std::string FindDataDir();

// The compiled candidate lexicon (`unspin lexicon build`): DATA/data/lexicon.bin
// under FindDataDir(), else, for a binary in its build tree, the one the
// build generated (BUILD/data/lexicon.bin). Returns "" when neither exists.
std::string FindLexicon();

}  // namespace unspin
