// tests/test_text.cpp: the text stage: strict UTF-8, normalization, and the offset map back to the
// input as received.
//
// Examples live in corpus/utf8.tsv and corpus/normalization.tsv; the offset map is checked against
// strings built from pieces whose normalized form and input range the test knows, so that every
// range, on piece boundaries or not, has an exact expected answer.
#define BOOST_TEST_MODULE text
#include <boost/test/unit_test.hpp>

#include <sys/mman.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "corpus_file.hpp"
#include "text/composition.hpp"
#include "text/document.hpp"
#include "text/typography.hpp"
#include "text/utf8.hpp"

namespace {

using extrait::Span;
using extrait::testing::read_corpus;
using extrait::testing::unescape;
using extrait::text::append_utf8;
using extrait::text::count_code_points;
using extrait::text::decode;
using extrait::text::Document;
using extrait::text::find_invalid_utf8;

std::string encode(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

std::string normalize(std::string_view input) { return Document(input).text(); }

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

bool is_valid(std::string_view s) { return !find_invalid_utf8(s).has_value(); }

// An offset or "-", as in utf8.tsv.
std::string show(std::optional<std::size_t> offset) {
  return offset ? std::to_string(*offset) : std::string("-");
}

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

// ---- Strings made of known pieces --------------------------------------------------------------

// One piece of input and what normalization must make of it. None starts with a character that
// joins the piece before it, so pieces put end to end stay pieces (except "\r" then "\n", which
// the generator avoids).
struct Unit {
  const char* input;
  const char* normalized;
};

const std::vector<Unit>& tricky_units() {
  static const std::vector<Unit> units = {
      {"a", "a"},
      {"L", "L"},
      {"7", "7"},
      {" ", " "},
      {".", "."},
      {"\n", "\n"},
      {"\xC3\xA9", "\xC3\xA9"},                          // é
      {"e\xCC\x81", "\xC3\xA9"},                         // e + U+0301
      {"o\xCC\x82\xCC\xA3", "\xE1\xBB\x99"},             // o + U+0302 + U+0323 → ộ
      {"x\xCC\x81", "x\xCC\x81"},                        // no precomposed form: rewritten as is
      {"e\xE2\x80\x8D\xCC\x81", "\xC3\xA9"},             // e, ZWJ, U+0301
      {"\xE2\x80\x99", "'"},                             // ’
      {"\xE2\x80\x99\xCC\x81", "'\xCC\x81"},             // ’ + U+0301
      {"`", "'"},
      {"\xE2\x80\x9C", "\""},                            // “
      {"\xC2\xAB", "\xC2\xAB"},                          // «
      {"\xC2\xA0", " "},                                 // no-break space
      {"\xE2\x80\xAF", " "},                             // narrow no-break space
      {"\t", " "},
      {"\x01", " "},
      {"\xC2\x85", "\n"},                                // NEL
      {"\xE2\x80\xA8", "\n"},                            // line separator
      {"\r\n", "\n"},
      {"\r", "\n"},
      {"\xEF\xAC\x81", "fi"},                            // ﬁ
      {"\xEF\xAC\x83", "ffi"},                           // ﬃ
      {"\xC2\xAD", ""},                                  // soft hyphen
      {"\xE2\x80\x8B", ""},                              // zero-width space
      {"\xEF\xBB\xBF", ""},                              // BOM
      {"\xE2\x80\x93", "-"},                             // en dash
      {"\xE2\x88\x92", "-"},                             // minus
      {"\xE2\x80\x94", "\xE2\x80\x94"},                  // em dash stays
      {"\xE2\x80\xA6", "\xE2\x80\xA6"},                  // ellipsis stays
      {"\xE2\x82\xAC", "\xE2\x82\xAC"},                  // €
      {"\xC5\x93", "\xC5\x93"},                          // œ
      {"\xE2\x84\xAB", "\xC3\x85"},                      // Angstrom sign → Å
      {"\xE1\xBF\xBD", "'"},                             // Greek oxia → U+00B4 → '
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},          // U+1F600
      {"\xC3\xA9\xCC\xA3", "\xE1\xBA\xB9\xCC\x81"},          // é + U+0323 → ẹ + U+0301
      {"\xE2\x82\xAC\xCC\x81", "\xE2\x82\xAC\xCC\x81"},      // € + U+0301
      {"\xC3\xA0\xC2\xAD\xCC\x80", "\xC3\xA0\xCC\x80"},      // à, soft hyphen, U+0300
  };
  return units;
}

// A string of units, with where each unit is in the input and in the normalized text.
struct Built {
  std::string input;
  std::string normalized;
  struct Place {
    std::size_t byte, cp, text;  // where the unit starts
    std::size_t text_length;
  };
  std::vector<Place> places;  // one per unit, plus the end
};

Built build(const std::vector<const Unit*>& units) {
  Built built;
  std::size_t cp = 0;
  for (const Unit* unit : units) {
    const std::string_view normalized = unit->normalized;
    built.places.push_back({built.input.size(), cp, built.normalized.size(), normalized.size()});
    built.input += unit->input;
    built.normalized += normalized;
    cp += count_code_points(unit->input);
  }
  built.places.push_back({built.input.size(), cp, built.normalized.size(), 0});
  return built;
}

std::vector<const Unit*> random_units(std::mt19937& rng, std::size_t count,
                                      const std::vector<Unit>& alphabet) {
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::vector<const Unit*> units;
  while (units.size() < count) {
    const Unit* unit = &alphabet[pick(rng)];
    // "\r" then a unit that starts with "\n" would be one piece, CR LF.
    if (!units.empty() && std::string_view(units.back()->input) == "\r" && unit->input[0] == '\n') {
      continue;
    }
    units.push_back(unit);
  }
  return units;
}

// What to_original(begin, end) must answer, from the units: a non-empty range covers the units
// that hold its first and last bytes, whole; an empty one sits at the start of the unit it falls
// in, or of the next unit with text (after removed characters), or at the end of the input.
Span expected_span(const Built& built, std::size_t begin, std::size_t end) {
  const std::size_t units = built.places.size() - 1;
  auto holding = [&](std::size_t byte) {  // the unit with text that holds normalized byte `byte`
    for (std::size_t k = 0; k < units; ++k) {
      const auto& place = built.places[k];
      if (place.text_length > 0 && place.text <= byte && byte < place.text + place.text_length) {
        return k;
      }
    }
    return units;  // the end
  };
  const auto& first = built.places[holding(begin)];
  if (begin == end) return Span{first.cp, first.cp, first.byte, first.byte};
  const auto& last = built.places[holding(end - 1) + 1];
  return Span{first.cp, last.cp, first.byte, last.byte};
}

void check_span(const Document& document, const Built& built, std::size_t begin, std::size_t end) {
  const Span got = document.to_original(begin, end);
  const Span want = expected_span(built, begin, end);
  BOOST_TEST_INFO("input " << describe(built.input) << " range [" << begin << ", " << end << ")");
  BOOST_TEST(got.start == want.start);
  BOOST_TEST(got.end == want.end);
  BOOST_TEST(got.byte_start == want.byte_start);
  BOOST_TEST(got.byte_end == want.byte_end);
}

// Code point and byte offsets of a span must name the same places of the input.
void check_consistent(std::string_view input, const Span& span) {
  BOOST_TEST_REQUIRE(span.byte_start <= span.byte_end);
  BOOST_TEST_REQUIRE(span.byte_end <= input.size());
  BOOST_TEST(count_code_points(input.substr(0, span.byte_start)) == span.start);
  BOOST_TEST(count_code_points(input.substr(0, span.byte_end)) == span.end);
  BOOST_TEST(is_valid(input.substr(span.byte_start, span.byte_end - span.byte_start)));
}

}  // namespace

