#include "numbers/digits.hpp"

#include <cctype>
#include <charconv>
#include <string>

namespace extrait::numbers {

namespace {

bool digit(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

std::size_t digits_end(std::string_view t, std::size_t i) {
  while (digit(t, i)) ++i;
  return i;
}

// Whether a group of exactly three digits starts at i (not four: "1 2345" is two numbers).
bool group_of_three(std::string_view t, std::size_t i) {
  return digit(t, i) && digit(t, i + 1) && digit(t, i + 2) && !digit(t, i + 3);
}

}  // namespace

std::optional<DigitNumber> read_digits(std::string_view t, std::size_t at) {
  if (!digit(t, at)) return std::nullopt;
  DigitNumber n;
  std::string digits;  // the number as plain ASCII with '.' as the decimal point
  std::size_t i = digits_end(t, at);
  digits.assign(t.substr(at, i - at));
  const std::size_t lead = i - at;

  // Thousands groups: one separator kind throughout, each group exactly three digits, and a
  // first group of one to three digits ("2025 300" is a year and a count, not 2 025 300).
  char group_sep = 0;
  if (lead <= 3 && digits != "0") {  // "0.750" is a fraction, never 750
    for (char sep : {' ', '.', ','}) {
      std::size_t j = i;
      std::size_t groups = 0;
      while (j < t.size() && t[j] == sep && group_of_three(t, j + 1)) {
        j += 4;
        ++groups;
      }
      // A single ",ddd" is a French decimal ("1,234" is 1.234), unless a '.' decimal part
      // follows ("1,234.5"); a single ".ddd" is French thousands ("1.234" is 1234).
      if (groups == 0) continue;
      if (sep == ',' && groups == 1 && !(j < t.size() && t[j] == '.' && digit(t, j + 1))) continue;
      group_sep = sep;
      for (std::size_t k = i; k < j; ++k) {
        if (t[k] != sep) digits.push_back(t[k]);
      }
      i = j;
      n.grouped = true;
      break;
    }
  }
  n.integer_digits = digits.size();

  // Decimal part: the separator that did not group, followed by digits. French "6.700,54" and
  // "1 234,56"; English "1,234.56" and "0.75".
  for (char sep : {',', '.'}) {
    if (sep == group_sep) continue;
    if (i < t.size() && t[i] == sep && digit(t, i + 1)) {
      // "1.234.567" was grouped above; a lone "49.3" or "0.75" is a decimal point.
      const std::size_t end = digits_end(t, i + 1);
      digits.push_back('.');
      digits.append(t.substr(i + 1, end - i - 1));
      i = end;
      n.fraction = true;
      break;
    }
  }
  auto value = Decimal::parse(digits);
  if (!value) return std::nullopt;  // more digits than an amount can have
  // Scientific notation, as tables and wires write it: "1e10", "12,32e+14", "-12e-1". The
  // exponent's digits must end the word, so that "1er" and "2e" (ordinals) are left alone.
  if (i + 1 < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    std::size_t j = i + 1;
    const bool negative = t[j] == '-';
    if (t[j] == '+' || t[j] == '-') ++j;
    const std::size_t exponent_end = digits_end(t, j);
    const bool word_ends = exponent_end >= t.size() || !(std::isalnum(static_cast<unsigned char>(t[exponent_end])) ||
                                                         (static_cast<unsigned char>(t[exponent_end]) & 0x80));
    if (exponent_end > j && exponent_end - j <= 2 && word_ends) {
      const int exponent = std::stoi(std::string(t.substr(j, exponent_end - j)));
      if (auto scaled = value->scaled(negative ? -exponent : exponent)) {
        value = scaled;
        i = exponent_end;
        n.fraction = true;
      }
    }
  }
  n.value = *value;
  n.end = i;
  return n;
}

std::optional<std::int64_t> parse_integer(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace extrait::numbers
