// fuzz/fuzz_line_reader.cpp: the command's LineReader on an arbitrary byte stream, checked
// against a plain reference split: the same lines, in order, the same too-long verdicts, the same
// line numbers, whatever the line length limit (picked by the first byte) and however the bytes
// arrive (a memory file: read() returns what it asks for).
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "line_reader.hpp"

namespace {

void check(bool ok) {
  if (!ok) __builtin_trap();
}

struct Expected {
  bool too_long;
  std::string line;
};

// What LineReader must return: lines split at '\n' (a last one without it too), a final '\r'
// removed, and a line whose bytes before the '\n' ('\r' included) exceed the limit marked too long.
std::vector<Expected> reference(std::string_view s, std::size_t max) {
  std::vector<Expected> out;
  std::size_t begin = 0;
  while (begin < s.size()) {
    const std::size_t nl = s.find('\n', begin);
    const std::size_t end = nl == std::string_view::npos ? s.size() : nl;
    std::string line(s.substr(begin, end - begin));
    const bool too_long = line.size() > max;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back({too_long, too_long ? std::string() : line});
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // Small limits reach the too-long path; the reader's buffer starts at 64 KiB and grows.
  const std::size_t max = data[0] < 128 ? data[0] : std::size_t{1} << (data[0] % 20);
  const std::string_view stream(reinterpret_cast<const char*>(data) + 1, size - 1);

  const int fd = ::memfd_create("fuzz_line_reader", 0);
  if (fd < 0) return 0;
  std::size_t written = 0;
  while (written < stream.size()) {
    const ssize_t n = ::write(fd, stream.data() + written, stream.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  ::lseek(fd, 0, SEEK_SET);

  const std::vector<Expected> expected = reference(stream, max);
  extrait::cli::LineReader reader(fd, max);
  std::string line;
  std::size_t i = 0;
  while (true) {
    const auto status = reader.next(line);
    if (status == extrait::cli::LineReader::Status::end) break;
    check(status != extrait::cli::LineReader::Status::error);
    check(i < expected.size());
    check((status == extrait::cli::LineReader::Status::too_long) == expected[i].too_long);
    if (!expected[i].too_long) check(line == expected[i].line);
    ++i;
    check(reader.line_number() == i);
  }
  check(i == expected.size());
  check(reader.next(line) == extrait::cli::LineReader::Status::end);  // and stays at the end
  ::close(fd);
  return 0;
}
