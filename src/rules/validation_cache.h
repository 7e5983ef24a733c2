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
//
// A fingerprint is a keyed hash (SipHash) of the files, with a random key
// kept beside the record in a file only its owner may read (`key`, mode
// 0600, made on first use). A line written into the record by anyone who
// cannot read the key vouches for nothing: it matches no rule set, so a
// forged line cannot let a broken pattern load unchecked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/sip_hash.h"

namespace unspin {

class ValidationCache {
 public:
  // The cache at its default place (see above); disabled when there is none.
  static ValidationCache AtDefaultPlace();
  explicit ValidationCache(std::string file) : file_(std::move(file)) {}

  bool enabled() const { return !file_.empty(); }
  // The key fingerprints are made with: read from `key` in the cache's
  // directory, made there (with the directory) when missing. nullopt when
  // the cache is disabled, the key cannot be made, or the key file is not
  // a private regular file of the current user (then the cache vouches for
  // nothing, and every load validates).
  std::optional<SipHash::Key> Key() const;
  bool Contains(uint64_t fingerprint) const;
  // Best effort: creates the directory, appends one line.
  void Add(uint64_t fingerprint) const;

 private:
  std::string file_;
};

// Fingerprint of a rule set: feed it every file's bytes, in load order.
class RuleSetFingerprint {
 public:
  explicit RuleSetFingerprint(const SipHash::Key& key);
  void Add(std::string_view file_name, std::string_view contents);
  uint64_t value() const { return hash_.value(); }

 private:
  void Mix(std::string_view bytes);
  SipHash hash_;
};

}  // namespace unspin
