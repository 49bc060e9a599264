// cli/line_reader.hpp: lines of a stream, with a bound on what one line may hold.
//
// JSONL input is read line by line so that memory does not grow with the input; a line longer
// than the bound is skipped to its end (and reported), never held whole, so a 50 MB line cannot
// take the process down. CRLF line ends are accepted. It reads the descriptor with read(2), not
// stdio, so that a line is handed over as soon as it arrives on a pipe, and it can tell when the
// next line is not there yet (so the caller can write what it has before it waits).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace extrait::cli {

class LineReader {
 public:
  LineReader(int fd, std::size_t max_line_bytes);

  enum class Status { line, too_long, end, error };
  // Reads the next line into `line` (without its '\n' or "\r\n").
  Status next(std::string& line);
  // Whether next() would have to wait for input: no whole line is buffered and none is ready.
  bool would_block() const;
  // 1-based number of the line last returned.
  std::size_t line_number() const { return line_number_; }

 private:
  bool fill();

  int fd_;
  std::size_t max_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  bool error_ = false;
  std::size_t line_number_ = 0;
};

}  // namespace extrait::cli
