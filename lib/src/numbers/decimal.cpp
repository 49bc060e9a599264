#include "extrait/decimal.hpp"

#include <cstdlib>
#include <utility>

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