// ---- UTF-8 -------------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(utf8)

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

// ---- The offset map ----------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(offsets)

BOOST_AUTO_TEST_CASE(empty_input) {
  const Document document("");
  BOOST_TEST(document.text().empty());
  const Span span = document.to_original(0, 0);
  BOOST_TEST(span.start == 0u);
  BOOST_TEST(span.end == 0u);
  BOOST_TEST(span.byte_start == 0u);
  BOOST_TEST(span.byte_end == 0u);
}

BOOST_AUTO_TEST_CASE(french_amount_with_narrow_spaces) {
  const std::string input = "Soit 1\u202F234\u00A0\u20AC.";
  const Document document(input);
  BOOST_TEST(document.text() == "Soit 1 234 \u20AC.");
  const Span amount = document.to_original(5, 14);  // "1 234 €"
  BOOST_TEST(amount.start == 5u);
  BOOST_TEST(amount.end == 12u);
  BOOST_TEST(amount.byte_start == 5u);
  BOOST_TEST(amount.byte_end == 5u + 1 + 3 + 3 + 2 + 3);
  BOOST_TEST(document.original_text(5, 14) == "1\u202F234\u00A0\u20AC");
  const Span dot = document.to_original(14, 15);
  BOOST_TEST(dot.start == 12u);
  BOOST_TEST(dot.byte_start == 17u);
  BOOST_TEST(dot.byte_end == input.size());
}

