// extract/date/resolver.hpp: an Expression put on the calendar, relative to the reference date.
//
// What the text leaves out is filled from the reference date, the words of the span
// ("juin dernier"), the preposition before it ("depuis janvier", "d'ici juin") and the tense of
// the clause, in that order of authority:
//  - past: the latest instance that has begun by the reference date ("en décembre" in a past
//    clause of November 2025 is 2024-12; "mercredi" is the last Wednesday, or today);
//  - future: the earliest instance that has not ended ("en décembre" is 2025-12; "mercredi" the
//    next Wednesday). A quarter or half-year that ended less than 45 days ago still counts, as
//    its figures come out after it ("publiera son chiffre d'affaires du troisième trimestre");
//  - present: the instance nearest to the reference date;
//  - none (a clause with no verb found: a title, an agenda line): a day as the future, which is
//    what such lines announce ("samedi 5 juin : fête du village"), unless it fell in the last
//    week (news just reported: "le référendum du 25 septembre"); a month, a quarter or a
//    season the nearest, as they are as often looked back on as ahead ("le drame de février").
// Relative expressions count from the period that holds the reference date ("la semaine
// dernière" is the ISO week of seven days before). Values are ISO 8601 at the expression's
// precision; decades and centuries add from/to years, intervals from/to days or periods.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/date/calendar.hpp"
#include "extract/date/expression.hpp"
#include "extract/date/tense.hpp"

namespace extrait::extract::date {

struct Resolved {
  std::string value;
  std::string from;
  std::string to;
  std::string_view mod;  // "start", "mid", "end", "approx" or empty
  Period period;         // the period of the value (the first one for an interval)
  bool single_day = false;
};

struct Situation {
  Days reference{};
  Tense tense = Tense::none;
  int hint = 0;                      // from the preposition: -1 past, 1 future, 0 none
  std::optional<Days> anchor;        // the last day the text gave, for "la veille"
  std::optional<Period> anchor_period;  // the last date the text gave, for "deux ans plus tard"
  std::optional<int> borrowed_year;  // "entre janvier et juin 2025": the year of the range's end
};

std::optional<Resolved> resolve(const Expression& e, const Situation& s);

}  // namespace extrait::extract::date
