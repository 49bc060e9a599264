// Dates end to end (tests/corpus/dates.tsv: a reference date, a French phrase and its dates a
// line), and the calendar underneath them (ISO weeks, shifts, Easter, values at each grain).
#define BOOST_TEST_MODULE date
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "analyzer_fixture.hpp"
#include "corpus_file.hpp"
#include "extract/date/calendar.hpp"
#include "extract/date/word_index.hpp"

using extrait::testing::analyze_types;
using extrait::testing::read_corpus;

namespace {

// The date entities of a report as "text|value|mod|from..to", the empty fields at the end left
// out, joined by " ; ", or "-".
std::string describe_dates(const extrait::Report& report) {
  std::string out;
  for (const extrait::Entity& e : report.entities) {
    if (e.type != extrait::EntityType::date) continue;
    std::string d = e.text + "|" + e.iso;
    const std::string range = e.from.empty() ? "" : e.from + ".." + e.to;
    if (!e.mod.empty() || !range.empty()) d += "|" + e.mod;
    if (!range.empty()) d += "|" + range;
    if (!out.empty()) out += " ; ";
    out += d;
  }
  return out.empty() ? "-" : out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(date_corpus) {
  std::size_t lines = 0;
  for (const auto& line : read_corpus("dates.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[1]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 3u);
      const auto report = analyze_types(line.fields[1], {extrait::EntityType::date}, line.fields[0]);
      BOOST_TEST(describe_dates(report) == line.fields[2]);
      ++lines;
    }
  }
  BOOST_TEST(lines >= 300u);
}

BOOST_AUTO_TEST_CASE(entity_offsets_cut_the_input) {
  // The span is on the input as received: typographic apostrophe, no-break spaces, glued words.
  const std::string text = "Les ventes ont progressé l\u2019an dernier, puis en octobrela start-up a recruté.";
  const auto report = analyze_types(text, {extrait::EntityType::date}, "2025-11-28");
  BOOST_REQUIRE_EQUAL(report.entities.size(), 2u);
  BOOST_TEST(text.substr(report.entities[0].span.byte_start,
                         report.entities[0].span.byte_end - report.entities[0].span.byte_start) ==
             "l\u2019an dernier");
  BOOST_TEST(report.entities[1].text == "octobre");
  BOOST_TEST(report.entities[1].iso == "2025-10");
}

BOOST_AUTO_TEST_CASE(a_verbs_tense_reads_the_same_in_every_text_of_a_thread) {
  // What the endings of a word tell of its tense is kept in its word type's record
  // (segment/lexemes.hpp) by the first text of the thread that reads them: the next texts, and
  // the same text again, find there what they would read.
  const auto dates_in = [](const std::string& text) {
    return describe_dates(analyze_types(text, {extrait::EntityType::date}, "2025-06-15"));
  };
  for (int pass = 0; pass < 2; ++pass) {
    BOOST_TEST(dates_in("Les ventes progressaient fortement.") == "-");
    BOOST_TEST(dates_in("Les ventes progressaient fortement en décembre.") == "décembre|2024-12");
    BOOST_TEST(dates_in("Les ventes progresseront fortement en décembre.") == "décembre|2025-12");
    BOOST_TEST(dates_in("La société progressera en décembre.") == "décembre|2025-12");
  }
}

namespace date = extrait::extract::date;

BOOST_AUTO_TEST_CASE(iso_weeks_follow_iso_8601) {
  // The week of 1 January belongs to the year that holds its Thursday.
  BOOST_TEST(date::iso(date::week_period(*date::parse_day("2025-11-28"))) == "2025-W48");
  BOOST_TEST(date::iso(date::week_period(*date::parse_day("2021-01-01"))) == "2020-W53");
  BOOST_TEST(date::iso(date::week_period(*date::parse_day("2024-12-30"))) == "2025-W01");
  BOOST_TEST(date::iso(date::week_period(*date::parse_day("2013-02-12"))) == "2013-W07");
  BOOST_TEST(date::iso_day(date::week_period(*date::parse_day("2025-11-28")).first) == "2025-11-24");
}

BOOST_AUTO_TEST_CASE(periods_shift_across_years) {
  BOOST_TEST(date::iso(date::shifted(date::month_period(2025, 12), 1)) == "2026-01");
  BOOST_TEST(date::iso(date::shifted(date::month_period(2025, 1), -1)) == "2024-12");
  BOOST_TEST(date::iso(date::shifted(date::quarter_period(2025, 1), -1)) == "2024-Q4");
  BOOST_TEST(date::iso(date::shifted(date::quarter_period(2025, 4), 5)) == "2027-Q1");
  BOOST_TEST(date::iso(date::shifted(date::half_period(2025, 2), 1)) == "2026-H1");
  BOOST_TEST(date::iso(date::shifted(date::season_period(2025, date::winter), 1)) == "2026-SP");
  BOOST_TEST(date::iso(date::shifted(date::week_period(*date::parse_day("2025-12-29")), -1)) == "2025-W52");
  BOOST_TEST(date::iso(date::shifted(date::year_period(2025), -3)) == "2022");
  BOOST_TEST(date::iso(date::shifted(date::decade_period(1990), 1)) == "200X");
}

BOOST_AUTO_TEST_CASE(periods_know_their_days) {
  const auto q = date::quarter_period(2024, 1);
  BOOST_TEST(date::iso_day(q.first) == "2024-01-01");
  BOOST_TEST(date::iso_day(q.last) == "2024-03-31");
  const auto feb = date::month_period(2024, 2);
  BOOST_TEST(date::iso_day(feb.last) == "2024-02-29");
  const auto winter = date::season_period(2025, date::winter);
  BOOST_TEST(date::iso_day(winter.first) == "2025-12-01");
  BOOST_TEST(date::iso_day(winter.last) == "2026-02-28");
  BOOST_TEST(date::iso(date::period_of(date::Grain::season, *date::parse_day("2026-01-15"))) == "2025-WI");
  BOOST_TEST(date::iso(date::century_period(1800)) == "18XX");
  BOOST_TEST(!date::day_period(2025, 2, 29));
  BOOST_TEST(!date::parse_day("2025-13-01"));
}

BOOST_AUTO_TEST_CASE(easter_sundays) {
  BOOST_TEST(date::iso_day(date::easter(2024)) == "2024-03-31");
  BOOST_TEST(date::iso_day(date::easter(2025)) == "2025-04-20");
  BOOST_TEST(date::iso_day(date::easter(1999)) == "1999-04-04");
  BOOST_TEST(date::iso_day(date::easter(2038)) == "2038-04-25");
}

BOOST_AUTO_TEST_CASE(word_index_screens_by_the_first_bytes) {
  // The screen of the first four bytes (may_start()) lets through every word the look-up finds,
  // in any case and with accents, and turns away those that only begin like a listed one.
  extrait::extract::date::WordIndex index;
  index.add("quinzaine", 1, false);
  index.add("été", 2, false);
  index.add("début", 4, false);
  index.add("mai", 8, true);       // may be glued: "maison" is looked up by "mai"
  index.add("ce jour", 16, true);  // "ce", glued too: "certains" is looked up by "ce"
  index.add("mi-", 32, false);
  index.add("printemps", 64, false);
  index.freeze();
  const std::pair<std::string_view, std::uint32_t> cases[] = {
      {"quinzaine", 1},  {"Quinzaine", 1}, {"qui", 0},          {"quitte", 0},    {"été", 2},
      {"étaient", 0},    {"également", 0}, {"début", 4},        {"DÉBUT", 4},     {"Début", 4},
      {"déjà", 0},       {"mai", 8},       {"Mai", 8},          {"maison", 8},    {"ma", 0},
      {"ce", 16},        {"certains", 16}, {"mi-juin", 32},     {"mi", 0},        {"printemps.", 64},
      {"PRINTEMPS", 64}, {"print", 0},     {"prix", 0},         {"l'été", 0}};
  for (const auto& [text, bits] : cases) {
    BOOST_TEST_CONTEXT(text) {
      BOOST_TEST(index.at(text, 0) == bits);
      if (bits != 0) BOOST_TEST(index.may_start(text, 0));
    }
  }
  // The words that only begin like a listed one part from it by their fourth byte or sooner.
  for (std::string_view text : {"qui", "quitte", "étaient", "également", "déjà", "ma", "mi", "prix"}) {
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(!index.may_start(text, 0)); }
  }
}
