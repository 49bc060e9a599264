// tests/test_text_offsets.cpp: the text stage's offset map, from normalized text back to the input
// as received.
//
// The map is checked against strings built from pieces whose normalized form and input range the
// test knows (support/tricky_strings.hpp), so that every range, on piece boundaries or not, has
// an exact expected answer.
#define BOOST_TEST_MODULE text_offsets
#include <boost/test/unit_test.hpp>

#include <sys/mman.h>

#include <algorithm>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.hpp"
#include "text/utf8.hpp"
#include "text_test_support.hpp"
#include "tricky_strings.hpp"

namespace {

using extrait::Span;
using extrait::testing::build;
using extrait::testing::Built;
using extrait::testing::describe;
using extrait::testing::expected_span;
using extrait::testing::is_valid;
using extrait::testing::normalize;
using extrait::testing::random_units;
using extrait::testing::tricky_units;
using extrait::testing::Unit;
using extrait::text::count_code_points;
using extrait::text::Document;

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
