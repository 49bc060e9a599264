// extract/date/grammar.hpp: French date expressions, read from normalized text.
//
// Grammar::read() is called at the start of each token and reads the longest date expression
// that starts there: absolute dates ("3 mars 2025", "28/11/2026", "2026-11-28", "mardi 4
// février", "mars 2025", "l'année 2023", "2024-2025", "les années 1990"), parts of periods
// ("début novembre", "mi-2026", "fin de l'année", "premier trimestre 2025", "T1 2025", "S2",
// "l'été dernier", "à la rentrée"), relative dates ("hier", "la semaine dernière", "l'an
// dernier", "il y a deux ans", "dans trois mois", "lundi prochain", "les dix derniers mois"),
// holidays ("Noël", "lundi de Pâques") and day ranges that share their month ("du 3 au 5 mars").
//
// Spans follow the annotation guidelines: without the prepositions before the date and without
// the article before a day number ("le 3 mars" is "3 mars"), with the words that make it relative
// or partial ("la semaine dernière", "début novembre") and a weekday before a date.
//
// The grammar only reads; the resolver puts expressions on the calendar. Each family of
// expressions has its file: grammar_days.cpp (days, weekdays, numeric dates), grammar_periods.cpp
// (months, years, parts, quarters, seasons, decades, holidays) and grammar_relative.cpp (words
// relative to the reference date); grammar_screens.cpp tells which families may read at a token.
// All word lists are lexicons; what stays in the code are the few function words the grammar is
// built on ("le", "de", "au", "et").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/date/context.hpp"
#include "extract/date/expression.hpp"
#include "extract/date/word_index.hpp"
#include "extract/date/vocabulary.hpp"
#include "lexicon/first_bytes.hpp"
#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"
#include "numbers/quantity.hpp"
#include "segment/segmenter.hpp"
#include "text/chars.hpp"

namespace extrait::extract::date {

// A number as a date part: a day, a month, a count of units.
struct Number {
  long value = 0;
  std::size_t end = 0;
  int digits = 0;         // how many digits, 0 for a number in words
  bool lone_article = false;  // "un", "une"
};

// What the grammar reads from: one document, and what it remembers along it.
struct Input {
  // A constructor, not an aggregate's braces, which would write zeros over the whole memo first
  // (a few kilobytes per document).
  Input(std::string_view text_, const std::vector<numbers::Quantity>& quantities_,
        const segment::Segmentation& segmentation_, int reference_year_)
      : text(text_), quantities(quantities_), segmentation(segmentation_), reference_year(reference_year_) {}

  std::string_view text;
  const std::vector<numbers::Quantity>& quantities;
  const segment::Segmentation& segmentation;
  int reference_year = 0;  // to read two-digit years and to bound plausible ones
  std::size_t last_year_end = 0;  // end of the last year read: "2021, 2022 et 2023" lists years
  // The first quantity not before the token read last, and the end of them: pointers, which the
  // test at every token compares without computing the vector's size.
  const numbers::Quantity* next_quantity = quantities.data();
  const numbers::Quantity* quantities_end = quantities.data() + quantities.size();
  // Where *next_quantity begins (the largest size_t when there is none): most tokens lie before
  // it, which one comparison tells.
  std::size_t next_quantity_begin =
      next_quantity != quantities_end ? next_quantity->begin : static_cast<std::size_t>(-1);
  int list_depth = 0;             // days of a list read so far ("les 16, 17 et 18 juillet")
  // The last answer of the index of first words: the word after an article is asked about by
  // several families, then again as a token of its own.
  std::size_t starters_at = static_cast<std::size_t>(-1);
  std::uint32_t starters_bits = 0;
  // The last number read: the families of a token that starts with one all read it.
  mutable std::size_t number_at = static_cast<std::size_t>(-1);
  mutable std::optional<Number> number_found{};
  // The places the vocabulary has read, for the same reason. A cache, which lookups fill even
  // through a const Input.
  mutable VocabularyMemo memo{};
};

// The expressions read together: one, or the days of a list or range that share their month
// ("du 3 au 5 mars", "les 16, 17 et 18 juillet").
struct Reading {
  Expression first;
  std::vector<Expression> more;  // empty but for lists and ranges
  bool single() const { return more.empty(); }
  std::size_t end() const { return more.empty() ? first.end : more.back().end; }
};

class Grammar {
 public:
  Grammar(const lexicon::LexiconSet& lexicons, const Vocabulary& vocabulary, const ContextWords& context);

