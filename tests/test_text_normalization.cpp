// tests/test_text_normalization.cpp: the text stage's normalization, character by character: the
// rules of corpus/normalization.tsv, what French typography keeps, and NFC computed piece by piece
// as utf8proc computes it over the whole string.
#define BOOST_TEST_MODULE text_normalization
#include <boost/test/unit_test.hpp>

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

#include "corpus_file.hpp"
#include "text/composition.hpp"
#include "text/typography.hpp"
#include "text/utf8.hpp"
#include "text_test_support.hpp"

namespace {

using extrait::testing::describe;
using extrait::testing::encode;
using extrait::testing::normalize;
using extrait::testing::read_corpus;
using extrait::testing::unescape;
using extrait::text::append_utf8;

}  // namespace

// ---- The rules, character by character ---------------------------------------------------------

BOOST_AUTO_TEST_SUITE(rules)

BOOST_AUTO_TEST_CASE(corpus_of_normalizations) {
  for (const auto& line : read_corpus("normalization.tsv")) {
    BOOST_TEST_INFO(line.where);
    BOOST_TEST_REQUIRE(line.fields.size() == 2u);
    const std::string input = unescape(line.fields[0]);
    const std::string want = unescape(line.fields[1]);
    const std::string got = normalize(input);
    BOOST_TEST(describe(got) == describe(want));
    BOOST_TEST(normalize(got) == got);  // normalizing twice changes nothing
  }
}

BOOST_AUTO_TEST_CASE(replacements_are_ascii_and_final) {
  // The builder rewrites characters once more after NFC; that is only sound if a replacement
  // never needs rewriting itself.
  std::size_t rewritten = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    const auto replacement = extrait::text::detail::rewrite(cp);
    if (!replacement) continue;
    ++rewritten;
    for (char c : *replacement) {
      BOOST_TEST_REQUIRE(static_cast<unsigned char>(c) < 0x80);
      BOOST_TEST_REQUIRE(!extrait::text::detail::rewrite(static_cast<char32_t>(c)).has_value());
    }
  }
  BOOST_TEST(rewritten > 60u);
}

BOOST_AUTO_TEST_CASE(keeps_what_french_typography_needs) {
  for (const char* kept : {"«", "»", "—", "…", "œ", "Œ", "æ", "Æ", "€", "°", "‹", "›", "ç", "É"}) {
    BOOST_TEST(normalize(kept) == kept);
  }
}

BOOST_AUTO_TEST_CASE(matches_utf8proc_nfc_where_no_rule_applies) {
  // Random strings of letters, marks in every order, Hangul jamo, Indic vowel signs and
  // singletons: piece-by-piece NFC must equal NFC of the whole string.
  const char32_t alphabet[] = {
      U'a', U'e', U'o', U'E', U'u', U' ', U'\u00E9', U'\u00F1', U'\u0301', U'\u0300', U'\u0302',
      U'\u0308', U'\u0323', U'\u0327', U'\u0328', U'\u031B', U'\u0345', U'\u0344', U'\u0340',
      U'\u1100', U'\u1161', U'\u11A8', U'\uAC00', U'\u0BC6', U'\u0BBE', U'\u0BD7', U'\u0F71',
      U'\u0F72', U'\u0F73', U'\u0958', U'\u212B', U'\u2126', U'\uF900', U'\u1E9B', U'\u03B9',
      U'\u05E9', U'\u05BC', U'\u05C1', U'\uFB2C', U'\U0001D15E', U'\U00011131', U'\U00011127'};
  std::mt19937 rng(42);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1);
  std::uniform_int_distribution<std::size_t> length(1, 12);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (std::size_t k = 0, n = length(rng); k < n; ++k) append_utf8(s, alphabet[pick(rng)]);
    utf8proc_uint8_t* nfc = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                static_cast<utf8proc_ssize_t>(s.size()), &nfc,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    BOOST_TEST_REQUIRE(n >= 0);
    const std::string want(reinterpret_cast<const char*>(nfc), static_cast<std::size_t>(n));
    std::free(nfc);
    BOOST_TEST_INFO(describe(s));
    BOOST_TEST(describe(normalize(s)) == describe(want));
  }
}

BOOST_AUTO_TEST_CASE(nothing_below_u0300_composes_or_changes) {
  // composition.cpp answers without a table below U+0300: check the premise with utf8proc.
  for (char32_t cp = 1; cp < 0x300; ++cp) {
    BOOST_TEST_INFO("U+" << std::hex << static_cast<std::uint32_t>(cp));
    BOOST_TEST(utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class == 0);
    utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(encode(cp).c_str()));
    BOOST_TEST(std::string(reinterpret_cast<const char*>(nfc)) == encode(cp));
    std::free(nfc);
  }
}

BOOST_AUTO_TEST_CASE(every_part_of_a_canonical_decomposition_joins) {
  // Scans all of Unicode: every code point after the first of a canonical decomposition must join
  // the piece before it, or NFC could compose across a piece boundary; and a character whose
  // decomposition starts with a joining code point joins as well.
  using extrait::text::detail::joins_previous;
  std::size_t decompositions = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const auto* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    const bool hangul = cp >= 0xAC00 && cp <= 0xD7A3;
    if (!hangul && (property->decomp_seqindex == UINT16_MAX || property->decomp_type != 0)) continue;
    utf8proc_int32_t parts[8];
    const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts, 8,
                                           UTF8PROC_DECOMPOSE, nullptr);
    BOOST_TEST_REQUIRE(n >= 1);
    ++decompositions;
    for (utf8proc_ssize_t k = 1; k < n; ++k) {
      BOOST_TEST_INFO("U+" << std::hex << static_cast<std::uint32_t>(parts[k]));
      BOOST_TEST_REQUIRE(joins_previous(static_cast<char32_t>(parts[k])));
    }
    if (joins_previous(static_cast<char32_t>(parts[0]))) {
      BOOST_TEST_INFO("U+" << std::hex << static_cast<std::uint32_t>(cp));
      BOOST_TEST_REQUIRE(joins_previous(cp));
    }
  }
  BOOST_TEST(decompositions > 13000u);  // Hangul alone has 11 172
  BOOST_TEST(!joins_previous(U'\u2019'));
  BOOST_TEST(!joins_previous(U'\u20AC'));
  BOOST_TEST(!joins_previous(U'\u00E9'));
  BOOST_TEST(joins_previous(U'\u0301'));
}

BOOST_AUTO_TEST_CASE(stable_alone_agrees_with_utf8proc_everywhere) {
  using extrait::text::detail::stable_alone;
  std::size_t unstable = 0;
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string one = encode(cp);
    utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(one.c_str()));
    const bool same = std::string(reinterpret_cast<const char*>(nfc)) == one;
    std::free(nfc);
    if (same != stable_alone(cp)) {
      BOOST_ERROR("stable_alone(U+" << std::hex << static_cast<std::uint32_t>(cp) << ") is wrong");
      break;
    }
    unstable += !same;
  }
  BOOST_TEST(unstable > 1000u);  // singletons and composition exclusions
}

BOOST_AUTO_TEST_SUITE_END()
