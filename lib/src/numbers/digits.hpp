// numbers/digits.hpp: numbers written with digits, in French and English conventions.
//
// French writes "8,53" and "1 234 567" (space, no-break space or narrow no-break space, all plain
// spaces once normalized) or "1.234.567"; English writes "8.53" and "1,234,567". The reader takes
// the French reading where the two conflict ("1,234" is 1.234) unless the number itself shows the
// English convention ("1,234,567", "1,234.5").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "extrait/decimal.hpp"

namespace extrait::numbers {

struct DigitNumber {
  std::size_t end = 0;  // byte just after the last digit read
  Decimal value;
  bool grouped = false;   // thousands separators were read ("300 000")
  bool fraction = false;  // a decimal part was read ("8,53")
  std::size_t integer_digits = 0;  // digits before the decimal separator, separators excluded
};

// Reads the number that starts at byte `at` (an ASCII digit) of normalized text. A '-' or '+'
// sign is the caller's business. Separators are read only when followed by digits, so the comma
// of "3, 4 et 5" ends the number 3.
std::optional<DigitNumber> read_digits(std::string_view text, std::size_t at);

// The integer that is the whole of `s` (a lexicon field: "6", "-3"), or nothing.
std::optional<std::int64_t> parse_integer(std::string_view s);

// How many decimal digits a non-negative integer has (1 for 0), of any width: the readers count
// 64-bit values, Decimal's arithmetic the 128-bit products it rounds.
template <typename Integer>
constexpr int digit_count(Integer v) {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

}  // namespace extrait::numbers
