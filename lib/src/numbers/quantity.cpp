#include "numbers/quantity.hpp"

#include <string>

#include "numbers/digits.hpp"
#include "numbers/fractions.hpp"
#include "numbers/number_word_lexicon.hpp"
#include "numbers/number_words.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::numbers {

namespace {

bool starts_with_folded(std::string_view text, std::size_t at, std::string_view ascii_lower) {
  if (at + ascii_lower.size() > text.size()) return false;
  for (std::size_t i = 0; i < ascii_lower.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[at + i]);
    if ((c < 0x80 ? text::to_lower(c) : c) != static_cast<unsigned char>(ascii_lower[i])) return false;
  }
  return true;
}

}  // namespace

QuantityReader::QuantityReader(const lexicon::LexiconSet& lexicons)
    : words_(std::make_unique<NumberWords>(lexicons)),
      fractions_(std::make_unique<FractionReader>(lexicons, *words_)) {
  problems_ = words_->problems();
  problems_.insert(problems_.end(), fractions_->problems().begin(), fractions_->problems().end());
  for (const lexicon::Row& row : lexicons.rows("scales.tsv")) {
    if (row.fields.size() < 3) continue;
    const bool abbreviation = row.fields[2] == "abbr";
    scales_.add(row.fields[0], !abbreviation, static_cast<std::uint32_t>(powers_.size()));
    powers_.push_back(std::stoi(row.fields[1]));
    abbreviated_.push_back(abbreviation);
  }
  for (std::size_t byte = 0; byte < 256; ++byte) {
    const auto c = static_cast<unsigned char>(byte);
    // A letter or digit, "+" of a phone number, a sign of a fraction, or the first byte of a code
    // point beyond ASCII; not a continuation byte.
    const bool starts = c < 0x80 ? text::is_ascii_alnum(c) || c == '+' || fractions_->may_start_sign(c) : c >= 0xC0;
    skipped_bytes_[byte] = !starts;
    ascii_alnum_[byte] = text::is_ascii_alnum(c);
    if ((c >= '0' && c <= '9') || fractions_->may_start_sign(c)) {
      first_bytes_[byte] = FirstByte::always;
    } else if (words_->may_start_with(c)) {
      first_bytes_[byte] = FirstByte::cardinal;
    }
  }
}

QuantityReader::~QuantityReader() = default;

const std::vector<std::string>& QuantityReader::problems() const { return problems_; }

void QuantityReader::read_scale(std::string_view text, Quantity& q) const {
  std::size_t at = q.number_end;
  if (at < text.size() && text[at] == ' ') ++at;
  // The longest scale that ends where it should and scales the number without overflow.
  const auto fits = [&](const lexicon::PhraseTrie::Match& m) {
    if (abbreviated_[m.payload]) {
      // "10M€", "350 M€", "2 Mds CHF", "5 MEUR": the abbreviation may be glued to a currency
      // symbol or an upper-case code, never to a lower-case letter ("10 min" is minutes).
      if (m.end < text.size()) {
        const char32_t next = text::decode(text, m.end).code_point;
        if (text::is_letter(next) && !text::is_upper(next)) return false;
      }
    } else if (!text::word_ends_at(text, m.end)) {
      return false;
    }
    return q.number.scaled(powers_[m.payload]).has_value();
  };
  const auto m = scales_.first_match_at(text, at, fits);
  if (!m) return;
  const bool abbreviation = abbreviated_[m->payload];
  q.scale = powers_[m->payload];
  q.scale_abbreviated = abbreviation;
  q.value = *q.number.scaled(q.scale);
  q.end = m->end;
  // "trois millions et demi": half of the scale more.
  if (!abbreviation) {
    for (std::string_view half : {" et demie", " et demi"}) {
      if (starts_with_folded(text, q.end, half) && text::word_ends_at(text, q.end + half.size())) {
        if (auto sum = q.value.plus(Decimal(5, q.scale - 1))) {
          q.value = *sum;
          q.end += half.size();
        }
        break;
      }
    }
  }
}

