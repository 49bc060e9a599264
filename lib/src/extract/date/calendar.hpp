// extract/date/calendar.hpp: the periods a date names, their ISO 8601 values and their arithmetic.
//
// A Period is a stretch of whole days with a grain (a day, an ISO week, a month, a quarter, a
// half-year, a season, a year, a decade, a century) and knows its ISO 8601 value at that grain:
// "2025-11-03", "2025-W48", "2025-10", "2025-Q1", "2025-H2", "2025-SU", "2025", "199X", "18XX".
// All calendar arithmetic goes through C++20 <chrono> (year_month_day, weekday, sys_days), so
// month lengths, leap years and ISO weeks are the standard library's, not ours.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace extrait::extract::date {

using Days = std::chrono::sys_days;

enum class Grain { day, week, month, quarter, half, season, year, decade, century };

struct Period {
  Grain grain = Grain::day;
  int year = 0;   // the calendar year; the ISO week-numbering year for a week; the first year of a
                  // decade (1990) or century (1800); the year a winter starts in
  int index = 0;  // month 1-12, quarter 1-4, half 1-2, season 1-4 (spring … winter), ISO week
  Days first{};   // first and last day, both inside
  Days last{};
};

// Seasons follow the meteorological calendar (spring is March to May, winter December to
// February), which is how news uses them ("cet été" for June to August).
enum Season { spring = 1, summer = 2, autumn = 3, winter = 4 };

std::optional<Period> day_period(int year, int month, int day);  // nullopt if no such day
Period day_period(Days day);
Period week_period(Days any_day);  // the ISO week (Monday to Sunday) that holds the day
Period month_period(int year, int month);
Period quarter_period(int year, int quarter);
Period half_period(int year, int half);
Period season_period(int year, int season);
Period year_period(int year);
Period decade_period(int first_year);
Period century_period(int first_year);

// The period `n` grains later (earlier for n < 0): the next month of 2025-12 is 2026-01.
// Decades and centuries move by ten and a hundred years.
Period shifted(const Period& p, int n);

// The period of the same kind that holds `day` ("this month", "this quarter").
Period period_of(Grain grain, Days day);

// The ISO 8601 value of the period at its grain (TimeML's codes for seasons, decades, centuries).
std::string iso(const Period& p);
std::string iso_day(Days day);

// "YYYY-MM-DD" checked against the calendar.
std::optional<Days> parse_day(std::string_view iso_day);

int year_of(Days day);
int month_of(Days day);
int day_of(Days day);
// 1 = Monday … 7 = Sunday, as ISO 8601 counts.
int iso_weekday(Days day);
// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, valid for any year).
Days easter(int year);

}  // namespace extrait::extract::date
