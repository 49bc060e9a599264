// extrait/decimal.hpp: exact decimal numbers for amounts.
//
// "8,53 milliards" is 853 x 10^7, never 8529999999.99: amounts are parsed and scaled as an integer
// mantissa and a power of ten, and only the JSON writer turns them into text. Mantissas hold 18
// significant digits, which covers every amount a news article writes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace extrait {

class Decimal {
 public:
  constexpr Decimal() = default;
  constexpr Decimal(std::int64_t mantissa, std::int32_t exponent = 0)
      : mantissa_(mantissa), exponent_(exponent) {}

  // Parses plain ASCII digits with an optional '.' and optional leading '-': "8.53", "-1200".
  static std::optional<Decimal> parse(std::string_view digits);

  std::int64_t mantissa() const { return mantissa_; }
  std::int32_t exponent() const { return exponent_; }

  // Multiplication by 10^n and by another decimal; nullopt on overflow of the mantissa.
  std::optional<Decimal> scaled(std::int32_t power_of_ten) const;
  std::optional<Decimal> times(const Decimal& other) const;
  std::optional<Decimal> plus(const Decimal& other) const;
  // Division by `divisor`: exact when the quotient terminates within 18 significant digits
  // (3/4 is 0.75), otherwise rounded half up to `significant_digits` (from 1 to 18) significant
  // digits (2/3 is 0.666666666666667 with 15). nullopt when dividing by zero.
  std::optional<Decimal> divided_by(const Decimal& divisor, int significant_digits = 15) const;

  bool is_integer() const;
  // The canonical text: no exponent, no trailing zeros after the point ("8530000000", "0.75").
  std::string to_string() const;
  double to_double() const;

  // Same number, whatever the representation (85 x 10^-1 == 850 x 10^-2).
  friend bool operator==(const Decimal& a, const Decimal& b);
  friend bool operator<(const Decimal& a, const Decimal& b);

 private:
  Decimal normalized() const;
  std::int64_t mantissa_ = 0;
  std::int32_t exponent_ = 0;
};

}  // namespace extrait
