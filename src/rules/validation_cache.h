// A record of rule sets whose context patterns are known to compile, so that
// loading them again need not compile every pattern up front.
//
// Start-up matters for a filter run once per file: compiling the default
// pack's patterns is about 130 ms of CPU. The first load of a set of rule
// files validates every pattern (a broken pattern must stop the run before
// any output) and records the set's fingerprint; later loads of the very
// same bytes, by the same unspin version, skip that and compile each pattern
// when it is first needed.
//
// The record is a text file of fingerprints, one per line, in
// $UNSPIN_CACHE_DIR (set it empty to disable the cache), else
// $XDG_CACHE_HOME/unspin, else ~/.cache/unspin. Failing to read or write it
// only costs time. Only a regular file is read or written (a FIFO or a link
// there is ignored), and only its last MiB is read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace unspin {

class ValidationCache {
 public:
  // The cache at its default place (see above); disabled when there is none.
  static ValidationCache AtDefaultPlace();
  explicit ValidationCache(std::string file) : file_(std::move(file)) {}

  bool enabled() const { return !file_.empty(); }
  bool Contains(uint64_t fingerprint) const;
  // Best effort: creates the directory, appends one line.
  void Add(uint64_t fingerprint) const;

 private:
  std::string file_;
};

// Fingerprint of a rule set: feed it every file's bytes, in load order.
class RuleSetFingerprint {
 public:
  RuleSetFingerprint();
  void Add(std::string_view file_name, std::string_view contents);
  uint64_t value() const { return hash_; }

 private:
  void Mix(std::string_view bytes);
  uint64_t hash_;
};

}  // namespace unspin
