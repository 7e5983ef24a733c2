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
// An input that is the very file stdout writes to (`unspin f >> f`, which
// would read its own output for ever) is refused, as cat refuses it:
// "'f': input file is output file".
StatusOr<InputFile> OpenInput(const std::string& path);

// Up to `bytes` bytes from the start of `input` (fewer only at its end), to
// decide what it is before it is read on; the error names the input.
StatusOr<std::string> ReadHead(InputFile& input, size_t bytes);

// `head` (ReadHead's) followed by the rest of `input`: the whole input, or
// the error ReadInput gives.
StatusOr<std::string> ReadRest(InputFile& input, std::string head, size_t max_bytes,
                               const std::string& limit_name);

// The rest of the open file `fd`, read whole; `name` is for messages, and
// `max_bytes` / `limit_name` as for ReadInput.
StatusOr<std::string> ReadDescriptor(int fd, const std::string& name, size_t max_bytes,
                                     const std::string& limit_name);

}  // namespace unspin
