// extract/person/person_cues.hpp: the words around a person's name.
//
// lexicons/person_titles.tsv ("form|variant…<TAB>kind<TAB>gender"):
//  honorific  "M.", "Mme", "Me", "Dr": before a name, outside the span, matched as written; the
//             gender (m, f, or -) picks between two people of one family ("Mme Garrigues")
//  role       "PDG", "ministre", "directrice financière", "porte-parole": before a name ("le
//             président Xi Jinping") or after it in apposition ("Chen Jiahui, le président de…"),
//             which makes a person of a name whose given name no list holds
// lexicons/person_cues.tsv ("form|variant…<TAB>kind"):
//  speech      "estime", "a déclaré", "selon": a verb of saying right before a name
//  not_person  "rue", "lycée", "prix": a given name after these names a place or a thing
//              ("avenue Jean Jaurès")
//  particle    "de", "Le", "van", "al-": small words inside a surname ("Luca de Meo")
#pragma once

#include <cstddef>
#include <vector>

#include "extract/organization/phrase_list.hpp"
#include "extract/organization/word_classes.hpp"
#include "extract/organization/words.hpp"
#include "extract/person/first_names.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::extract::names {

class PersonCues {
 public:
  explicit PersonCues(const lexicon::LexiconSet& lexicons);

  // The honorific that starts at token i, as written ("M." but not "m."): the token after it,
  // or i; its gender.
  std::size_t honorific_at(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch, Gender* gender) const {
    // Asked at every token: the screen is inline.
    if (i >= w.size() || !w[i].capital || !honorifics_.may_start(w, i)) return i;
    return honorific_walk(w, i, scratch, gender);
  }

  PhraseList roles;
  PhraseList speech;
  PhraseList not_person;
  PhraseList particles;  // lower case ("de", "van") and capitalized ("Le", "Van") alike

  // Registers the lists with the extractor's word screen.
  void screen(WordClasses& classes);

 private:
  std::size_t honorific_walk(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch, Gender* gender) const;
  PhraseList honorifics_;
  std::vector<Gender> honorific_gender_;
};

}  // namespace extrait::extract::names
