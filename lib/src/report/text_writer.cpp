// The report for people: a headline, the summary, the key figures (one line per fact: amount,
// what, who, when, "[non confirmé]" where the amount is reported), then the organizations and
// people named, with how often. French conventions: thousands separated by spaces, a decimal
// comma. summary/digest.hpp decides the content; this file only lays it out as plain text.
#include <string>

#include "extrait/writers.hpp"
#include "summary/digest.hpp"

namespace extrait {

namespace {

void write_names(std::ostream& out, const char* heading, const std::vector<summary::NameCount>& names) {
  if (names.empty()) return;
  out << heading << "\n  ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    out << (i ? ", " : "") << names[i].name << " (" << names[i].count << ")";
  }
  out << "\n\n";
}

}  // namespace

void write_text(std::ostream& out, const Report& report, std::string_view input) {
  const summary::Digest d = summary::make_digest(report, input);
  out << "== " << report.id << " (référence : " << report.reference_date << ")\n\n";
  if (!d.headline.empty()) out << d.headline << "\n\n";
  if (!d.summary.empty()) out << "Résumé\n  " << d.summary << "\n\n";
  if (!d.figures.empty()) {
    out << "Chiffres clés\n";
    for (const summary::KeyFigure& k : d.figures) {
      out << "  - " << k.amount;
      if (!k.value.empty() || !k.conversions.empty()) {
        out << " (" << k.value << (k.value.empty() || k.conversions.empty() ? "" : " ; ") << k.conversions << ")";
      }
      out << " — " << k.what;
      if (!k.who.empty()) out << " — " << k.who;
      if (!k.when.empty()) out << " — " << k.when;
      if (k.unconfirmed) out << " [non confirmé]";
      out << '\n';
    }
    out << '\n';
  }
  write_names(out, "Organisations", d.organizations);
  write_names(out, "Personnes", d.people);
}

}  // namespace extrait
