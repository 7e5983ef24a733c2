#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace unspin {

Progress::Progress(std::optional<bool> enabled, const char* unit, const char* units,
                   bool stdout_is_output)
    : enabled_(enabled.value_or(::isatty(STDERR_FILENO) != 0 &&
                                !(stdout_is_output && ::isatty(STDOUT_FILENO) != 0))),
      automatic_(!enabled.has_value()),
      unit_(unit),
      units_(units),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::AddBytes(size_t bytes) {
  bytes_ += bytes;
  Update();
}

void Progress::EndDocument() {
  ++documents_;
  Update();
}

void Progress::Update() {
  if (!enabled_ || (automatic_ && bytes_ < kAutoBytes)) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  drawn_ = true;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double megabytes = static_cast<double>(bytes_) / 1e6;
  std::fprintf(stderr, "\runspin: %zu %s, %.1f MB, %.1f MB/s   ", documents_,
               documents_ == 1 ? unit_ : units_, megabytes, seconds > 0 ? megabytes / seconds : 0.0);
}

void Progress::Finish() {
  if (!enabled_ || (automatic_ && !drawn_)) return;
  Draw();
  std::fputc('\n', stderr);
}

}  // namespace unspin
