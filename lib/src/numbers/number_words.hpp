// numbers/number_words.hpp: French cardinal numbers written in words.
//
// NumberWords reads the longest cardinal that starts at a place of normalized text: "deux cent
// cinquante", "quatre-vingt-dix-sept", "vingt et un mille", "un million deux cent mille",
// "trois millions et demi", "un demi-milliard", Belgian and Swiss "septante", "huitante",
// "octante", "nonante", years such as "dix-neuf cent quatre-vingt-dix". It takes the traditional
// spelling (spaces) and the 1990 one (hyphens everywhere) alike, in any letter case, and is
// lenient on the plural of "cent" and "vingt" that writers often get wrong ("deux cent euros").
//
// The vocabulary is data: lexicons/number_words.tsv holds the words below a million with the part
// each plays in the grammar, lexicons/scales.tsv the scale nouns (million, milliard, billion…).
// The grammar that combines them is in number_words.cpp; the vocabulary is built from the rows in
// number_word_lexicon.cpp.
//
// What is not a cardinal is not read: "dixième", "centaine", "quarantaine" (no such word),
// "trente-deuxième", "vingt et unième", "deux cent millième" (a number followed by an ordinal is
// part of the ordinal), "deux-roues", "mille-feuille" (a number glued by a hyphen to another
// word). The reader is otherwise pure: "cent" of "pour cent" is 100 if the caller asks there, and
// "un" alone is 1, flagged so the caller can tell an article from a number.
//
// Ordinals are read on request, as the denominators of fractions need them: read_ordinal() takes
// "cinquième", "vingt-cinquième", "vingt et unième", "centièmes", "millionième" (and the same
// without the grave accent, as typed on an English keyboard). And read() may be asked to return
// the cardinal that an ordinal follows ("trois" of "trois cinquièmes"), flagged, so that the
// fraction reader can decide what the pair is.
//
// Built once from the lexicons; read() and read_ordinal() are const, thread-safe and do not
// allocate.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/decimal.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::numbers {

struct WordNumber {
  std::size_t end = 0;        // byte just after the last word read
  Decimal value;              // exact: "trois millions et demi" is 3500000
  bool has_scale = false;     // a scale noun was read: million, milliard, billion… (not mille)
  bool lone_article = false;  // the match is "un" or "une" alone, far more often an article
  bool before_ordinal = false;  // an ordinal follows after a space: "trois [cinquièmes]"
  int last_scale = 0;         // power of ten of the last scale noun read: 6 in "deux milliards
                              // trois cents millions", 0 without one
};

// An ordinal in words, as the denominator of a fraction: "cinquièmes" is 5, plural.
struct WordOrdinal {
  std::size_t end = 0;  // byte just after the ordinal
  Decimal value;        // "vingt et unième" is 21, "millionième" 1000000
  bool plural = false;  // "cinquièmes": the denominator of a numerator above one
};

// Whether read() may return a cardinal that an ordinal follows (see WordNumber::before_ordinal).
enum class BeforeOrdinal { refuse, flag };

class NumberWords {
 public:
  // Rows of number_words.tsv and scales.tsv that the grammar cannot use are left out and listed
  // in problems(), so that a bad extra lexicon is reported instead of breaking the reader.
  explicit NumberWords(const lexicon::LexiconSet& lexicons);
  ~NumberWords();
  NumberWords(NumberWords&&) noexcept;
  NumberWords& operator=(NumberWords&&) noexcept;

  // The longest written French cardinal that starts at byte `at` of `text` (normalized UTF-8:
  // straight apostrophes, ASCII spaces, NFC), or nullopt. The match starts and ends on word
  // boundaries; a hyphen joins words inside a number but is no boundary for it ("dix-huit" has
  // no number starting at "huit").
  // With BeforeOrdinal::flag, a cardinal followed by an ordinal (after a space, possibly after
  // "et": "trois cinquièmes", "vingt et un cinquième", "vingt et unième") is returned with
  // before_ordinal set instead of being refused; a number glued by a hyphen to an ordinal
  // ("vingt-cinquième") is refused either way.
  std::optional<WordNumber> read(std::string_view text, std::size_t at,
                                 BeforeOrdinal before_ordinal = BeforeOrdinal::refuse) const;
  // The answer of read() at an article ("un", "une") that a space and a word no number word can
  // start follow ("un groupe"), or nullopt when it is no such article (read() must then be
  // asked): the cheap path for the most frequent word a number is read at, which skips the
  // lookups and the grammar of read().
  std::optional<WordNumber> read_lone_article(std::string_view text, std::size_t at) const;

  // False when no cardinal nor ordinal can start at byte `at`, by the first bytes of the word
  // there, then by its length and a few of its letters: the cheap test that read() and
  // read_ordinal() make first, for callers that ask at every word.
  bool may_start(std::string_view text, std::size_t at) const;
  // False when no cardinal nor ordinal starts with byte `byte` (a byte beyond ASCII may, except
  // the first of a code point of two bytes that lower-cased starts no number word, as "à", "é"):
  // the first test of may_start(), inline for the callers that ask at every word.
  bool may_start_with(unsigned char byte) const { return first_bytes_[byte]; }
  // False when no cardinal can start with the word at `at`, whose bytes up to `end` are ASCII
  // letters and digits: by its length and a few of its letters when it ends there (the end of the
  // text or an ASCII byte after it), else by its first two letters and may_start(). For a caller
  // that has found where the word's ASCII letters end already, cheaper than may_start(), and
  // sharper as it leaves out the words only met inside or after a number ("et", ordinals, scale
  // nouns). Inline, in number_word_lexicon.hpp.
  inline bool may_start_cardinal(std::string_view text, std::size_t at, std::size_t end) const;

  // The ordinal that starts at byte `at`, made of cardinal words and ending with the ordinal form
  // of the last one ("vingt-cinquième", "cent unième", "deux millièmes"), or nullopt. Ordinals
  // without a cardinal form ("premier", "second") are not read.
  std::optional<WordOrdinal> read_ordinal(std::string_view text, std::size_t at) const;

  // "number_words.tsv:12: unknown role 'dizaine'", one per unusable lexicon row.
  const std::vector<std::string>& problems() const;

  struct Vocabulary;

 private:
  // An article of the vocabulary that is the only entry of its first word, as
  // read_lone_article() reads it.
  struct LoneArticle {
    std::string form;  // case-folded
    Decimal value;     // as the grammar of read() sums it
  };

  std::unique_ptr<const Vocabulary> vocabulary_;
  std::array<bool, 256> first_bytes_{};  // may_start_with()
  std::vector<LoneArticle> lone_articles_;
  std::size_t longest_lone_article_ = 0;  // bytes
};

}  // namespace extrait::numbers
