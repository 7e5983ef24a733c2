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

// A data file the build generates (`relative` to the data directory, e.g.
// "dictionaries/en-us.lm"): under $UNSPIN_DATA_DIR when that is set; else
// BUILD/data/RELATIVE for a binary (or module) in its build tree, where
// the build writes it; else under FindDataDir(), where it is installed.
// Returns "" when the file is not there.
std::string FindGeneratedDataFile(const std::string& relative);

// The compiled candidate lexicon (`unspin lexicon build`):
// FindGeneratedDataFile("dictionaries/lexicon.bin").
std::string FindLexicon();

}  // namespace unspin
