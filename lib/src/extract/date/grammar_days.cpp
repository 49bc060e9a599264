// Days: "3 mars 2025", "1er janvier", "31 octobre 74", "du 3 au 5 mars", "les 6 et 13 avril",
// numeric dates ("28/11/2026", "28.11.2026", "2026-11-28", "le 17/02", "20 02 2014"), weekdays
// ("mardi 4 février", "mercredi", "lundi prochain", "mardi de la semaine prochaine", "lundi en
// huit", "jeudi 15") and a day alone after its article ("le 16.").
#include "extract/date/grammar.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::date {

using namespace syntax;

namespace {

// Whether what follows a numeric date leaves it whole: no further digit, separator and digit,
// or letter ("28/11/2026/3", "12.5.2024.1", "3/4h" are not dates).
bool ends_number(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  const char c = text[end];
  if (c >= '0' && c <= '9') return false;
  if ((c == '/' || c == '.' || c == '-' || c == ',') && end + 1 < text.size() && text[end + 1] >= '0' &&
      text[end + 1] <= '9') {
    return false;
  }
  if (c == ' ' && end + 1 < text.size() && text[end + 1] >= '0' && text[end + 1] <= '9') return false;
  return !text::word_char_at(text, end) && c != '%';
}

// Whether a day alone ends there: the end of the text or of a clause ("le 23,"), not a number
// that goes on ("au 03.29.88.43.12").
bool ends_clause(std::string_view text, std::size_t end) {
  const std::size_t p = skip_spaces(text, end);
  if (p >= text.size()) return true;
  const char c = text[p];
  if (p + 1 < text.size() && text[p + 1] >= '0' && text[p + 1] <= '9') return false;
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\n';
}

// Whether a sentence ends there ("je reviendrai le 23."), which a day alone needs: "devant le
// 10, rue Paul-Bert" is a house.
bool ends_sentence(std::string_view text, std::size_t end) {
  const std::size_t p = skip_spaces(text, end);
  if (p >= text.size() || text[p] == '\n') return true;
  return ends_clause(text, end) && (text[p] == '.' || text[p] == '!' || text[p] == '?');
}

Expression day_expression(std::size_t begin, std::size_t end, int year, int month, int day) {
  Expression e;
  e.begin = begin;
  e.end = end;
  e.kind = Kind::calendar;
  e.grain = Grain::day;
  e.year = year;
  e.month = month;
  e.day = day;
  return e;
}

}  // namespace

std::optional<Reading> Grammar::day_month(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto d = day_number(in, at);
  if (!d) return std::nullopt;
  const std::size_t p = skip_spaces(text, d->end);
  if (p > d->end) {
    if (auto m = vocabulary_.month_at(text, p, in.memo)) {
      Expression e = day_expression(at, m->end, 0, m->month, static_cast<int>(d->value));
      read_year_after(in, e, true);
      return Reading{e, {}};
    }
  }
  // A day that takes its month from the days after it: "du 3 au 5 mars", "3-5 mars", "les 6 et
  // 13 avril", "les 16, 17 et 18 juillet". "au", "à" and "-" make one interval of two days; "et",
  // "ou" and "," a list (kDayLinks), unless "entre" opens it ("entre le 3 et le 12 septembre" is a
  // stretch).
  // A list of days is short; a longer chain of numbers is something else (and would cost its
  // length at each of its numbers).
  constexpr int kLongestList = 8;
  if (in.list_depth >= kLongestList) return std::nullopt;
  struct Depth {
    int& depth;
    explicit Depth(int& d) : depth(d) { ++depth; }
    ~Depth() { --depth; }
  } depth(in.list_depth);
  std::optional<Reading> rest;
  bool interval = false;
  for (const DayLink& link : kDayLinks) {
    std::size_t q = 0;
    if (!next_word(text, d->end, link.word, q)) continue;
    q = skip_spaces(text, q);
    std::size_t after_article = 0;
    if (word_at(text, q, "le", after_article)) q = skip_spaces(text, after_article);
    rest = day_month(in, q);
    if (!rest || (link.interval && !rest->single())) return std::nullopt;
    interval = link.interval;
    break;
  }
  if (!rest && d->end + 1 < text.size() && d->digits > 0 && (text[d->end] == '-' || text[d->end] == ',')) {
    // "3-5 mars"; "16, 17 et 18 juillet" (a list goes on with a comma)
    const bool comma = text[d->end] == ',';
    rest = day_month(in, comma ? skip_spaces(text, d->end + 1) : d->end + 1);
    if (!rest || (!comma && !rest->single()) || (comma && rest->single())) return std::nullopt;
    interval = !comma;
  }
  if (!rest) return std::nullopt;
  const Expression& last = rest->single() ? rest->first : rest->more.back();
  Expression first = day_expression(at, d->end, last.year, last.month, static_cast<int>(d->value));
  first.relative_year = last.relative_year;
  first.year_offset = last.year_offset;
  first.direction = last.direction;
  if (!interval && rest->single()) {
    const auto ctx = context_.before_day(text, at);
    std::size_t e = 0;
    interval = ctx && word_at(text, ctx->begin, "entre", e);
  }
  first.opens_interval = interval;
  Reading r{first, {rest->first}};
  r.more.insert(r.more.end(), rest->more.begin(), rest->more.end());
  return r;
}

