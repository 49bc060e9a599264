// tests/support/text_test_support.cpp: see text_test_support.hpp.
#include "text_test_support.hpp"

#include "text/document.hpp"
#include "text/utf8.hpp"

namespace extrait::testing {

using text::append_utf8;
using text::Document;
using text::find_invalid_utf8;

std::string encode(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

std::string normalize(std::string_view input) { return Document(input).text(); }

bool is_valid(std::string_view s) { return !find_invalid_utf8(s).has_value(); }

std::string describe(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else {
      static const char digits[] = "0123456789ABCDEF";
      out += "\\x";
      out.push_back(digits[c >> 4]);
      out.push_back(digits[c & 0xF]);
    }
  }
  return out;
}

}  // namespace extrait::testing
