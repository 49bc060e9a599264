#include "extract/person/person_cues.hpp"

#include <string>

#include "lexicon/lexicon_set.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

PersonCues::PersonCues(const lexicon::LexiconSet& lexicons) {
  for (const lexicon::Row& row : lexicons.rows("person_titles.tsv")) {
    if (row.fields.size() < 2) continue;
    const std::string& kind = row.fields[1];
    Gender g = Gender::unknown;
    if (row.fields.size() > 2 && row.fields[2] == "m") g = Gender::male;
    if (row.fields.size() > 2 && row.fields[2] == "f") g = Gender::female;
    lexicon::for_each_variant(row.fields[0], [&](std::string_view v) {
      if (kind == "honorific") {
        const std::uint32_t group = honorifics_.add(v);
        if (group >= honorific_gender_.size()) honorific_gender_.resize(group + 1, Gender::unknown);
        honorific_gender_[group] = g;
      } else if (kind == "role") {
        roles.add(v);
      }
    });
  }
  for (const lexicon::Row& row : lexicons.rows("person_cues.tsv")) {
    if (row.fields.size() < 2) continue;
    const std::string& kind = row.fields[1];
    lexicon::for_each_variant(row.fields[0], [&](std::string_view v) {
      if (kind == "speech") speech.add(v);
      else if (kind == "not_person") not_person.add(v);
      else if (kind == "particle") particles.add(v);
    });
  }
  for (PhraseList* list : {&roles, &speech, &not_person, &particles, &honorifics_}) list->compile();
}

void PersonCues::screen(WordClasses& classes) {
  for (PhraseList* list : {&roles, &speech, &not_person, &particles, &honorifics_}) classes.add(*list);
}

std::size_t PersonCues::honorific_walk(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch,
                                       Gender* gender) const {
  long group = -1;
  const std::size_t end = honorifics_.longest_at(w, i, scratch, &group);
  // "M." ends on its period, which is no word character: accept that end too.
  std::size_t e = end;
  if (e == 0) {
    scratch.clear();
    return i;
  }
  std::size_t j = i;
  while (j < w.size() && w[j].end < e) ++j;
  if (j >= w.size() || w[j].end != e) return i;
  // Honorifics are abbreviations written in one case: "Mme", not "MME" or "mme".
  if (gender) *gender = group >= 0 && static_cast<std::size_t>(group) < honorific_gender_.size()
                            ? honorific_gender_[group] : Gender::unknown;
  return j + 1;
}

}  // namespace extrait::extract::names