std::optional<Reading> Grammar::numeric(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto a = digits_at(text, at);
  if (!a || a->end >= text.size()) return std::nullopt;
  const char sep = text[a->end];
  if (a->count == 4 && (sep == '-' || sep == '/')) {
    // 2026-11-28, 2015-3-3, 2020/09/23; 2015-03 and 2015-3 are months (2011-12 is a season).
    auto b = digits_at(text, a->end + 1);
    if (!b || b->count > 2 || b->value < 1 || b->value > 12) return std::nullopt;
    if (b->end < text.size() && text[b->end] == sep) {
      auto c = digits_at(text, b->end + 1);
      if (!c || c->count > 2 || !ends_number(text, c->end)) return std::nullopt;
      return Reading{day_expression(at, c->end, static_cast<int>(a->value), static_cast<int>(b->value),
                                  static_cast<int>(c->value)),
                   {}};
    }
    const bool month_form = b->count == 1 || text[a->end + 1] == '0';
    if (sep != '-' || !month_form || !ends_number(text, b->end)) return std::nullopt;
    Expression e = day_expression(at, b->end, static_cast<int>(a->value), static_cast<int>(b->value), 0);
    e.grain = Grain::month;
    return Reading{e, {}};
  }
  if (a->count > 2 || a->value < 1 || a->value > 31) return std::nullopt;
  const int day = static_cast<int>(a->value);
  if (sep == '/' || sep == '.' || sep == '-') {
    auto b = digits_at(text, a->end + 1);
    if (!b || b->count > 2 || b->value < 1 || b->value > 12) return std::nullopt;
    const int month_number = static_cast<int>(b->value);
    if (b->end < text.size() && text[b->end] == sep) {
      auto c = digits_at(text, b->end + 1);
      if (!c || (c->count != 2 && c->count != 4) || !ends_number(text, c->end)) return std::nullopt;
      int y = static_cast<int>(c->value);
      if (c->count == 2) {
        y += (in.reference_year / 100) * 100;
        if (y > in.reference_year + 10) y -= 100;
      }
      return Reading{day_expression(at, c->end, y, month_number, day), {}};
    }
    // "le 17/02", "17/02", "29/2": a day and a month. "1/3" or "2/3" are fractions: a month of
    // one digit needs an article or a day no fraction has.
    if (sep != '/' || !ends_number(text, b->end) || context_.idiom_at(text, at)) return std::nullopt;
    if (b->count != 2 && a->value < 13 && !day_article_before(text, at)) return std::nullopt;
    return Reading{day_expression(at, b->end, 0, month_number, day), {}};
  }
  if (sep == ' ') {
    // "20 02 2014", "le 20 02 14", "le 17 02": numbers that only a date puts side by side.
    auto b = digits_at(text, a->end + 1);
    if (!b || b->count > 2 || b->value < 1 || b->value > 12) return std::nullopt;
    const int month_number = static_cast<int>(b->value);
    const bool article = day_article_before(text, at);
    if (b->end + 1 < text.size() && text[b->end] == ' ') {
      auto c = digits_at(text, b->end + 1);
      // Two-digit years only with a two-digit day ("18 08 78"), or after the article.
      if (c && ends_number(text, c->end) && (c->count == 4 || (c->count == 2 && (article || a->count == 2)))) {
        int y = static_cast<int>(c->value);
        if (c->count == 2) {
          y += (in.reference_year / 100) * 100;
          if (y > in.reference_year + 10) y -= 100;
        }
        return Reading{day_expression(at, c->end, y, month_number, day), {}};
      }
    }
    if (article && ends_number(text, b->end) && ends_clause(text, b->end)) {
      return Reading{day_expression(at, b->end, 0, month_number, day), {}};
    }
  }
  return std::nullopt;
}

