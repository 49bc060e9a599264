// Periods: months ("mars 2025", "mois d'octobre", "juillet 98"), years ("en 2023", "l'année
// 2023", "2024-2025", "2021, 2022 et 2023"), parts of periods ("début novembre", "mi-2026",
// "fin de l'année dernière"), quarters and half-years ("premier trimestre 2025", "T1 2025",
// "au second semestre", "S2 2024"), seasons ("l'été dernier", "à la rentrée"), decades ("les
// années 90"), centuries ("le XIXe siècle") and holidays ("Noël 2024", "lundi de Pâques").
#include "extract/date/grammar.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::date {

using namespace syntax;

namespace {

Expression period_expression(std::size_t begin, std::size_t end, Grain grain, int index) {
  Expression e;
  e.begin = begin;
  e.end = end;
  e.kind = Kind::calendar;
  e.grain = grain;
  e.index = index;
  return e;
}

// The separators of a list or range of years: "2021, 2022 et 2023", "de 2026 à 2027", "1982-1990".
bool joins_years(std::string_view between) {
  for (std::string_view s : {", ", " et ", " ou ", " à ", " au ", "-", " - ", "/", " et en ", ", en "}) {
    if (between == s) return true;
  }
  return false;
}

}  // namespace

std::optional<Reading> Grammar::month(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  std::size_t p = at, end = 0;
  const bool noun = word_at(text, at, "mois", end);
  if (noun) {
    // "mois de mars", "mois d'octobre"
    std::size_t q = skip_spaces(text, end), after = 0;
    if (word_at(text, q, "de", after)) p = skip_spaces(text, after);
    else if (word_at(text, q, "d'", after)) p = after;
    else return std::nullopt;
  }
  auto m = vocabulary_.month_at(text, p, in.memo);
  if (!m) return std::nullopt;
  Expression e = period_expression(at, m->end, Grain::month, 0);
  e.month = m->month;
  // "novembre 23 de 1987": a day after the month, when a four-digit year follows it.
  if (auto d = day_number(in, skip_spaces(text, m->end)); d && d->digits > 0 && !noun) {
    std::size_t q = skip_spaces(text, d->end), de = 0;
    if (word_at(text, q, "de", de)) q = skip_spaces(text, de);
    if (auto y = four_digit_year(in, q); y && q > d->end) {
      e.grain = Grain::day;
      e.day = static_cast<int>(d->value);
      e.year = static_cast<int>(y->value);
      e.end = y->end;
      return Reading{e, {}};
    }
  }
  read_year_after(in, e, true);
  const bool dated = e.year != 0 || e.relative_year;
  if (m->abbreviation && !dated) return std::nullopt;  // "sept" alone is seven
  // "Mars" alone is a company or a planet; a capitalized month needs a year or a date word.
  if (!noun && !dated && text::upper_at(text, p)) {
    auto ctx = context_.before(text, at);
    if (!ctx || ctx->role != ContextRole::before) return std::nullopt;
  }
  return Reading{e, {}};
}

