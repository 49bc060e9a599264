// numbers/fractions.hpp: the numbers made of more than one number: fractions ("deux tiers",
// "trois cinquièmes", "3/4", "½"), whole numbers with a fraction ("cinq et un quart", "2 1/4",
// "cinq milliards et trois quarts"), ratios ("un sur trois", "1 sur 3"), decimals said in words
// ("deux cent virgule cinquante deux") or without their zero (",08"), and counting nouns
// ("trois douzaines").
//
// The QuantityReader reads the first number (in words or digits) and asks this reader whether
// something after it makes a larger number of it. What is read, and what is refused:
//  - a numerator in words and a denominator: a noun of lexicons/fractions.tsv ("tiers",
//    "quarts") or an ordinal ("cinquièmes", "vingt-cinquième", "centièmes", "millionième").
//    A singular denominator followed by a word that may be a noun (not a function word nor a
//    "next" word of fractions.tsv) is an ordinal adjective, not a fraction: "un cinquième
//    mandat", "le deux centième anniversaire". The ordinals of the denominators that have a noun
//    ("deuxième", "troisième", "quatrième") are read only after "et" ("un et un quatrième"):
//    elsewhere they are ordinals ("un deuxième tour", "en trouver un deuxième dans le fossé").
//    The longest numerator is taken: "cent trente cinquièmes" is 130/5; a singular after "et un"
//    makes a whole number: "vingt et un cinquième" is 20 + 1/5, "vingt et un cinquièmes" 21/5;
//  - a whole number, "et", and a fraction below one: "trois et un quart" is 3.25; after a scale
//    noun the fraction is of the scale: "six millions et deux tiers" is 6 666 666.67;
//  - "X sur Y" with two whole numbers, unless a noun follows Y ("1 000 sur 3 ans"): "un salarié
//    sur trois" is a count and is never met here, as "sur" does not follow the number;
//  - "a/b" in digits below one, and "w a/b": not with a leading zero or a third part (dates:
//    "03/2025", "28/11/2026"), nor a month and a year ("11/2026"), a series ("6/4, 3/6", a
//    tennis score), "24/7", or a range before a unit ("60/70 km/h"). A day and a month below one
//    ("le 5/12") remain: the date extractor claims them where dates are asked for;
//  - "virgule" and the digits after it, in words or digits; a decimal separator with no digit
//    before it (",08" is 0.08); Unicode's vulgar fractions ("½", "2½");
//  - a power as calculators and spreadsheets write it: "1,1^23", "2,5^-1" (0.4).
//
// Values that do not terminate are rounded to 15 significant digits (Decimal::divided_by); the
// others are exact. Built once from the lexicons; every read is const, thread-safe, allocates
// nothing, and returns at the first byte that rules a form out, as it runs after every number.
// The forms in words are read in fractions.cpp, those in digits and signs in digit_fractions.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/decimal.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::numbers {

class NumberWords;
struct WordNumber;
struct DigitNumber;

// A number that goes on past the first number read.
struct Compound {
  std::size_t end = 0;       // byte just after it
  Decimal value;             // the whole: "cinq milliards et trois quarts" is 5750000000
  int scale = 0;             // power of ten of the scale noun it holds, 0 without one
  bool takes_scale = false;  // a scale may follow, as after digits: "1/2 million", "2½ milliards"
  bool fractional = false;   // a fraction, a ratio or a decimal: not a count ("3 douzaines" is)
};

class FractionReader {
 public:
  // `words` must outlive the reader. Unusable lexicon rows are listed in problems().
  FractionReader(const lexicon::LexiconSet& lexicons, const NumberWords& words);
  ~FractionReader();
  FractionReader(const FractionReader&) = delete;
  FractionReader& operator=(const FractionReader&) = delete;

