// tests/test_text_utf8.cpp: the text stage's strict UTF-8: finding the first ill-formed byte,
// decoding, writing and counting code points.
//
// Examples live in corpus/utf8.tsv; they, and random byte strings, are also checked against UTF-8
// as its definition states it (reference_invalid below).
#define BOOST_TEST_MODULE text_utf8
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "corpus_file.hpp"
#include "text/utf8.hpp"
#include "text_test_support.hpp"

namespace {

using extrait::testing::describe;
using extrait::testing::encode;
using extrait::testing::is_valid;
using extrait::testing::read_corpus;
using extrait::testing::unescape;
using extrait::text::append_utf8;
using extrait::text::count_code_points;
using extrait::text::decode;
using extrait::text::find_invalid_utf8;

// UTF-8 validation by the definition (bit patterns, then the value's range), not by table 3-7.
std::optional<std::size_t> reference_invalid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    std::uint32_t value = 0;
    if (lead < 0x80) {
      ++i;
      continue;
    } else if ((lead >> 5) == 0x6) {
      length = 2;
      value = lead & 0x1F;
    } else if ((lead >> 4) == 0xE) {
      length = 3;
      value = lead & 0x0F;
    } else if ((lead >> 3) == 0x1E) {
      length = 4;
      value = lead & 0x07;
    } else {
      return i;
    }
    if (i + length > s.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(s[i + k]);
      if ((next >> 6) != 0x2) return i;
      value = (value << 6) | (next & 0x3F);
    }
    const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < smallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

// An offset or "-", as in utf8.tsv.
std::string show(std::optional<std::size_t> offset) {
  return offset ? std::to_string(*offset) : std::string("-");
}

}  // namespace

// ---- UTF-8 -------------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(utf8)

