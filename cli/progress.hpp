// cli/progress.hpp: a progress line on stderr when it is a terminal, nothing otherwise.
//
//   extrait: 12 480 documents, 310 doc/s, 2.4 MB/s, 61 % (ETA 0:42)
//
// The ETA is shown when the total input size is known (files, not a pipe).
#pragma once

#include <chrono>
#include <cstddef>

namespace extrait::cli {

class Progress {
 public:
  // `total_bytes` 0: unknown. Enabled only when stderr is a terminal.
  explicit Progress(std::size_t total_bytes);
  ~Progress();  // ends the line

  void advance(std::size_t documents, std::size_t bytes);

 private:
  void draw();

  bool enabled_;
  std::size_t total_;
  std::size_t documents_ = 0;
  std::size_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace extrait::cli