  // The longest expression that starts at byte `at` (a token's start), or nullopt.
  // A token no family may read, tested as read_families() would, is turned away inline: nearly
  // every token is one, and costs then no call.
  std::optional<Reading> read(Input& in, std::size_t at) const {
    const std::string_view text = in.text;
    if (at >= text.size()) return std::nullopt;
    const char c = text[at];
    if (c >= '0' && c <= '9') return read_families(in, at, false);
    // The index's screen of the first bytes, which families_at() needs too: asked once.
    return read_word_families(in, at, starters_.may_start(text, at));
  }
  // read() at the start of a word token whose answer of the index of first words,
  // starters().at(in.text, at), is known: `starters`, kept in the word type's record
  // (WordIndex::at_word()). It stands for the screen of the word's first bytes (the screen lets
  // through every word the index answers for, and where the index answers 0 families_at() finds
  // none: an article is listed there with its families) and for the index's look-up at that
  // place, which the families then find in `in`.
  std::optional<Reading> read_word(Input& in, std::size_t at, std::uint32_t starters) const {
    in.starters_at = at;
    in.starters_bits = starters;
    const char c = in.text[at];
    if (c >= '0' && c <= '9') return read_families(in, at, false);
    return read_word_families(in, at, starters != 0);
  }
  // The index of first words, for the callers that keep its answers by word type.
  const WordIndex& starters() const { return starters_; }

 private:
  // read() at a place that starts no number, once the index's screen said whether a word of its
  // own may start there: without it, only a Roman numeral or a number in words may.
  std::optional<Reading> read_word_families(Input& in, std::size_t at, bool word_may_start) const {
    const char c = in.text[at];
    if (!word_may_start && c != 'I' && c != 'V' && c != 'X' && !quantity_at(in, at)) return std::nullopt;
    return read_families(in, at, word_may_start);
  }
  // Whether a quantity starts at `at` ("trente et un décembre", "deux jours plus tard"): tokens
  // are read in order, so the quantities are walked once.
  static bool quantity_at(Input& in, std::size_t at) {
    if (at < in.next_quantity_begin) return false;
    const numbers::Quantity* q = in.next_quantity;
    while (q != in.quantities_end && q->begin < at) ++q;
    in.next_quantity = q;
    in.next_quantity_begin = q != in.quantities_end ? q->begin : static_cast<std::size_t>(-1);
    return q != in.quantities_end && q->begin == at;
  }
  // `word_may_start`: what starters_.may_start() tells of the word at `at` (not asked of a digit).
  std::optional<Reading> read_families(Input& in, std::size_t at, bool word_may_start) const;
  // --- grammar_screens.cpp: which families may read at a token
  // starters_.at(in.text, at), remembered in `in` for the next ask at the same byte; `screened`
  // at a place starters_.may_start() let through, which is then not asked again.
  std::uint32_t starters_at(Input& in, std::size_t at, bool screened = false) const;
  // The families read at byte `at`, a place starters_.may_start() lets through: those of
  // starters_at() that the phrases found there allow.
  std::uint32_t families_at(Input& in, std::size_t at) const;
  // Whether the demonstrative at `at` ("cette", a phrase of Role::this_) may start the families
  // of its role, by the word after it (kAfterDemonstrative).
  bool demonstrative_may_start(Input& in, std::size_t at) const;
  // The families that may read a date at the digit at `at`, by the bytes and the word after the
  // digits: each family's own first tests, made once, so that a number before a word no family
  // reads ("15 salariés", "2024.") costs no family (nearly every number).
  std::uint32_t number_families(Input& in, std::size_t at) const;
  // The same at a number in words (a quantity: "trois", "une").
  std::uint32_t quantity_families(Input& in, std::size_t at) const;
  // What ago() and counted() ask of a number at `at`: f_ago | f_counted, or 0.
  std::uint32_t counted_families(Input& in, std::size_t at) const;
  // --- grammar_days.cpp
  std::optional<Reading> day_month(Input& in, std::size_t at) const;
  std::optional<Reading> numeric(Input& in, std::size_t at) const;
  std::optional<Reading> weekday(Input& in, std::size_t at) const;
  std::optional<Reading> bare_day(Input& in, std::size_t at) const;
  // --- grammar_periods.cpp
  std::optional<Reading> month(Input& in, std::size_t at) const;
  std::optional<Reading> year(Input& in, std::size_t at) const;
  std::optional<Reading> part(Input& in, std::size_t at) const;
  std::optional<Reading> ordinal_period(Input& in, std::size_t at) const;
  std::optional<Reading> nth_weekday(Input& in, std::size_t at, int nth, const WeekdayHit& w) const;
  std::optional<Reading> code_period(Input& in, std::size_t at) const;
  std::optional<Reading> season(Input& in, std::size_t at) const;
  std::optional<Reading> decade(Input& in, std::size_t at) const;
  std::optional<Reading> century(Input& in, std::size_t at) const;
  std::optional<Reading> holiday(Input& in, std::size_t at) const;
  // --- grammar_relative.cpp
  std::optional<Reading> relative_day(Input& in, std::size_t at) const;
  std::optional<Reading> anchored(Input& in, std::size_t at) const;
  std::optional<Reading> this_period(Input& in, std::size_t at) const;
  std::optional<Reading> unit_shift(Input& in, std::size_t at) const;
  std::optional<Reading> ago(Input& in, std::size_t at) const;
  std::optional<Reading> counted(Input& in, std::size_t at) const;
  std::optional<Reading> vague(Input& in, std::size_t at) const;

