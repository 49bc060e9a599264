#include "extract/date/grammar.hpp"

#include <algorithm>
#include <string>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::date {

namespace syntax {

bool compare_word_at(std::string_view text, std::size_t at, std::string_view word, std::size_t& end) {
  std::size_t i = at;
  for (std::size_t k = 0; k < word.size();) {
    if (i >= text.size()) return false;
    const auto a = text::decode(text, i);
    const auto b = text::decode(word, k);
    if (text::to_lower(a.code_point) != b.code_point) return false;
    i += a.length;
    k += b.length;
  }
  if (word.back() != '\'' && !text::word_ends_at(text, i)) return false;
  end = i;
  return true;
}

bool next_word(std::string_view text, std::size_t at, std::string_view word, std::size_t& end) {
  const std::size_t p = skip_spaces(text, at);
  return p > at && word_at(text, p, word, end);
}

std::optional<Digits> digits_at(std::string_view text, std::size_t at) {
  Digits d;
  std::size_t i = at;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9' && d.count < 9) {
    d.value = d.value * 10 + (text[i] - '0');
    ++d.count;
    ++i;
  }
  if (d.count == 0) return std::nullopt;
  d.end = i;
  return d;
}

bool day_article_before(std::string_view text, std::size_t at) {
  std::size_t p = at;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p == at) return false;
  for (std::string_view article : {"le", "les", "du", "au"}) {
    if (p < article.size()) continue;
    std::size_t end = 0;
    const std::size_t b = p - article.size();
    if (text::word_starts_at(text, b) && word_at(text, b, article, end) && end == p) return true;
  }
  return false;
}

bool starts_sentence(std::string_view text, const segment::Segmentation& seg, std::size_t at) {
  if (at == 0 || text[at - 1] == '\n') return true;
  return !seg.sentences.empty() && seg.sentences[seg.sentence_at(at)].begin == at;
}

}  // namespace syntax

using namespace syntax;

std::uint32_t Grammar::families_of(Role role) {
  switch (role) {
    case Role::day: return f_relative_day;
    case Role::anchor: return f_anchored;
    case Role::this_: return f_this | f_season;
    case Role::part: return f_part;
    case Role::ordinal: return f_ordinal | f_day_month;
    case Role::quarter:
    case Role::half: return f_code;
    case Role::season:
    case Role::rentree: return f_season;
    case Role::holiday: return f_holiday;
    case Role::vague: return f_vague;
    case Role::decade: return f_decade;
    case Role::ago: return f_ago;
    case Role::in: return f_ago | f_unit_shift;
    default: return 0;  // "dernier", "plus tard", "soir": words that never start a date
  }
}

