// extract/date/expression.hpp: a date as the text writes it, before it is put on the calendar.
//
// The grammar reads "début novembre", "l'an dernier" or "mardi 4 février" into an Expression:
// the fields the text gives (a year, a month, a day, a quarter…), what is relative to the
// reference date ("dernier", "il y a deux ans"), and the part of the period it names ("début").
// The resolver then fills what is missing from the reference date and the sentence's tense.
#pragma once

#include <cstddef>

#include "extract/date/calendar.hpp"
#include "extract/date/vocabulary.hpp"

namespace extrait::extract::date {

enum class Kind {
  calendar,  // fields of the calendar, some missing: "3 mars 2025", "décembre", "T1", "le 16"
  relative,  // `offset` periods of `grain` from the one that holds the reference date:
             // "l'an dernier" (year, -1), "cette semaine" (week, 0), "hier" (day, -1),
             // "il y a deux ans" (year, -2)
  weekday,   // a weekday alone or with a word that places it ("mardi", "lundi prochain")
  anchored,  // `offset` days from the last day the text gave ("la veille", "le lendemain")
  vague,     // a stretch of an unknown count of units, `offset` the unit's letter ('Y' for
             // "ces dernières années"): reported as the duration PXY
};

// How a weekday alone is placed.
enum class WeekdayRule {
  tense,      // by the tense: the last one in the past, the next one otherwise ("mardi")
  next,       // the next one after the reference ("mardi prochain")
  last,       // the last one before it ("mardi dernier")
  in_week,    // the one in the ISO week `offset` weeks from the reference's ("mardi de la
              // semaine prochaine", "lundi cette semaine")
  this_one,   // "ce mardi": the one of this week if the clause is past, else the next
  plus_days,  // the next one, counting the reference's own, plus `offset` days ("lundi en huit")
};

struct Expression {
  std::size_t begin = 0;  // bytes of the span in the normalized text
  std::size_t end = 0;
  Kind kind = Kind::calendar;
  Grain grain = Grain::day;

  // calendar fields; 0 where the text does not give them
  int year = 0;
  int month = 0;
  int day = 0;
  int index = 0;    // quarter, half-year or season, for those grains
  int weekday = 0;  // 1-7; with a day, it tells the year ("mardi 4 février")
  int holiday = 0;  // a date_words.tsv holiday code, its day found once the year is known
  int year_offset = 0;  // "trimestre de l'année dernière": the year relative to the reference
  bool relative_year = false;

  int offset = 0;  // relative, anchored, weekday (in_week, plus_days), vague
  int day_shift = 0;  // days after the day the fields give ("le lendemain du 13 février")
  // The nth `weekday` of a month (-1: the last): "le premier mercredi du mois prochain" is month
  // offset 1 from the reference's (relative_month), "le dernier vendredi de juin" month 6.
  int nth = 0;
  bool relative_month = false;
  int month_offset = 0;
  // relative: counted from the last date the text gave, when there is one ("en 2008, puis
  // quatre ans plus tard": 2012), else from the reference
  bool from_anchor = false;
  WeekdayRule rule = WeekdayRule::tense;
  int direction = 0;  // words of the span that say which way it lies: -1 "dernier", 1 "prochain"

  Part part = no_part;  // "début", "mi-", "fin", "courant"
  bool approx = false;  // "à la rentrée": September, roughly

  // With the next expression, one interval ("du 3 au 5 mars"): one entity, from this to that.
  bool opens_interval = false;
  // The intervals of "les trois derniers mois": `offset` periods of `grain` before (or after)
  // the reference's, as one entity with from and to.
  int count_back = 0;     // > 0: the `count_back` periods before the reference's
  int count_forward = 0;  // > 0: the periods after the reference day
};

}  // namespace extrait::extract::date