std::optional<Reading> Grammar::weekday(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto w = vocabulary_.weekday_at(text, at, in.memo);
  if (!w) return std::nullopt;
  if (auto ctx = context_.before(text, at); ctx && ctx->role == ContextRole::block) return std::nullopt;
  std::size_t p = skip_spaces(text, w->end);
  if (p < text.size() && text[p] == ',') p = skip_spaces(text, p + 1);
  if (p > w->end && p < text.size()) {
    // "mardi 4 février", "samedi 23/06/18", "le mercredi 1er mai": the weekday joins the date.
    std::optional<Reading> date = day_month(in, p);
    if (!date && text[p] >= '0' && text[p] <= '9') date = numeric(in, p);
    if (date && date->single() && date->first.grain == Grain::day) {
      date->first.begin = at;
      date->first.weekday = w->weekday;
      return date;
    }
    // "jeudi 15", "samedi 18 et dimanche 19": the day of a month, which the weekday will tell.
    std::size_t link = 0;
    if (auto d = day_number(in, p);
        d && d->digits > 0 &&
        (ends_clause(text, d->end) ||
         ((next_word(text, d->end, "et", link) || next_word(text, d->end, "au", link)) &&
          vocabulary_.weekday_at(text, skip_spaces(text, link), in.memo)))) {
      Expression e = day_expression(at, d->end, 0, 0, static_cast<int>(d->value));
      e.weekday = w->weekday;
      return Reading{e, {}};
    }
  }
  if (w->abbreviation) return std::nullopt;
  // "Vendredi Saint", "Mardi Gras" are feasts, "le Journal du Dimanche" a newspaper: a weekday
  // alone takes a capital only at the head of a sentence.
  if (text::upper_at(text, at) && !starts_sentence(text, in.segmentation, at)) return std::nullopt;
  if (text::upper_at(text, at) && p == w->end + 1 && text::upper_at(text, p)) return std::nullopt;
  // "le mercredi" alone is every Wednesday.
  std::size_t article_end = 0;
  const bool habit = at >= 3 && word_at(text, at - 3, "le", article_end) && text::word_starts_at(text, at - 3);
  Expression e;
  e.begin = at;
  e.end = w->end;
  e.kind = Kind::weekday;
  e.weekday = w->weekday;
  e.rule = WeekdayRule::tense;
  p = skip_spaces(text, w->end);
  if (p == w->end) return habit ? std::nullopt : std::optional<Reading>(Reading{e, {}});
  if (auto s = vocabulary_.word_at(Role::shift, text, p, in.memo)) {
    e.end = s->end;
    if (s->value == 1) e.rule = WeekdayRule::next;
    else if (s->value == -1) e.rule = WeekdayRule::last;
    else if (s->value == kNextWeek || s->value == kPreviousWeek) {
      e.rule = WeekdayRule::in_week;
      e.offset = s->value / 2;
    } else {
      e.end = w->end;
    }
    return Reading{e, {}};
  }
  if (auto n = vocabulary_.word_at(Role::inweeks, text, p, in.memo)) {
    e.rule = WeekdayRule::plus_days;
    e.offset = n->value;
    e.end = n->end;
    return Reading{e, {}};
  }
  // "mardi (de) la semaine prochaine", "lundi (de) cette semaine"
  std::size_t q = p, end = 0;
  if (word_at(text, q, "de", end)) q = skip_spaces(text, end);
  std::size_t unit_at = 0;
  bool this_week = false;
  if (word_at(text, q, "la", end)) {
    unit_at = skip_spaces(text, end);
  } else if (auto t = vocabulary_.word_at(Role::this_, text, q, in.memo)) {
    unit_at = skip_spaces(text, t->end);
    this_week = true;
  }
  if (unit_at > 0) {
    if (auto u = vocabulary_.unit_at(text, unit_at, in.memo); u && u->grain == Grain::week) {
      if (this_week) {
        e.rule = WeekdayRule::in_week;
        e.offset = 0;
        e.end = u->end;
      } else if (auto s = vocabulary_.word_at(Role::shift, text, skip_spaces(text, u->end), in.memo);
                 s && s->value != 0) {
        e.rule = WeekdayRule::in_week;
        e.offset = s->value > 0 ? 1 : -1;
        e.end = s->end;
      }
    }
  }
  if (habit && e.rule == WeekdayRule::tense) return std::nullopt;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::bare_day(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  if (text[at] < '0' || text[at] > '9' || !day_article_before(text, at)) return std::nullopt;
  auto d = day_number(in, at);
  if (!d || !ends_sentence(text, d->end)) return std::nullopt;
  return Reading{day_expression(at, d->end, 0, 0, static_cast<int>(d->value)), {}};
}

}  // namespace extrait::extract::date
