#include "text/chars.hpp"

#include <utf8proc.h>

#include "text/utf8.hpp"

namespace extrait::text {

namespace {

utf8proc_category_t category(char32_t c) {
  return static_cast<utf8proc_category_t>(utf8proc_category(static_cast<utf8proc_int32_t>(c)));
}

}  // namespace

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  const auto cat = category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;  // letters and marks
}

bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return category(c) == UTF8PROC_CATEGORY_ND;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return category(c) == UTF8PROC_CATEGORY_LU || category(c) == UTF8PROC_CATEGORY_LT;
}

char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

bool word_char_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const char32_t c = decode(text, at).code_point;
  return is_letter(c) || is_digit(c);
}

std::size_t previous_code_point(std::string_view text, std::size_t at) {
  std::size_t i = at - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool word_char_before(std::string_view text, std::size_t at) {
  if (at == 0 || at > text.size()) return false;
  const char32_t c = decode(text, previous_code_point(text, at)).code_point;
  return is_letter(c) || is_digit(c);
}

}  // namespace extrait::text
