// text/chars.hpp: what kind of character stands at a place of normalized text.
//
// Extractors ask "does a word start or end here?" many times per document: these answer from the
// Unicode general category (utf8proc), so that "é", "œ" or "ß" count as letters like "e".
#pragma once

#include <cstddef>
#include <string_view>

namespace extrait::text {

bool is_letter(char32_t code_point);
bool is_digit(char32_t code_point);  // Unicode decimal digits (Nd)
bool is_upper(char32_t code_point);
char32_t to_lower(char32_t code_point);

// Whether the code point that starts at byte `at` of `text` is a letter or a digit (false past
// the end), and the same for the code point that ends at byte `at`.
bool word_char_at(std::string_view text, std::size_t at);
bool word_char_before(std::string_view text, std::size_t at);
// Whether a word starts (ends) at byte `at`: no letter or digit on the other side.
inline bool word_starts_at(std::string_view text, std::size_t at) { return !word_char_before(text, at); }
inline bool word_ends_at(std::string_view text, std::size_t at) { return !word_char_at(text, at); }

// The byte offset of the start of the code point that ends at `at` (at > 0).
std::size_t previous_code_point(std::string_view text, std::size_t at);

}  // namespace extrait::text
