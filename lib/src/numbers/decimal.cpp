#include "extrait/decimal.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <utility>

#include "numbers/digits.hpp"

namespace extrait {

namespace {

bool mul_overflows(std::int64_t a, std::int64_t b, std::int64_t* out) {
  return __builtin_mul_overflow(a, b, out);
}

// 10^n for 0 <= n <= 18.
std::int64_t pow10(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view s) {
  bool negative = false;
  if (!s.empty() && s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  std::int64_t mantissa = 0;
  std::int32_t exponent = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (char c : s) {
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seen_digit = true;
    if (mul_overflows(mantissa, 10, &mantissa)) return std::nullopt;
    mantissa += c - '0';
    if (seen_point) --exponent;
  }
  if (!seen_digit) return std::nullopt;
  return Decimal(negative ? -mantissa : mantissa, exponent).normalized();
}

Decimal Decimal::normalized() const {
  Decimal d = *this;
  if (d.mantissa_ == 0) return Decimal(0, 0);
  while (d.mantissa_ % 10 == 0) {
    d.mantissa_ /= 10;
    ++d.exponent_;
  }
  return d;
}

std::optional<Decimal> Decimal::scaled(std::int32_t power_of_ten) const {
  Decimal d = normalized();
  d.exponent_ += power_of_ten;
  return d;
}

std::optional<Decimal> Decimal::times(const Decimal& other) const {
  Decimal a = normalized();
  Decimal b = other.normalized();
  std::int64_t m;
  if (mul_overflows(a.mantissa_, b.mantissa_, &m)) return std::nullopt;
  return Decimal(m, a.exponent_ + b.exponent_).normalized();
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  Decimal a = normalized();
  Decimal b = other.normalized();
  if (a.mantissa_ == 0) return b;
  if (b.mantissa_ == 0) return a;
  // Bring both to the smaller exponent, then add.
  if (a.exponent_ < b.exponent_) std::swap(a, b);
  const int shift = a.exponent_ - b.exponent_;
  if (shift > 18) return std::nullopt;
  std::int64_t am;
  if (mul_overflows(a.mantissa_, pow10(shift), &am)) return std::nullopt;
  std::int64_t sum;
  if (__builtin_add_overflow(am, b.mantissa_, &sum)) return std::nullopt;
  return Decimal(sum, b.exponent_).normalized();
}

namespace {

// GCC's 128-bit integers hold the long division below without overflow; __extension__ tells
// -Wpedantic that the non-standard type is meant.
__extension__ typedef unsigned __int128 Wide;

Wide magnitude(std::int64_t m) {
  // -INT64_MIN does not fit an int64_t, but does a Wide.
  return m < 0 ? Wide(0) - static_cast<Wide>(m) : static_cast<Wide>(m);
}

}  // namespace

std::optional<Decimal> Decimal::divided_by(const Decimal& divisor, int significant_digits) const {
  if (divisor.mantissa_ == 0 || significant_digits < 1 || significant_digits > 18) return std::nullopt;
  const Decimal a = normalized();
  const Decimal b = divisor.normalized();
  if (a.mantissa_ == 0) return Decimal(0);
  const bool negative = (a.mantissa_ < 0) != (b.mantissa_ < 0);
  const Wide d = magnitude(b.mantissa_);
  Wide q = magnitude(a.mantissa_) / d;
  Wide r = magnitude(a.mantissa_) % d;
  std::int64_t exponent = static_cast<std::int64_t>(a.exponent_) - b.exponent_;
  // Long division, one decimal digit at a time, until the quotient is exact or has 19 digits:
  // more than a mantissa holds, so that whether it terminates within 18 digits is known.
  constexpr Wide kNineteenDigits = Wide(1000000000000000000ULL);
  while (r != 0 && q < kNineteenDigits) {
    r *= 10;
    q = q * 10 + r / d;
    r %= d;
    --exponent;
  }
  // An exact quotient keeps all its digits when they fit; any other is rounded.
  const bool exact = r == 0 && q <= static_cast<Wide>(INT64_MAX);
  const int keep = exact ? numbers::digit_count(q) : std::min(significant_digits, numbers::digit_count(q));
  const int drop = numbers::digit_count(q) - keep;
  if (drop > 0) {
    Wide unit = 1;
    for (int i = 1; i < drop; ++i) unit *= 10;
    const Wide first_dropped = (q / unit) % 10;
    q /= unit * 10;
    if (first_dropped >= 5) ++q;  // half up: anything after a 5 makes it more than half
    exponent += drop;
  }
  if (exponent < INT32_MIN || exponent > INT32_MAX) return std::nullopt;
  const auto m = static_cast<std::int64_t>(q);
  return Decimal(negative ? -m : m, static_cast<std::int32_t>(exponent)).normalized();
}

bool Decimal::is_integer() const { return normalized().exponent_ >= 0; }

std::string Decimal::to_string() const {
  const Decimal d = normalized();
  const bool negative = d.mantissa_ < 0;
  // The magnitude as digits; INT64_MIN cannot come out of parse() or the arithmetic above.
  std::string digits = std::to_string(negative ? -d.mantissa_ : d.mantissa_);
  if (d.exponent_ >= 0) {
    if (d.mantissa_ != 0) digits.append(static_cast<std::size_t>(d.exponent_), '0');
  } else {
    const std::size_t frac = static_cast<std::size_t>(-d.exponent_);
    if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
    digits.insert(digits.size() - frac, 1, '.');
  }
  return negative ? "-" + digits : digits;
}

double Decimal::to_double() const {
  // Through the canonical text, so that 8.53 becomes the double nearest to 8.53.
  return std::strtod(to_string().c_str(), nullptr);
}

bool operator==(const Decimal& a, const Decimal& b) {
  const Decimal x = a.normalized();
  const Decimal y = b.normalized();
  return x.mantissa_ == y.mantissa_ && x.exponent_ == y.exponent_;
}

bool operator<(const Decimal& a, const Decimal& b) {
  // Exact when both fit after alignment; amounts in articles always do.
  auto diff = a.plus(Decimal(-b.mantissa_, b.exponent_));
  if (diff) return diff->mantissa_ < 0;
  return a.to_double() < b.to_double();
}

}  // namespace extrait
