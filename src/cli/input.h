// Reading an input file or stdin whole.
#pragma once

#include <cstdio>
#include <limits>
#include <memory>
#include <string>

#include "base/status.h"

namespace unspin {

// The bytes of `path`, or of stdin when `path` is "-". The error names the
// file and the system's reason, or the limit (`limit_name`, the option that
// sets `max_bytes`) when the input is larger.
StatusOr<std::string> ReadInput(const std::string& path,
                                size_t max_bytes = std::numeric_limits<size_t>::max(),
                                const std::string& limit_name = "");

// An input opened for streaming: `stream` is stdin for "-" (not closed) or
// a file closed when this is destroyed. `name` is for messages ("<stdin>").
struct InputFile {
  struct Closer {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::FILE* stream = nullptr;
  std::unique_ptr<std::FILE, Closer> owned;
  std::string name;
};

// Opens `path` ("-" for stdin); the error names the file and the reason.
StatusOr<InputFile> OpenInput(const std::string& path);

}  // namespace unspin