Grammar::Grammar(const lexicon::LexiconSet& lexicons, const Vocabulary& vocabulary, const ContextWords& context)
    : vocabulary_(vocabulary), context_(context) {
  // The first words of expressions, with the families each may start; a word listed in several
  // roles starts the families of all of them. Months, weekdays and "hier" may be glued to the
  // next word by a stripped link ("en octobrela start-up").
  for (const std::string& form : lexicons.first_fields("months.tsv")) starters_.add(form, f_month, true);
  for (const std::string& form : lexicons.first_fields("weekdays.tsv")) starters_.add(form, f_weekday, true);
  for (const lexicon::Row& row : lexicons.rows("date_words.tsv")) {
    if (row.fields.size() < 2) continue;
    const auto role = role_named(row.fields[1]);
    starters_.add(row.fields[0], role ? families_of(*role) : 0, row.fields[1] == "day");
    if (row.fields[1] == "season" || row.fields[1] == "rentree") starters_.add(row.fields[0], w_season, false);
  }
  // Units and seasons are no first words, but what follows an article must be one of them for
  // the article to start a date: the same index tells.
  for (const std::string& form : lexicons.first_fields("date_units.tsv")) starters_.add(form, w_unit, false);
  for (const ArticleStart& a : kArticles) starters_.add(a.word, a.families, false);
  starters_.freeze();
  // The families the phrases of each category of the vocabulary start.
  category_families_[Vocabulary::c_month] = f_month;
  category_families_[Vocabulary::c_weekday] = f_weekday;
  for (std::size_t r = 0; r < static_cast<std::size_t>(Role::count_); ++r) {
    category_families_[Vocabulary::c_role + r] = families_of(static_cast<Role>(r));
  }
  // The phrases of the categories kAfterArticle asks of the word after an article.
  std::uint32_t after_article = 0;
  for (const AfterArticle& a : kAfterArticle) after_article |= a.categories;
  vocabulary.for_each_phrase(after_article, [&](std::string_view form, bool fold_case) {
    after_article_words_.add(form, fold_case);
  });
  // What the families of a number ask of the word after it: a month ("3 mars"), a unit ("trois
  // jours plus tard"), "derniers" or "prochains" ("les 10 derniers mois"), or a link to the next day
  // ("du 3 au 5 mars").
  vocabulary.for_each_phrase(kAfterNumber, [&](std::string_view form, bool fold_case) {
    after_number_words_.add(form, fold_case);
  });
  for (const DayLink& link : kDayLinks) after_number_words_.add(link.word, true);
  vocabulary.for_each_phrase(kAfterDemonstrative, [&](std::string_view form, bool fold_case) {
    after_demonstrative_words_.add(form, fold_case);
  });
  // The phrases that begin with a word of kArticles ("la veille", "les mois à venir"), past it and
  // the spaces after it; or the mark that a phrase is that word or a part of it ("mois"). The form's
  // code points are lower-cased as the trie's walk lower-cases the text (an exact form's then let
  // through more).
  vocabulary.for_each_phrase(~0u, [&](std::string_view form, bool fold_case) {
    for (std::size_t a = 0; a < std::size(kArticles); ++a) {
      const std::string_view word = kArticles[a].word;
      std::size_t i = 0, k = 0;  // bytes of the word and of the form that are alike
      while (i < word.size() && k < form.size()) {
        const auto d = text::decode(form, k);
        if (text::to_lower(d.code_point) != static_cast<unsigned char>(word[i])) break;
        ++i;
        k += d.length;
      }
      if (i < word.size() && k < form.size()) continue;  // another word
      std::size_t rest = k;
      while (rest < form.size() && form[rest] == ' ') ++rest;
      if (i < word.size() || rest == form.size()) article_is_phrase_[a] = true;
      else after_article_phrases_.add(form.substr(rest), fold_case);
    }
  });
  for (const lexicon::Row& row : lexicons.rows("qualifiers.tsv")) {
    if (row.fields.size() >= 3 && row.fields[1] == "approx" && row.fields[2] == "before") {
      qualifiers_.add(row.fields[0], true, 0);
    }
  }
}

std::size_t Grammar::skip_qualifier(std::string_view text, std::size_t at) const {
  for (const auto& m : qualifiers_.matches_at(text, at)) {
    if (text::word_ends_at(text, m.end) || text[m.end - 1] == '\'') return skip_spaces(text, m.end);
  }
  return at;
}

std::optional<Number> Grammar::number(const Input& in, std::size_t at) const {
  if (in.number_at != at) {
    in.number_found = read_number(in, at);
    in.number_at = at;
  }
  return in.number_found;
}

std::optional<Number> Grammar::read_number(const Input& in, std::size_t at) const {
  const auto& qs = in.quantities;
  // The search starts from the quantity the walk of the tokens has reached when all before it lie
  // before `at` (nearly always: numbers are read at the token or after it).
  const numbers::Quantity* from = qs.data();
  if (in.next_quantity != from && (in.next_quantity - 1)->begin < at) from = in.next_quantity;
  const numbers::Quantity* it = std::lower_bound(from, in.quantities_end, at,
                                                 [](const numbers::Quantity& q, std::size_t a) { return q.begin < a; });
  if (it == in.quantities_end || it->begin != at || it->fraction || it->scale != 0) return std::nullopt;
  // A whole number below a million. Nearly every count is written so that its mantissa and
  // exponent tell it at once ("2024" is 2024 x 10^0); the others take the Decimal comparisons.
  const std::int64_t mantissa = it->value.mantissa();
  const std::int32_t exponent = it->value.exponent();
  if (mantissa >= 0 && mantissa < 1000000 && exponent >= 0 && exponent <= 6) {
    std::int64_t whole = mantissa;
    for (std::int32_t e = 0; e < exponent; ++e) whole *= 10;
    if (whole >= 1000000) return std::nullopt;
  } else if (!it->value.is_integer() || !(it->value < Decimal(1000000))) {
    return std::nullopt;
  }
  Number n;
  // The whole value, exactly, without Decimal::to_double() (which goes through text): an integer
  // below a million is its mantissa times a power of ten, or divided by one (85 x 10^-1 is no
  // integer, 850 x 10^-1 is).
  std::int64_t m = it->value.mantissa();
  if (m < 0) {
    n.value = static_cast<long>(it->value.to_double());
  } else {
    for (std::int32_t e = it->value.exponent(); e < 0 && m != 0; ++e) m /= 10;
    for (std::int32_t e = it->value.exponent(); e > 0 && m != 0; --e) m *= 10;
    n.value = static_cast<long>(m);
  }
  n.end = it->end;
  n.lone_article = it->lone_article;
  if (!it->in_words) n.digits = static_cast<int>(it->number_end - it->begin);
  if (it->glued && !it->in_words) n.end = it->number_end;
  return n;
}

