// numbers/fractions.cpp: the readers of fractions.hpp, one function per form, behind the entry
// points that look at what follows the first number (after_words, after_digits, after_scale)
// or at the sign that starts one (read_sign). Each form is refused at the first byte that rules
// it out: they run after every number of every article, "un" and "une" included.
#include "numbers/fractions.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "numbers/digits.hpp"
#include "numbers/number_words.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::numbers {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::size_t skip_spaces(std::string_view t, std::size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

// The start of the word after a gap of spaces at `end`, or npos when no space is there: every
// part of these numbers is a word of its own ("deux tiers", never "deuxtiers").
std::size_t next_word(std::string_view t, std::size_t end) {
  if (end >= t.size() || t[end] != ' ') return npos;
  const std::size_t at = skip_spaces(t, end);
  return at < t.size() ? at : npos;
}

// Whether a word ends at `end`, and not in a hyphenated compound ("sur-mesure", "demi-finale").
bool whole_word_ends(std::string_view t, std::size_t end) {
  if (text::word_char_at(t, end)) return false;
  return !(end < t.size() && t[end] == '-' && text::word_char_at(t, end + 1));
}

// The end of `form` (case-folded; a hyphen in it also matching a space) at byte `at`, matched in
// any ASCII letter case as a whole word, or npos.
std::size_t form_at(std::string_view t, std::size_t at, std::string_view form) {
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
std::optional<PlainInteger> plain_integer(std::string_view t, std::size_t at) {
  PlainInteger n;
  n.end = at;
  while (digit_at(t, n.end)) ++n.end;
  n.count = n.end - at;
  if (n.count == 0 || n.count > 18) return std::nullopt;
  std::from_chars(t.data() + at, t.data() + n.end, n.value);
  return n;
}

// The value of an integral decimal as an int64_t, or nullopt.
std::optional<std::int64_t> as_integer(const Decimal& d) {
  if (!d.is_integer()) return std::nullopt;
  std::int64_t m = d.mantissa();
  for (std::int32_t e = d.exponent(); e < 0; ++e) m /= 10;
  for (std::int32_t e = d.exponent(); e > 0; --e) {
    if (__builtin_mul_overflow(m, 10, &m)) return std::nullopt;
  }
  return m;
}

int digit_count(std::int64_t v) {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

// (whole x denominator + numerator x 10^scale) / denominator: a whole number and a fraction of
// one, or of its scale, in one division, so that only the result is rounded.
std::optional<Decimal> mixed(const Decimal& whole, std::int64_t numerator, std::int64_t denominator, int scale) {
  auto w = whole.times(Decimal(denominator));
  auto n = Decimal(numerator, scale);
  auto sum = w ? w->plus(n) : std::nullopt;
  return sum ? sum->divided_by(Decimal(denominator)) : std::nullopt;
}

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

std::optional<std::int64_t> parse_int(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// Whether the number in words [begin, end) ends with "et un" or "et une" ("vingt et un",
// "soixante-et-une").
bool ends_with_et_un(std::string_view t, std::size_t begin, std::size_t end) {
  std::size_t word = end;
  while (word > begin && t[word - 1] != ' ' && t[word - 1] != '-') --word;
  const std::string_view last = t.substr(word, end - word);
  if (!(last == "un" || last == "une" || last == "UN" || last == "UNE") || word < begin + 3) return false;
  const std::string_view et = t.substr(word - 3, 2);
  const char before = word >= begin + 4 ? t[word - 4] : ' ';
  return (et == "et" || et == "ET") && (before == ' ' || before == '-');
}

// Whether an ordinal may start at `at`: "ième" or "ieme" (any case) within the next run of
// letters, spaces and hyphens, where an ordinal of numbers words would end ("vingt et unième").
// A cheap look before the lexicon lookup, as most words after "un" are nouns.
bool ordinal_ahead(std::string_view t, std::size_t at) {
  const std::size_t stop = std::min(t.size(), at + 48);
  for (std::size_t i = at; i + 1 < stop; ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80 && !(c == ' ' || c == '-' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) return false;
    if ((c | 0x20) != 'm' || (t[i + 1] | 0x20) != 'e' || i < at + 2) continue;
    if ((t[i - 1] | 0x20) == 'e' && (t[i - 2] | 0x20) == 'i') return true;
    // "è" and "È" are C3 A8 and C3 88.
    if (i >= at + 3 && t[i - 2] == '\xC3' && (t[i - 1] == '\xA8' || t[i - 1] == '\x88') && (t[i - 3] | 0x20) == 'i') {
      return true;
    }
  }
  return false;
}

void mark_first_byte(bool (&table)[256], std::string_view form) {
  const auto c = static_cast<unsigned char>(form[0]);
  table[c] = true;
  if (c >= 'a' && c <= 'z') table[c - 32] = true;
}

std::string fold_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace

struct FractionReader::Part {
  std::int64_t whole = 0;  // "vingt et [un cinquième]": the 20 before the fraction
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
  std::size_t end = 0;
};

FractionReader::FractionReader(const lexicon::LexiconSet& lexicons, const NumberWords& words) : words_(words) {
  for (const lexicon::Row& row : lexicons.rows("fractions.tsv")) {
    const auto& f = row.fields;
    if (f.size() < 3) {
      problems_.push_back(row.source + ": expected form, value and kind");
      continue;
    }
    if (f[2] == "noun") {
      Noun noun;
      noun.form = fold_ascii(f[0]);
      auto denominator = parse_int(f[1]);
      if (!denominator || *denominator < 2) {
        problems_.push_back(row.source + ": a noun's value is a denominator of 2 or more, not '" + f[1] + "'");
        continue;
      }
      noun.denominator = *denominator;
      std::string_view flags = f.size() > 3 ? std::string_view(f[3]) : std::string_view();
      bool bad = false;
      while (!flags.empty()) {
        const std::size_t comma = flags.find(',');
        const std::string_view flag = flags.substr(0, comma);
        if (flag == "singular") {
          noun.singular = true;
        } else if (flag == "plural") {
          noun.plural = true;
        } else if (flag == "alone") {
          noun.alone = true;
        } else {
          problems_.push_back(row.source + ": unknown flag '" + std::string(flag) + "'");
          bad = true;
        }
        flags = comma == npos ? std::string_view() : flags.substr(comma + 1);
      }
      if (!noun.singular && !noun.plural) {
        problems_.push_back(row.source + ": a noun is singular, plural or both");
        bad = true;
      }
      if (!bad) {
        mark_first_byte(noun_first_bytes_, noun.form);
        nouns_.push_back(std::move(noun));
      }
    } else if (f[2] == "sign") {
      const std::size_t slash = f[1].find('/');
      auto numerator = parse_int(std::string_view(f[1]).substr(0, slash));
      auto denominator = slash == npos ? std::nullopt : parse_int(std::string_view(f[1]).substr(slash + 1));
      if (!numerator || !denominator || *numerator < 0 || *denominator < 1 ||
          text::decode(f[0], 0).length != f[0].size()) {
        problems_.push_back(row.source + ": a sign is one character and a value a/b, not '" + f[1] + "'");
        continue;
      }
      signs_.push_back(Sign{f[0], *numerator, *denominator});
      sign_first_bytes_[static_cast<unsigned char>(f[0][0])] = true;
    } else if (f[2] == "next") {
      next_words_.push_back(fold_ascii(f[0]));
    } else {
      problems_.push_back(row.source + ": unknown kind '" + f[2] + "'");
    }
  }
  for (const lexicon::Row& row : lexicons.rows("multipliers.tsv")) {
    const auto& f = row.fields;
    auto value = f.size() >= 2 ? parse_int(f[1]) : std::nullopt;
    if (!value || *value < 2) {
      problems_.push_back(row.source + ": expected a noun and the whole number it counts by");
      continue;
    }
    multipliers_.push_back(Multiplier{fold_ascii(f[0]), *value});
    mark_first_byte(multiplier_first_bytes_, multipliers_.back().form);
  }
  // Longest first, so that "demi-douzaine" is tried before a shorter form it starts with.
  std::stable_sort(multipliers_.begin(), multipliers_.end(),
                   [](const Multiplier& a, const Multiplier& b) { return a.form.size() > b.form.size(); });
  std::stable_sort(nouns_.begin(), nouns_.end(),
                   [](const Noun& a, const Noun& b) { return a.form.size() > b.form.size(); });
  for (std::string& word : lexicons.first_fields("function_words.txt")) next_words_.push_back(std::move(word));
  std::sort(next_words_.begin(), next_words_.end());
  for (const lexicon::Row& row : lexicons.rows("scales.tsv")) {
    if (row.fields.size() >= 3 && row.fields[2] == "word") scale_words_.push_back(fold_ascii(row.fields[0]));
  }
  std::sort(scale_words_.begin(), scale_words_.end());
  // ",08": a decimal separator that starts a number.
  sign_first_bytes_[static_cast<unsigned char>(',')] = true;
}

FractionReader::~FractionReader() = default;

const FractionReader::Noun* FractionReader::noun_at(std::string_view text, std::size_t at, std::size_t& end) const {
  if (!noun_first_bytes_[static_cast<unsigned char>(text[at])]) return nullptr;
  for (const Noun& noun : nouns_) {
    const std::size_t e = form_at(text, at, noun.form);
    if (e != npos) {
      end = e;
      return &noun;
    }
  }
  return nullptr;
}

namespace {

// The word after the gap of spaces at `end`, lower-cased (ASCII letters) into `buffer`, with
// the apostrophe of an elision ("d'"); empty when no word follows, or it does not fit.
std::string_view word_after(std::string_view text, std::size_t end, std::array<char, 24>& buffer) {
  const std::size_t at = next_word(text, end);
  if (at == npos || !text::word_char_at(text, at) || digit_at(text, at)) return {};
  std::size_t n = 0;
  std::size_t i = at;
  while (i < text.size() && text::word_char_at(text, i)) {
    const std::size_t length = text::decode(text, i).length;
    if (n + length > buffer.size()) return std::string_view("\x01", 1);  // long: surely a noun
    for (std::size_t k = 0; k < length; ++k) buffer[n++] = ascii_lower(text[i + k]);
    i += length;
  }
  if (i < text.size() && text[i] == '\'' && n < buffer.size()) buffer[n++] = '\'';
  return {buffer.data(), n};
}

bool listed(const std::vector<std::string>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

}  // namespace

// Whether a word that can be a noun or an adjective follows the number ending at `end`: anything
// but a function word or a "next" word of fractions.tsv. After "un cinquième" it makes an ordinal adjective of the
// fraction ("un cinquième mandat"), after "1 sur 3" a count of the ratio ("1 sur 3 ans").
bool FractionReader::noun_follows(std::string_view text, std::size_t end) const {
  std::array<char, 24> buffer{};
  const std::string_view word = word_after(text, end, buffer);
  return !word.empty() && !listed(next_words_, word);
}

// Whether a scale noun of scales.tsv follows: "1/2 million" is half a million.
bool FractionReader::scale_follows(std::string_view text, std::size_t end) const {
  std::array<char, 24> buffer{};
  const std::string_view word = word_after(text, end, buffer);
  return !word.empty() && listed(scale_words_, word);
}

// Whether a sign that makes the number a measure follows ("1 sur 3 %", "2 sur 5 €"): anything
// but the end, a letter, or punctuation that closes a phrase.
bool FractionReader::sign_follows(std::string_view text, std::size_t end) const {
  const std::size_t at = skip_spaces(text, end);
  if (at >= text.size() || text::word_char_at(text, at)) return false;
  if (std::string_view(".,;:!?)]}\"'-/\n").find(text[at]) != npos) return false;
  // Closing quotes, ellipsis and dashes, the punctuation beyond ASCII.
  for (std::string_view closing : {"\u00BB", "\u2026", "\u2013", "\u2014", "\u201D"}) {
    if (text.compare(at, closing.size(), closing) == 0) return false;
  }
  return true;
}

// A numerator in words (already read from `at`) and the denominator after it.
std::optional<FractionReader::Part> FractionReader::fraction_in_words(std::string_view text, std::size_t at,
                                                                      const WordNumber& numerator,
                                                                      bool after_et) const {
  if (numerator.has_scale) return std::nullopt;
  const auto n = as_integer(numerator.value);
  if (!n || *n < 1) return std::nullopt;
  const std::size_t d_at = next_word(text, numerator.end);
  if (d_at == npos) return std::nullopt;
  Part part;
  part.numerator = *n;
  bool plural = false;
  if (const Noun* noun = noun_at(text, d_at, part.end)) {
    part.denominator = noun->denominator;
    plural = noun->plural;
  } else if (auto ordinal = ordinal_ahead(text, d_at) ? words_.read_ordinal(text, d_at) : std::nullopt) {
    const auto d = as_integer(ordinal->value);
    if (!d) return std::nullopt;
    // French names halves, thirds and quarters with nouns ("un tiers"): "un deuxième", "une
    // troisième" are ordinals ("en ont trouvé un deuxième"), except in a whole number and a
    // fraction, where nothing else fits ("un et un quatrième").
    const auto named = [&](const Noun& other) { return other.denominator == *d; };
    if (!after_et && std::any_of(nouns_.begin(), nouns_.end(), named)) return std::nullopt;
    part.denominator = *d;
    part.end = ordinal->end;
    plural = ordinal->plural;
  } else {
    return std::nullopt;
  }
  if (part.denominator < 2) return std::nullopt;
  // "trois cinquièmes", "deux tiers": a plural after a numerator above one is a fraction
  // whatever follows. A singular form is also an ordinal, an adjective before a noun: "un
  // cinquième mandat", "le deux centième anniversaire".
  if (!(part.numerator > 1 && plural) && noun_follows(text, part.end)) return std::nullopt;
  // "vingt et un cinquième": French puts a numerator above one before a plural ("vingt et un
  // cinquièmes" is 21/5), so a singular after "et un" is "vingt" and "un cinquième".
  if (part.numerator > 1 && !plural && part.numerator % 10 == 1 && ends_with_et_un(text, at, numerator.end)) {
    part.whole = part.numerator - 1;
    part.numerator = 1;
  }
  return part;
}

// After "whole et": a fraction below one in words ("un quart", "deux tiers") or a noun alone
// ("demi"), of one or of the scale 10^scale.
std::optional<Compound> FractionReader::whole_and_fraction(std::string_view text, std::size_t after_et,
                                                           const Decimal& whole, int scale) const {
  std::int64_t numerator = 1;
  std::int64_t denominator = 0;
  std::size_t end = 0;
  if (const Noun* noun = noun_at(text, after_et, end); noun && noun->alone) {
    denominator = noun->denominator;
  } else if (auto n = words_.read(text, after_et, BeforeOrdinal::flag)) {
    auto part = fraction_in_words(text, after_et, *n, true);
    if (!part || part->whole != 0 || part->numerator >= part->denominator) return std::nullopt;
    numerator = part->numerator;
    denominator = part->denominator;
    end = part->end;
  } else {
    return std::nullopt;
  }
  auto value = mixed(whole, numerator, denominator, scale);
  if (!value) return std::nullopt;
  return Compound{end, *value, scale, false, true};
}

// After "first sur": a whole number, in digits or words, that no noun follows.
std::optional<Compound> FractionReader::ratio(std::string_view text, std::size_t after_sur, const Decimal& first) const {
  if (!first.is_integer()) return std::nullopt;
  Decimal divisor;
  std::size_t end = 0;
  if (digit_at(text, after_sur)) {
    auto y = read_digits(text, after_sur);
    if (!y || y->fraction || text::word_char_at(text, y->end)) return std::nullopt;
    if (text[after_sur] == '0') return std::nullopt;  // "17 h 00 sur 75 %": a time, no ratio
    if (y->end < text.size() && text[y->end] == '/') return std::nullopt;
    divisor = y->value;
    end = y->end;
  } else {
    auto y = words_.read(text, after_sur);
    if (!y || y->has_scale) return std::nullopt;
    divisor = y->value;
    end = y->end;
  }
  if (!(Decimal(0) < divisor) || noun_follows(text, end) || sign_follows(text, end)) return std::nullopt;
  auto value = first.divided_by(divisor);
  if (!value) return std::nullopt;
  return Compound{end, *value, 0, false, true};
}

// After "whole virgule": zeros ("zéro", each a digit), then a whole number in words or digits,
// the digits after the decimal point: "deux cent virgule cinquante deux" is 200.52.
std::optional<Compound> FractionReader::decimals(std::string_view text, std::size_t after_virgule,
                                                 const Decimal& whole) const {
  if (!whole.is_integer()) return std::nullopt;
  int places = 0;
  std::size_t end = npos;
  std::size_t at = after_virgule;
  while (at != npos) {
    auto zero = words_.read(text, at);
    if (!zero || !(zero->value == Decimal(0))) break;
    ++places;
    end = zero->end;
    at = next_word(text, end);
  }
  Decimal fraction(0);
  if (at != npos && digit_at(text, at)) {
    auto digits = plain_integer(text, at);
    if (!digits || text::word_char_at(text, digits->end)) return std::nullopt;
    if (digits->end < text.size() && (text[digits->end] == ',' || text[digits->end] == '.') &&
        digit_at(text, digits->end + 1)) {
      return std::nullopt;
    }
    places += static_cast<int>(digits->count);
    fraction = Decimal(digits->value);
    end = digits->end;
  } else if (at != npos) {
    if (auto words = words_.read(text, at); words && !words->has_scale) {
      const auto v = as_integer(words->value);
      if (!v) return std::nullopt;
      places += digit_count(*v);
      fraction = Decimal(*v);
      end = words->end;
    }
  }
  if (end == npos) return std::nullopt;
  auto shifted = fraction.scaled(-places);
  auto value = shifted ? whole.plus(*shifted) : std::nullopt;
  if (!value) return std::nullopt;
  return Compound{end, *value, 0, true, true};
}

// "trois douzaines", "une demi-douzaine": the number times a counting noun of multipliers.tsv.
std::optional<Compound> FractionReader::times_multiplier(std::string_view text, std::size_t at,
                                                         const Decimal& first) const {
  if (!multiplier_first_bytes_[static_cast<unsigned char>(text[at])]) return std::nullopt;
  for (const Multiplier& m : multipliers_) {
    const std::size_t end = form_at(text, at, m.form);
    if (end == npos) continue;
    auto value = first.times(Decimal(m.value));
    if (!value) return std::nullopt;
    return Compound{end, *value, 0, false, false};
  }
  return std::nullopt;
}

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
    const auto power_of_ten = parse_int(written.substr(e + (written[e + 1] == '+' ? 2 : 1)));
    if (!mantissa || !power_of_ten) return std::nullopt;
    value = mantissa->scaled(static_cast<std::int32_t>(*power_of_ten));
    if (!value) return std::nullopt;
  }
  return Compound{exponent->end, *value, 0, false, true};
}

std::optional<Compound> FractionReader::after_scale(std::string_view text, std::size_t end, const Decimal& value,
                                                    int scale) const {
  const std::size_t next = next_word(text, end);
  const std::size_t et = next == npos ? npos : form_at(text, next, "et");
  const std::size_t after = et == npos ? npos : next_word(text, et);
  return after == npos ? std::nullopt : whole_and_fraction(text, after, value, scale);
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

std::optional<Compound> FractionReader::after_words(std::string_view text, std::size_t at,
                                                    const WordNumber& first) const {
  const std::size_t next = next_word(text, first.end);
  if (next == npos) return std::nullopt;
  const std::size_t et = form_at(text, next, "et");
  if (first.has_scale) {
    // "cinq milliards et trois quarts": a fraction of the last scale.
    if (et == npos) return std::nullopt;
    const std::size_t after = next_word(text, et);
    return after == npos ? std::nullopt : whole_and_fraction(text, after, first.value, first.last_scale);
  }
  if (auto part = fraction_in_words(text, at, first, false)) {
    auto value = mixed(Decimal(part->whole), part->numerator, part->denominator, 0);
    if (!value) return std::nullopt;
    return Compound{part->end, *value, 0, false, true};
  }
  if (first.before_ordinal) return std::nullopt;  // an ordinal of its own: "vingt et unième"
  if (et != npos) {
    const std::size_t after = next_word(text, et);
    return after == npos ? std::nullopt : whole_and_fraction(text, after, first.value, 0);
  }
  if (const std::size_t sur = form_at(text, next, "sur"); sur != npos) {
    const std::size_t after = next_word(text, sur);
    return after == npos ? std::nullopt : ratio(text, after, first.value);
  }
  if (const std::size_t virgule = form_at(text, next, "virgule"); virgule != npos) {
    const std::size_t after = next_word(text, virgule);
    return after == npos ? std::nullopt : decimals(text, after, first.value);
  }
  return times_multiplier(text, next, first.value);
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
