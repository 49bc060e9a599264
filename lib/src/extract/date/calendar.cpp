#include "extract/date/calendar.hpp"


namespace extrait::extract::date {

namespace {

using namespace std::chrono;

Days ymd(int y, int m, int d) {
  return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}};
}

// A period made of whole months, from month `m` of year `y`, `count` months long.
Period months(Grain grain, int y, int index, int m, int count) {
  Period p;
  p.grain = grain;
  p.year = y;
  p.index = index;
  p.first = ymd(y, m, 1);
  const year_month end = year{y} / month{static_cast<unsigned>(m)} + std::chrono::months{count - 1};
  p.last = sys_days{end / std::chrono::last};
  return p;
}

Period years(Grain grain, int first_year, int count) {
  Period p;
  p.grain = grain;
  p.year = first_year;
  p.first = ymd(first_year, 1, 1);
  p.last = ymd(first_year + count - 1, 12, 31);
  return p;
}

}  // namespace

int year_of(Days d) { return static_cast<int>(year_month_day{d}.year()); }
int month_of(Days d) { return static_cast<int>(static_cast<unsigned>(year_month_day{d}.month())); }
int day_of(Days d) { return static_cast<int>(static_cast<unsigned>(year_month_day{d}.day())); }
int iso_weekday(Days d) { return static_cast<int>(weekday{d}.iso_encoding()); }

std::optional<Period> day_period(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  const year_month_day date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return day_period(sys_days{date});
}

Period day_period(Days d) {
  Period p;
  p.grain = Grain::day;
  p.year = year_of(d);
  p.index = month_of(d);
  p.first = p.last = d;
  return p;
}

Period week_period(Days any) {
  // ISO 8601: weeks start on Monday; a week belongs to the year that holds its Thursday.
  const Days monday = any - days{iso_weekday(any) - 1};
  const Days thursday = monday + days{3};
  const int y = year_of(thursday);
  Period p;
  p.grain = Grain::week;
  p.year = y;
  p.index = static_cast<int>((thursday - ymd(y, 1, 1)).count() / 7 + 1);
  p.first = monday;
  p.last = monday + days{6};
  return p;
}

Period month_period(int y, int m) { return months(Grain::month, y, m, m, 1); }
Period quarter_period(int y, int q) { return months(Grain::quarter, y, q, 3 * q - 2, 3); }
Period half_period(int y, int h) { return months(Grain::half, y, h, 6 * h - 5, 6); }
Period season_period(int y, int s) { return months(Grain::season, y, s, 3 * s, 3); }
Period year_period(int y) { return years(Grain::year, y, 1); }
Period decade_period(int first_year) { return years(Grain::decade, first_year, 10); }
Period century_period(int first_year) { return years(Grain::century, first_year, 100); }

Period shifted(const Period& p, int n) {
  switch (p.grain) {
    case Grain::day:
      return day_period(p.first + days{n});
    case Grain::week:
      return week_period(p.first + days{7 * n});
    case Grain::month: {
      const year_month ym = year{p.year} / month{static_cast<unsigned>(p.index)} + std::chrono::months{n};
      return month_period(static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())));
    }
    case Grain::quarter: {
      const int k = p.year * 4 + (p.index - 1) + n;
      return quarter_period(k >= 0 ? k / 4 : (k - 3) / 4, ((k % 4) + 4) % 4 + 1);
    }
    case Grain::half: {
      const int k = p.year * 2 + (p.index - 1) + n;
      return half_period(k >= 0 ? k / 2 : (k - 1) / 2, ((k % 2) + 2) % 2 + 1);
    }
    case Grain::season: {
      const int k = p.year * 4 + (p.index - 1) + n;
      return season_period(k >= 0 ? k / 4 : (k - 3) / 4, ((k % 4) + 4) % 4 + 1);
    }
    case Grain::year:
      return year_period(p.year + n);
    case Grain::decade:
      return decade_period(p.year + 10 * n);
    case Grain::century:
      return century_period(p.year + 100 * n);
  }
  return p;
}

Period period_of(Grain grain, Days d) {
  const int y = year_of(d);
  const int m = month_of(d);
  switch (grain) {
    case Grain::day:
      return day_period(d);
    case Grain::week:
      return week_period(d);
    case Grain::month:
      return month_period(y, m);
    case Grain::quarter:
      return quarter_period(y, (m - 1) / 3 + 1);
    case Grain::half:
      return half_period(y, (m - 1) / 6 + 1);
    case Grain::season:
      // December opens the winter of its year; January and February close the one before.
      return m == 12 ? season_period(y, winter) : m < 3 ? season_period(y - 1, winter) : season_period(y, m / 3);
    case Grain::year:
      return year_period(y);
    case Grain::decade:
      return decade_period(y - ((y % 10) + 10) % 10);
    case Grain::century:
      return century_period(y - ((y % 100) + 100) % 100);
  }
  return day_period(d);
}

namespace {

// Appends `value` as printf's "%0<width>d" writes it (the sign counts in the width), without
// printf's cost: a document's dates are many.
void append_padded(std::string& out, long long value, int width) {
  char digits[24];
  int n = 0;
  const bool negative = value < 0;
  const auto magnitude = static_cast<unsigned long long>(value);
  unsigned long long v = negative ? 0ull - magnitude : magnitude;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  if (negative) out.push_back('-');
  for (int pad = width - n - (negative ? 1 : 0); pad > 0; --pad) out.push_back('0');
  while (n > 0) out.push_back(digits[--n]);
}

}  // namespace

std::string iso_day(Days d) {
  std::string out;
  out.reserve(10);
  append_padded(out, year_of(d), 4);
  out.push_back('-');
  append_padded(out, month_of(d), 2);
  out.push_back('-');
  append_padded(out, day_of(d), 2);
  return out;
}

std::string iso(const Period& p) {
  static constexpr const char* kSeasons[] = {"", "SP", "SU", "FA", "WI"};
  if (p.grain == Grain::day) return iso_day(p.first);
  std::string out;
  switch (p.grain) {
    case Grain::day:
      break;
    case Grain::week:
      append_padded(out, p.year, 4);
      out += "-W";
      append_padded(out, p.index, 2);
      break;
    case Grain::month:
      append_padded(out, p.year, 4);
      out += '-';
      append_padded(out, p.index, 2);
      break;
    case Grain::quarter:
      append_padded(out, p.year, 4);
      out += "-Q";
      append_padded(out, p.index, 1);
      break;
    case Grain::half:
      append_padded(out, p.year, 4);
      out += "-H";
      append_padded(out, p.index, 1);
      break;
    case Grain::season:
      append_padded(out, p.year, 4);
      out += '-';
      out += kSeasons[p.index];
      break;
    case Grain::year:
      append_padded(out, p.year, 4);
      break;
    case Grain::decade:
      append_padded(out, p.year / 10, 3);
      out += 'X';
      break;
    case Grain::century:
      append_padded(out, p.year / 100, 2);
      out += "XX";
      break;
  }
  return out;
}

std::optional<Days> parse_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t at[3] = {0, 5, 8};
  const std::size_t len[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = at[k]; i < at[k] + len[k]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      parts[k] = parts[k] * 10 + (s[i] - '0');
    }
  }
  auto p = day_period(parts[0], parts[1], parts[2]);
  if (!p) return std::nullopt;
  return p->first;
}

Days easter(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher): the month and day of Easter Sunday.
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_number = (h + l - 7 * m + 114) / 31;
  const int day_number = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(y, month_number, day_number);
}

}  // namespace extrait::extract::date
