#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace extrait::cli {

Progress::Progress(std::size_t total_bytes)
    : enabled_(::isatty(STDERR_FILENO) == 1),
      total_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
  if (enabled_ && documents_ > 0) {
    draw();
    std::fputc('\n', stderr);
  }
}

void Progress::advance(std::size_t documents, std::size_t bytes) {
  documents_ += documents;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;  // a terminal needs no more
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double seconds =
      std::max(1e-3, std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count());
  std::fprintf(stderr, "\rextrait: %zu documents, %.0f doc/s, %.1f MB/s", documents_,
               static_cast<double>(documents_) / seconds, static_cast<double>(bytes_) / seconds / 1e6);
  if (total_ > 0 && bytes_ > 0) {
    const double done = static_cast<double>(bytes_) / static_cast<double>(total_);
    const auto eta = static_cast<long>(seconds / std::min(done, 1.0) - seconds);
    std::fprintf(stderr, ", %.0f %% (ETA %ld:%02ld)", 100 * std::min(done, 1.0), eta / 60, eta % 60);
  }
  std::fprintf(stderr, "\033[K");
  std::fflush(stderr);
}

}  // namespace extrait::cli
