// A file mapped read-only into memory, for data files used in place
// (the candidate lexicon).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/status.h"

namespace unspin {

// Unmaps a mapping, or frees the bytes of MappedFile::FromBytes.
struct MappedFileRelease {
  size_t size = 0;
  bool mapped = false;
  void operator()(const uint8_t* data) const;
};

// Owns its mapping (or, from FromBytes, its bytes); movable, not copyable.
class MappedFile {
 public:
  MappedFile() = default;
  // Maps `path`. Fails with "cannot open KIND 'PATH': REASON" (or read,
  // map), `kind` naming what the file is for the user ("lexicon").
  static StatusOr<MappedFile> Open(const std::string& path, const std::string& kind);
  // Bytes already in memory (tests); kept on the heap, so data() is 8-byte
  // aligned and stays put when the MappedFile moves.
  static MappedFile FromBytes(std::string bytes);

  const uint8_t* data() const { return data_.get(); }
  size_t size() const { return data_.get_deleter().size; }

 private:
  std::unique_ptr<const uint8_t, MappedFileRelease> data_;
};

}  // namespace unspin
