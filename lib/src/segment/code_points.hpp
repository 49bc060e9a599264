// segment/code_points.hpp: reading code points of the text being segmented, and their classes.
//
// The segmenter works in UTF-8 byte offsets. These helpers decode one code point at a time and
// answer the few questions the French rules ask (letter? upper case? lower case?) at a place, with
// the classes of text/chars.hpp. Decoding is text::decode's, so that any bytes are accepted: a
// byte that does not start a well-formed sequence reads as U+FFFD of length 1. The converter that
// feeds ICU decodes the same way, so offsets on both sides always agree (see icu_breaks.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::segment {

// Code points are read by text::decode (text/utf8.hpp), which the converter that feeds ICU uses
// too (see utf16_stretch.hpp).
using text::decode;
using text::Decoded;

// previous_start when the byte before `at` is beyond ASCII.
std::size_t previous_start_beyond_ascii(std::string_view text, std::size_t at);
// The start of the code point that ends at byte `at` (> 0). An ASCII byte is a code point of its
// own, whatever comes before it: the rules step back over mostly ASCII text.
inline std::size_t previous_start(std::string_view text, std::size_t at) {
  if (static_cast<unsigned char>(text[at - 1]) < 0x80) return at - 1;
  return previous_start_beyond_ascii(text, at);
}

// The classes of code points are the project's own (text/chars.hpp): the same letters, digits and
// capitals for the segmenter as for the extractors.
using text::is_digit;
using text::is_letter;
using text::is_lower;
using text::is_space;
using text::is_upper;

// Appends the lower-case form of `s` to `out` (code point by code point, text::to_lower: enough for
// matching short lexicon entries such as "mme" or "qu'").
void append_lower(std::string_view s, std::string& out);

// Convenience: the class of the code point at `at`, false at or past the end.
inline bool letter_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_letter(decode(text, at).code_point);
}
inline bool upper_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_upper(decode(text, at).code_point);
}
inline bool lower_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_lower(decode(text, at).code_point);
}

}  // namespace extrait::segment
