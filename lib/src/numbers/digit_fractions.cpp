// numbers/digit_fractions.cpp: the readers of fractions.hpp in digits and signs, behind the entry
// points that look at what follows digits (after_digits) or at the sign that starts a number
// (read_sign): "3/4" and "2 1/4" (not a date, a score or a range), vulgar fractions ("½", "2½"),
// a decimal part without its zero (",08"), powers ("1,1^23"). "Sur", "virgule" and counting
// nouns after digits are read as after words (fractions.cpp). Each form is refused at the first
// byte that rules it out: they run after every number of every article.
#include <cmath>
#include <cstdio>

#include "numbers/digits.hpp"
#include "numbers/fraction_scan.hpp"
#include "numbers/fractions.hpp"
#include "text/chars.hpp"

namespace extrait::numbers {

namespace {

using namespace fraction_scan;  // the helpers both readers of fractions share

// Whether another "a/b" sits next to the one spanning [begin, end), beyond spaces and commas:
// "6/4, 3/6" is a tennis score, not two fractions.
bool in_series(std::string_view t, std::size_t begin, std::size_t end) {
  std::size_t i = end;
  while (i < t.size() && (t[i] == ' ' || t[i] == ',')) ++i;
  if (i > end && digit_at(t, i)) {
    while (digit_at(t, i)) ++i;
    if (i + 1 < t.size() && t[i] == '/' && digit_at(t, i + 1)) return true;
  }
  std::size_t j = begin;
  while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == ',')) --j;
  if (j < begin && j > 0 && digit_at(t, j - 1)) {
    while (j > 0 && digit_at(t, j - 1)) --j;
    if (j >= 2 && t[j - 1] == '/' && digit_at(t, j - 2)) return true;
  }
  return false;
}

}  // namespace

// "a/b" in digits from byte `at`, after the whole number `whole` ("2 1/4") or alone (whole < 0).
std::optional<Compound> FractionReader::digit_fraction(std::string_view text, std::size_t at,
                                                       std::int64_t whole) const {
  auto a = plain_integer(text, at);
  if (!a || a->end + 1 >= text.size() || text[a->end] != '/') return std::nullopt;
  auto b = plain_integer(text, a->end + 1);
  if (!b) return std::nullopt;
  // Leading zeros write dates ("03/2025", "17/02"), never fractions.
  if ((a->count > 1 && text[at] == '0') || text[a->end + 1] == '0') return std::nullopt;
  if (b->value < 2 || a->count > 6 || b->count > 6) return std::nullopt;
  // A third part is a date ("28/11/2026"); so is a first one ("28/[11/2026]").
  if (at > 0 && text[at - 1] == '/') return std::nullopt;
  if (b->end < text.size() && (text[b->end] == '/' || text[b->end] == ',' || text[b->end] == '.') &&
      digit_at(text, b->end + 1)) {
    return std::nullopt;
  }
  if (text::word_char_at(text, b->end)) return std::nullopt;  // "1/8e de finale", "1/2h"
  // A day and a month ("17/12"), a month and a year ("11/2026"), a score ("6/4"), "24/7" or a
  // unit number ("l'escadron 42/2") are no fractions: a numerator as large as its denominator
  // is ruled out with them, as French writes such values as decimals.
  if (a->value >= b->value) return std::nullopt;
  if (a->value <= 12 && b->value >= 1900 && b->value <= 2100) return std::nullopt;
  if (in_series(text, at, b->end)) return std::nullopt;
  // "60/70 km/h", "5/6 jours": two numbers before a unit or a noun are a range; a fraction is of
  // something ("2/3 des voix") or of a scale ("1/2 million"). After a whole number it can only
  // be a fraction ("2 1/2 heures").
  if (whole < 0 && noun_follows(text, b->end) && !scale_follows(text, b->end)) return std::nullopt;
  std::optional<Decimal> value;
  if (whole >= 0) {
    if (a->value >= b->value) return std::nullopt;  // "2 1/4", never "2 5/4"
    value = mixed(Decimal(whole), a->value, b->value, 0);
  } else {
    value = Decimal(a->value).divided_by(Decimal(b->value));
  }
  if (!value) return std::nullopt;
  return Compound{b->end, *value, 0, true, true};
}

// A vulgar fraction at byte `at`, after `whole` in digits ("2½") or alone (whole < 0).
std::optional<Compound> FractionReader::sign_after(std::string_view text, std::size_t at, std::int64_t whole) const {
  if (at >= text.size() || !sign_first_bytes_[static_cast<unsigned char>(text[at])]) return std::nullopt;
  const auto second = at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : 0;
  if (!sign_second_bytes_[second]) return std::nullopt;
  for (const Sign& sign : signs_) {
    if (text.compare(at, sign.form.size(), sign.form) != 0) continue;
    const std::size_t end = at + sign.form.size();
    if (text::word_char_at(text, end)) return std::nullopt;
    auto value = mixed(Decimal(whole < 0 ? 0 : whole), sign.numerator, sign.denominator, 0);
    if (!value) return std::nullopt;
    return Compound{end, *value, 0, true, true};
  }
  return std::nullopt;
}