BOOST_AUTO_TEST_CASE(apostrophe_and_decomposed_letter) {
  const std::string input = "l\u2019E\u0301tat";  // l’État with É decomposed
  const Document document(input);
  BOOST_TEST(document.text() == "l'\u00C9tat");
  BOOST_TEST(document.original_text(2, 7) == "E\u0301tat");
  const Span etat = document.to_original(2, 7);
  BOOST_TEST(etat.start == 2u);
  BOOST_TEST(etat.end == 7u);
  BOOST_TEST(etat.byte_start == 4u);
  BOOST_TEST(etat.byte_end == input.size());
  // Cutting É in two widens to the whole of "E\u0301".
  BOOST_TEST(document.original_text(2, 3) == "E\u0301");
  BOOST_TEST(document.original_text(3, 4) == "E\u0301");
}

BOOST_AUTO_TEST_CASE(ranges_inside_a_rewritten_piece_widen) {
  const Document document("o\uFB03ce");  // ﬃ → "ffi"
  BOOST_TEST(document.text() == "office");
  BOOST_TEST(document.original_text(2, 3) == "\uFB03");
  BOOST_TEST(document.original_text(0, 2) == "o\uFB03");
  const Span inside = document.to_original(2, 2);  // empty: the start of the ligature
  BOOST_TEST(inside.start == 1u);
  BOOST_TEST(inside.end == 1u);
  BOOST_TEST(inside.byte_start == 1u);
  BOOST_TEST(inside.byte_end == 1u);
}

BOOST_AUTO_TEST_CASE(crlf_is_one_piece) {
  const Document document("a\r\nb");
  BOOST_TEST(document.text() == "a\nb");
  const Span line_end = document.to_original(1, 2);
  BOOST_TEST(line_end.start == 1u);
  BOOST_TEST(line_end.end == 3u);
  BOOST_TEST(document.original_text(2, 3) == "b");
}

BOOST_AUTO_TEST_CASE(removed_characters_stay_out_of_spans) {
  const Document bom("\uFEFFLe Monde\u200B");
  BOOST_TEST(bom.text() == "Le Monde");
  const Span all = bom.to_original(0, 8);
  BOOST_TEST(all.start == 1u);
  BOOST_TEST(all.byte_start == 3u);
  BOOST_TEST(all.end == 9u);
  BOOST_TEST(all.byte_end == 11u);
  const Span start = bom.to_original(0, 0);
  BOOST_TEST(start.start == 1u);
  const Span end = bom.to_original(8, 8);  // an empty range at the end: the end of the input
  BOOST_TEST(end.start == 10u);
  BOOST_TEST(end.byte_start == 14u);

  const Document hyphen("co\u00ADop\u00E9ration");
  BOOST_TEST(hyphen.original_text(0, 2) == "co");
  BOOST_TEST(hyphen.original_text(2, 12) == "op\u00E9ration");
  BOOST_TEST(hyphen.original_text(0, 12) == "co\u00ADop\u00E9ration");
}

BOOST_AUTO_TEST_CASE(rejects_ranges_outside_the_text) {
  const Document document("abc");
  BOOST_CHECK_THROW(document.to_original(2, 1), std::out_of_range);
  BOOST_CHECK_THROW(document.to_original(0, 4), std::out_of_range);
  BOOST_CHECK_THROW(document.original_text(4, 4), std::out_of_range);
  BOOST_CHECK_NO_THROW(document.to_original(3, 3));
}

BOOST_AUTO_TEST_CASE(ill_formed_input_still_gives_valid_text) {
  const std::string input = "caf\xE9 cr\xC3\xA8me \xE2\x82";
  const Document document(input);
  BOOST_TEST(is_valid(document.text()));
  BOOST_TEST(document.text() == "caf\uFFFD cr\u00E8me \uFFFD\uFFFD");
  const Span bad = document.to_original(3, 6);
  BOOST_TEST(bad.start == 3u);
  BOOST_TEST(bad.end == 4u);
  BOOST_TEST(bad.byte_end == 4u);
  const Span creme = document.to_original(7, 13);
  BOOST_TEST(creme.start == 5u);
  BOOST_TEST(creme.byte_start == 5u);
  BOOST_TEST(document.original_text(7, 13) == "cr\u00E8me");
}

