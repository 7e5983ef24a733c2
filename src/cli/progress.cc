#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace unspin {

Progress::Progress(std::optional<bool> enabled)
    : enabled_(enabled.value_or(::isatty(STDERR_FILENO) != 0)),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::Add(size_t bytes) {
  ++documents_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double megabytes = static_cast<double>(bytes_) / 1e6;
  std::fprintf(stderr, "\runspin: %zu documents, %.1f MB, %.0f docs/s, %.1f MB/s   ", documents_,
               megabytes, seconds > 0 ? static_cast<double>(documents_) / seconds : 0.0,
               seconds > 0 ? megabytes / seconds : 0.0);
}

void Progress::Finish() {
  if (!enabled_) return;
  Draw();
  std::fputc('\n', stderr);
}

}  // namespace unspin
