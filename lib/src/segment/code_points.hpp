// segment/code_points.hpp: reading code points of the text being segmented, and their classes.
//
// The segmenter works in UTF-8 byte offsets. These helpers decode one code point at a time and
// answer the few questions the French rules ask (letter? digit? upper case? space?), with an ASCII
// fast path because most bytes of French news are ASCII. Decoding is lenient on purpose: a byte
// that does not start a well-formed sequence reads as U+FFFD of length 1, and the converter that
// feeds ICU uses the same decoding, so offsets on both sides always agree (see icu_breaks.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace extrait::segment {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes, 1 to 4
};

// The code point that starts at byte `at` (< text.size()).
CodePoint decode_at(std::string_view text, std::size_t at);
// The start of the code point that ends at byte `at` (> 0).
std::size_t previous_start(std::string_view text, std::size_t at);

// White space as Unicode defines it (includes '\n' and the no-break spaces).
bool is_space(char32_t c);
// Letters and the marks that combine with them.
bool is_letter(char32_t c);
// Decimal digits of any script.
bool is_digit(char32_t c);
bool is_upper(char32_t c);  // upper or title case
bool is_lower(char32_t c);

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
