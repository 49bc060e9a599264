// extract/person/first_names.hpp: given names, and family names that come first.
//
// A capitalized word after a given name is a surname ("Mathilde Ferrandi"), which is how most people
// enter an article. Given names come from lexicons/first_names.txt (those tagged `po:prn` in the
// hunspell-fr dictionary, with their gender) and lexicons/first_names_extra.txt (the names it
// lacks), one "name<TAB>gender" a line, gender m, f or e (either); names listed in
// lexicons/first_names_excluded.txt are not taken for given names in news ("Mercedes", "Hermès",
// "Georgia": a company, a brand, a state). A hyphenated given name is one
// when each part is ("Pierre-Yves", "Louis-Marie"). lexicons/family_names_first.txt lists the
// Chinese, Korean and Vietnamese family names written before the given name ("Chen Jiahui",
// "Park Geun-hye"), so that "M. Chen" finds Chen Jiahui.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/organization/phrase_list.hpp"
#include "extract/organization/word_classes.hpp"
#include "extract/organization/words.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::extract::names {

enum class Gender : std::uint8_t { unknown, male, female };

class FirstNames {
 public:
  explicit FirstNames(const lexicon::LexiconSet& lexicons);

  // Whether token i is a capitalized given name, simple or hyphenated; sets `gender` when known.
  bool at(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch, Gender* gender = nullptr) const {
    // Asked about most capitalized words: the cheap refusals are inline.
    if (i >= w.size() || w[i].kind != segment::TokenKind::word || !w[i].capital || w[i].acronym) return false;
    return given_name_at(w, i, scratch, gender);
  }
  // Whether token i is a capitalized family name of the kind written first ("Chen", "Kim").
  bool family_first(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch) const;

  // Registers the lists with the extractor's word screen.
  void screen(WordClasses& classes) {
    classes.add(names_);
    classes.add(family_first_);
  }

 private:
  bool given_name_at(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch, Gender* gender) const;
  Gender gender_of(long group) const;
  PhraseList names_;
  std::vector<Gender> gender_;  // per group of names_
  std::vector<bool> excluded_;  // per group of names_
  PhraseList family_first_;
};

}  // namespace extrait::extract::names
