// segment/code_points.cpp: see code_points.hpp.
#include "segment/code_points.hpp"

#include "text/utf8.hpp"

namespace extrait::segment {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

CodePoint decode_beyond_ascii(std::string_view text, std::size_t at) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char b = s[at];
  // Sequence length from the lead byte; anything else (a stray continuation byte, 0xC0, 0xC1,
  // 0xF5..0xFF) is one replacement character, as ICU's own converters do.
  std::size_t len = 0;
  char32_t c = 0;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
    c = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    c = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    c = b & 0x07;
  } else {
    return {kReplacement, 1};
  }
  if (at + len > n) return {kReplacement, 1};
  for (std::size_t k = 1; k < len; ++k) {
    if (!is_continuation(s[at + k])) return {kReplacement, 1};
    c = (c << 6) | (s[at + k] & 0x3F);
  }
  if (c > 0x10FFFF) return {kReplacement, len};
  return {c, len};
}

std::size_t previous_start_beyond_ascii(std::string_view text, std::size_t at) {
  // Back over at most three continuation bytes, then check that the lead byte found really spans
  // up to `at`; if not, the byte before `at` stands alone (lenient decoding, see decode_at).
  std::size_t start = at - 1;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (start > 0 && at - start < 4 && is_continuation(s[start])) --start;
  if (decode_at(text, start).length == at - start) return start;
  return at - 1;
}

void append_lower(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    const CodePoint cp = decode_at(s, i);
    if (cp.value < 0x80) {
      out.push_back(static_cast<char>(text::to_lower(cp.value)));
    } else {
      text::append_utf8(out, text::to_lower(cp.value));
    }
    i += cp.length;
  }
}

}  // namespace extrait::segment
