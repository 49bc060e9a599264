// numbers/quantity.hpp: a number as an article writes an amount: "2,5 milliards", "350 M",
// "trois millions et demi", "un demi-milliard", "10M".
//
// Money, percentages and counts all start from a Quantity: the number (in digits or in words),
// the scale word or abbreviation after it (lexicons/scales.tsv) and "et demi". Fractions, ratios,
// decimals in words and counting nouns ("deux tiers", "1 sur 3", "3/4", "deux virgule cinq",
// "trois douzaines") are quantities too, read by numbers/fractions.hpp. The QuantityReader is
// built once from the lexicons and is then read-only and thread-safe.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/decimal.hpp"
#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::numbers {

class NumberWords;
class FractionReader;
struct Compound;

struct Quantity {
  std::size_t begin = 0;      // bytes into the normalized text
  std::size_t end = 0;        // after the scale and "et demi" when there are
  std::size_t number_end = 0; // after the number itself, before its scale
  Decimal value;              // the whole quantity: 2,5 milliards is 2 500 000 000
  Decimal number;             // the number before its scale: 2,5
  int scale = 0;              // power of ten of the scale (9 for milliard), 0 without
  bool scale_abbreviated = false;  // "M", "Md", "k": only meaningful next to a currency
  bool in_words = false;      // "trois millions"
  bool lone_article = false;  // "un"/"une" alone: an article far more often than a number
  bool fraction = false;      // the digits had a decimal part, or the number is a fraction, a
                              // ratio or a decimal in words ("trois quarts", "un sur trois")
  bool grouped = false;       // the digits had thousands separators
  bool glued = false;         // a letter follows without a space: "1er", "3D", "10EUR"
  bool attached = false;      // letters precede without a space: "USD1,23" (or "A380")
};

class QuantityReader {
 public:
  explicit QuantityReader(const lexicon::LexiconSet& lexicons);
  ~QuantityReader();

  // The quantity that starts at byte `at` of normalized text, or nullopt. `at` must start a word.
  std::optional<Quantity> read(std::string_view text, std::size_t at) const;
  // Every quantity of the text, left to right, not overlapping.
  std::vector<Quantity> find_all(std::string_view text) const;

  // Lexicon rows the number grammar could not use ("number_words.tsv:12: unknown role"), so
  // that the Analyzer can refuse a bad extra lexicon instead of ignoring it.
  const std::vector<std::string>& problems() const;

  // Scale words and abbreviations, for extractors that meet one after a number of their own.
  const lexicon::PhraseTrie& scales() const { return scales_; }
  int scale_power(std::uint32_t payload) const { return powers_[payload]; }
  bool scale_is_abbreviation(std::uint32_t payload) const { return abbreviated_[payload]; }

 private:
  // Reads a scale word or abbreviation after `at` (a space allowed) into q.
  void read_scale(std::string_view text, Quantity& q) const;
  // Completes q, begun at q.begin, with a number of fractions.hpp.
  Quantity with_compound(std::string_view text, Quantity q, const Compound& compound) const;

  lexicon::PhraseTrie scales_;
  std::vector<int> powers_;
  std::vector<bool> abbreviated_;
  std::unique_ptr<NumberWords> words_;
  std::unique_ptr<FractionReader> fractions_;  // reads with words_
  std::vector<std::string> problems_;          // of both
  // The bytes find_all skips between words: those that start no word, no phone number and no sign.
  bool skipped_bytes_[256] = {};
  // text::is_ascii_alnum() of every byte: the test find_all makes at every byte of a word, one
  // lookup instead of two ranges.
  bool ascii_alnum_[256] = {};
  // What find_all asks of a word by its first byte, in one lookup: read() always (a digit, the
  // first byte of a fraction sign: "½", ",08"), read() if NumberWords::may_start_cardinal() lets
  // the word through (a byte NumberWords::may_start_with()), or nothing.
  enum class FirstByte : unsigned char { none, cardinal, always };
  FirstByte first_bytes_[256] = {};
};

}  // namespace extrait::numbers
