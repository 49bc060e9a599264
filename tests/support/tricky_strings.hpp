// tests/support/tricky_strings.hpp: strings built from pieces whose normalized form and input
// range are known, so that every range of their normalized text, on piece boundaries or not, has
// an exact expected place in the input (expected_span). test_text_offsets checks the offset map
// of text::Document against them.
#pragma once

#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "extrait/report.hpp"

namespace extrait::testing {

// One piece of input and what normalization must make of it. None starts with a character that
// joins the piece before it, so pieces put end to end stay pieces (except "\r" then "\n", which
// the generator avoids).
struct Unit {
  const char* input;
  const char* normalized;
};

// The pieces the random strings are made of: ASCII, composed and decomposed letters, marks,
// quotes, spaces, line ends, ligatures, removed and rewritten characters.
const std::vector<Unit>& tricky_units();

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

// The string of `units` put end to end.
Built build(const std::vector<const Unit*>& units);

// `count` units drawn from `alphabet`, never "\r" before a unit that starts with "\n".
std::vector<const Unit*> random_units(std::mt19937& rng, std::size_t count,
                                      const std::vector<Unit>& alphabet);

// What to_original(begin, end) must answer, from the units: a non-empty range covers the units
// that hold its first and last bytes, whole; an empty one sits at the start of the unit it falls
// in, or of the next unit with text (after removed characters), or at the end of the input.
Span expected_span(const Built& built, std::size_t begin, std::size_t end);

}  // namespace extrait::testing
