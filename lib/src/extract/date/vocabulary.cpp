#include "extract/date/vocabulary.hpp"

#include <cstring>
#include <string>

#include "text/chars.hpp"

namespace extrait::extract::date {

namespace {

constexpr std::string_view kRoleNames[] = {"day",     "anchor", "shift",   "this",    "part",   "ordinal",
                                           "quarter", "half",   "season",  "rentree", "holiday", "vague",
                                           "decade",  "century", "ago",    "in",      "later",  "inweeks", "daytime"};
static_assert(std::size(kRoleNames) == static_cast<std::size_t>(Role::count_));

// The value column of date_words.tsv as the grammar reads it (see the roles in vocabulary.hpp).
std::optional<int> role_value(Role role, const std::string& v) {
  switch (role) {
    case Role::shift:
      if (v == "week1") return kNextWeek;
      if (v == "week-1") return kPreviousWeek;
      break;
    case Role::part:
      if (v == "start") return part_start;
      if (v == "mid") return part_mid;
      if (v == "end") return part_end;
      if (v == "during") return part_during;
      return std::nullopt;
    case Role::season:
      if (v == "SP") return spring;
      if (v == "SU") return summer;
      if (v == "FA") return autumn;
      if (v == "WI") return winter;
      return std::nullopt;
    case Role::vague:
      if (v == "Y" || v == "M" || v == "W" || v == "D") return v[0];
      return std::nullopt;
    case Role::holiday:
      if (v.rfind("easter+", 0) == 0) return kEaster + std::stoi(v.substr(7));
      if (v.size() == 5 && v[2] == '-') return std::stoi(v.substr(0, 2)) * 100 + std::stoi(v.substr(3));
      return std::nullopt;
    default:
      break;
  }
  try {
    return std::stoi(v);
  } catch (...) {
    return std::nullopt;
  }
}

// A form that ends in a period, a hyphen or an apostrophe ends where it ends, whatever follows.
bool self_delimited(std::string_view form) {
  return !form.empty() && (form.back() == '.' || form.back() == '-' || form.back() == '\'');
}

}  // namespace

Vocabulary::Vocabulary(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue) : glue_(glue) {
  for (const lexicon::Row& row : lexicons.rows("months.tsv")) {
    if (row.fields.size() < 3) continue;
    const int m = std::atoi(row.fields[1].c_str());
    if (m < 1 || m > 12) continue;
    months_.add(row.fields[0], true, static_cast<std::uint32_t>(month_values_.size()));
    month_values_.push_back({0, m, row.fields[2] == "abbr"});
  }
  for (const lexicon::Row& row : lexicons.rows("weekdays.tsv")) {
    if (row.fields.size() < 3) continue;
    const int w = std::atoi(row.fields[1].c_str());
    if (w < 1 || w > 7) continue;
    weekdays_.add(row.fields[0], true, static_cast<std::uint32_t>(weekday_values_.size()));
    weekday_values_.push_back({0, w, row.fields[2] == "abbr"});
  }
  for (const lexicon::Row& row : lexicons.rows("date_words.tsv")) {
    if (row.fields.size() < 3) continue;
    for (std::size_t r = 0; r < std::size(kRoleNames); ++r) {
      if (row.fields[1] != kRoleNames[r]) continue;
      const auto value = role_value(static_cast<Role>(r), row.fields[2]);
      if (!value) break;
      const bool exact = row.fields.size() >= 4 && row.fields[3] == "exact";
      words_[r].add(row.fields[0], !exact, static_cast<std::uint32_t>(word_values_[r].size()));
      word_values_[r].push_back(*value);
      break;
    }
  }
  static constexpr std::pair<std::string_view, Grain> kGrains[] = {
      {"year", Grain::year}, {"half", Grain::half}, {"quarter", Grain::quarter},
      {"month", Grain::month}, {"week", Grain::week}, {"day", Grain::day}};
  for (const lexicon::Row& row : lexicons.rows("date_units.tsv")) {
    if (row.fields.size() < 4) continue;
    const std::string& d = row.fields[1];
    if (d.size() >= sizeof(UnitHit::designator)) continue;
    UnitHit unit;
    std::memcpy(unit.designator, d.data(), d.size());
    unit.count = std::atoi(row.fields[2].c_str());
    if (unit.count <= 0) continue;
    for (const auto& [name, grain] : kGrains) {
      if (row.fields[3] == name) unit.grain = grain;
    }
    unit.time_part = d == "H" || d == "MIN" || d == "S";
    unit.ambiguous = row.fields.size() >= 5 && row.fields[4] == "ambiguous";
    unit.adjective = row.fields.size() >= 5 && row.fields[4] == "adjective";
    unit.someday = row.fields.size() >= 5 && row.fields[4] == "someday";
    units_.add(row.fields[0], !unit.ambiguous, static_cast<std::uint32_t>(unit_values_.size()));
    unit_values_.push_back(unit);
  }
}

std::optional<lexicon::PhraseTrie::Match> Vocabulary::best(const lexicon::PhraseTrie& trie, std::string_view text,
                                                           std::size_t at, bool allow_glue) const {
  if (!trie.may_match_at(text, at)) return std::nullopt;
  for (const auto& m : trie.matches_at(text, at)) {
    if (text::word_ends_at(text, m.end) || self_delimited(text.substr(at, m.end - at))) return m;
    // "en octobrela start-up": a stripped link glued the next word. Short forms are left out,
    // because "mai" + "son" is a house, not a month.
    if (allow_glue && m.end - at >= 4 && glue_.glued_at(text, m.end)) return m;
  }
  return std::nullopt;
}

std::optional<MonthHit> Vocabulary::month_at(std::string_view text, std::size_t at) const {
  auto m = best(months_, text, at, true);
  if (!m) return std::nullopt;
  MonthHit hit = month_values_[m->payload];
  hit.end = m->end;
  return hit;
}

std::optional<WeekdayHit> Vocabulary::weekday_at(std::string_view text, std::size_t at) const {
  auto m = best(weekdays_, text, at, true);
  if (!m) return std::nullopt;
  WeekdayHit hit = weekday_values_[m->payload];
  hit.end = m->end;
  return hit;
}

std::optional<WordHit> Vocabulary::word_at(Role role, std::string_view text, std::size_t at) const {
  const auto r = static_cast<std::size_t>(role);
  auto m = best(words_[r], text, at, true);
  if (!m) return std::nullopt;
  return WordHit{m->end, word_values_[r][m->payload]};
}

std::optional<UnitHit> Vocabulary::unit_at(std::string_view text, std::size_t at) const {
  if (!units_.may_match_at(text, at)) return std::nullopt;
  for (const auto& m : units_.matches_at(text, at)) {
    const UnitHit& u = unit_values_[m.payload];
    // A symbol ("'", "\"") or a letter abbreviation ("h") must not run into a word.
    if (!text::word_ends_at(text, m.end)) continue;
    UnitHit hit = u;
    hit.end = m.end;
    return hit;
  }
  return std::nullopt;
}

}  // namespace extrait::extract::date