// A range's code points, as count_code_points() documents the count: the bytes that are not
// continuation bytes (10xxxxxx), one byte at a time. At every start, length and end of the text,
// so that the count reads the bytes around the range (the last few at once) near both ends of
// the text, and a range may cut a sequence of two, three or four bytes; the whole-string form,
// sixteen bytes at a time, at every length.
BOOST_AUTO_TEST_CASE(code_points_of_a_range_read_within_the_text) {
  const auto byte_by_byte = [](std::string_view bytes) {
    std::size_t count = 0;
    for (const char c : bytes) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
  };
  const std::string text = "Le « groupe » a levé 10 M€ ; l’État, Zoë et 𝔸 — fin.";
  for (std::size_t at = 0; at <= text.size(); ++at) {
    for (std::size_t n = 0; at + n <= text.size(); ++n) {
      const std::string_view range = std::string_view(text).substr(at, n);
      BOOST_TEST_CONTEXT("bytes " << at << " to " << at + n) {
        BOOST_TEST(count_code_points(text, at, n) == byte_by_byte(range));
        BOOST_TEST(count_code_points(range) == byte_by_byte(range));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(corpus_of_byte_strings) {
  for (const auto& line : read_corpus("utf8.tsv")) {
    BOOST_TEST_INFO(line.where);
    BOOST_TEST_REQUIRE(line.fields.size() == 2u);
    const std::string bytes = unescape(line.fields[0]);
    const std::string& want = line.fields[1];
    BOOST_TEST(show(find_invalid_utf8(bytes)) == want);
    BOOST_TEST(show(reference_invalid(bytes)) == want);  // the corpus agrees with the definition
  }
}

BOOST_AUTO_TEST_CASE(agrees_with_the_definition_on_random_bytes) {
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<int> kind(0, 9);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::uint32_t> scalar(0x80, 0x10FFFF);
  std::uniform_int_distribution<std::size_t> length(0, 40);
  for (int round = 0; round < 50000; ++round) {
    std::string s;
    const std::size_t n = length(rng);
    while (s.size() < n) {
      const int k = kind(rng);
      if (k < 5) {
        s.push_back(static_cast<char>('a' + k));
      } else if (k < 8) {
        append_utf8(s, scalar(rng));  // valid, or U+FFFD for a surrogate
      } else {
        s.push_back(static_cast<char>(byte(rng)));
      }
    }
    BOOST_TEST_INFO(describe(s));
    BOOST_TEST(show(find_invalid_utf8(s)) == show(reference_invalid(s)));
  }
}

BOOST_AUTO_TEST_CASE(finds_a_bad_byte_at_every_place_of_the_ascii_fast_path) {
  // The validator reads ASCII 8 bytes at a time: a bad byte must be found at every alignment, and
  // after multi-byte characters as well.
  for (const std::string prefix_unit : {"a", "\xC3\xA9", "\xE2\x82\xAC"}) {
    for (std::size_t count = 0; count < 40; ++count) {
      std::string prefix;
      for (std::size_t k = 0; k < count; ++k) prefix += prefix_unit;
      for (const std::string bad : {"\x80", "\xC3", "\xE2\x82", "\xC0\x80", "\xFF"}) {
        const std::string s = prefix + bad + "suite du texte, assez longue";
        BOOST_TEST_INFO(describe(s));
        BOOST_TEST(show(find_invalid_utf8(s)) == show(prefix.size()));
      }
      BOOST_TEST(!find_invalid_utf8(prefix + "fin").has_value());
    }
  }
}

BOOST_AUTO_TEST_CASE(every_scalar_value_round_trips) {
  std::string all;
  std::size_t scalars = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string one = encode(cp);
    const std::size_t length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (one.size() != length || !is_valid(one) || decode(one, 0).code_point != cp ||
        decode(one, 0).length != length || count_code_points(one) != 1) {
      BOOST_ERROR("code point " << static_cast<std::uint32_t>(cp) << " does not round-trip");
      break;
    }
    all += one;
    ++scalars;
  }
  BOOST_TEST(scalars == 0x110000u - 0x800u);
  BOOST_TEST(is_valid(all));
  BOOST_TEST(count_code_points(all) == scalars);
}

BOOST_AUTO_TEST_CASE(append_writes_u_fffd_for_values_without_a_utf8_form) {
  for (char32_t cp : {char32_t{0xD800}, char32_t{0xDBFF}, char32_t{0xDFFF}, char32_t{0x110000},
                      char32_t{0xFFFFFFFF}}) {
    BOOST_TEST(encode(cp) == "\xEF\xBF\xBD");
  }
}

BOOST_AUTO_TEST_CASE(decode_advances_over_ill_formed_bytes) {
  const std::string bad = "\xC3(\x80";
  auto code_point = [](std::string_view s, std::size_t at) {
    return static_cast<std::uint32_t>(decode(s, at).code_point);
  };
  BOOST_TEST(code_point(bad, 0) == 0xFFFDu);
  BOOST_TEST(decode(bad, 0).length == 1u);
  BOOST_TEST(code_point(bad, 1) == std::uint32_t{'('});
  BOOST_TEST(code_point(bad, 2) == 0xFFFDu);
  BOOST_TEST(code_point(bad, 3) == 0xFFFDu);  // past the end
  BOOST_TEST(decode(bad, 3).length == 1u);
  const std::string cut = "\xE2\x82";  // truncated: never read past the end
  BOOST_TEST(code_point(cut, 0) == 0xFFFDu);
}

// decode() answers ASCII and two-byte sequences inline: for every pair of bytes, and for a lead
// byte cut off at the end, it must say what the full reader says.
BOOST_AUTO_TEST_CASE(inline_decoding_agrees_with_the_full_reader) {
  std::size_t disagreements = 0;
  for (unsigned lead = 0; lead < 0x100; ++lead) {
    const std::string alone(1, static_cast<char>(lead));
    const auto a = decode(alone, 0);
    const auto b = extrait::text::decode_beyond_ascii(alone, 0);
    if (lead >= 0x80 && (a.code_point != b.code_point || a.length != b.length)) ++disagreements;
    for (unsigned next = 0; next < 0x100; ++next) {
      const std::string pair = alone + static_cast<char>(next);
      const auto c = decode(pair, 0);
      const auto d = extrait::text::decode_beyond_ascii(pair, 0);
      if (lead >= 0x80 && (c.code_point != d.code_point || c.length != d.length)) ++disagreements;
      if (lead < 0x80 && (c.code_point != lead || c.length != 1)) ++disagreements;
    }
  }
  BOOST_TEST(disagreements == 0u);
  BOOST_TEST(static_cast<std::uint32_t>(decode("\xC3\xA9", 0).code_point) == 0xE9u);  // é
  BOOST_TEST(decode("\xC3\xA9", 0).length == 2u);
}

BOOST_AUTO_TEST_CASE(counts_code_points_of_every_length_and_alignment) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::uint32_t> pick(0, 3);
  const char32_t samples[] = {U'a', U'\u00E9', U'\u20AC', U'\U0001F600'};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    std::size_t want = 0;
    for (std::size_t k = 0, n = static_cast<std::size_t>(round % 37); k < n; ++k, ++want) {
      append_utf8(s, samples[pick(rng)]);
    }
    BOOST_TEST(count_code_points(s) == want);
    std::size_t by_decoding = 0;
    for (std::size_t at = 0; at < s.size(); at += decode(s, at).length) ++by_decoding;
    BOOST_TEST(by_decoding == want);
  }
}

BOOST_AUTO_TEST_SUITE_END()
