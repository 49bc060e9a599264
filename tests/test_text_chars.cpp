// tests/test_text_chars.cpp: the project's one definition of a letter, a digit, a capital, a
// lower-case letter and white space (text/chars.hpp), against corpus/chars.tsv.
#define BOOST_TEST_MODULE text_chars
#include <boost/test/unit_test.hpp>

#include <string>

#include "corpus_file.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace {

using extrait::testing::read_corpus;
using extrait::testing::unescape;

// The classes of `c`, in the order and spelling of the corpus file.
std::string classes_of(char32_t c) {
  std::string out;
  auto add = [&out](bool has, const char* name) {
    if (!has) return;
    if (!out.empty()) out += ' ';
    out += name;
  };
  add(extrait::text::is_letter(c), "letter");
  add(extrait::text::is_digit(c), "digit");
  add(extrait::text::is_upper(c), "upper");
  add(extrait::text::is_lower(c), "lower");
  add(extrait::text::is_space(c), "space");
  return out.empty() ? "-" : out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(classes_of_characters) {
  for (const auto& line : read_corpus("chars.tsv")) {
    BOOST_TEST_CONTEXT(line.where) {
      BOOST_TEST_REQUIRE(line.fields.size() >= 2u);
      const std::string character = unescape(line.fields[0]);
      const auto decoded = extrait::text::decode(character, 0);
      BOOST_TEST_REQUIRE(decoded.length == character.size(), "one code point a line");
      BOOST_TEST(classes_of(decoded.code_point) == line.fields[1]);
    }
  }
}

BOOST_AUTO_TEST_CASE(word_characters_are_letters_and_digits) {
  // word_char_at (what extractors ask at word boundaries) is letter-or-digit, at any place.
  const std::string text = "l'\xC3\xA9t\xC3\xA9 2025\xE2\x80\xAF" "a\xCC\x81";  // "l'été 2025", NNBSP, "a" + acute
  BOOST_TEST(!extrait::text::word_char_at(text, 1));  // the apostrophe
  BOOST_TEST(extrait::text::word_char_at(text, 2));   // é
  BOOST_TEST(extrait::text::word_char_at(text, 8));   // 2
  BOOST_TEST(!extrait::text::word_char_at(text, 12));  // the narrow no-break space
  BOOST_TEST(extrait::text::word_char_at(text, 16));   // the combining acute
  BOOST_TEST(extrait::text::word_starts_at(text, 2));   // after the apostrophe
  BOOST_TEST(!extrait::text::word_starts_at(text, 4));  // inside "été"
  BOOST_TEST(extrait::text::word_starts_at(text, 8));
  BOOST_TEST(!extrait::text::word_char_at(text, text.size()));
}

BOOST_AUTO_TEST_CASE(capitals_at_a_place) {
  // upper_at, what date, duration and organization rules ask of a word's first letter.
  const std::string text = "\xC3\x89t\xC3\xA9 Paris \xC5\x93uvre";  // "Été Paris œuvre"
  BOOST_TEST(extrait::text::upper_at(text, 0));   // É
  BOOST_TEST(!extrait::text::upper_at(text, 2));  // t
  BOOST_TEST(extrait::text::upper_at(text, 6));   // P
  BOOST_TEST(!extrait::text::upper_at(text, 12));  // œ
  BOOST_TEST(!extrait::text::upper_at(text, 5));  // the space
  BOOST_TEST(!extrait::text::upper_at(text, text.size()));
}

BOOST_AUTO_TEST_CASE(latin_letters_told_from_their_bytes) {
  // latin_letter_length, which readers use to step over "é", "à", "œ" without decoding, says 2
  // only of letters, and of every two-byte code point is_latin_letter names.
  for (char32_t c = 0x80; c < 0x800; ++c) {
    std::string bytes;
    extrait::text::append_utf8(bytes, c);
    const std::size_t length = extrait::text::latin_letter_length(bytes, 0);
    BOOST_TEST((length == 2) == extrait::text::is_latin_letter(c), "U+" << std::hex << static_cast<unsigned>(c));
    if (length == 2) BOOST_TEST(extrait::text::is_letter(c));
  }
  BOOST_TEST(extrait::text::latin_letter_length("\xC3", 0) == 0u);  // cut short
  BOOST_TEST(extrait::text::latin_letter_length("a", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(latin_letters_told_inline_as_utf8proc_tells_them) {
  // is_letter, is_upper, is_lower and to_lower answer Latin letters without utf8proc: their
  // answers are the ones it gives (the *_beyond_ascii functions ask it).
  namespace t = extrait::text;
  for (char32_t c = 0x80; c < 0x180; ++c) {
    BOOST_TEST(t::is_letter(c) == t::is_letter_beyond_ascii(c), "U+" << std::hex << static_cast<unsigned>(c));
    BOOST_TEST(t::is_upper(c) == t::is_upper_beyond_ascii(c), "U+" << std::hex << static_cast<unsigned>(c));
    BOOST_TEST(t::is_lower(c) == t::is_lower_beyond_ascii(c), "U+" << std::hex << static_cast<unsigned>(c));
    BOOST_TEST(static_cast<unsigned>(t::to_lower(c)) == static_cast<unsigned>(t::to_lower_beyond_ascii(c)),
               "U+" << std::hex << static_cast<unsigned>(c));
  }
}