// The exponent after "^" at byte `at`: "23", "+23", "-1", of at most three digits, and the power.
std::optional<Compound> FractionReader::power(std::string_view text, std::size_t at, const Decimal& base) const {
  bool negative = false;
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) negative = text[at++] == '-';
  auto exponent = plain_integer(text, at);
  if (!exponent || exponent->count > 3 || text::word_char_at(text, exponent->end)) return std::nullopt;
  if (negative && base == Decimal(0)) return std::nullopt;
  // Exact while the mantissa holds the power (2,5^2 is 6.25), then rounded like a quotient.
  std::optional<Decimal> value = Decimal(1);
  for (std::int64_t i = 0; i < exponent->value && value; ++i) value = value->times(base);
  if (value && negative) value = Decimal(1).divided_by(*value);
  if (!value) {
    // In long double from the mantissa, whose 64 bits keep the 15 digits kept below exact.
    const long double b = static_cast<long double>(base.mantissa()) * std::pow(10.0L, base.exponent());
    const long double exact = std::pow(b, static_cast<long double>(negative ? -exponent->value : exponent->value));
    if (!std::isfinite(exact) || exact == 0) return std::nullopt;
    // 15 significant digits, in the form "8.95430243255239e+00", back to a decimal.
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.14Le", exact);
    const std::string_view written(buffer);
    const std::size_t e = written.find('e');
    auto mantissa = Decimal::parse(written.substr(0, e));
    const auto power_of_ten = parse_integer(written.substr(e + (written[e + 1] == '+' ? 2 : 1)));
    if (!mantissa || !power_of_ten) return std::nullopt;
    value = mantissa->scaled(static_cast<std::int32_t>(*power_of_ten));
    if (!value) return std::nullopt;
  }
  return Compound{exponent->end, *value, 0, false, true};
}

std::optional<Compound> FractionReader::read_sign(std::string_view text, std::size_t at) const {
  if (at >= text.size()) return std::nullopt;
  if (text[at] != ',') return sign_after(text, at, -1);
  // ",08", ",23456000": a decimal part with its zero left out, as tables and wires write it.
  // After a digit the comma belongs to that number ("3,08"); a group ("0,123 456") or an
  // exponent is no such plain decimal part.
  if (!digit_at(text, at + 1) || (at > 0 && digit_at(text, at - 1))) return std::nullopt;
  auto digits = read_digits(text, at + 1);
  if (!digits || digits->grouped || digits->fraction) return std::nullopt;
  auto value = digits->value.scaled(-static_cast<std::int32_t>(digits->end - at - 1));
  if (!value) return std::nullopt;
  return Compound{digits->end, *value, 0, true, true};
}

std::optional<Compound> FractionReader::after_digits(std::string_view text, std::size_t at,
                                                     const DigitNumber& first) const {
  const std::size_t end = first.end;
  if (end >= text.size()) return std::nullopt;
  // A whole number with no separator, for "a/b", "2 1/4" and "2½"; of three digits at most
  // before a fraction, so that a year is not taken for the whole of one ("en 2024 1/3 des").
  const bool plain = !first.grouped && !first.fraction && end - at == first.integer_digits;
  const auto whole = plain ? as_integer(first.value) : std::nullopt;
  const bool small = whole && end - at <= 3;
  if (text[end] == '/') return plain ? digit_fraction(text, at, -1) : std::nullopt;
  if (text[end] == '^') return power(text, end + 1, first.value);
  if (text[end] != ' ') return small ? sign_after(text, end, *whole) : std::nullopt;
  const std::size_t next = next_word(text, end);
  if (next == npos) return std::nullopt;
  if (digit_at(text, next)) return small ? digit_fraction(text, next, *whole) : std::nullopt;
  if (sign_first_bytes_[static_cast<unsigned char>(text[next])]) {
    return small ? sign_after(text, next, *whole) : std::nullopt;
  }
  if (const std::size_t sur = form_at(text, next, "sur"); sur != npos) {
    // "00" is a time's minutes ("17 h 00 sur 75 %"), never the count of a ratio.
    const std::size_t after = next_word(text, sur);
    return after == npos || (text[at] == '0' && end - at > 1) ? std::nullopt : ratio(text, after, first.value);
  }
  if (const std::size_t virgule = form_at(text, next, "virgule"); virgule != npos) {
    const std::size_t after = next_word(text, virgule);
    return after == npos || !whole ? std::nullopt : decimals(text, after, first.value);
  }
  return times_multiplier(text, next, first.value);
}

}  // namespace extrait::numbers
