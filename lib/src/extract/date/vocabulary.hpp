// extract/date/vocabulary.hpp: the words dates are made of, found in normalized text.
//
// Months (lexicons/months.tsv), weekdays (weekdays.tsv), the words of relative and partial dates
// (date_words.tsv, one trie per role) and the units of time (date_units.tsv), each behind a
// lookup that answers "does such a word start at this byte, and where does it end?". A word must
// end a word of the text, unless its form ends with a period or a hyphen ("janv.", "mi-") or the
// rest of the token is a glue word left by a stripped link ("octobrela"). Built once; const and
// thread-safe afterwards. The durations extractor shares the units.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
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

class Vocabulary {
 public:
  Vocabulary(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue);

  std::optional<MonthHit> month_at(std::string_view text, std::size_t at) const;
  std::optional<WeekdayHit> weekday_at(std::string_view text, std::size_t at) const;
  std::optional<WordHit> word_at(Role role, std::string_view text, std::size_t at) const;
  std::optional<UnitHit> unit_at(std::string_view text, std::size_t at) const;

 private:
  // The longest match of `trie` at `at` that ends a word (or may be glued); its payload.
  std::optional<lexicon::PhraseTrie::Match> best(const lexicon::PhraseTrie& trie, std::string_view text,
                                                 std::size_t at, bool allow_glue) const;

  lexicon::PhraseTrie months_;
  std::vector<MonthHit> month_values_;
  lexicon::PhraseTrie weekdays_;
  std::vector<WeekdayHit> weekday_values_;
  std::array<lexicon::PhraseTrie, static_cast<std::size_t>(Role::count_)> words_;
  std::array<std::vector<int>, static_cast<std::size_t>(Role::count_)> word_values_;
  lexicon::PhraseTrie units_;
  std::vector<UnitHit> unit_values_;
  const lexicon::GlueWords& glue_;
};

}  // namespace extrait::extract::date