Quantity QuantityReader::with_compound(std::string_view text, Quantity q, const Compound& compound) const {
  q.number = compound.value;
  q.value = compound.value;
  q.number_end = compound.end;
  q.end = compound.end;
  q.scale = compound.scale;
  q.fraction = compound.fractional;
  if (compound.takes_scale) read_scale(text, q);  // "1/2 million", "2½ milliards"
  q.glued = text::word_char_at(text, q.end);
  return q;
}

std::optional<Quantity> QuantityReader::read(std::string_view text, std::size_t at) const {
  if (at >= text.size()) return std::nullopt;
  Quantity q;
  q.begin = at;
  const auto first = static_cast<unsigned char>(text[at]);
  if (fractions_->may_start_sign(first)) {
    // "½", ",08": no digit nor letter starts these, and nothing else starts with such a byte.
    auto compound = fractions_->read_sign(text, at);
    if (!compound) return std::nullopt;
    return with_compound(text, q, *compound);
  }
  if (first >= '0' && first <= '9') {
    auto digits = read_digits(text, at);
    if (!digits) return std::nullopt;
    if (auto compound = fractions_->after_digits(text, at, *digits)) return with_compound(text, q, *compound);
    q.number = digits->value;
    q.number_end = digits->end;
    q.fraction = digits->fraction;
    q.grouped = digits->grouped;
  } else {
    // Most numbers in words are an article before a noun ("un groupe", "une hausse"), which
    // nothing of a number continues: read_lone_article() reads it without the lookups and the
    // grammar of read(), and after_words() tells at its first look that nothing follows.
    auto words = words_->read_lone_article(text, at);
    if (!words) words = words_->read(text, at, BeforeOrdinal::flag);
    if (!words) return std::nullopt;
    if (auto compound = fractions_->after_words(text, at, *words)) {
      q.in_words = true;
      return with_compound(text, q, *compound);
    }
    if (words->before_ordinal) return std::nullopt;  // part of an ordinal: "vingt et unième"
    q.number = words->value;
    q.number_end = words->end;
    q.in_words = true;
    q.lone_article = words->lone_article;
    if (words->has_scale) {
      // "trois milliards" holds its scale already: record its power for lists and ranges
      // ("entre deux et trois millions" scales the "deux").
      q.value = q.number;
      q.end = q.number_end;
      for (int power : {12, 9, 6}) {
        if (!(q.value < Decimal(1, power))) {
          q.scale = power;
          break;
        }
      }
      return q;
    }
  }
  q.value = q.number;
  q.end = q.number_end;
  read_scale(text, q);
  // "5 milliards et trois quarts": a fraction of the scale, as read_scale reads "et demi".
  if (q.scale > 0 && !q.scale_abbreviated) {
    if (auto more = fractions_->after_scale(text, q.end, q.value, q.scale)) {
      q.value = more->value;
      q.end = more->end;
    }
  }
  q.glued = text::word_char_at(text, q.end);
  return q;
}

