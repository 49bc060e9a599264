// Dates relative to the reference date or to the text: "hier", "aujourd'hui vendredi",
// "la veille", "le lendemain du 13 février", "ce mardi", "cette semaine", "ce mois-ci",
// "la semaine dernière", "l'an dernier", "l'année en cours", "il y a deux ans", "dans trois mois",
// "deux jours plus tard", "un an plus tôt", "les dix derniers mois", "ces dernières années".
#include "extract/date/grammar.hpp"
#include "text/chars.hpp"

namespace extrait::extract::date {

using namespace syntax;

namespace {

Expression relative_expression(std::size_t begin, std::size_t end, Grain grain, int offset) {
  Expression e;
  e.begin = begin;
  e.end = end;
  e.kind = Kind::relative;
  e.grain = grain;
  e.offset = offset;
  return e;
}

// The grain and count of `n` units for a date counted from the reference ("il y a deux ans" is
// two years back, at the precision of a year; "dans trois semaines" 21 days, at a day's).
std::optional<std::pair<Grain, int>> counted_grain(const UnitHit& u, long n) {
  if (u.time_part || n > 10000) return std::nullopt;
  const int count = static_cast<int>(n) * u.count;
  if (u.grain) {
    if (*u.grain == Grain::week) return std::make_pair(Grain::day, 7 * count);
    return std::make_pair(*u.grain, static_cast<int>(n));
  }
  if (u.designator[0] == 'Y' && u.designator[1] == '\0') return std::make_pair(Grain::year, count);  // décennie
  return std::nullopt;
}

}  // namespace

std::optional<Reading> Grammar::relative_day(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto d = vocabulary_.word_at(Role::day, text, at, in.memo);
  if (!d) return std::nullopt;
  Expression e = relative_expression(at, d->end, Grain::day, d->value);
  // "aujourd'hui vendredi", "hier mardi": the weekday says the same day again.
  const std::size_t p = skip_spaces(text, d->end);
  if (auto w = vocabulary_.weekday_at(text, p, in.memo); p > d->end && w && !w->abbreviation) e.end = w->end;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::anchored(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto a = vocabulary_.word_at(Role::anchor, text, at, in.memo);
  if (!a) return std::nullopt;
  Expression e;
  e.begin = at;
  e.end = a->end;
  e.kind = Kind::anchored;
  e.offset = a->value;
  // "le lendemain du 13 février", "la veille de Noël": a day counted from the date that follows.
  std::size_t end = 0;
  std::size_t p = skip_spaces(text, a->end);
  if (p > a->end && (word_at(text, p, "du", end) || word_at(text, p, "de", end) || word_at(text, p, "d'", end))) {
    const std::size_t q = text[end - 1] == '\'' ? end : skip_spaces(text, end);
    std::optional<Reading> date = day_month(in, q);
    if (!date) date = holiday(in, q);
    if (!date && q < text.size() && text[q] >= '0' && text[q] <= '9') date = numeric(in, q);
    if (date && date->single() && date->first.grain == Grain::day) {
      Expression inner = date->first;
      inner.begin = at;
      inner.day_shift = a->value;
      return Reading{inner, {}};
    }
  }
  return Reading{e, {}};
}

std::optional<Reading> Grammar::this_period(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto t = vocabulary_.word_at(Role::this_, text, at, in.memo);
  if (!t) return std::nullopt;
  const std::size_t p = skip_spaces(text, t->end);
  if (p == t->end) return std::nullopt;
  if (auto w = vocabulary_.weekday_at(text, p, in.memo); w && !w->abbreviation) {
    // "ce lundi 3 mars": the weekday's date, the demonstrative in its span
    if (auto dated = weekday(in, p); dated && dated->single() && dated->first.kind == Kind::calendar) {
      dated->first.begin = at;
      return dated;
    }
    Expression e;
    e.begin = at;
    e.end = w->end;
    e.kind = Kind::weekday;
    e.weekday = w->weekday;
    e.rule = WeekdayRule::this_one;
    return Reading{e, {}};
  }
  if (auto u = vocabulary_.unit_at(text, p, in.memo); u && u->grain) {
    std::size_t end = u->end, la = 0;
    if (word_at(text, end, "-là", la)) return std::nullopt;  // "cette année-là" is the text's year
    if (auto ci = vocabulary_.word_at(Role::shift, text, end, in.memo); ci && ci->value == 0) end = ci->end;
    return Reading{relative_expression(at, end, *u->grain, 0), {}};
  }
  if (auto m = vocabulary_.month_at(text, p, in.memo); m && !m->abbreviation) {
    // "cette décembre": the month of the reference year
    Expression e;
    e.begin = at;
    e.end = m->end;
    e.kind = Kind::calendar;
    e.grain = Grain::month;
    e.month = m->month;
    e.relative_year = true;
    return Reading{e, {}};
  }
  return std::nullopt;
}

std::optional<Reading> Grammar::unit_shift(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  // "dans la semaine", "dans l'année": the current one, the preposition inside the span.
  std::size_t p = at, end = 0;
  const auto in_word = vocabulary_.word_at(Role::in, text, at, in.memo);
  if (in_word) p = skip_spaces(text, in_word->end);
  if (word_at(text, p, "l'", end)) {
    p = end;
  } else if (word_at(text, p, "la", end) || word_at(text, p, "le", end)) {
    p = skip_spaces(text, end);
  } else {
    return std::nullopt;
  }
  if (!(vocabulary_.categories_at(text, p, in.memo) & after_article(f_unit_shift)) ||
      !(starters_at(in, p) & w_unit)) {
    return std::nullopt;
  }
  auto u = vocabulary_.unit_at(text, p, in.memo);
  if (!u || !u->grain) return std::nullopt;
  const std::size_t q = skip_spaces(text, u->end);
  auto s = vocabulary_.word_at(Role::shift, text, q, in.memo);
  if (in_word && !(q > u->end && s)) return Reading{relative_expression(at, u->end, *u->grain, 0), {}};
  if (!in_word && *u->grain == Grain::week && q > u->end && word_at(text, q, "du", end)) {
    // "la semaine du 6 octobre": the ISO week of that day
    if (auto d = day_month(in, skip_spaces(text, end)); d && d->single()) {
      d->first.begin = at;
      d->first.grain = Grain::week;
      return d;
    }
  }
  if (q == u->end || !s) return std::nullopt;
  // "la semaine suivante", "l'année précédente": the next or previous one of the last date the
  // text gave, or of the reference when it gave none.
  const int offset = s->value > 1 ? 1 : s->value < -1 ? -1 : s->value;
  Expression e = relative_expression(at, s->end, *u->grain, offset);
  e.from_anchor = s->value == kNextWeek || s->value == kPreviousWeek;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::ago(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  int sign = 0;
  std::size_t p = at;
  const bool digit = text[at] >= '0' && text[at] <= '9';
  if (digit) {
  } else if (auto a = vocabulary_.word_at(Role::ago, text, at, in.memo)) {
    sign = a->value;
    p = a->end;
  } else if (auto d = vocabulary_.word_at(Role::in, text, at, in.memo)) {
    sign = d->value;
    p = d->end;
  }
  if (sign != 0) {
    // "il y a deux ans", "il y a près d'un an", "dans trois mois"
    std::size_t q = skip_spaces(text, p);
    if (q == p) return std::nullopt;
    const std::size_t before_qualifier = q;
    q = skip_qualifier(text, q);
    auto n = number(in, q);
    if (!n) return std::nullopt;
    const std::size_t r = skip_spaces(text, n->end);
    auto u = vocabulary_.unit_at(text, r, in.memo);
    if (r == n->end || !u) return std::nullopt;
    auto g = counted_grain(*u, n->value);
    if (!g) return std::nullopt;
    // "dans un jour de grande forme", "dans une semaine de folie": a noun phrase, not a date.
    std::size_t de = 0;
    if (sign > 0 && (next_word(text, u->end, "de", de) || next_word(text, u->end, "d'", de))) return std::nullopt;
    Expression e = relative_expression(at, u->end, g->first, sign * g->second);
    e.approx = q != before_qualifier;
    return Reading{e, {}};
  }
  // "deux jours plus tard", "un an plus tôt", "trois semaines après."
  auto n = number(in, at);
  if (!n) return std::nullopt;
  const std::size_t r = skip_spaces(text, n->end);
  auto u = vocabulary_.unit_at(text, r, in.memo);
  if (r == n->end || !u) return std::nullopt;
  auto g = counted_grain(*u, n->value);
  const std::size_t s = skip_spaces(text, u->end);
  auto later = vocabulary_.word_at(Role::later, text, s, in.memo);
  if (!g || s == u->end || !later) return std::nullopt;
  // "un an plus tard que prévu" compares, it does not date.
  std::size_t than = 0;
  if (next_word(text, later->end, "que", than) || next_word(text, later->end, "qu'", than)) return std::nullopt;
  // "trois ans après sa création" counts from an event, not from the reference: "après" and
  // "avant" count from the reference only where the clause ends.
  std::size_t e1 = 0;
  const bool bare = word_at(text, s, "après", e1) || word_at(text, s, "avant", e1);
  if (bare) {
    const std::size_t t = skip_spaces(text, later->end);
    if (t < text.size() && text::word_char_at(text, t)) return std::nullopt;
  }
  Expression e = relative_expression(at, later->end, g->first, later->value * g->second);
  e.from_anchor = true;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::counted(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  // "les dix derniers mois", "les 3 prochaines semaines": the periods next to the reference's.
  auto n = number(in, at);
  if (!n || n->lone_article || n->value < 2 || n->value > 1000) return std::nullopt;
  const std::size_t p = skip_spaces(text, n->end);
  auto s = vocabulary_.word_at(Role::shift, text, p, in.memo);
  if (p == n->end || !s || (s->value != 1 && s->value != -1)) return std::nullopt;
  const std::size_t q = skip_spaces(text, s->end);
  auto u = vocabulary_.unit_at(text, q, in.memo);
  if (q == s->end || !u || !u->grain) return std::nullopt;
  Expression e = relative_expression(at, u->end, *u->grain, 0);
  if (s->value < 0) e.count_back = static_cast<int>(n->value);
  else e.count_forward = static_cast<int>(n->value);
  return Reading{e, {}};
}

std::optional<Reading> Grammar::vague(Input& in, std::size_t at) const {
  auto v = vocabulary_.word_at(Role::vague, in.text, at, in.memo);
  if (!v) return std::nullopt;
  Expression e;
  e.begin = at;
  e.end = v->end;
  e.kind = Kind::vague;
  e.offset = v->value;
  return Reading{e, {}};
}

}  // namespace extrait::extract::date