  // --- grammar.cpp: the pieces the families share
  // The period after a month, quarter or season that gives its year: " 2025", " de 2025",
  // " 98" (when `short_year`), " de l'année dernière", " prochain". Fills `e` and its end.
  void read_year_after(Input& in, Expression& e, bool short_year) const;
  // "dernier", "prochain" after a date: the direction it lies in.
  void read_direction_after(const Input& in, Expression& e) const;
  // A four-digit year at `at`, ending a word: its value and end.
  std::optional<Number> four_digit_year(const Input& in, std::size_t at) const;
  // Whether the year read at [at, end) is a count ("2023 salariés", "2000 %"), by what follows.
  bool counts_something(const Input& in, std::size_t end) const;
  // A day of the month at `at`: "3", "1er", "premier", "trente et un".
  std::optional<Number> day_number(const Input& in, std::size_t at) const;
  // The quantity that starts at `at`, as a whole number (remembered in `in`).
  std::optional<Number> number(const Input& in, std::size_t at) const;
  std::optional<Number> read_number(const Input& in, std::size_t at) const;
  // An approximation word between "il y a" and its count ("près de", "environ").
  std::size_t skip_qualifier(std::string_view text, std::size_t at) const;

  // The families of expressions, as bits: a token is read only by the families its first words
  // can start, so that most tokens cost one trie walk.
  enum Family : std::uint32_t {
    f_numeric = 1u << 0, f_year = 1u << 1, f_day_month = 1u << 2, f_bare_day = 1u << 3, f_weekday = 1u << 4,
    f_month = 1u << 5, f_part = 1u << 6, f_ordinal = 1u << 7, f_code = 1u << 8, f_season = 1u << 9,
    f_decade = 1u << 10, f_century = 1u << 11, f_holiday = 1u << 12, f_relative_day = 1u << 13,
    f_anchored = 1u << 14, f_this = 1u << 15, f_unit_shift = 1u << 16, f_ago = 1u << 17, f_counted = 1u << 18,
    f_vague = 1u << 19,
    w_unit = 1u << 20,    // not a family: the word is a unit ("semaine" of "la semaine dernière")
    w_season = 1u << 21,  // not a family: the word is a season or "rentrée"
  };
  // The families a phrase of role `role` of date_words.tsv starts.
  static std::uint32_t families_of(Role role);

  // The words that start dates although no phrase of the vocabulary starts with them: the articles
  // of "la semaine dernière", "l'été dernier", "les années 90", and "mois" of "mois de mars".
  struct ArticleStart {
    std::string_view word;
    std::uint32_t families;
  };
  static constexpr ArticleStart kArticles[] = {
      {"le", f_unit_shift | f_season}, {"la", f_unit_shift | f_season}, {"l'", f_unit_shift | f_season},
      {"les", f_decade},               {"mois", f_month},
  };
  // The ASCII letters (lower case, as bits from 'a') that the words of kArticles start with.
  static constexpr std::uint32_t kArticleFirsts = [] {
    std::uint32_t letters = 0;
    for (const ArticleStart& a : kArticles) letters |= 1u << (a.word[0] - 'a');
    return letters;
  }();
  // False when no word of kArticles starts with byte `c`.
  static bool may_start_article(char c) {
    const auto low = static_cast<unsigned>(static_cast<unsigned char>(c) | 0x20) - 'a';
    return low < 26 && ((kArticleFirsts >> low) & 1);
  }
  // What the word after an article must be for a family to read a date there, as categories of
  // the vocabulary: a season or "rentrée" ("l'été"), a unit ("la semaine dernière"), "années"
  // ("les années 90"). The families require it of the word they read, and families_at() of the
  // word after an article alone, so that an article before any other word costs no family.
  struct AfterArticle {
    Family family;
    std::uint32_t categories;
  };
  static constexpr std::uint32_t kSeasonWords = Vocabulary::bit(Role::season) | Vocabulary::bit(Role::rentree);
  static constexpr AfterArticle kAfterArticle[] = {
      {f_season, kSeasonWords},
      {f_unit_shift, Vocabulary::bit(Vocabulary::c_unit)},
      {f_decade, Vocabulary::bit(Role::decade)},
  };
  static constexpr std::uint32_t after_article(Family family) {
    for (const AfterArticle& a : kAfterArticle) {
      if (a.family == family) return a.categories;
    }
    return 0;
  }

