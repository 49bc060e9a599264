#include "extract/common/qualifiers.hpp"

#include "text/chars.hpp"

namespace extrait::extract {

std::optional<Qualifier> parse_qualifier(std::string_view name) {
  for (Qualifier q : {Qualifier::exact, Qualifier::approx, Qualifier::at_least, Qualifier::more_than,
                      Qualifier::at_most, Qualifier::less_than, Qualifier::up_to}) {
    if (to_string(q) == name) return q;
  }
  return std::nullopt;
}

Qualifiers::Qualifiers(const lexicon::LexiconSet& lexicons) {
  for (const lexicon::Row& row : lexicons.rows("qualifiers.tsv")) {
    if (row.fields.size() < 3) continue;
    auto q = parse_qualifier(row.fields[1]);
    if (!q) continue;
    const auto payload = static_cast<std::uint32_t>(values_.size());
    values_.push_back(*q);
    (row.fields[2] == "after" ? after_ : before_).add(row.fields[0], true, payload);
  }
}

std::optional<FoundQualifier> Qualifiers::around(std::string_view text, std::size_t begin,
                                                 std::size_t end) const {
  std::size_t at = begin;
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at < begin || (at > 0 && text[at - 1] == '\'')) {  // "plus d'un million": no space
    for (const auto& m : before_.matches_ending_at(text, at)) {
      if (text::word_starts_at(text, m.end)) return FoundQualifier{values_[m.payload], m.end, at};
    }
  }
  at = end;
  if (at < text.size() && text[at] == ' ') {
    ++at;
    for (const auto& m : after_.matches_at(text, at)) {
      if (text::word_ends_at(text, m.end)) return FoundQualifier{values_[m.payload], at, m.end};
    }
  }
  return std::nullopt;
}

}  // namespace extrait::extract