BOOST_AUTO_TEST_CASE(refuses_inputs_past_the_limit) {
  // Address space only, never readable: the size must be refused before any byte is read.
  const std::size_t size = Document::kMaxInput + 1;
  void* huge = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  BOOST_TEST_REQUIRE(huge != MAP_FAILED);
  BOOST_CHECK_THROW(Document(std::string_view(static_cast<const char*>(huge), size)),
                    std::length_error);
  munmap(huge, size);
}

BOOST_AUTO_TEST_CASE(every_range_of_random_tricky_strings) {
  std::mt19937 rng(1789);
  std::uniform_int_distribution<std::size_t> length(0, 14);
  for (int round = 0; round < 3000; ++round) {
    const Built built = build(random_units(rng, length(rng), tricky_units()));
    const Document document(built.input);
    BOOST_TEST_INFO(describe(built.input));
    BOOST_TEST_REQUIRE(describe(document.text()) == describe(built.normalized));
    const std::size_t size = built.normalized.size();
    for (std::size_t begin = 0; begin <= size; ++begin) {
      for (std::size_t end = begin; end <= size; ++end) check_span(document, built, begin, end);
    }
    // On unit boundaries, the input's text re-normalizes to exactly the normalized slice.
    for (const auto& from : built.places) {
      for (const auto& to : built.places) {
        if (to.text < from.text) continue;
        const std::string_view slice(built.normalized.data() + from.text, to.text - from.text);
        BOOST_TEST(normalize(document.original_text(from.text, to.text)) == slice);
        check_consistent(built.input, document.to_original(from.text, to.text));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(long_mostly_french_text) {
  // Long enough for runs of unchanged text to be cut several times; ranges at random.
  static const std::vector<Unit> mostly_plain = [] {
    std::vector<Unit> units = tricky_units();
    for (int k = 0; k < 8; ++k) {
      units.push_back({"a", "a"});
      units.push_back({"s", "s"});
      units.push_back({" ", " "});
      units.push_back({"\xC3\xA9", "\xC3\xA9"});
      units.push_back({"\xC3\xA8", "\xC3\xA8"});
    }
    return units;
  }();
  std::mt19937 rng(1905);
  for (int round = 0; round < 5; ++round) {
    const Built built = build(random_units(rng, 6000, mostly_plain));
    const Document document(built.input);
    BOOST_TEST_REQUIRE(document.text() == built.normalized);
    std::uniform_int_distribution<std::size_t> at(0, built.normalized.size());
    for (int sample = 0; sample < 300; ++sample) {
      std::size_t begin = at(rng);
      std::size_t end = at(rng);
      if (begin > end) std::swap(begin, end);
      check_span(document, built, begin, end);
      const Span span = document.to_original(begin, end);
      check_consistent(built.input, span);
      // Widening only adds: the normalized slice is inside the normalized input text.
      const std::string renormalized = normalize(document.original_text(begin, end));
      BOOST_TEST(renormalized.find(built.normalized.substr(begin, end - begin)) != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(garbage_stays_linear_and_exact) {
  // A character under a thousand marks and a long run of zero-width spaces: pieces are cut
  // (stream-safe text) so the work stays linear, and the map stays exact.
  std::string input = "e";
  for (int k = 0; k < 1000; ++k) input += (k % 2 ? "\u0301" : "\u0323");
  input += " puis ";
  for (int k = 0; k < 200000; ++k) input += "\u200B";
  input += "fin";
  const Document document(input);
  const std::string& text = document.text();
  BOOST_TEST(is_valid(text));
  BOOST_TEST(text.substr(text.size() - 9) == " puis fin");
  BOOST_TEST(document.original_text(text.size() - 3, text.size()) == "fin");
  BOOST_TEST(document.original_text(0, text.size()).size() == input.size());
  const Span all = document.to_original(0, text.size());
  BOOST_TEST(all.end == count_code_points(input));
  check_consistent(input, document.to_original(1, 20));
}

BOOST_AUTO_TEST_SUITE_END()
