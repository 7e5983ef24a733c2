// Progress on stderr: documents, MB and MB per second, for long runs.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>

namespace unspin {

// Redraws one status line on stderr at most a few times a second.
// `enabled` set: shown or not, as it says. Unset: shown on a terminal for
// long runs only, from the moment kAutoBytes have been read, when stderr is
// a terminal and the output is not on one (`stdout_is_output`: stdout
// carries the output, which would be mixed with the status line). Never
// when stderr is a pipe or a file, unless asked. Thread compatible, not
// thread-safe: call it from the thread that writes output.
class Progress {
 public:
  // `unit`: what one document is called, in the singular and plural
  // ("file", "files"; "record", "records").
  Progress(std::optional<bool> enabled, const char* unit, const char* units,
           bool stdout_is_output = true);

  void AddBytes(size_t bytes);  // more bytes of the current document
  void EndDocument();           // the current document is done
  void Add(size_t bytes) {      // one whole document of `bytes` bytes
    AddBytes(bytes);
    EndDocument();
  }
  void Finish();  // the final line and a newline, if a line was drawn

  // Bytes read before an unasked-for status line appears: a run over
  // fewer is over before anyone waits for it.
  static constexpr size_t kAutoBytes = 4u << 20;

 private:
  void Update();
  void Draw();

  bool enabled_;
  bool automatic_;
  const char* unit_;
  const char* units_;
  bool drawn_ = false;
  size_t documents_ = 0;
  size_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace unspin
