#include "text/chars.hpp"

#include <utf8proc.h>

#include "text/utf8.hpp"

namespace extrait::text {

namespace {

utf8proc_category_t category(char32_t c) {
  return static_cast<utf8proc_category_t>(utf8proc_category(static_cast<utf8proc_int32_t>(c)));
}

}  // namespace

bool is_letter_beyond_ascii(char32_t c) {
  const auto cat = category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;  // letters and marks
}

bool is_digit_beyond_ascii(char32_t c) { return category(c) == UTF8PROC_CATEGORY_ND; }

bool is_upper_beyond_ascii(char32_t c) {
  return category(c) == UTF8PROC_CATEGORY_LU || category(c) == UTF8PROC_CATEGORY_LT;
}

bool is_lower_beyond_ascii(char32_t c) { return category(c) == UTF8PROC_CATEGORY_LL; }

bool is_space_beyond_ascii(char32_t c) {
  const auto cat = category(c);
  return c == 0x85 || cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

char32_t to_lower_beyond_ascii(char32_t c) {
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

bool word_char_beyond_ascii(std::string_view text, std::size_t at) {
  const char32_t c = decode(text, at).code_point;
  return is_letter(c) || is_digit(c);
}

bool upper_beyond_ascii_at(std::string_view text, std::size_t at) { return is_upper(decode(text, at).code_point); }

std::size_t previous_code_point(std::string_view text, std::size_t at) {
  std::size_t i = at - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace extrait::text