std::optional<Number> Grammar::day_number(const Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  if (at >= text.size()) return std::nullopt;
  if (text[at] >= '0' && text[at] <= '9') {
    auto d = digits_at(text, at);
    if (!d || d->count > 2 || d->value < 1 || d->value > 31) return std::nullopt;
    std::size_t end = d->end;
    if (text::word_char_at(text, end)) {
      // "1er", "1re", "1ère": the first of the month; any other letter makes it something else.
      std::size_t e = 0;
      if (d->value != 1) return std::nullopt;
      if (!word_at(text, end, "er", e) && !word_at(text, end, "re", e) && !word_at(text, end, "ère", e)) {
        return std::nullopt;
      }
      end = e;
    }
    return Number{d->value, end, d->count, false};
  }
  if (auto o = vocabulary_.word_at(Role::ordinal, text, at, in.memo); o && o->value == 1) {
    return Number{1, o->end, 0, false};
  }
  auto n = number(in, at);
  if (!n || n->digits != 0 || n->lone_article || n->value < 1 || n->value > 31) return std::nullopt;
  return n;
}

std::optional<Number> Grammar::four_digit_year(const Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  auto d = digits_at(text, at);
  if (!d || d->count != 4 || d->value < 1000 || d->value > 2199) return std::nullopt;
  if (text::word_char_at(text, d->end)) return std::nullopt;
  // "2023,5" is a decimal and "2 023 000" a grouped number; neither is a year.
  if (d->end + 1 < text.size() && (text[d->end] == ',' || text[d->end] == '.') && text[d->end + 1] >= '0' &&
      text[d->end + 1] <= '9') {
    return std::nullopt;
  }
  if (d->end + 3 < text.size() && text[d->end] == ' ') {
    auto next = digits_at(text, d->end + 1);
    if (next && next->count == 3) return std::nullopt;
  }
  if (at > 0 && (text[at - 1] == ',' || text[at - 1] == '.') && at > 1 && text[at - 2] >= '0' && text[at - 2] <= '9') {
    return std::nullopt;
  }
  return Number{d->value, d->end, 4, false};
}

bool Grammar::counts_something(const Input& in, std::size_t end) const {
  const std::string_view text = in.text;
  if (end >= text.size()) return false;
  const std::size_t p = skip_spaces(text, end);
  if (p >= text.size()) return false;
  const auto c = text::decode(text, p).code_point;
  if (c == '%' || c == U'€' || c == '$' || c == U'£') return true;
  if (!text::is_letter(c) || text::is_upper(c)) return false;
  if (context_.may_follow_year(text, p)) return false;
  if (vocabulary_.unit_at(text, p, in.memo)) return true;  // "2000 ans" is a count of years
  // A noun in the plural after the number counts it ("2023 salariés", "2000 personnes").
  std::size_t e = p;  // the whole word, hyphens inside ("ex-aequo")
  while (e < text.size() && (text::word_char_at(text, e) ||
                             (text[e] == '-' && e + 1 < text.size() && text::word_char_at(text, e + 1)))) {
    e += text::decode(text, e).length;
  }
  if (e < text.size() && text[e] == '\'') return false;  // "s'achève", "l'an": an elided word
  const char last = text[e - 1];
  return last == 's' || last == 'x';
}

void Grammar::read_direction_after(const Input& in, Expression& e) const {
  const std::size_t p = skip_spaces(in.text, e.end);
  if (p == e.end) return;
  if (auto s = vocabulary_.word_at(Role::shift, in.text, p, in.memo); s && (s->value == 1 || s->value == -1)) {
    e.direction = s->value;
    e.end = s->end;
  }
}

