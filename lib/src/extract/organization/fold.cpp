#include "extract/organization/fold.hpp"

#include <array>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

// The folded form of a code point past ASCII: its lower case, then its base letter.
char32_t fold_by_case_and_letter(char32_t c) {
  c = text::to_lower(c);
  // The Latin letters with diacritics of French and its neighbours, to their base letter.
  switch (c) {
    case U'à': case U'á': case U'â': case U'ã': case U'ä': case U'å': case U'ā': case U'ă': case U'ą':
      return 'a';
    case U'ç': case U'ć': case U'č':
      return 'c';
    case U'é': case U'è': case U'ê': case U'ë': case U'ē': case U'ė': case U'ę': case U'ě':
      return 'e';
    case U'í': case U'ì': case U'î': case U'ï': case U'ī': case U'ı':
      return 'i';
    case U'ñ': case U'ń': case U'ň':
      return 'n';
    case U'ó': case U'ò': case U'ô': case U'õ': case U'ö': case U'ø': case U'ō': case U'ő':
      return 'o';
    case U'ú': case U'ù': case U'û': case U'ü': case U'ū': case U'ů': case U'ű':
      return 'u';
    case U'ý': case U'ÿ':
      return 'y';
    case U'ś': case U'š': case U'ş': case U'ș':
      return 's';
    case U'ź': case U'ż': case U'ž':
      return 'z';
    case U'ł':
      return 'l';
    case U'ř':
      return 'r';
    case U'ť': case U'ț':
      return 't';
    case U'ď':
      return 'd';
    case U'ğ':
      return 'g';
    case U'’':
      return '\'';
    default:
      return c;
  }
}

}  // namespace

std::array<char32_t, kLatinFoldedEnd> make_latin_folded() {
  std::array<char32_t, kLatinFoldedEnd> t{};
  for (char32_t c = 0; c < 0x80; ++c) t[c] = text::to_lower(c);
  for (char32_t c = 0x80; c < kLatinFoldedEnd; ++c) t[c] = fold_by_case_and_letter(c);
  return t;
}

char32_t fold_beyond_ascii(char32_t c) { return fold_by_case_and_letter(c); }

char32_t folded_at(std::string_view text, std::size_t at) {
  const auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return (b >= 'A' && b <= 'Z') ? b + 32 : b;
  return fold(text::decode(text, at).code_point);
}

void append_folded(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII, most letters of names and of the text: lowered in place, without encoding.
    if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {
      out.push_back(static_cast<char>(text::to_lower(b)));
      ++i;
      continue;
    }
    const auto [c, len] = text::decode(s, i);
    text::append_utf8(out, fold(c));
    i += len;
  }
}

bool append_word_key(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto [c, len] = text::decode(s, i);
    if (c == '\'') {
      if (i == 0) return false;
      // "d'": the apostrophe ends the key, and the phrase if it is its last byte.
      out.push_back('\'');
      return i + 1 == s.size();
    }
    if (!text::is_letter(c) && !text::is_digit(c) && c != '-') return false;
    if (c < 0x80) out.push_back(static_cast<char>(text::to_lower(c)));
    else text::append_utf8(out, fold(c));
    i += len;
  }
  return true;
}

std::string folded(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_folded(out, s);
  return out;
}

}  // namespace extrait::extract::names
