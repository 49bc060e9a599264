// extract/organization/org_cues.hpp: the words around a name that say it is an organization.
//
// French news introduces a company it has not named before with a common noun ("la start-up
// Brevalis", "le fonds américain Harbourline Ventures", "le spécialiste des surgelés Glacenor"), builds
// institutions from a head noun ("Autorité de contrôle prudentiel et de résolution"), and names
// companies with telling words ("Stonebridge Capital", "Maison Vernier", "Quelvane SA"). This reads those
// words from lexicons/org_cues.tsv ("phrase|variant…<TAB>kind<TAB>option") and
// lexicons/legal_forms.txt, one list per kind:
//  head         a noun before a name, outside the span ("groupe", "fonds d'investissement");
//               option `strong` when it names a company kind, `weak` otherwise ("géant")
//  nationality  "américain", "chinoise": an adjective after a head, and a weak head itself after
//               an article ("l'américain Nvidia": a lower-case nationality noun is a company, a
//               person would be "l'Américain")
//  adjective    may stand between a head and a name ("parisienne", "horlogère", "en ligne")
//  ending       an ending that marks a lower-case adjective inside an institution's name ("-ale")
//  stop         a word that never continues an institution's name although its ending says so
//  suffix       the last word of a company name, inside the span ("Capital", "Therapeutics")
//  prefix       the first word of a company name, inside the span ("Maison", "FC", "Laboratoires")
//  institution  the capitalized head of an institution's name ("Autorité", "Haut Conseil")
//  court        a head followed by "de" and a place ("cour d'appel de Paris"), any case
//  ministry     "ministère": a head followed by its capitalized portfolio, any case
//  subsidiary   "filiale": "X, filiale de Y" makes both organizations
//  unit         a country after a known company that names its branch ("eBay France")
//  predicate    what only a company does, right after its name ("X a levé des fonds", "X emploie")
//  company_before  words after which an ambiguous name is the company ("le PDG d'Orange")
//  place_before    words after which an ambiguous name is the place ("à", "près d'", "maire de")
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/organization/phrase_list.hpp"
#include "extract/organization/word_classes.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::extract::names {

class OrgCues {
 public:
  explicit OrgCues(const lexicon::LexiconSet& lexicons);

  PhraseList heads;
  PhraseList adjectives;  // nationalities included
  PhraseList suffixes;
  PhraseList prefixes;
  PhraseList institutions;
  PhraseList courts;
  PhraseList ministries;
  PhraseList subsidiaries;
  PhraseList units;
  PhraseList stops;
  PhraseList place_before;
  PhraseList company_before;
  PhraseList predicates;
  std::vector<std::string> legal_forms;  // matched as written: "SA" is not "sa"
  // The legal forms that start with byte `b`, by their index in legal_forms, in its order: as
  // forms match as written, a token is compared only with those of its first byte.
  const std::vector<std::uint32_t>& legal_forms_starting(char b) const {
    return legal_forms_by_first_[static_cast<unsigned char>(b)];
  }
  // Whether a legal form may start at token i, from its class bits ("&" always may: "& Co").
  bool legal_form_may_start(const Words& w, std::size_t i) const {
    return legal_bit_ == 0 || (w[i].classes & legal_bit_) != 0 || w.is_punct("&", i);
  }

  // Registers the lists with the extractor's word screen.
  void screen(WordClasses& classes);

  // Per group of `heads`: whether the head names a company kind (strong) or only suggests one.
  bool strong_head(long group) const { return group >= 0 && static_cast<std::size_t>(group) < strong_.size() && strong_[group]; }
  // Per group of `adjectives`: whether it is a nationality, which may stand alone as a head.
  bool nationality(long group) const {
    return group >= 0 && static_cast<std::size_t>(group) < nationality_.size() && nationality_[group];
  }
  // Whether a lower-case word ends like an adjective ("nationale", "financier", "unifiée").
  bool adjective_ending(std::string_view lower_word) const;

 private:
  std::uint32_t legal_bit_ = 0;
  std::vector<std::string> legal_keys_;
  std::array<std::vector<std::uint32_t>, 256> legal_forms_by_first_;
  std::vector<bool> strong_;
  std::vector<bool> nationality_;
  std::vector<std::string> endings_;  // as written, without the hyphen
};

}  // namespace extrait::extract::names