void Grammar::read_year_after(Input& in, Expression& e, bool short_year) const {
  const std::string_view text = in.text;
  std::size_t p = skip_spaces(text, e.end);
  if (p > e.end || text[e.end - 1] == '.') {
    std::size_t q = p, end = 0;
    if (word_at(text, p, "de", end) || word_at(text, p, "d'", end)) q = skip_spaces(text, end);
    if (auto y = four_digit_year(in, q); y && !counts_something(in, y->end)) {
      e.year = static_cast<int>(y->value);
      e.end = y->end;
      return;
    }
    if (short_year && q == p) {
      // "juillet 98", "31 octobre 74": the century closest to the reference, never more than
      // ten years ahead of it.
      auto d = digits_at(text, p);
      // Not a number that goes on ("novembre 19-20", "mars 12,5").
      const bool goes_on = d && d->end + 1 < text.size() && (text[d->end] == ',' || text[d->end] == '.' ||
                                                              text[d->end] == '-' || text[d->end] == '/') &&
                           digits_at(text, d->end + 1);
      if (d && d->count == 2 && !text::word_char_at(text, d->end) && !counts_something(in, d->end) && !goes_on) {
        const int century = (in.reference_year / 100) * 100;
        int y = century + static_cast<int>(d->value);
        if (y > in.reference_year + 10) y -= 100;
        e.year = y;
        e.end = d->end;
        return;
      }
    }
    // "de l'année dernière", "de l'an prochain", "de cette année", "de l'année en cours"
    if (q > p) {
      std::size_t a = 0, unit_end = 0;
      bool year_word = false;
      if (word_at(text, q, "l'", a)) {
        if (auto u = vocabulary_.unit_at(text, a, in.memo); u && u->grain == Grain::year) {
          year_word = true;
          unit_end = u->end;
        }
      } else if (auto t = vocabulary_.word_at(Role::this_, text, q, in.memo)) {
        const std::size_t r = skip_spaces(text, t->end);
        if (auto u = vocabulary_.unit_at(text, r, in.memo); u && u->grain == Grain::year && r > t->end) {
          year_word = true;
          unit_end = u->end;
        }
      }
      if (year_word) {
        e.relative_year = true;
        e.year_offset = 0;
        e.end = unit_end;
        const std::size_t s = skip_spaces(text, unit_end);
        if (auto shift = vocabulary_.word_at(Role::shift, text, s, in.memo);
            s > unit_end && shift && shift->value >= -1 && shift->value <= 1) {
          e.year_offset = shift->value;
          e.end = shift->end;
        }
        return;
      }
    }
  }
  read_direction_after(in, e);
}

std::optional<Reading> Grammar::read_families(Input& in, std::size_t at, bool word_may_start) const {
  const std::string_view text = in.text;
  const bool digit = text[at] >= '0' && text[at] <= '9';
  std::uint32_t families = 0;
  if (digit) {
    families = number_families(in, at);
  } else {
    if (text[at] == 'I' || text[at] == 'V' || text[at] == 'X') families |= f_century;
    if (word_may_start) families |= families_at(in, at);
    // "trente et un décembre", "deux jours plus tard", "dix derniers mois"
    if (quantity_at(in, at)) families |= quantity_families(in, at);
  }
  if (families == 0) return std::nullopt;

  std::optional<Reading> best;
  auto consider = [&](std::uint32_t family, auto&& read_family) {
    if (!(families & family)) return;
    std::optional<Reading> r = read_family();
    if (r && r->end() > at && (!best || r->end() > best->end())) best = std::move(r);
  };
  consider(f_numeric, [&] { return numeric(in, at); });
  consider(f_year, [&] { return year(in, at); });
  consider(f_day_month, [&] { return day_month(in, at); });
  consider(f_bare_day, [&] { return bare_day(in, at); });
  consider(f_weekday, [&] { return weekday(in, at); });
  consider(f_month, [&] { return month(in, at); });
  consider(f_part, [&] { return part(in, at); });
  consider(f_ordinal, [&] { return ordinal_period(in, at); });
  consider(f_code, [&] { return code_period(in, at); });
  consider(f_season, [&] { return season(in, at); });
  consider(f_decade, [&] { return decade(in, at); });
  consider(f_century, [&] { return century(in, at); });
  consider(f_holiday, [&] { return holiday(in, at); });
  consider(f_relative_day, [&] { return relative_day(in, at); });
  consider(f_anchored, [&] { return anchored(in, at); });
  consider(f_this, [&] { return this_period(in, at); });
  consider(f_unit_shift, [&] { return unit_shift(in, at); });
  consider(f_ago, [&] { return ago(in, at); });
  consider(f_counted, [&] { return counted(in, at); });
  consider(f_vague, [&] { return vague(in, at); });
  return best;
}

}  // namespace extrait::extract::date