  // What follows a cardinal in words read from byte `at` as `first` (NumberWords::read with
  // BeforeOrdinal::flag): a denominator, "et" and a fraction, "sur", "virgule", a counting noun.
  // When none of them starts the next word, as after most articles ("un groupe"), it says so at
  // its first look, before any reading.
  std::optional<Compound> after_words(std::string_view text, std::size_t at, const WordNumber& first) const;
  // What follows digits read from byte `at` as `first`: "/", "^", a fraction sign, " a/b",
  // "sur", "virgule", a counting noun.
  std::optional<Compound> after_digits(std::string_view text, std::size_t at, const DigitNumber& first) const;
  // What follows an amount `value` with its scale 10^scale ending at `end`, in digits: "et" and
  // a fraction of the scale ("5 milliards [et trois quarts]").
  std::optional<Compound> after_scale(std::string_view text, std::size_t end, const Decimal& value, int scale) const;

  // Whether a fraction may start with this byte, a sign or a decimal separator: the cheap test
  // before read_sign(), which nothing else starting with such a byte needs.
  bool may_start_sign(unsigned char byte) const { return sign_first_bytes_[byte]; }
  // A vulgar fraction ("⅙") or a decimal without its zero (",08") at byte `at`.
  std::optional<Compound> read_sign(std::string_view text, std::size_t at) const;

  // "fractions.tsv:12: unknown kind 'adjective'", one per unusable lexicon row.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  struct Noun {
    std::string form;  // case-folded
    std::int64_t denominator = 0;
    bool singular = false;
    bool plural = false;
    bool alone = false;
  };
  struct Sign {
    std::string form;
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
  };
  struct Multiplier {
    std::string form;  // case-folded, '-' matching '-' or ' '
    std::int64_t value = 0;
  };
  struct Part;  // a fraction read in words: numerator, denominator, end

  std::optional<Part> fraction_in_words(std::string_view text, std::size_t at, const WordNumber& numerator,
                                        bool after_et) const;
  std::optional<Compound> whole_and_fraction(std::string_view text, std::size_t after_et, const Decimal& whole,
                                             int scale) const;
  std::optional<Compound> ratio(std::string_view text, std::size_t after_sur, const Decimal& first) const;
  std::optional<Compound> decimals(std::string_view text, std::size_t after_virgule, const Decimal& whole) const;
  std::optional<Compound> times_multiplier(std::string_view text, std::size_t at, const Decimal& first) const;
  std::optional<Compound> digit_fraction(std::string_view text, std::size_t at, std::int64_t whole) const;
  std::optional<Compound> sign_after(std::string_view text, std::size_t at, std::int64_t whole) const;
  std::optional<Compound> power(std::string_view text, std::size_t at, const Decimal& base) const;
  bool may_start_ordinal(std::string_view text, std::size_t at) const;
  // The first tests of noun_at() and times_multiplier(), which after_words() also makes at once.
  bool may_start_noun(unsigned char byte) const { return noun_first_bytes_[byte]; }
  bool may_start_multiplier(unsigned char byte) const { return multiplier_first_bytes_[byte]; }
  const Noun* noun_at(std::string_view text, std::size_t at, std::size_t& end) const;
  bool noun_follows(std::string_view text, std::size_t end) const;
  bool scale_follows(std::string_view text, std::size_t end) const;
  bool sign_follows(std::string_view text, std::size_t end) const;

  const NumberWords& words_;
  std::vector<Noun> nouns_;
  std::vector<Sign> signs_;
  std::vector<Multiplier> multipliers_;
  std::vector<std::string> next_words_;      // that are no noun: function words and "next"
                                             // rows, sorted for a search without allocation
  std::vector<std::string> scale_words_;     // of scales.tsv, case-folded and sorted
  // First bytes (both ASCII cases) of the noun and multiplier forms, and of the signs and ",":
  // read() runs after every "un" of every text, so a glance at one byte rules most words out.
  bool noun_first_bytes_[256] = {};
  bool multiplier_first_bytes_[256] = {};
  bool sign_first_bytes_[256] = {};
  // The second bytes of the signs (0 for the end of the text): the lead bytes of "½" and "⅓"
  // also start "«", "»" and the dashes, which the second byte tells apart. All set when a sign
  // is a single byte.
  bool sign_second_bytes_[256] = {};
  std::vector<std::string> problems_;
};

}  // namespace extrait::numbers
