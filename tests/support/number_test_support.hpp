// tests/support/number_test_support.hpp: what the number-reading suites share (test_number_words,
// test_fractions): ICU's French spell-out as an independent
// writer of numbers in words, and a count of heap allocations to check that reading makes none.
#pragma once

#include <unicode/rbnf.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "built_in_lexicons.hpp"

namespace extrait::testing {

// Heap allocations made so far by this thread (operator new is replaced in the test executable).
std::size_t heap_allocations();

// ICU's rule-based spell-out for a French locale ("fr", "fr_BE", "fr_CH"). Not thread-safe: build
// one per thread, on the test's thread (the constructor checks with Boost.Test).
class Speller {
 public:
  explicit Speller(const char* locale = "fr");
  ~Speller();
  Speller(Speller&&) noexcept;

  // `n` in words with the rule set `rules` ("" for the locale's default: "%spellout-ordinal-
  // masculine" and such name others), normalized as the reader expects its text: a no-break space
  // or a non-breaking hyphen, should ICU write one, becomes plain. Empty if ICU fails: spell()
  // runs on worker threads where Boost.Test must not be called, so an empty spelling fails the
  // reading instead.
  std::string spell(std::int64_t n, const char* rules = "") const;

  // `words` in upper case, as a French headline writes them.
  std::string upper(const std::string& words) const;

 private:
  std::unique_ptr<icu::RuleBasedNumberFormat> format_;
};

}  // namespace extrait::testing
