// segment/code_points.cpp: see code_points.hpp.
#include "segment/code_points.hpp"

namespace extrait::segment {

std::size_t previous_start_beyond_ascii(std::string_view text, std::size_t at) {
  // Back over at most three continuation bytes, then check that the lead byte found really spans
  // up to `at`; if not, the byte before `at` stands alone (as text::decode reads it).
  std::size_t start = at - 1;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (start > 0 && at - start < 4 && text::detail::is_continuation_byte(s[start])) --start;
  if (decode(text, start).length == at - start) return start;
  return at - 1;
}

void append_lower(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    const Decoded cp = decode(s, i);
    if (cp.code_point < 0x80) {
      out.push_back(static_cast<char>(text::to_lower(cp.code_point)));
    } else {
      text::append_utf8(out, text::to_lower(cp.code_point));
    }
    i += cp.length;
  }
}

}  // namespace extrait::segment
