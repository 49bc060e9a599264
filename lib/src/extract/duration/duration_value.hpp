// extract/duration/duration_value.hpp: the ISO 8601 value of a count of units of time.
//
// "sept ans" is P7Y, "18 mois" P18M, "48 heures" PT48H, "trois semaines" P3W, "trois trimestres"
// P9M (ISO has no quarter), "une décennie" P10Y, "30,4 secondes" PT30.4S.
// "et demi" adds half a unit in the next smaller unit, so that the value stays in whole numbers:
// "deux ans et demi" is P2Y6M, "un mois et demi" P1M15D, "deux jours et demi" P2DT12H, "une
// heure et demie" PT1H30M; half a week is three and a half days ("deux semaines et demie" is
// P17DT12H, since ISO 8601 does not mix weeks with other units). This is the reading that keeps
// the unit the text used; the conformance suites have no half units to prefer another one.
// A fraction goes the same way where it comes out whole: "un quart de siècle" is P25Y, "trois
// quarts d'heure" PT45M, "0,5 an" P6M, and "1,5 an" is "un an et demi", P1Y6M; "30,4 secondes"
// stays PT30.4S.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extrait/decimal.hpp"

namespace extrait::extract::duration {

// `count` units of designator `unit` ("Y", "M", "W", "D", "H", "MIN", "S"), plus half a unit when
// `and_half`. nullopt when the count is negative or the half cannot be written (half a second
// of a fraction).
std::optional<std::string> iso_duration(const Decimal& count, std::string_view unit, bool and_half);

}  // namespace extrait::extract::duration
