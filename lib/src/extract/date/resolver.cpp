#include "extract/date/resolver.hpp"

#include <array>
#include <cstdlib>

namespace extrait::extract::date {

namespace {

using std::chrono::days;

// Which way the date lies: the span's own words first, then the preposition, then the tense.
enum class Way { past, future, nearest, strictly_before, strictly_after };

Way way_of(const Expression& e, const Situation& s) {
  if (e.direction < 0) return Way::strictly_before;
  if (e.direction > 0) return Way::strictly_after;
  if (s.hint < 0) return Way::past;
  if (s.hint > 0) return Way::future;
  switch (s.tense) {
    case Tense::past: return Way::past;
    case Tense::present: return Way::nearest;
    case Tense::future:
    case Tense::none: return Way::future;
  }
  return Way::future;
}

// Up to a dozen instances of a yearly (or monthly) cycle around the reference.
struct Candidates {
  std::array<Period, 16> items{};
  int size = 0;
  void add(const Period& p) {
    if (size < static_cast<int>(items.size())) items[static_cast<std::size_t>(size++)] = p;
  }
};

long distance(const Period& p, Days ref) {
  if (ref < p.first) return (p.first - ref).count();
  if (ref > p.last) return (ref - p.last).count();
  return 0;
}

std::optional<Period> choose(const Candidates& c, Days ref, Way way, int grace_days) {
  const Period* best = nullptr;
  for (int i = 0; i < c.size; ++i) {
    const Period& p = c.items[static_cast<std::size_t>(i)];
    switch (way) {
      case Way::past:
        if (p.first <= ref && (!best || p.first > best->first)) best = &p;
        break;
      case Way::strictly_before:
        if (p.last < ref && (!best || p.first > best->first)) best = &p;
        break;
      case Way::future:
        if (p.last >= ref - days{grace_days} && (!best || p.first < best->first)) best = &p;
        break;
      case Way::strictly_after:
        if (p.first > ref && (!best || p.first < best->first)) best = &p;
        break;
      case Way::nearest: {
        // The nearest; on a tie, the later one.
        if (!best || distance(p, ref) < distance(*best, ref) ||
            (distance(p, ref) == distance(*best, ref) && p.first > best->first)) {
          best = &p;
        }
        break;
      }
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

// The nth `weekday` (1-7) of month period `m`, -1 for the last; nullopt past its end.
std::optional<Period> nth_weekday_of(const Period& m, int weekday, int nth) {
  if (nth < 0) return day_period(m.last - days{(iso_weekday(m.last) - weekday + 7) % 7});
  const Days d = m.first + days{(weekday - iso_weekday(m.first) + 7) % 7 + 7 * (nth - 1)};
  if (d > m.last) return std::nullopt;
  return day_period(d);
}

// The period the calendar fields name in year `y`, or nullopt (29 February of 2025).
std::optional<Period> instance(const Expression& e, int y) {
  switch (e.grain) {
    case Grain::day: {
      if (e.nth != 0) return nth_weekday_of(month_period(y, e.month), e.weekday, e.nth);
      if (e.holiday >= kEaster) return day_period(easter(y) + days{e.holiday - kEaster});
      if (e.holiday > 0) return day_period(y, e.holiday / 100, e.holiday % 100);
      if (e.day == 0) {  // "le dernier jour d'octobre"
        const Period m = month_period(y, e.month);
        return day_period(m.last);
      }
      auto d = day_period(y, e.month, e.day);
      if (d && e.weekday != 0 && iso_weekday(d->first) != e.weekday) return std::nullopt;  // "mardi 4 février"
      return d;
    }
    case Grain::week: {
      if (e.day > 0) {  // "la semaine du 6 octobre"
        auto d = day_period(y, e.month, e.day);
        if (!d) return std::nullopt;
        return week_period(d->first);
      }
      // The weeks that lie whole in the month: "la première semaine d'octobre" is the week of
      // its first Monday (the second, the week after), "la dernière semaine de septembre" the week of
      // its last Sunday.
      const Period m = month_period(y, e.month);
      if (e.index < 0) return week_period(m.last - days{iso_weekday(m.last) % 7});
      return week_period(m.first + days{(8 - iso_weekday(m.first)) % 7 + 7 * (e.index - 1)});
    }
    case Grain::month: return month_period(y, e.month);
    case Grain::quarter: return quarter_period(y, e.index);
    case Grain::half: return half_period(y, e.index);
    case Grain::season: return season_period(y, e.index);
    case Grain::year: return year_period(y);
    case Grain::decade: return decade_period(e.year);
    case Grain::century: return century_period(e.year);
  }
  return std::nullopt;
}

std::optional<Period> calendar_period(const Expression& e, const Situation& s) {
  const int ry = year_of(s.reference);
  if (e.relative_month) {
    return nth_weekday_of(shifted(period_of(Grain::month, s.reference), e.month_offset), e.weekday, e.nth);
  }
  if (e.grain == Grain::decade || e.grain == Grain::century) return instance(e, e.year);
  if (e.year != 0) return instance(e, e.year);
  // "cet hiver" in January is the winter that began in December: a season of this year is the
  // nearest one, the others the year the text says.
  const bool this_season = e.relative_year && e.year_offset == 0 && e.grain == Grain::season;
  if (e.relative_year && !this_season) {
    auto p = instance(e, ry + e.year_offset);
    if (p || e.weekday == 0) return p;
  }
  if (s.borrowed_year) return instance(e, *s.borrowed_year);
  Way way = this_season ? Way::nearest : way_of(e, s);
  const bool coarse = e.grain != Grain::day && e.grain != Grain::week;
  if (coarse && s.tense == Tense::none && s.hint == 0 && e.direction == 0) way = Way::nearest;
  Candidates c;
  if (e.grain == Grain::day && e.month == 0 && e.holiday == 0) {
    // A day without its month ("le 16", "jeudi 15"): the months around the reference.
    const int reach = e.weekday != 0 ? 12 : 2;
    const Period here = month_period(ry, month_of(s.reference));
    for (int k = -reach; k <= reach; ++k) {
      const Period m = shifted(here, k);
      auto d = day_period(m.year, m.index, e.day);
      if (d && (e.weekday == 0 || iso_weekday(d->first) == e.weekday)) c.add(*d);
    }
  } else {
    // Four years either way: 29 February needs them, the rest needs one.
    for (int y = ry - 4; y <= ry + 4; ++y) {
      if (auto p = instance(e, y)) c.add(*p);
    }
  }
  // A day without a verb that fell in the last week is news just reported ("les résultats du
  // référendum du 25 septembre"), not next year's.
  if (e.grain == Grain::day && s.tense == Tense::none && s.hint == 0 && e.direction == 0 && way == Way::future) {
    if (auto past = choose(c, s.reference, Way::past, 0); past && (s.reference - past->first).count() <= 7) {
      return past;
    }
  }
  const bool reported = e.grain == Grain::quarter || e.grain == Grain::half;
  // "mardi 10 août": the weekday tells the year better than the tense does.
  const bool weekday_tells = e.weekday != 0 && e.month != 0 && e.nth == 0;
  auto chosen = choose(c, s.reference, weekday_tells ? Way::nearest : way, reported ? 45 : 0);
  if (!chosen && e.weekday != 0) {
    // The weekday matches no year near: trust the day and month, not the weekday.
    Expression plain = e;
    plain.weekday = 0;
    return calendar_period(plain, s);
  }
  return chosen;
}

Days weekday_day(const Expression& e, const Situation& s) {
  const Days ref = s.reference;
  const int today = iso_weekday(ref);
  const int ahead = (e.weekday - today + 7) % 7;  // days to the next one, 0 if today
  const int behind = (today - e.weekday + 7) % 7;  // days since the last one, 0 if today
  switch (e.rule) {
    case WeekdayRule::next: return ref + days{ahead == 0 ? 7 : ahead};
    case WeekdayRule::last: return ref - days{behind == 0 ? 7 : behind};
    case WeekdayRule::in_week: return week_period(ref).first + days{7 * e.offset + e.weekday - 1};
    case WeekdayRule::plus_days: return ref + days{ahead + e.offset};
    case WeekdayRule::this_one:
      if (s.hint < 0 || (s.hint == 0 && s.tense == Tense::past)) return ref - days{behind};
      return ref + days{ahead};
    case WeekdayRule::tense:
      break;
  }
  if (s.hint < 0 || (s.hint == 0 && s.tense == Tense::past)) return ref - days{behind};
  return ref + days{ahead == 0 ? 7 : ahead};
}

}  // namespace

std::optional<Resolved> resolve(const Expression& e, const Situation& s) {
  Resolved r;
  if (e.part == part_start) r.mod = "start";
  else if (e.part == part_mid) r.mod = "mid";
  else if (e.part == part_end) r.mod = "end";
  else if (e.approx) r.mod = "approx";

  std::optional<Period> p;
  switch (e.kind) {
    case Kind::vague:
      r.value = std::string("PX") + static_cast<char>(e.offset);
      return r;
    case Kind::anchored:
      p = day_period(s.anchor.value_or(s.reference) + days{e.offset});
      break;
    case Kind::weekday:
      p = day_period(weekday_day(e, s));
      break;
    case Kind::relative: {
      const Days base = e.from_anchor && s.anchor_period ? s.anchor_period->first : s.reference;
      const Period here = period_of(e.grain, base);
      if (e.count_back > 0 || e.count_forward > 0) {
        // "les dix derniers mois" (the ten before this one), "les 3 prochaines semaines" (the
        // 21 days after the reference): one stretch, from and to.
        Period first, last;
        const bool by_days = e.grain == Grain::week || e.grain == Grain::day;
        const int n = e.count_back > 0 ? e.count_back : e.count_forward;
        const int span_days = (e.grain == Grain::week ? 7 : 1) * n;
        if (by_days) {
          first = day_period(e.count_back > 0 ? s.reference - days{span_days} : s.reference + days{1});
          last = day_period(e.count_back > 0 ? s.reference - days{1} : s.reference + days{span_days});
        } else {
          first = shifted(here, e.count_back > 0 ? -n : 1);
          last = shifted(here, e.count_back > 0 ? -1 : n);
        }
        r.from = iso(first);
        r.to = iso(last);
        r.value = r.from + "/" + r.to;
        r.period = first;
        return r;
      }
      p = shifted(here, e.offset);
      break;
    }
    case Kind::calendar:
      p = calendar_period(e, s);
      break;
  }
  if (!p) return std::nullopt;
  if (e.day_shift != 0 && p->grain == Grain::day) p = day_period(p->first + days{e.day_shift});
  r.period = *p;
  r.value = iso(*p);
  r.single_day = p->grain == Grain::day;
  if (p->grain == Grain::decade || p->grain == Grain::century) {
    r.from = std::to_string(year_of(p->first));
    r.to = std::to_string(year_of(p->last));
  }
  return r;
}

}  // namespace extrait::extract::date
