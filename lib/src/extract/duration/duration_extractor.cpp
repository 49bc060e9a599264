#include "extract/duration/duration_extractor.hpp"

#include <algorithm>

#include "extract/duration/duration_value.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract {

namespace {

using text::skip_spaces;  // spaces only, not line breaks, as the dates skip them

// " et demi", " et demie" right after the unit: its end, or 0.
std::size_t and_half(std::string_view text, std::size_t at) {
  for (std::string_view half : {" et demie", " et demi"}) {
    if (text.compare(at, half.size(), half) == 0 && text::word_ends_at(text, at + half.size())) return at + half.size();
  }
  return 0;
}

// The words that join two counts sharing one unit: "de 8 à 24 mois", "2 ou 3 ans", "18-24 mois".
bool shares_unit(std::string_view between) {
  for (std::string_view s : {" à ", " et ", " ou ", "-", " - "}) {
    if (between == s) return true;
  }
  return false;
}

bool starts_sentence(const segment::Segmentation& seg, std::size_t at) {
  return !seg.sentences.empty() && seg.sentences[seg.sentence_at(at)].begin == at;
}

}  // namespace

DurationExtractor::DurationExtractor(const Resources& resources) : vocabulary_(resources.lexicons, resources.glue) {
  for (const lexicon::Row& row : resources.lexicons.rows("duration_context.tsv")) {
    if (row.fields.size() < 2) continue;
    const std::string& r = row.fields[1];
    if (r == "age") before_.add(row.fields[0], true, age);
    else if (r == "lead") before_.add(row.fields[0], true, lead);
    else if (r == "clock") before_.add(row.fields[0], true, clock);
    else if (r == "every") before_.add(row.fields[0], true, every);
    else if (r == "person") persons_.add(row.fields[0], true, 0);
    else if (r == "years") years_.add(row.fields[0], true, 0);
    else if (r == "maturity") maturities_.add(row.fields[0], true, 0);
    else if (r == "set") after_.add(row.fields[0], true, set);
  }
}

std::optional<DurationExtractor::Role> DurationExtractor::before(std::string_view text, std::size_t at) const {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == at && !(end > 0 && text[end - 1] == '\'')) return std::nullopt;
  for (const auto& m : before_.matches_ending_at(text, end)) {
    if (text::word_starts_at(text, m.end)) return static_cast<Role>(m.payload);
  }
  return std::nullopt;
}

bool DurationExtractor::person_before(std::string_view text, std::size_t at) const {
  // "un homme de 45 ans", "une responsable marketing de 33 ans": "de", then a noun of a person,
  // possibly one word before it.
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end < 3 || text.compare(end - 2, 2, "de") != 0 || !text::word_starts_at(text, end - 2)) return false;
  end -= 2;
  for (int words = 0; words < 2; ++words) {
    while (end > 0 && text[end - 1] == ' ') --end;
    for (const auto& m : persons_.matches_ending_at(text, end)) {
      if (text::word_starts_at(text, m.end)) return true;
    }
    while (end > 0 && text::word_char_before(text, end)) end = text::previous_code_point(text, end);
  }
  return false;
}

bool DurationExtractor::maturity_before(std::string_view text, std::size_t at) const {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  const std::string_view a = "à";
  if (end < a.size() + 1 || text.compare(end - a.size(), a.size(), a) != 0) return false;
  end -= a.size();
  while (end > 0 && text[end - 1] == ' ') --end;
  for (const auto& m : maturities_.matches_ending_at(text, end)) {
    if (text::word_starts_at(text, m.end)) return true;
  }
  return false;
}

