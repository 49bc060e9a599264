// numbers/fractions.cpp: the readers of fractions.hpp in words, one function per form, behind the
// entry points that look at what follows the first number in words (after_words, after_scale);
// and what the forms in digits (digit_fractions.cpp) share with them: the lexicons, the look at
// the word after a number, "sur", "virgule" and the counting nouns. Each form is refused at the
// first byte that rules it out: they run after every number of every article, "un" and "une"
// included.
#include "numbers/fractions.hpp"

#include <algorithm>
#include <array>

#include "numbers/digits.hpp"
#include "numbers/fraction_scan.hpp"
#include "numbers/number_words.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::numbers {

namespace {

using namespace fraction_scan;  // the helpers both readers of fractions share

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
      auto denominator = parse_integer(f[1]);
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
      auto numerator = parse_integer(std::string_view(f[1]).substr(0, slash));
      auto denominator = slash == npos ? std::nullopt : parse_integer(std::string_view(f[1]).substr(slash + 1));
      if (!numerator || !denominator || *numerator < 0 || *denominator < 1 ||
          text::decode(f[0], 0).length != f[0].size()) {
        problems_.push_back(row.source + ": a sign is one character and a value a/b, not '" + f[1] + "'");
        continue;
      }
      signs_.push_back(Sign{f[0], *numerator, *denominator});
      sign_first_bytes_[static_cast<unsigned char>(f[0][0])] = true;
      if (f[0].size() == 1) {
        std::fill(std::begin(sign_second_bytes_), std::end(sign_second_bytes_), true);
      } else {
        sign_second_bytes_[static_cast<unsigned char>(f[0][1])] = true;
      }
    } else if (f[2] == "next") {
      next_words_.push_back(fold_ascii(f[0]));
    } else {
      problems_.push_back(row.source + ": unknown kind '" + f[2] + "'");
    }
  }
  for (const lexicon::Row& row : lexicons.rows("multipliers.tsv")) {
    const auto& f = row.fields;
    auto value = f.size() >= 2 ? parse_integer(f[1]) : std::nullopt;
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

// Whether an ordinal in words may start at `at`: a number word first, by the cheap tests of
// NumberWords, then "ième" ahead (ordinal_ahead), before read_ordinal() reads it.
bool FractionReader::may_start_ordinal(std::string_view text, std::size_t at) const {
  return words_.may_start_with(static_cast<unsigned char>(text[at])) && words_.may_start(text, at) &&
         ordinal_ahead(text, at);
}

const FractionReader::Noun* FractionReader::noun_at(std::string_view text, std::size_t at, std::size_t& end) const {
  if (!may_start_noun(static_cast<unsigned char>(text[at]))) return nullptr;
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
  } else if (auto ordinal = may_start_ordinal(text, d_at) ? words_.read_ordinal(text, d_at) : std::nullopt) {
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
  if (!may_start_multiplier(static_cast<unsigned char>(text[at]))) return std::nullopt;
  for (const Multiplier& m : multipliers_) {
    const std::size_t end = form_at(text, at, m.form);
    if (end == npos) continue;
    auto value = first.times(Decimal(m.value));
    if (!value) return std::nullopt;
    return Compound{end, *value, 0, false, false};
  }
  return std::nullopt;
}

std::optional<Compound> FractionReader::after_scale(std::string_view text, std::size_t end, const Decimal& value,
                                                    int scale) const {
  const std::size_t next = next_word(text, end);
  const std::size_t et = next == npos ? npos : form_at(text, next, "et");
  const std::size_t after = et == npos ? npos : next_word(text, et);
  return after == npos ? std::nullopt : whole_and_fraction(text, after, value, scale);
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
  // Most numbers in words are an article before a noun ("un groupe", "une hausse"), which no
  // form below continues: the first test of each, at the word after the number, rules them all
  // out at once. A denominator (fraction_in_words) is a noun of fractions.tsv or an ordinal there.
  const auto byte = static_cast<unsigned char>(text[next]);
  const std::size_t sur = form_at(text, next, "sur");
  const std::size_t virgule = form_at(text, next, "virgule");
  if (et == npos && sur == npos && virgule == npos && !may_start_noun(byte) && !may_start_multiplier(byte) &&
      !may_start_ordinal(text, next)) {
    return std::nullopt;
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
  if (sur != npos) {
    const std::size_t after = next_word(text, sur);
    return after == npos ? std::nullopt : ratio(text, after, first.value);
  }
  if (virgule != npos) {
    const std::size_t after = next_word(text, virgule);
    return after == npos ? std::nullopt : decimals(text, after, first.value);
  }
  return times_multiplier(text, next, first.value);
}

}  // namespace extrait::numbers
