// The report for people: summary, key figures, then every entity, in French conventions
// (thousands separated by spaces, decimal comma).
#include <string>

#include "extrait/writers.hpp"

namespace extrait {

namespace {

std::string french_number(const Decimal& d) {
  std::string s = d.to_string();
  std::string sign;
  if (!s.empty() && s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  const std::size_t point = s.find('.');
  std::string whole = s.substr(0, point);
  const std::string frac = point == std::string::npos ? "" : s.substr(point + 1);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped.push_back(' ');
    grouped.push_back(whole[i]);
  }
  return sign + grouped + (frac.empty() ? "" : "," + frac);
}

std::string_view qualifier_fr(Qualifier q) {
  switch (q) {
    case Qualifier::exact: return "";
    case Qualifier::approx: return "environ";
    case Qualifier::at_least: return "au moins";
    case Qualifier::more_than: return "plus de";
    case Qualifier::at_most: return "au plus";
    case Qualifier::less_than: return "moins de";
    case Qualifier::up_to: return "jusqu'à";
  }
  return "";
}

std::string value_text(const Entity& e) {
  std::string v;
  if (e.value) v = french_number(*e.value);
  else if (e.min && e.max) v = french_number(*e.min) + " à " + french_number(*e.max);
  else if (!e.iso.empty()) v = e.iso + (e.mod.empty() ? "" : " (" + e.mod + ")");
  else if (!e.name.empty()) v = e.name;
  if (e.type == EntityType::money) v += " " + e.currency;
  if (e.type == EntityType::percent) v += " %";
  const std::string_view q = qualifier_fr(e.qualifier);
  if (!q.empty()) v = std::string(q) + " " + v;
  return v;
}

}  // namespace

void write_text(std::ostream& out, const Report& report) {
  out << "== " << report.id << " (référence : " << report.reference_date << ")\n\n";
  if (!report.summary.text.empty()) out << "Résumé\n  " << report.summary.text << "\n\n";

  bool heading = false;
  for (std::size_t i = 0; i < report.entities.size(); ++i) {
    const Entity& e = report.entities[i];
    if (e.type != EntityType::money && e.type != EntityType::percent) continue;
    if (!heading) out << "Chiffres clés\n";
    heading = true;
    out << "  - " << e.text << " = " << value_text(e);
    if (e.converts) out << " (conversion de « " << report.entities[*e.converts].text << " »)";
    out << "  [phrase " << e.sentence + 1 << "]\n";
  }
  if (heading) out << '\n';

  out << "Entités (" << report.entities.size() << ")\n";
  for (const Entity& e : report.entities) {
    out << "  " << to_string(e.type) << "\t" << e.text << "\t" << value_text(e) << "\t[" << e.span.start
        << ", " << e.span.end << ")\n";
  }
}

}  // namespace extrait
