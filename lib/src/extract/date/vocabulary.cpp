#include "extract/date/vocabulary.hpp"

#include <algorithm>
#include <bit>
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

std::optional<Role> role_named(std::string_view name) {
  for (std::size_t r = 0; r < std::size(kRoleNames); ++r) {
    if (kRoleNames[r] == name) return static_cast<Role>(r);
  }
  return std::nullopt;
}

Vocabulary::Vocabulary(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue) : glue_(glue) {
  // The categories of each phrase, with their payloads, in the order they were added; a phrase
  // added twice to a category keeps its first payload there, as a trie of its own would.
  std::vector<std::vector<std::pair<Category, std::uint32_t>>> senses;
  auto add = [&](std::string_view form, bool fold_case, Category category, std::uint32_t payload) {
    const std::uint32_t phrase = phrases_.add(form, fold_case, static_cast<std::uint32_t>(senses.size()));
    if (phrase == senses.size()) {
      senses.emplace_back();
      forms_.push_back({std::string(form), fold_case});
    }
    auto& of = senses[phrase];
    if (std::none_of(of.begin(), of.end(), [&](const auto& s) { return s.first == category; })) {
      of.emplace_back(category, payload);
    }
  };
  for (const lexicon::Row& row : lexicons.rows("months.tsv")) {
    if (row.fields.size() < 3) continue;
    const int m = std::atoi(row.fields[1].c_str());
    if (m < 1 || m > 12) continue;
    add(row.fields[0], true, c_month, static_cast<std::uint32_t>(month_values_.size()));
    month_values_.push_back({0, m, row.fields[2] == "abbr"});
  }
  for (const lexicon::Row& row : lexicons.rows("weekdays.tsv")) {
    if (row.fields.size() < 3) continue;
    const int w = std::atoi(row.fields[1].c_str());
    if (w < 1 || w > 7) continue;
    add(row.fields[0], true, c_weekday, static_cast<std::uint32_t>(weekday_values_.size()));
    weekday_values_.push_back({0, w, row.fields[2] == "abbr"});
  }
  for (const lexicon::Row& row : lexicons.rows("date_words.tsv")) {
    if (row.fields.size() < 3) continue;
    for (std::size_t r = 0; r < std::size(kRoleNames); ++r) {
      if (row.fields[1] != kRoleNames[r]) continue;
      const auto value = role_value(static_cast<Role>(r), row.fields[2]);
      if (!value) break;
      const bool exact = row.fields.size() >= 4 && row.fields[3] == "exact";
      const auto payload = static_cast<std::uint32_t>(word_values_[r].size());
      add(row.fields[0], !exact, static_cast<Category>(c_role + r), payload);
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
    add(row.fields[0], !unit.ambiguous, c_unit, static_cast<std::uint32_t>(unit_values_.size()));
    units_.add(row.fields[0], !unit.ambiguous, static_cast<std::uint32_t>(unit_values_.size()));
    unit_values_.push_back(unit);
  }
  for (auto& of : senses) {
    std::sort(of.begin(), of.end());
    Senses s{0, static_cast<std::uint32_t>(payloads_.size())};
    for (const auto& [category, payload] : of) {
      s.mask |= 1u << category;
      payloads_.push_back(payload);
    }
    senses_.push_back(s);
  }
}

std::uint32_t Vocabulary::payload_of(std::uint32_t phrase, Category category) const {
  const Senses& s = senses_[phrase];
  return payloads_[s.first + static_cast<std::uint32_t>(std::popcount(s.mask & ((1u << category) - 1)))];
}

const Vocabulary::Place& Vocabulary::read(std::string_view text, std::size_t at, Place& place) const {
  place.at = at;
  phrases_.matches_at(text, at, place.found);
  place.categories = 0;
  for (const auto& m : place.found) place.categories |= senses_[m.payload].mask;
  // More phrases at one place than the buffer holds (never in the built-in lexicons): any
  // category may be there, and best() reads the place again whole.
  if (place.found.overflow) place.categories = ~0u;
  return place;
}

std::optional<lexicon::PhraseTrie::Match> Vocabulary::best(const Place& place, std::string_view text,
                                                           Category category, bool word_end_only) const {
  if (!(place.categories & (1u << category))) return std::nullopt;
  const std::size_t at = place.at;
  auto first = [&](const auto& found) -> std::optional<lexicon::PhraseTrie::Match> {
    for (const auto& m : found) {
      if (!(senses_[m.payload].mask & (1u << category))) continue;
      const lexicon::PhraseTrie::Match hit{m.end, payload_of(m.payload, category)};
      if (text::word_ends_at(text, m.end)) return hit;
      if (word_end_only) continue;
      if (self_delimited(text.substr(at, m.end - at))) return hit;
      // "en octobrela start-up": a stripped link glued the next word. Short forms are left out,
      // because "mai" + "son" is a house, not a month.
      if (m.end - at >= 4 && glue_.glued_at(text, m.end)) return hit;
    }
    return std::nullopt;
  };
  if (place.found.overflow) return first(phrases_.matches_at(text, at));
  return first(place.found);
}

std::optional<MonthHit> Vocabulary::month_at(std::string_view text, std::size_t at, VocabularyMemo& memo) const {
  auto m = best(read(text, at, memo), text, c_month, false);
  if (!m) return std::nullopt;
  MonthHit hit = month_values_[m->payload];
  hit.end = m->end;
  return hit;
}

std::optional<WeekdayHit> Vocabulary::weekday_at(std::string_view text, std::size_t at, VocabularyMemo& memo) const {
  auto m = best(read(text, at, memo), text, c_weekday, false);
  if (!m) return std::nullopt;
  WeekdayHit hit = weekday_values_[m->payload];
  hit.end = m->end;
  return hit;
}

namespace {

template <typename Values>
std::optional<WordHit> word_hit(const std::optional<lexicon::PhraseTrie::Match>& m, const Values& values) {
  if (!m) return std::nullopt;
  return WordHit{m->end, values[m->payload]};
}

}  // namespace

std::optional<WordHit> Vocabulary::word_at(Role role, std::string_view text, std::size_t at,
                                           VocabularyMemo& memo) const {
  const auto r = static_cast<std::size_t>(role);
  return word_hit(best(read(text, at, memo), text, static_cast<Category>(c_role + r), false), word_values_[r]);
}

std::optional<WordHit> Vocabulary::word_at(Role role, std::string_view text, std::size_t at) const {
  const auto r = static_cast<std::size_t>(role);
  Place place;
  return word_hit(best(read(text, at, place), text, static_cast<Category>(c_role + r), false), word_values_[r]);
}

std::optional<UnitHit> Vocabulary::unit_at(std::string_view text, std::size_t at, VocabularyMemo& memo) const {
  // A symbol ("'", "\"") or a letter abbreviation ("h") must not run into a word.
  auto m = best(read(text, at, memo), text, c_unit, true);
  if (!m) return std::nullopt;
  UnitHit hit = unit_values_[m->payload];
  hit.end = m->end;
  return hit;
}

std::optional<UnitHit> Vocabulary::unit_at(std::string_view text, std::size_t at) const {
  if (!units_.may_match_at(text, at)) return std::nullopt;
  const auto m = units_.first_match_at(text, at, [&](const auto& u) { return text::word_ends_at(text, u.end); });
  if (!m) return std::nullopt;
  UnitHit hit = unit_values_[m->payload];
  hit.end = m->end;
  return hit;
}

}  // namespace extrait::extract::date