std::optional<Reading> Grammar::year(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto y = four_digit_year(in, at);
  if (!y || counts_something(in, y->end)) return std::nullopt;
  // "de 2000 à 2500 salariés": a range whose other end counts something counts too.
  for (std::string_view link : {" à ", " et ", "-", " ou ", " - "}) {
    if (text.compare(y->end, link.size(), link) != 0) continue;
    if (auto other = digits_at(text, y->end + link.size()); other && counts_something(in, other->end)) {
      return std::nullopt;
    }
  }
  Expression e = period_expression(at, y->end, Grain::year, 0);
  e.year = static_cast<int>(y->value);
  const bool plausible = y->value >= 1900 && y->value <= in.reference_year + 30;
  const auto ctx = context_.before(text, at);
  if (ctx && ctx->role == ContextRole::block) return std::nullopt;
  bool licensed = false;
  if (ctx && ctx->role == ContextRole::inside) {
    e.begin = ctx->begin;  // "l'année 2023"
    licensed = true;
  } else if (ctx) {
    licensed = ctx->license == License::strong || (ctx->license == License::weak && plausible);
  }
  if (!licensed && in.last_year_end > 0 && in.last_year_end < at) {
    licensed = joins_years(text.substr(in.last_year_end, at - in.last_year_end));
  }
  Reading r{e, {}};
  if (y->end + 1 < text.size() && (text[y->end] == '-' || text[y->end] == '/')) {
    // "1982-1990", "2002/2003", "2024-25": a range opens with this year.
    if (auto next = four_digit_year(in, y->end + 1); next && next->value > y->value && next->value <= y->value + 50) {
      licensed = true;
    } else if (auto d = digits_at(text, y->end + 1);
               d && d->count == 2 && d->value == (y->value + 1) % 100 && !text::word_char_at(text, d->end)) {
      licensed = true;
      Expression next_year = period_expression(y->end + 1, d->end, Grain::year, 0);
      next_year.year = static_cast<int>(y->value + 1);
      r.more.push_back(next_year);
    }
  }
  if (!licensed && plausible) {
    // A year heading its sentence ("2023 a été une année record") or in parentheses ("(1997)").
    licensed = starts_sentence(text, in.segmentation, at) ||
               (at > 0 && text[at - 1] == '(' && y->end < text.size() && text[y->end] == ')');
  }
  if (!licensed && plausible && y->value >= 1950) {
    // A recent year after a common noun names its period: "les résultats 2024", "le chiffre
    // d'affaires 2025", "les prévisions 2026"; after a capitalized word it is a name ("France
    // 2030", "Windows 2000"), and the nouns of lexicons/date_context.tsv `block` ("article",
    // "loi") were handled above.
    std::size_t p = at;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p < at && p > 0 && text::word_char_before(text, p)) {
      std::size_t w = p;  // the noun's first letter, after an elided article ("l'Euro 2016")
      while (w > 0 && text::word_char_before(text, w)) w = text::previous_code_point(text, w);
      const char32_t c = text::decode(text, w).code_point;
      licensed = text::is_letter(c) && !text::is_upper(c);
    }
  }
  if (!licensed) return std::nullopt;
  r.first = e;
  return r;
}

std::optional<Reading> Grammar::part(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto pw = vocabulary_.word_at(Role::part, text, at, in.memo);
  if (!pw) return std::nullopt;
  const bool glued = text[pw->end - 1] == '-';  // "mi-novembre", "mi-2026"
  std::size_t p = glued ? pw->end : skip_spaces(text, pw->end);
  if (!glued && p == pw->end) return std::nullopt;
  // What the part is of, after "de", "du", "des", "d'": "fin de l'année", "début du mois",
  // "fin des années 90", "fin d'année".
  std::size_t q = p, end = 0;
  bool article_in_de = false;  // "du" and "des" hold their article
  if (!glued) {
    if (word_at(text, p, "du", end)) {
      q = skip_spaces(text, end);
      article_in_de = true;
    } else if (word_at(text, p, "des", end)) {
      q = skip_spaces(text, end);
      article_in_de = true;
    } else if (word_at(text, p, "de", end)) {
      q = skip_spaces(text, end);
    } else if (word_at(text, p, "d'", end)) {
      q = end;
    }
  }
  std::optional<Reading> inner;
  auto consider = [&](std::optional<Reading> r) {
    if (r && r->single() && r->first.part == no_part && (!inner || r->first.end > inner->first.end)) inner = r;
  };
  consider(month(in, q));
  if (auto y = four_digit_year(in, q); y && q == p && !counts_something(in, y->end)) {
    Expression e = period_expression(q, y->end, Grain::year, 0);
    e.year = static_cast<int>(y->value);
    consider(Reading{e, {}});
  }
  if (q > p) {
    consider(unit_shift(in, q));
    consider(this_period(in, q));
    consider(ordinal_period(in, q));
    consider(season(in, q));
    consider(century(in, q));
    if (article_in_de) consider(decade(in, q));  // "fin des années 90"
    // "du mois (prochain)", "de l'année (dernière)", "de la semaine", "d'année", "de mois"
    std::size_t u_at = q;
    if (word_at(text, q, "l'", end)) u_at = end;
    else if (word_at(text, q, "la", end) || word_at(text, q, "le", end)) u_at = skip_spaces(text, end);
    if (auto u = vocabulary_.unit_at(text, u_at, in.memo); u && u->grain) {
      Expression e = period_expression(q, u->end, *u->grain, 0);
      e.kind = Kind::relative;
      e.offset = 0;
      const std::size_t s = skip_spaces(text, u->end);
      if (auto shift = vocabulary_.word_at(Role::shift, text, s, in.memo);
          s > u->end && shift && shift->value >= -1 && shift->value <= 1) {
        e.offset = shift->value;
        e.end = shift->end;
      }
      consider(Reading{e, {}});
    }
  }
  if (!inner) return std::nullopt;
  inner->first.begin = at;
  inner->first.part = static_cast<Part>(pw->value);
  return inner;
}

