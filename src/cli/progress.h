// --progress: documents and MB per second on stderr, for long batch runs.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>

namespace unspin {

// Redraws one status line on stderr at most a few times a second. Enabled
// when `enabled` says so, or, when unset, when stderr is a terminal. Thread
// compatible, not thread-safe: call it from the thread that writes output.
class Progress {
 public:
  explicit Progress(std::optional<bool> enabled);
  void Add(size_t bytes);  // one more document of `bytes` bytes
  void Finish();           // the final line and a newline

 private:
  void Draw();

  bool enabled_;
  size_t documents_ = 0;
  size_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace unspin
