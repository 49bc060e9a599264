// text/utf8.hpp: UTF-8 validation and decoding.
//
// Validation is strict (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. The
// rest of the library may then decode without checks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text/utf8_sequence.hpp"

namespace extrait::text {

// The byte offset of the first byte that does not belong to well-formed UTF-8, or nullopt. For a
// sequence that starts well and breaks off (E2 82 then 'A', or E2 82 at the end), that is the
// offset of its first byte: the whole sequence is ill-formed. NUL is a code point like any other.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

struct Decoded {
  char32_t code_point;
  std::size_t length;  // in bytes, 1 to 4
};
// Decodes the code point that starts at byte `at` of valid UTF-8. Should the bytes there be
// ill-formed anyway (or `at` past the end), returns U+FFFD of length 1, so that a loop advances.
// ASCII, most of the text, and two-byte sequences (U+0080 to U+07FF: every accented letter of
// French) are answered inline; the rest by decode_beyond_ascii(). The inline cases accept exactly
// what detail::read_sequence accepts (a lead byte C2 to DF, then a continuation byte).
Decoded decode_beyond_ascii(std::string_view valid, std::size_t at);
inline Decoded decode(std::string_view valid, std::size_t at) {
  if (at < valid.size()) {
    const auto byte = static_cast<unsigned char>(valid[at]);
    if (byte < 0x80) return {byte, 1};
    if (byte >= 0xC2 && byte <= 0xDF && at + 1 < valid.size()) {
      const auto next = static_cast<unsigned char>(valid[at + 1]);
      if (detail::is_continuation_byte(next)) return {static_cast<char32_t>(((byte & 0x1Fu) << 6) | (next & 0x3Fu)), 2};
    }
  }
  return decode_beyond_ascii(valid, at);
}
// Appends the UTF-8 form of `code_point`; a surrogate or a value above U+10FFFF, which have none,
// appends U+FFFD.
void append_utf8(std::string& out, char32_t code_point);
// The number of code points of valid UTF-8 (the bytes that are not continuation bytes).
std::size_t count_code_points(std::string_view valid);
// The number of code points of text[at, at + n), valid UTF-8, counted as above: to count the last
// few bytes at once, it may read other bytes of `text` (never beyond it).
std::size_t count_code_points(std::string_view text, std::size_t at, std::size_t n);

}  // namespace extrait::text
