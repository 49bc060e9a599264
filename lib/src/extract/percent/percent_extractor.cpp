#include "extract/percent/percent_extractor.hpp"

#include <string>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract {

namespace {

enum Kind : std::uint32_t { percent = 0, point = 1, basis = 2 };

bool joins(std::string_view text, std::size_t a, std::size_t b) {
  const std::string_view between = text.substr(a, b - a);
  return between == " et " || between == " à " || between == "-" || between == ", " ||
         between == " ou " || between == " - ";
}

// "3 points de vente", "5 points d'avance": what follows says the points are not percentages.
bool points_of_something_else(std::string_view text, std::size_t end) {
  std::size_t at = end;
  if (text.compare(at, 4, " de ") == 0) at += 4;
  else if (text.compare(at, 3, " d'") == 0) at += 3;
  else return false;
  return at < text.size() && text::is_letter(text::decode(text, at).code_point);
}

// Whether the number is the last word of its clause ("un pourcentage de vingt."), so that
// "pourcentage de 20 salariés" is not read as a percentage.
bool ends_clause_after(std::string_view text, std::size_t at) {
  return at >= text.size() || std::string_view(".,;:!?)\n").find(text[at]) != std::string_view::npos;
}

}  // namespace

PercentExtractor::PercentExtractor(const Resources& resources) : qualifiers_(resources.lexicons) {
  for (const lexicon::Row& row : resources.lexicons.rows("percent_units.tsv")) {
    if (row.fields.size() < 2) continue;
    const std::string& kind = row.fields[1];
    if (kind == "prefix") {
      prefixes_.add(row.fields[0], true, percent);
      continue;
    }
    const Kind k = kind == "percent" ? percent : kind == "basis" ? basis : point;
    units_.add(row.fields[0], true, k);
  }
}

void PercentExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const std::string_view text = doc.text;
  const auto& qs = doc.quantities;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const numbers::Quantity& q = qs[i];
    if (q.scale != 0 || q.lone_article) continue;
    std::size_t at = q.end;
    if (at < text.size() && text[at] == ' ') ++at;
    std::optional<lexicon::PhraseTrie::Match> unit;
    for (const auto& m : units_.matches_at(text, at)) {
      const bool symbol = text[m.end - 1] == '%';
      if (!symbol && !text::word_ends_at(text, m.end)) continue;
      if (m.payload == point && (points_of_something_else(text, m.end) || !(q.value < Decimal(100)))) {
        continue;
      }
      unit = m;
      break;
    }
    if (!unit) {
      // "pourcentage de vingt": the unit before the number.
      if (q.begin > 0 && text[q.begin - 1] == ' ' && ends_clause_after(text, q.end)) {
        for (const auto& p : prefixes_.matches_ending_at(text, q.begin - 1)) {
          if (!text::word_starts_at(text, p.end)) continue;
          Mention m;
          m.begin = p.end;
          m.end = q.end;
          m.entity.type = EntityType::percent;
          m.entity.value = q.value;
          out.push_back(m);
          break;
        }
      }
      continue;
    }
    Decimal value = q.value;
    if (unit->payload == basis) value = value.scaled(-2).value_or(value);
    std::size_t begin = q.begin;
    // A sign written against the number belongs to it: "+3 %", "-0,4 point".
    if (begin > 0 && (text[begin - 1] == '+' || text[begin - 1] == '-') &&
        (begin == 1 || text[begin - 2] == ' ' || text[begin - 2] == '(')) {
      --begin;
      if (text[begin] == '-') value = Decimal(-value.mantissa(), value.exponent());
    }
    // "entre 3 et 5 %", "de 2 à 3 points": the first number is a percentage too.
    if (i > 0 && qs[i - 1].scale == 0 && joins(text, qs[i - 1].end, q.begin) &&
        (out.empty() || out.back().end <= qs[i - 1].begin)) {
      Mention first;
      first.begin = qs[i - 1].begin;
      first.end = qs[i - 1].end;
      first.entity.type = EntityType::percent;
      first.entity.value = qs[i - 1].value;
      out.push_back(first);
    }
    Mention m;
    m.begin = begin;
    m.end = unit->end;
    m.entity.type = EntityType::percent;
    m.entity.value = value;
    if (auto qualifier = qualifiers_.around(text, m.begin, m.end)) m.entity.qualifier = qualifier->qualifier;
    out.push_back(m);
  }
}

}  // namespace extrait::extract
