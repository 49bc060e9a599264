// text/chars.hpp: what kind of character stands at a place of normalized text.
//
// Extractors ask "does a word start or end here?" many times per document: these answer from the
// Unicode general category (utf8proc), so that "é", "œ" or "ß" count as letters like "e". They are
// the project's one definition of a letter, a digit, a capital: the segmenter asks them too, so
// that a token's kind and the extractors' word boundaries never disagree.
#pragma once

#include <cstddef>
#include <string_view>

namespace extrait::text {

// ASCII, most of the text, and the Latin letters below are answered inline; the rest asks
// utf8proc (the *_beyond_ascii functions, for code points of U+0080 and above).
bool is_letter_beyond_ascii(char32_t code_point);
bool is_digit_beyond_ascii(char32_t code_point);
bool is_upper_beyond_ascii(char32_t code_point);
bool is_lower_beyond_ascii(char32_t code_point);
bool is_space_beyond_ascii(char32_t code_point);
char32_t to_lower_beyond_ascii(char32_t code_point);
bool word_char_beyond_ascii(std::string_view text, std::size_t at);
bool upper_beyond_ascii_at(std::string_view text, std::size_t at);

// The byte offset of the start of the code point that ends at `at` (at > 0).
std::size_t previous_code_point(std::string_view text, std::size_t at);

// Latin-1's letters (U+00C0 to U+00FF but the signs × and ÷) and Latin Extended-A (U+0100 to
// U+017F), where every French letter is, are all letters: told without a table look-up.
inline bool is_latin_letter(char32_t c) { return c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7; }
// The same told from the UTF-8 bytes at `at` (C3 80 to C5 BF but C3 97 and C3 B7): 2, the length
// of the code point there, when it is such a letter ("é", "à", "œ"); 0 for any other.
inline std::size_t latin_letter_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0xC3 || lead > 0xC5 || at + 1 >= text.size()) return 0;
  const auto next = static_cast<unsigned char>(text[at + 1]);
  return lead == 0xC3 && (next == 0x97 || next == 0xB7) ? 0 : 2;
}

// Latin-1's letters, U+00C0 to U+00FF but the signs × (U+00D7) and ÷ (U+00F7), are capitals up
// to Þ (U+00DE), each the capital of the small letter 0x20 above it, and small letters from ß
// (U+00DF) on, each its own lower case (ÿ's capital is past Latin-1). Told inline, as ASCII is:
// "é", "É", "à" are most letters beyond ASCII in French.
inline bool in_latin1_letters(char32_t c) { return c >= 0xC0 && c <= 0xFF; }  // the signs too
inline bool is_latin1_upper(char32_t c) { return c >= 0xC0 && c <= 0xDE && c != 0xD7; }

inline bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (is_latin_letter(c)) return true;
  return is_letter_beyond_ascii(c);
}
// Unicode decimal digits (Nd)
inline bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return is_digit_beyond_ascii(c);
}
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (in_latin1_letters(c)) return is_latin1_upper(c);
  return is_upper_beyond_ascii(c);
}
// Lower case (Ll)
inline bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (in_latin1_letters(c)) return c >= 0xDF && c != 0xF7;
  return is_lower_beyond_ascii(c);
}
// White space as Unicode's White_Space property has it: tab to carriage return, U+0085 and the
// separators (Zs, Zl, Zp), the no-break spaces included.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return is_space_beyond_ascii(c);
}
inline char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (in_latin1_letters(c)) return is_latin1_upper(c) ? c + 32 : c;
  return to_lower_beyond_ascii(c);
}

// Whether the code point that starts at byte `at` of `text` is a letter or a digit (false past
// the end), and the same for the code point that ends at byte `at`.
inline bool word_char_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return is_ascii_alnum(byte);
  return word_char_beyond_ascii(text, at);
}
inline bool word_char_before(std::string_view text, std::size_t at) {
  if (at == 0 || at > text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[at - 1]);
  if (byte < 0x80) return is_ascii_alnum(byte);
  return word_char_beyond_ascii(text, previous_code_point(text, at));
}
// Whether the code point that starts at byte `at` of `text` is a capital (false past the end).
inline bool upper_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return byte >= 'A' && byte <= 'Z';
  return upper_beyond_ascii_at(text, at);
}
// Whether a word starts (ends) at byte `at`: no letter or digit on the other side.
inline bool word_starts_at(std::string_view text, std::size_t at) { return !word_char_before(text, at); }
inline bool word_ends_at(std::string_view text, std::size_t at) { return !word_char_at(text, at); }
// The byte after the spaces at `at`: spaces only, for a line break ends every expression the
// extractors read (a date, a number in words, a duration). Inline: they ask it after nearly every
// word they read.
inline std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

}  // namespace extrait::text
