// numbers/fraction_scan.hpp: what the readers of fractions (fractions.cpp for the forms in words,
// digit_fractions.cpp for those in digits and signs) share: finding the next word, a lexicon form,
// a run of digits in normalized text, and the values made of a whole number and a fraction.
// Inline, as they run after every number of every article.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "extrait/decimal.hpp"
#include "text/chars.hpp"

namespace extrait::numbers::fraction_scan {

inline constexpr std::size_t npos = std::string_view::npos;

inline bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

// A byte of the text with its ASCII letter lower-cased; a byte beyond ASCII, part of a longer code
// point, stays as it is.
inline char ascii_lower(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x80 ? static_cast<char>(text::to_lower(b)) : c;
}

using text::skip_spaces;

// The start of the word after a gap of spaces at `end`, or npos when no space is there: every
// part of these numbers is a word of its own ("deux tiers", never "deuxtiers").
inline std::size_t next_word(std::string_view t, std::size_t end) {
  if (end >= t.size() || t[end] != ' ') return npos;
  const std::size_t at = skip_spaces(t, end);
  return at < t.size() ? at : npos;
}

// Whether a word ends at `end`, and not in a hyphenated compound ("sur-mesure", "demi-finale").
inline bool whole_word_ends(std::string_view t, std::size_t end) {
  if (text::word_char_at(t, end)) return false;
  return !(end < t.size() && t[end] == '-' && text::word_char_at(t, end + 1));
}

// The end of `form` (case-folded; a hyphen in it also matching a space) at byte `at`, matched in
// any ASCII letter case as a whole word, or npos.
inline std::size_t form_at(std::string_view t, std::size_t at, std::string_view form) {
  if (at + form.size() > t.size()) return npos;
  for (std::size_t i = 0; i < form.size(); ++i) {
    const char c = ascii_lower(t[at + i]);
    if (c != form[i] && !(form[i] == '-' && c == ' ')) return npos;
  }
  const std::size_t end = at + form.size();
  return whole_word_ends(t, end) ? end : npos;
}

struct PlainInteger {
  std::int64_t value = 0;
  std::size_t end = 0;
  std::size_t count = 0;  // digits, leading zeros included
};

// A run of ASCII digits with no separator, of at most 18 digits.
inline std::optional<PlainInteger> plain_integer(std::string_view t, std::size_t at) {
  PlainInteger n;
  n.end = at;
  while (digit_at(t, n.end)) ++n.end;
  n.count = n.end - at;
  if (n.count == 0 || n.count > 18) return std::nullopt;
  std::from_chars(t.data() + at, t.data() + n.end, n.value);
  return n;
}

// The value of an integral decimal as an int64_t, or nullopt.
inline std::optional<std::int64_t> as_integer(const Decimal& d) {
  if (!d.is_integer()) return std::nullopt;
  std::int64_t m = d.mantissa();
  for (std::int32_t e = d.exponent(); e < 0; ++e) m /= 10;
  for (std::int32_t e = d.exponent(); e > 0; --e) {
    if (__builtin_mul_overflow(m, 10, &m)) return std::nullopt;
  }
  return m;
}

// (whole x denominator + numerator x 10^scale) / denominator: a whole number and a fraction of
// one, or of its scale, in one division, so that only the result is rounded.
inline std::optional<Decimal> mixed(const Decimal& whole, std::int64_t numerator, std::int64_t denominator, int scale) {
  auto w = whole.times(Decimal(denominator));
  auto n = Decimal(numerator, scale);
  auto sum = w ? w->plus(n) : std::nullopt;
  return sum ? sum->divided_by(Decimal(denominator)) : std::nullopt;
}

}  // namespace extrait::numbers::fraction_scan