  // What the word after a demonstrative ("ce", "cet", "cette") must be for this_period() or
  // season() to read a date there: a weekday, a unit, a month ("cette année", "ce lundi", "cette
  // décembre") or a season ("cet été"). families_at() asks it of the word after a demonstrative,
  // as of the word after an article, so that "cette décision" costs no family.
  static constexpr std::uint32_t kAfterDemonstrative =
      Vocabulary::bit(Vocabulary::c_weekday) | Vocabulary::bit(Vocabulary::c_unit) |
      Vocabulary::bit(Vocabulary::c_month) | kSeasonWords;

  // The words after a day that carry its month to the next day ("du 3 au 5 mars", "les 6 et 13
  // avril"): "au", "à" make an interval of two days, "et", "ou" a list.
  struct DayLink {
    std::string_view word;
    bool interval;
  };
  static constexpr DayLink kDayLinks[] = {{"au", true}, {"à", true}, {"et", false}, {"ou", false}};
  // The categories of the vocabulary that the families of a number ask of the word after it.
  static constexpr std::uint32_t kAfterNumber =
      Vocabulary::bit(Vocabulary::c_month) | Vocabulary::bit(Vocabulary::c_unit) | Vocabulary::bit(Role::shift);

  const Vocabulary& vocabulary_;
  const ContextWords& context_;
  WordIndex starters_;              // the first words of expressions, with their families
  // The families the phrases of each category of the vocabulary start (by bit number).
  std::array<std::uint32_t, 32> category_families_{};
  lexicon::PhraseTrie qualifiers_;  // "environ", "près de" (lexicons/qualifiers.tsv, before)
  // The screen of the first bytes of the phrases of the categories of kAfterArticle.
  lexicon::FirstBytes after_article_words_;
  // The same of kAfterNumber and kDayLinks, for number_families().
  lexicon::FirstBytes after_number_words_;
  // The same of kAfterDemonstrative.
  lexicon::FirstBytes after_demonstrative_words_;
  // The screen of the first bytes of the phrases of the vocabulary that begin with a word of
  // kArticles, past it ("veille" of "la veille"); and, by word of kArticles, whether a phrase is
  // that word or begins like it ("mois"): families_at() then walks at the word.
  lexicon::FirstBytes after_article_phrases_;
  std::array<bool, std::size(kArticles)> article_is_phrase_{};
};

// Function words and text helpers shared by the grammar files.
namespace syntax {
using text::skip_spaces;
// Whether `word` (lower case, ASCII or UTF-8) is written at `at` in any case and ends a word
// (or ends with an apostrophe); sets `end` after it. Inline for the ASCII words and text the
// grammar nearly always compares ("le", "la", "l'" at every article); a byte beyond ASCII (which
// may lower-case to ASCII) sends to compare_word_at(), the general way.
bool compare_word_at(std::string_view text, std::size_t at, std::string_view word, std::size_t& end);
inline bool word_at(std::string_view text, std::size_t at, std::string_view word, std::size_t& end) {
  std::size_t i = at;
  for (const char letter : word) {
    if (i >= text.size()) return false;
    const auto t = static_cast<unsigned char>(text[i]);
    const auto w = static_cast<unsigned char>(letter);
    if (t >= 0x80 || w >= 0x80) return compare_word_at(text, at, word, end);
    if (text::to_lower(t) != w) return false;
    ++i;
  }
  if (word.back() != '\'' && !text::word_ends_at(text, i)) return false;
  end = i;
  return true;
}
// The same after the spaces at `at`.
bool next_word(std::string_view text, std::size_t at, std::string_view word, std::size_t& end);
// A run of ASCII digits at `at`: its value, length and end.
struct Digits {
  long value = 0;
  int count = 0;
  std::size_t end = 0;
};
std::optional<Digits> digits_at(std::string_view text, std::size_t at);
// Whether the article "le" (or "les", "du", "au") stands right before `at`.
bool day_article_before(std::string_view text, std::size_t at);
// Whether a sentence (or a line) starts at `at`.
bool starts_sentence(std::string_view text, const segment::Segmentation& seg, std::size_t at);
}  // namespace syntax

}  // namespace extrait::extract::date
