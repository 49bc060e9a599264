#include "extract/person/first_names.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

FirstNames::FirstNames(const lexicon::LexiconSet& lexicons) {
  std::size_t phrases = 0;
  std::size_t bytes = 0;
  for (const char* file : {"first_names.txt", "first_names_extra.txt", "first_names_excluded.txt"}) {
    for (const lexicon::Row& row : lexicons.rows(file)) {
      ++phrases;
      bytes += row.fields[0].size();
    }
  }
  names_.reserve(phrases, bytes);
  for (const char* file : {"first_names.txt", "first_names_extra.txt"}) {
    for (const lexicon::Row& row : lexicons.rows(file)) {
      const std::uint32_t group = names_.add(row.fields[0]);
      Gender g = Gender::unknown;
      if (row.fields.size() > 1) {
        if (row.fields[1] == "m") g = Gender::male;
        else if (row.fields[1] == "f") g = Gender::female;
      }
      if (group >= gender_.size()) gender_.resize(group + 1, Gender::unknown);
      // A name listed for both genders ("Camille", "Dominique") has none.
      if (gender_[group] == Gender::unknown) gender_[group] = g;
    }
  }
  excluded_.assign(gender_.size(), false);
  for (const lexicon::Row& row : lexicons.rows("first_names_excluded.txt")) {
    const std::uint32_t group = names_.add(row.fields[0]);
    if (group >= excluded_.size()) {
      excluded_.resize(group + 1, false);
      gender_.resize(group + 1, Gender::unknown);
    }
    excluded_[group] = true;
  }
  for (const lexicon::Row& row : lexicons.rows("family_names_first.txt")) family_first_.add(row.fields[0]);
  names_.compile();
  family_first_.compile();
}

Gender FirstNames::gender_of(long group) const {
  if (group < 0 || static_cast<std::size_t>(group) >= gender_.size()) return Gender::unknown;
  return gender_[group];
}

bool FirstNames::given_name_at(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch,
                               Gender* gender) const {
  const std::string_view text = w.text();
  // The screen answers for most words; the trie then gives the gender of the few given names.
  const long whole = names_.whole_token(w, i, scratch) ? names_.group_of(w, i, i + 1, scratch) : -1;
  if (whole >= 0 && excluded_[static_cast<std::size_t>(whole)]) return false;
  if (whole >= 0) {
    if (gender) *gender = gender_of(whole);
    return true;
  }
  // "Jean-Baptiste", "Marie-Hélène": every part a capitalized given name; the last gives the gender
  // only if it is the first's ("Marie" in "Jean-Marie" does not make him a woman). A token of one
  // part is the whole token, refused above.
  if (w.str(i).find('-') == std::string_view::npos) return false;
  std::size_t begin = w[i].begin;
  bool first_part = true;
  Gender g = Gender::unknown;
  for (std::size_t at = begin; at <= w[i].end; ++at) {
    if (at < w[i].end && text[at] != '-') continue;
    if (at == begin || !text::is_upper(text::decode(text, begin).code_point)) return false;
    const long part = names_.group_of(text, begin, at, scratch);
    if (part < 0 || excluded_[static_cast<std::size_t>(part)]) return false;
    if (first_part) g = gender_of(part);
    first_part = false;
    begin = at + 1;
  }
  if (first_part) return false;
  if (gender) *gender = g;
  return true;
}

bool FirstNames::family_first(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch) const {
  if (i >= w.size() || !w[i].capital || w[i].acronym) return false;
  return family_first_.whole(w, i, i + 1, scratch);
}

}  // namespace extrait::extract::names
