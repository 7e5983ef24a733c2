// A file mapped read-only into memory, for the binary data files unspin
// reads in place (language models, the candidate lexicon) and the large
// inputs its converters read once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace unspin {

// Unmaps a mapping, or frees the bytes of MappedFile::FromBytes. (Outside
// the class: a nested class with default member initialisers is not yet
// default-constructible where the enclosing class needs it.)
struct MappedFileRelease {
  size_t size = 0;
  bool mapped = false;
  void operator()(const uint8_t* data) const;
};

// Immutable and movable; the bytes stay valid while the object lives. Bytes
// given to FromBytes are owned instead of mapped (tests, fuzzing), at an
// address aligned to 64 bytes like a mapping's.
class MappedFile {
 public:
  MappedFile() = default;  // no bytes
  // Maps `path`. `what` names the kind of file in messages ("language
  // model"): "cannot open language model 'PATH': REASON".
  static StatusOr<MappedFile> Open(const std::string& path, std::string_view what);
  static MappedFile FromBytes(std::string_view bytes);

  const uint8_t* data() const { return data_.get(); }
  size_t size() const { return size_; }
  std::string_view view() const { return {reinterpret_cast<const char*>(data()), size_}; }

 private:
  MappedFile(const uint8_t* data, size_t size, bool mapped)
      : data_(data, MappedFileRelease{size, mapped}), size_(size) {}

  std::unique_ptr<const uint8_t, MappedFileRelease> data_;
  size_t size_ = 0;
};

}  // namespace unspin
