#include "extract/duration/duration_value.hpp"

namespace extrait::extract::duration {

std::optional<std::string> iso_duration(const Decimal& count, std::string_view unit, bool and_half) {
  if (count < Decimal(0)) return std::nullopt;
  const bool time = unit == "H" || unit == "MIN" || unit == "S";
  const std::string_view letter = unit == "MIN" ? "M" : unit;
  if (!and_half && !count.is_integer()) {
    // "2,5 jours" is two days and a half, as "deux jours et demi".
    if (auto twice = count.times(Decimal(2)); twice && twice->is_integer() && Decimal(1) < count) {
      if (auto whole = count.plus(Decimal(-5, -1))) return iso_duration(*whole, unit, true);
    }
    // "un quart de siècle" is 25 years, "trois quarts d'heure" 45 minutes, "1,5 an" 18 months:
    // a fraction goes to the next smaller unit where it is whole there.
    static constexpr std::pair<std::string_view, std::pair<std::string_view, int>> kSmaller[] = {
        {"Y", {"M", 12}}, {"W", {"D", 7}}, {"D", {"H", 24}}, {"H", {"MIN", 60}}, {"MIN", {"S", 60}}};
    for (const auto& [from, to] : kSmaller) {
      if (unit != from) continue;
      if (auto smaller = count.times(Decimal(to.second)); smaller && smaller->is_integer()) {
        return iso_duration(*smaller, to.first, false);
      }
    }
  }
  if (!and_half) return std::string(time ? "PT" : "P") + count.to_string() + std::string(letter);
  if (!count.is_integer()) return std::nullopt;
  const std::string n = count.to_string();
  // Half a unit, written in the next smaller one (see the header).
  if (unit == "Y") return "P" + n + "Y6M";
  if (unit == "M") return "P" + n + "M15D";
  if (unit == "D") return "P" + n + "DT12H";
  if (unit == "H") return "PT" + n + "H30M";
  if (unit == "MIN") return "PT" + n + "M30S";
  if (unit == "S") return "PT" + n + ".5S";
  if (unit == "W") {
    auto days = count.times(Decimal(7));
    if (!days) return std::nullopt;
    auto more = days->plus(Decimal(3));
    if (!more) return std::nullopt;
    return "P" + more->to_string() + "DT12H";
  }
  return std::nullopt;
}

}  // namespace extrait::extract::duration
