// segment/stretches.cpp: see stretches.hpp.
#include "segment/stretches.hpp"

namespace extrait::segment {

std::size_t stretch_end(std::string_view text, std::size_t begin, std::size_t target, std::size_t limit) {
  if (text.size() - begin <= target) return text.size();
  const std::size_t newline = text.find('\n', begin + target - 1);
  if (newline != std::string_view::npos && newline - begin < limit) return newline + 1;
  if (text.size() - begin <= limit) return text.size();
  // One line longer than the limit: end at a space, so that a word is not cut in two.
  const std::size_t hard = begin + limit;
  const std::size_t space = text.rfind(' ', hard - 1);
  if (space != std::string_view::npos && space > begin) return space + 1;
  std::size_t end = hard;
  while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

}  // namespace extrait::segment
