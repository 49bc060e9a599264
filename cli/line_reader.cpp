#include "line_reader.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace extrait::cli {

LineReader::LineReader(int fd, std::size_t max_line_bytes) : fd_(fd), max_(max_line_bytes), buffer_(1 << 16) {}

bool LineReader::would_block() const {
  if (eof_ || std::memchr(buffer_.data() + begin_, '\n', end_ - begin_) != nullptr) return false;
  pollfd p{fd_, POLLIN, 0};
  return ::poll(&p, 1, 0) == 0;
}

bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {  // keep the unread part at the front
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  ssize_t n;
  do {
    n = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    eof_ = true;
    error_ = n < 0;
    return false;
  }
  end_ += static_cast<std::size_t>(n);
  return true;
}

LineReader::Status LineReader::next(std::string& line) {
  line.clear();
  bool too_long = false;
  while (true) {
    const char* start = buffer_.data() + begin_;
    const void* nl = std::memchr(start, '\n', end_ - begin_);
    const std::size_t available = nl ? static_cast<const char*>(nl) - start : end_ - begin_;
    if (!too_long) {
      if (line.size() + available > max_) {
        too_long = true;  // drop what we hold and skip to the end of the line
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(start, available);
      }
    }
    begin_ += available;
    if (nl) {
      ++begin_;  // the '\n'
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return too_long ? Status::too_long : Status::line;
    }
    // No newline in the buffer: everything was consumed; read more.
    begin_ = end_ = 0;
    if (!fill()) {
      if (error_) return Status::error;
      if (!too_long && line.empty()) return Status::end;
      ++line_number_;  // a last line without '\n'
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return too_long ? Status::too_long : Status::line;
    }
  }
}

}  // namespace extrait::cli
