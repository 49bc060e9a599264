// The report for people in Markdown: the content of the text report (summary/digest.hpp), with a
// heading for the headline, sections, and the key figures as a list. Text from the article is
// escaped, so that a "*" or a "[" in it stays a character.
#include <string>
#include <string_view>

#include "extrait/writers.hpp"
#include "summary/digest.hpp"

namespace extrait {

namespace {

// Backslash before every character Markdown could read as markup inside a line.
std::string escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' ||
        c == '|') {
      out.push_back('\\');
    }
    out.push_back(c == '\n' || c == '\r' ? ' ' : c);
  }
  return out;
}

void write_names(std::ostream& out, const char* heading, const std::vector<summary::NameCount>& names) {
  if (names.empty()) return;
  out << "## " << heading << "\n\n";
  for (const summary::NameCount& n : names) out << "- " << escaped(n.name) << " (" << n.count << ")\n";
  out << '\n';
}

}  // namespace

void write_markdown(std::ostream& out, const Report& report, std::string_view input) {
  const summary::Digest d = summary::make_digest(report, input);
  out << "# " << (d.headline.empty() ? escaped(report.id) : escaped(d.headline)) << "\n\n";
  out << "*" << escaped(report.id) << " — référence : " << report.reference_date << "*\n\n";
  if (!d.summary.empty()) out << "## Résumé\n\n" << escaped(d.summary) << "\n\n";
  if (!d.figures.empty()) {
    out << "## Chiffres clés\n\n";
    for (const summary::KeyFigure& k : d.figures) {
      out << "- **" << escaped(k.amount) << "**";
      if (!k.value.empty() || !k.conversions.empty()) {
        out << " (" << escaped(k.value) << (k.value.empty() || k.conversions.empty() ? "" : " ; ")
            << escaped(k.conversions) << ")";
      }
      out << " — " << escaped(k.what);
      if (!k.who.empty()) out << " — " << escaped(k.who);
      if (!k.when.empty()) out << " — " << escaped(k.when);
      if (k.unconfirmed) out << " — *non confirmé*";
      out << '\n';
    }
    out << '\n';
  }
  write_names(out, "Organisations", d.organizations);
  write_names(out, "Personnes", d.people);
}

}  // namespace extrait
