// text/utf8_sequence.hpp: reads one UTF-8 sequence, strictly, without reading past the end.
//
// The one place that knows which byte sequences are well-formed (Unicode 15, table 3-7): the
// validator, the decoder and the Document all ask it, so they cannot disagree. (decode() answers
// the two-byte sequences inline by the rule below, lead C2 to DF then a continuation byte; a test
// checks it against read_sequence for every pair of bytes.)
#pragma once

#include <cstddef>
#include <cstdint>

namespace extrait::text::detail {

struct Sequence {
  char32_t code_point;
  std::uint8_t length;  // 1 to 4, or 0 when the bytes at `p` are not well-formed UTF-8
};

// The sequence that starts at p[0]; `available` bytes may be read (at least 1).
inline Sequence read_sequence(const unsigned char* p, std::size_t available) {
  const unsigned lead = p[0];
  if (lead < 0x80) return {lead, 1};
  // Table 3-7 narrows the range of the second byte for E0, ED, F0 and F4: that is what rules out
  // overlong forms, surrogates and code points above U+10FFFF. Every other byte is 80..BF.
  unsigned length = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  char32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0Fu;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07u;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {0, 0};  // a continuation byte, C0, C1 (always overlong) or F5..FF
  }
  if (available < length) return {0, 0};
  const unsigned second = p[1];
  if (second < low || second > high) return {0, 0};
  cp = (cp << 6) | (second & 0x3Fu);
  for (unsigned k = 2; k < length; ++k) {
    const unsigned next = p[k];
    if ((next & 0xC0u) != 0x80u) return {0, 0};
    cp = (cp << 6) | (next & 0x3Fu);
  }
  return {cp, static_cast<std::uint8_t>(length)};
}

inline bool is_continuation_byte(unsigned char byte) { return (byte & 0xC0u) == 0x80u; }

}  // namespace extrait::text::detail