bool DurationExtractor::age_in_years(std::string_view text, std::size_t at, std::size_t end) const {
  std::size_t b = at;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b == at) return false;
  bool after_phrase = false;
  for (const auto& m : years_.matches_ending_at(text, b)) {
    // a word of its own: "à" but not the "à" of "jusqu'à"
    if (text::word_starts_at(text, m.end) && !(m.end > 0 && text[m.end - 1] == '\'')) after_phrase = true;
    break;
  }
  if (!after_phrase || maturity_before(text, at)) return false;
  // "condamné à deux ans de prison": a count of years that says of what is a duration.
  const std::size_t p = skip_spaces(text, end);
  return !(text.compare(p, 3, "de ") == 0 || text.compare(p, 2, "d'") == 0);
}

bool DurationExtractor::set_after(std::string_view text, std::size_t at) const {
  const std::size_t p = skip_spaces(text, at);
  if (p == at) return false;
  for (const auto& m : after_.matches_at(text, p)) {
    if (text::word_ends_at(text, m.end)) return true;
  }
  return false;
}

bool DurationExtractor::is_duration(const DocumentView& doc, const numbers::Quantity& q, std::size_t unit_begin,
                                    const date::UnitHit& unit, bool glued) const {
  const std::string_view text = doc.text;
  const auto role = before(text, q.begin);
  if (role == age || role == every || person_before(text, q.begin)) return false;
  // The code point before the count, spaces skipped.
  std::size_t b = q.begin;
  while (b > 0 && text[b - 1] == ' ') --b;
  const char32_t previous = b > 0 ? text::decode(text, text::previous_code_point(text, b)).code_point : U' ';
  const bool hours = unit.designator[0] == 'H';
  const bool up_to_a_day = !(Decimal(24) < q.value);
  if (unit.ambiguous) {
    // "48h" but not "à 18h"; "2'" and "1\"" glued to digits, never in "22° 52′ 16″" (a bearing).
    if (!glued || q.in_words) return false;
    if (hours && up_to_a_day && role != lead) return false;
    if (previous == U'°' || previous == '\'' || previous == '"') return false;
    // A '"' that closes a quotation opened in the sentence is no mark of seconds ("en 2012"").
    if (text[q.number_end] == '"') {
      // (Counted over the sentence's last 400 bytes at most: a quotation is shorter.)
      const auto& sentence = doc.segmentation.sentences[doc.segmentation.sentence_at(q.begin)];
      std::size_t quotes = 0;
      for (std::size_t k = std::max(sentence.begin, q.begin > 400 ? q.begin - 400 : 0); k < q.begin; ++k) {
        quotes += text[k] == '"';
      }
      if (quotes % 2 == 1) return false;
    }
  }
  if (hours && up_to_a_day) {
    // "à 20 heures", "vers 18 heures", "de 9 heures à 18 heures", "22 heures 30": times of day.
    if (role == clock) return false;
    const std::size_t p = skip_spaces(text, unit.end);
    const bool after_de = b >= 2 && text.compare(b - 2, 2, "de") == 0 && text::word_starts_at(text, b - 2);
    if (after_de && p < text.size() && (text.compare(p, 3, "à ") == 0 || text.compare(p, 3, "et ") == 0)) return false;
    if (p > unit.end && p < text.size() && text[p] >= '0' && text[p] <= '9') return false;
  }
  // "la guerre des Six Jours" is a name; "années-lumière" another unit.
  if (text::upper_at(text, unit_begin) && !starts_sentence(doc.segmentation, q.begin)) {
    return false;
  }
  if (unit.end + 1 < text.size() && text[unit.end] == '-' && text::word_char_at(text, unit.end + 1)) return false;
  if (q.lone_article) {
    if (unit.someday && role != lead) return false;  // "un jour, il partira"
    if (unit.adjective) {
      // "une seconde place", "une seconde fois"
      const std::size_t p = skip_spaces(text, unit.end);
      if (p > unit.end && p < text.size() && text::is_letter(text::decode(text, p).code_point)) return false;
    }
  }
  if (unit.designator[0] == 'Y' && unit.count == 1) {
    // "mort à 93 ans", "la société a 30 ans": an age; "le taux à 10 ans": a maturity.
    if (role != lead && age_in_years(text, q.begin, unit.end)) return false;
    // "Sam Altman, 40 ans, a…", "(45 ans)" and "À 39 ans, il…" give an age.
    const std::size_t after = skip_spaces(text, unit.end);
    const bool comma_after = after < text.size() && text[after] == ',';
    if (previous == ',' && comma_after) return false;
    if (previous == '(' && after < text.size() && text[after] == ')') return false;
    if ((previous == U'À' || previous == 'A') && comma_after) {
      const std::size_t a = text::previous_code_point(text, b);
      if (starts_sentence(doc.segmentation, a)) return false;
    }
  }
  return true;
}

void DurationExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const std::string_view text = doc.text;
  const auto& qs = doc.quantities;
  std::size_t previous_out = 0;  // end of the last duration proposed
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const numbers::Quantity& q = qs[i];
    if (q.scale != 0) continue;
    // The unit: after a space ("48 heures"), or glued for "48h" and the sports marks "2'".
    std::size_t at = q.number_end;
    const bool glued = q.glued || (at < text.size() && (text[at] == '\'' || text[at] == '"'));
    if (!glued) {
      at = skip_spaces(text, at);
      if (at == q.number_end) continue;
    }
    // "un quart de siècle", "trois quarts d'heure": a fraction takes its unit after "de".
    if (!glued && !q.value.is_integer() && q.in_words) {
      if (text.compare(at, 3, "de ") == 0) at += 3;
      else if (text.compare(at, 2, "d'") == 0) at += 2;
    }
    auto unit = vocabulary_.unit_at(text, at);
    if (!unit || (glued && !unit->ambiguous) || !is_duration(doc, q, at, *unit, glued)) continue;
    // "âgés de 22 à 30 ans", "tous les deux ou trois jours": what the context makes of a
    // range's first end it makes of the second.
    const bool opens_with_previous = i > 0 && qs[i - 1].end <= q.begin &&
                                     shares_unit(text.substr(qs[i - 1].end, q.begin - qs[i - 1].end));
    if (opens_with_previous) {
      const auto first_role = before(text, qs[i - 1].begin);
      if (first_role == age || first_role == every || person_before(text, qs[i - 1].begin)) continue;
    }
    std::size_t end = unit->end;
    const std::size_t half_end = and_half(text, end);
    if (set_after(text, half_end ? half_end : end)) continue;
    // The count in the unit's base designator: "trois trimestres" is 9 months.
    auto whole = q.value.times(Decimal(unit->count));
    if (!whole) continue;
    bool half = false;
    if (half_end) {
      end = half_end;
      // Half of an even count stays whole ("une décennie et demie" is 15 years).
      if (unit->count % 2 == 0) whole = whole->plus(Decimal(unit->count / 2));
      else half = true;
      if (!whole) continue;
    }
    auto value = duration::iso_duration(*whole, unit->designator, half);
    if (!value) continue;
    // "de 8 à 24 mois": the count before shares this unit, unless the range is of ages.
    if (opens_with_previous && !qs[i - 1].glued && qs[i - 1].scale == 0 && qs[i - 1].begin >= previous_out &&
        is_duration(doc, qs[i - 1], at, *unit, false)) {
      if (auto first = qs[i - 1].value.times(Decimal(unit->count))) {
        if (auto v = duration::iso_duration(*first, unit->designator, false)) {
          Mention m;
          m.begin = qs[i - 1].begin;
          m.end = qs[i - 1].end;
          m.entity.type = EntityType::duration;
          m.entity.iso = std::move(*v);
          out.push_back(std::move(m));
        }
      }
    }
    Mention m;
    m.begin = q.begin;
    m.end = end;
    m.entity.type = EntityType::duration;
    m.entity.iso = std::move(*value);
    out.push_back(std::move(m));
    previous_out = end;
  }
}

}  // namespace extrait::extract