namespace {

// Web addresses are not prose: "%28" in one is no percentage, "2020" in one no year.
bool starts_web_address(std::string_view text, std::size_t at) {
  if (text[at] != 'h' && text[at] != 'w') return false;
  for (std::string_view scheme : {"http://", "https://", "www."}) {
    if (text.compare(at, scheme.size(), scheme) == 0) return true;
  }
  return false;
}

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool ascii_digit(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

// The end of a French phone number that starts at `at` ("01 23 45 67 89", "06.12.34.56.78",
// "+33 1 23 45 67 89"), or 0: its digit pairs are no quantities.
std::size_t phone_number_end(std::string_view t, std::size_t at) {
  std::size_t i = at;
  std::size_t pairs = 4;
  if (t[i] == '+') {
    if (!(ascii_digit(t, i + 1) && ascii_digit(t, i + 2) && i + 3 < t.size() && t[i + 3] == ' ')) return 0;
    i += 4;
    if (!ascii_digit(t, i) || ascii_digit(t, i + 1)) return 0;  // "+33 1 …": one digit, then pairs
    ++i;
  } else {
    if (!(t[i] == '0' && ascii_digit(t, i + 1))) return 0;
    i += 2;
  }
  const char sep = i < t.size() ? t[i] : 0;
  if (sep != ' ' && sep != '.' && sep != '-') return 0;
  for (std::size_t k = 0; k < pairs; ++k) {
    if (!(i < t.size() && t[i] == sep && ascii_digit(t, i + 1) && ascii_digit(t, i + 2))) return 0;
    i += 3;
  }
  return ascii_digit(t, i) ? 0 : i;
}

// The first byte from `at` on that `marked` does not mark, or `size`. Words and the gaps between
// them are short, but testing the bound at every byte was a third of the scan: while eight bytes
// remain, they are looked up without it.
std::size_t marked_run_end(const bool (&marked)[256], const unsigned char* bytes, std::size_t at, std::size_t size) {
  for (; at + 8 <= size; at += 8) {
    for (std::size_t k = 0; k < 8; ++k) {
      if (!marked[bytes[at + k]]) return at + k;
    }
  }
  while (at < size && marked[bytes[at]]) ++at;
  return at;
}

}  // namespace

std::vector<Quantity> QuantityReader::find_all(std::string_view text) const {
  std::vector<Quantity> found;
  // About one quantity in a hundred bytes of news: one allocation for most articles.
  found.reserve(text.size() / 64 + 4);
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // Spaces and ASCII punctuation, a third of the text, start nothing (no word, no phone number
    // "+33", no sign of a fraction), nor does the middle of a code point: one lookup skips them.
    i = marked_run_end(skipped_bytes_, bytes, i, size);
    if (i == size) break;
    if (!text::word_starts_at(text, i)) {
      ++i;
      continue;
    }
    if (const std::size_t phone = phone_number_end(text, i)) {
      i = phone;
      continue;
    }
    if (starts_web_address(text, i)) {
      while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
      continue;
    }
    // The letters and digits of the word from here to its first byte beyond ASCII, if any: what
    // the test of a number word reads, and what is skipped when no number starts here.
    std::size_t end = marked_run_end(ascii_alnum_, bytes, i, size);
    // Most words start no number in words: read() would find none there, after more work. A
    // word of ASCII letters is told by its length and letters, before it is decoded.
    const FirstByte first = first_bytes_[bytes[i]];
    if (first == FirstByte::always ||
        (first == FirstByte::cardinal && words_->may_start_cardinal(text, i, end))) {
      if (auto q = read(text, i)) {
        found.push_back(*q);
        i = q->end > i ? q->end : i + 1;
        continue;
      }
    }
    if (end == i) {
      std::size_t length = text::latin_letter_length(text, i);  // "à", "été"
      if (length == 0) {
        if (!text::word_char_at(text, i)) {  // "+", a sign, punctuation beyond ASCII
          ++i;
          continue;
        }
        length = text::decode(text, i).length;
      }
      end += length;
    } else if (ascii_upper(text[i])) {
      // A number never starts inside a word, except after a currency code glued to it
      // ("USD1,23", "EUR29,99"), which the money extractor will recognize.
      std::size_t code = i;
      while (code < end && ascii_upper(text[code])) ++code;
      if (code - i >= 2 && code - i <= 4 && code < end && text[code] >= '0' && text[code] <= '9') {
        if (auto q = read(text, code)) {
          q->attached = true;
          found.push_back(*q);
          i = q->end;
          continue;
        }
      }
    }
    // Skip the rest of this word, decoding only the bytes beyond ASCII.
    while (end < size && bytes[end] >= 0x80) {
      std::size_t length = text::latin_letter_length(text, end);
      if (length == 0) {
        if (!text::word_char_at(text, end)) break;
        length = text::decode(text, end).length;
      }
      end = marked_run_end(ascii_alnum_, bytes, end + length, size);
    }
    i = end;
  }
  return found;
}

}  // namespace extrait::numbers