std::optional<Reading> Grammar::ordinal_period(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto o = vocabulary_.word_at(Role::ordinal, text, at, in.memo);
  if (!o) {
    // An ordinal in digits: "3e", "15ème", "3eme".
    auto d = digits_at(text, at);
    std::size_t end = 0;
    if (!d || d->count > 2 || d->value < 1 ||
        !(word_at(text, d->end, "e", end) || word_at(text, d->end, "ème", end) || word_at(text, d->end, "eme", end))) {
      return std::nullopt;
    }
    o = WordHit{end, static_cast<int>(d->value)};
  }
  const std::size_t p = skip_spaces(text, o->end);
  if (auto w = vocabulary_.weekday_at(text, p, in.memo); w && p > o->end && !w->abbreviation) {
    return nth_weekday(in, at, o->value, *w);
  }
  auto u = vocabulary_.unit_at(text, p, in.memo);
  if (p == o->end || !u || !u->grain) return std::nullopt;
  Expression e;
  e.begin = at;
  e.end = u->end;
  e.kind = Kind::calendar;
  if (*u->grain == Grain::quarter || *u->grain == Grain::half) {
    // "premier trimestre", "dernier trimestre" (the fourth), "second semestre"
    const int count = *u->grain == Grain::quarter ? 4 : 2;
    if (o->value > count) return std::nullopt;
    e.grain = *u->grain;
    e.index = o->value < 0 ? count : o->value;
    read_year_after(in, e, false);
    return Reading{e, {}};
  }
  if (*u->grain != Grain::week && *u->grain != Grain::day) return std::nullopt;
  // "la première semaine d'octobre 2014", "le dernier jour d'octobre"
  std::size_t q = skip_spaces(text, u->end), end = 0;
  if (word_at(text, q, "de", end)) q = skip_spaces(text, end);
  else if (word_at(text, q, "d'", end)) q = end;
  else return std::nullopt;
  auto m = month(in, q);
  if (!m || !m->single()) return std::nullopt;
  e = m->first;
  e.begin = at;
  e.grain = *u->grain;
  e.index = o->value;  // the first (1) or the last (-1) of the month
  if (e.grain == Grain::day) e.day = o->value < 0 ? 0 : o->value;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::nth_weekday(Input& in, std::size_t at, int nth, const WeekdayHit& w) const {
  // "le premier mercredi du mois prochain", "le dernier vendredi de juin", "le deuxième lundi
  // de ce mois"
  const std::string_view text = in.text;
  std::size_t q = skip_spaces(text, w.end), end = 0;
  bool article = false;
  if (word_at(text, q, "du", end)) {
    article = true;
  } else if (!word_at(text, q, "de", end) && !word_at(text, q, "d'", end)) {
    return std::nullopt;
  }
  q = text[end - 1] == '\'' ? end : skip_spaces(text, end);
  Expression e;
  e.begin = at;
  e.kind = Kind::calendar;
  e.grain = Grain::day;
  e.weekday = w.weekday;
  e.nth = nth;
  if (auto m = month(in, q); m && m->single()) {
    e.month = m->first.month;
    e.year = m->first.year;
    e.relative_year = m->first.relative_year;
    e.year_offset = m->first.year_offset;
    e.direction = m->first.direction;
    e.end = m->first.end;
    return Reading{e, {}};
  }
  std::size_t u_at = q;
  if (!article) {
    if (auto t = vocabulary_.word_at(Role::this_, text, q, in.memo)) u_at = skip_spaces(text, t->end);
  }
  auto u = vocabulary_.unit_at(text, u_at, in.memo);
  if (!u || u->grain != Grain::month) return std::nullopt;
  e.relative_month = true;
  e.end = u->end;
  const std::size_t s = skip_spaces(text, u->end);
  if (auto shift = vocabulary_.word_at(Role::shift, text, s, in.memo); s > u->end && shift && shift->value >= -1 &&
                                                              shift->value <= 1) {
    e.month_offset = shift->value;
    e.end = shift->end;
  }
  return Reading{e, {}};
}

std::optional<Reading> Grammar::code_period(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  Grain grain = Grain::quarter;
  auto c = vocabulary_.word_at(Role::quarter, text, at, in.memo);
  if (!c) {
    c = vocabulary_.word_at(Role::half, text, at, in.memo);
    grain = Grain::half;
  }
  if (!c) return std::nullopt;
  Expression e = period_expression(at, c->end, grain, c->value);
  read_year_after(in, e, false);
  // "un T3" is a flat: a code alone needs a year, a preposition or an article of dates.
  if (e.year == 0 && !e.relative_year) {
    auto ctx = context_.before(text, at);
    if (!day_article_before(text, at) && !(ctx && ctx->role == ContextRole::before)) return std::nullopt;
  }
  return Reading{e, {}};
}

std::optional<Reading> Grammar::season(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  std::size_t p = at, end = 0;
  bool determiner = false, demonstrative = false;
  if (word_at(text, at, "l'", end)) {
    p = end;
    determiner = true;
  } else if (word_at(text, at, "la", end) || word_at(text, at, "le", end)) {
    p = skip_spaces(text, end);
    determiner = true;
  } else if (auto t = vocabulary_.word_at(Role::this_, text, at, in.memo)) {
    p = skip_spaces(text, t->end);
    determiner = demonstrative = true;
  }
  if (!(vocabulary_.categories_at(text, p, in.memo) & after_article(f_season)) || !(starters_at(in, p) & w_season)) {
    return std::nullopt;
  }
  // A season alone needs a determiner or a preposition ("l'été", "en hiver"): "été" is also the
  // participle of "a été", "Rentrée" a participle heading a sentence. Checked first, as "a été"
  // is frequent; a year or a "dernier" after it will do as well (below).
  const bool introduced = determiner || [&] {
    auto ctx = context_.before(text, at);
    return ctx && ctx->role == ContextRole::before;
  }();
  if (!introduced) {
    const std::size_t next = skip_spaces(text, first_word_end(text, p));
    const bool year_next = next < text.size() && text[next] >= '0' && text[next] <= '9';
    if (!year_next && !vocabulary_.word_at(Role::shift, text, next, in.memo)) return std::nullopt;
  }
  Expression e = period_expression(at, 0, Grain::season, 0);
  if (auto s = vocabulary_.word_at(Role::season, text, p, in.memo)) {
    e.index = s->value;
    e.end = s->end;
  } else if (auto r = vocabulary_.word_at(Role::rentree, text, p, in.memo)) {
    // "la rentrée (de septembre)": September, roughly
    e.grain = Grain::month;
    e.month = r->value;
    e.approx = true;
    e.end = r->end;
    std::size_t de = 0;
    if (next_word(text, e.end, "de", de)) {
      const auto m = vocabulary_.month_at(text, skip_spaces(text, de), in.memo);
      if (m && m->month == r->value) e.end = m->end;
    }
  } else {
    return std::nullopt;
  }
  if (demonstrative) {
    e.relative_year = true;
    e.year_offset = 0;
  }
  // "les Jeux d'hiver", "les vacances d'été": the season qualifies a noun.
  if (!determiner && at > 0 && text[at - 1] == '\'') return std::nullopt;
  read_year_after(in, e, false);
  // "le Printemps de Bourges", "au printemps de l'environnement": the season names an event.
  std::size_t of = 0;
  if (e.year == 0 && !e.relative_year &&
      (next_word(text, e.end, "de", of) || next_word(text, e.end, "du", of) || next_word(text, e.end, "des", of) ||
       next_word(text, e.end, "d'", of))) {
    return std::nullopt;
  }
  if (!introduced && e.year == 0 && !e.relative_year && e.direction == 0) return std::nullopt;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::decade(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  std::size_t p = at, end = 0;
  if (word_at(text, at, "les", end)) p = skip_spaces(text, end);
  auto d = vocabulary_.word_at(Role::decade, text, p, in.memo);
  if (!d) return std::nullopt;
  const std::size_t q = skip_spaces(text, d->end);
  if (q == d->end) return std::nullopt;
  auto n = number(in, q);
  if (!n || n->value % 10 != 0) return std::nullopt;
  int first = 0;
  if (n->digits == 4) first = static_cast<int>(n->value);
  else if ((n->digits == 2 || n->digits == 0) && n->value < 100) first = 1900 + static_cast<int>(n->value);
  else return std::nullopt;
  if (n->digits == 2 && n->value == 0) first = 2000;  // "les années 00"
  Expression e = period_expression(at, n->end, Grain::decade, 0);
  e.year = first;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::century(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  // A Roman numeral ("XIXe") or digits ("19e"), an ordinal ending, then "siècle".
  int n = 0;
  std::size_t i = at;
  if (auto d = digits_at(text, at)) {
    n = static_cast<int>(d->value);
    i = d->end;
  } else {
    int previous = 0;
    for (; i < text.size(); ++i) {
      int v = 0;
      switch (text[i]) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        case 'L': v = 50; break;
        default: break;
      }
      if (v == 0) break;
      n += v > previous && previous > 0 ? v - 2 * previous : v;  // IV, IX, XL
      previous = v;
    }
  }
  if (n < 1 || n > 30 || i == at) return std::nullopt;
  std::size_t end = 0;
  if (!word_at(text, i, "e", end) && !word_at(text, i, "ème", end) && !word_at(text, i, "eme", end)) return std::nullopt;
  const std::size_t p = skip_spaces(text, end);
  auto c = vocabulary_.word_at(Role::century, text, p, in.memo);
  if (p == end || !c) return std::nullopt;
  Expression e = period_expression(at, c->end, Grain::century, 0);
  e.year = (n - 1) * 100;
  return Reading{e, {}};
}

std::optional<Reading> Grammar::holiday(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto h = vocabulary_.word_at(Role::holiday, text, at, in.memo);
  if (!h) return std::nullopt;
  // "Noël Le Graët" is a man: a capitalized word after the holiday makes it a name.
  const std::size_t p = skip_spaces(text, h->end);
  if (p > h->end && text::upper_at(text, p)) return std::nullopt;
  Expression e = period_expression(at, h->end, Grain::day, 0);
  e.holiday = h->value;
  read_year_after(in, e, false);
  return Reading{e, {}};
}

}  // namespace extrait::extract::date
