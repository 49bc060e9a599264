// extract/date/vocabulary.hpp: the words dates are made of, found in normalized text.
//
// Months (lexicons/months.tsv), weekdays (weekdays.tsv), the words of relative and partial dates
// (date_words.tsv, by role) and the units of time (date_units.tsv), all in one trie, each kind
// behind a lookup that answers "does such a word start at this byte, and where does it end?". A
// word must end a word of the text, unless its form ends with a period or a hyphen ("janv.",
// "mi-") or the rest of the token is a glue word left by a stripped link ("octobrela"). Built
// once; const and thread-safe afterwards. The durations extractor shares the units.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date/calendar.hpp"
#include "lexicon/glue.hpp"
#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::extract::date {

// The roles of date_words.tsv (see the file's header for what each value means).
enum class Role {
  day, anchor, shift, this_, part, ordinal, quarter, half, season, rentree, holiday, vague,
  decade, century, ago, in, later, inweeks, daytime, count_  // count_ last: the number of roles
};

// The role named `name` in date_words.tsv ("day", "this"…), if any.
std::optional<Role> role_named(std::string_view name);

// Values of the `shift` role beyond -1, 0, 1: "mardi suivant" is the Tuesday of next week.
inline constexpr int kNextWeek = 2;
inline constexpr int kPreviousWeek = -2;
// Values of the `part` role.
enum Part { no_part = 0, part_start = 1, part_mid = 2, part_end = 3, part_during = 4 };
// Values of the `holiday` role: month * 100 + day, or kEaster + days after Easter Sunday.
inline constexpr int kEaster = 10000;

struct WordHit {
  std::size_t end = 0;  // byte after the word
  int value = 0;
};

struct MonthHit {
  std::size_t end = 0;
  int month = 0;
  bool abbreviation = false;
};

struct WeekdayHit {
  std::size_t end = 0;
  int weekday = 0;  // 1 = Monday … 7 = Sunday
  bool abbreviation = false;
};

struct UnitHit {
  std::size_t end = 0;
  char designator[4] = {};    // "Y", "M", "W", "D", "H", "MIN", "S"
  int count = 1;              // a trimestre is 3 months
  std::optional<Grain> grain; // the calendar period of "le trimestre dernier"
  bool time_part = false;     // hours, minutes, seconds: written after "T"
  bool ambiguous = false;     // "h", "'": a duration only where the context says so
  bool adjective = false;     // "seconde": also an adjective after "une" ("une seconde place")
  bool someday = false;       // "jour": after "un", a day one cannot date ("un jour, il partira")
};

// What the vocabulary found at the places of one document: the grammar asks about the same place
// from many expressions ("le" may start "le lendemain", "le jour de Noël", "le trimestre
// dernier"…), and a place is then read once, by one walk of one trie for all the words. A cache of
// the last places asked about, each in the slot its offset falls in; one per document, not to be
// shared between threads.
class VocabularyMemo {
 public:
  VocabularyMemo() {}  // leaves the buffers of the places unwritten: a memo is made per document

 private:
  friend class Vocabulary;
  struct Place {
    std::size_t at = static_cast<std::size_t>(-1);
    std::uint32_t categories = 0;  // the bits of the categories of the phrases found
    lexicon::PhraseTrie::MatchBuffer found;  // payload: the phrase's number
  };
  static constexpr std::size_t kPlaces = 32;
  std::array<Place, kPlaces> places_;
};

class Vocabulary {
 public:
  Vocabulary(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue);

  // Each lookup reads the place from `memo` when it was read already.
  std::optional<MonthHit> month_at(std::string_view text, std::size_t at, VocabularyMemo& memo) const;
  std::optional<WeekdayHit> weekday_at(std::string_view text, std::size_t at, VocabularyMemo& memo) const;
  std::optional<WordHit> word_at(Role role, std::string_view text, std::size_t at, VocabularyMemo& memo) const;
  std::optional<UnitHit> unit_at(std::string_view text, std::size_t at, VocabularyMemo& memo) const;
  // The same for a caller that asks once about a place.
  std::optional<WordHit> word_at(Role role, std::string_view text, std::size_t at) const;
  std::optional<UnitHit> unit_at(std::string_view text, std::size_t at) const;

  // What the phrases of the vocabulary are, each a bit (bit()): months, weekdays, the roles of
  // date_words.tsv and units.
  enum Category : std::uint32_t {
    c_month = 0,
    c_weekday = 1,
    c_role = 2,  // the first role; the others follow in the order of Role
    c_unit = c_role + static_cast<std::uint32_t>(Role::count_),
  };
  static constexpr std::uint32_t bit(Category c) { return 1u << c; }
  static constexpr std::uint32_t bit(Role r) { return 1u << (c_role + static_cast<std::uint32_t>(r)); }
  // The categories of the phrases that start at byte `at`, whether or not they end a word there:
  // none of the lookups above finds anything at a place whose bit is not set.
  std::uint32_t categories_at(std::string_view text, std::size_t at, VocabularyMemo& memo) const {
    return read(text, at, memo).categories;
  }
  // Calls `each(form, fold_case)` with every phrase of the categories `categories` (bits of
  // bit()), once, as the vocabulary holds it: its form as first listed and whether it matches in
  // any letter case. For the screens that must let through every place a lookup may find.
  template <typename Each>
  void for_each_phrase(std::uint32_t categories, const Each& each) const {
    for (std::size_t i = 0; i < senses_.size(); ++i) {
      if (senses_[i].mask & categories) each(std::string_view(forms_[i].text), forms_[i].fold_case);
    }
  }

 private:
  using Place = VocabularyMemo::Place;
  // The place at `at`, read into `place` unless it holds it already.
  const Place& read(std::string_view text, std::size_t at, Place& place) const;
  // Inline, as the grammar asks at most tokens and finds most places in the memo.
  const Place& read(std::string_view text, std::size_t at, VocabularyMemo& memo) const {
    Place& place = memo.places_[at % VocabularyMemo::kPlaces];
    if (place.at == at) return place;
    return read(text, at, place);
  }
  // The longest phrase of `category` at the place that ends a word (or may be glued, or ends with a
  // period, a hyphen or an apostrophe, unless `word_end_only`): its end and its payload in the
  // category.
  std::optional<lexicon::PhraseTrie::Match> best(const Place& place, std::string_view text, Category category,
                                                 bool word_end_only) const;

  // One trie for all the phrases: a phrase's payload is its number, and a phrase may be of several
  // categories (a form listed under two roles). The payloads of phrase i are those of the
  // categories of senses_[i].mask, in the order of the categories, from payloads_[senses_[i].first].
  lexicon::PhraseTrie phrases_;
  struct Senses {
    std::uint32_t mask = 0;
    std::uint32_t first = 0;
  };
  std::vector<Senses> senses_;
  // The form of each phrase, by number, as first added (for_each_phrase()).
  struct Form {
    std::string text;
    bool fold_case = true;
  };
  std::vector<Form> forms_;
  std::vector<std::uint32_t> payloads_;
  std::uint32_t payload_of(std::uint32_t phrase, Category category) const;

  std::vector<MonthHit> month_values_;
  std::vector<WeekdayHit> weekday_values_;
  std::array<std::vector<int>, static_cast<std::size_t>(Role::count_)> word_values_;
  std::vector<UnitHit> unit_values_;
  // The units again, on their own, for the callers that ask once about a place (the durations,
  // after each count): a walk of this small trie is shorter than one of all the phrases.
  lexicon::PhraseTrie units_;
  const lexicon::GlueWords& glue_;
};

}  // namespace extrait::extract::date
