// segment/code_points.hpp: reading code points of the text being segmented, and their classes.
//
// The segmenter works in UTF-8 byte offsets. These helpers decode one code point at a time and
// answer the few questions the French rules ask (letter? digit? upper case? space?), with an ASCII
// fast path because most bytes of French news are ASCII. Decoding is lenient on purpose: a byte
// that does not start a well-formed sequence reads as U+FFFD of length 1 (so do code points above
// U+10FFFF, over their 4 bytes), and the converter that feeds ICU uses the same decoding, so
// offsets on both sides always agree (see icu_breaks.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace extrait::segment {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes, 1 to 4
};

// decode_at for a byte of 0x80 or more.
CodePoint decode_beyond_ascii(std::string_view text, std::size_t at);
// The code point that starts at byte `at` (< text.size()).
inline CodePoint decode_at(std::string_view text, std::size_t at) {
  const auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return {b, 1};
  return decode_beyond_ascii(text, at);
}
// The start of the code point that ends at byte `at` (> 0).
std::size_t previous_start(std::string_view text, std::size_t at);

// The classes below answer ASCII inline (most of the text) and ask ICU for the rest.
bool is_space_beyond_ascii(char32_t c);
bool is_letter_beyond_ascii(char32_t c);
bool is_digit_beyond_ascii(char32_t c);
bool is_upper_beyond_ascii(char32_t c);
bool is_lower_beyond_ascii(char32_t c);

// White space as Unicode defines it (includes '\n' and the no-break spaces).
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return is_space_beyond_ascii(c);
}
// Letters and the marks that combine with them.
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return is_letter_beyond_ascii(c);
}
// Decimal digits of any script.
inline bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return is_digit_beyond_ascii(c);
}
// Upper or title case.
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return is_upper_beyond_ascii(c);
}
inline bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return is_lower_beyond_ascii(c);
}

// Appends the lower-case form of `s` to `out` (code point by code point: enough for matching
// short lexicon entries such as "mme" or "qu'").
void append_lower(std::string_view s, std::string& out);

// Convenience: the class of the code point at `at`, false at or past the end.
inline bool letter_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_letter(decode_at(text, at).value);
}
inline bool upper_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_upper(decode_at(text, at).value);
}
inline bool lower_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_lower(decode_at(text, at).value);
}
inline bool digit_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_digit(decode_at(text, at).value);
}

}  // namespace extrait::segment
