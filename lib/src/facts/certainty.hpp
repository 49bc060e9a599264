// facts/certainty.hpp: whether a sentence presents its amounts as confirmed or not.
//
// `reported` when the sentence (GUIDELINES.md, "Facts on money amounts"):
//  - holds a phrase of unconfirmed news ("a rapporté", "selon nos informations", "sources
//    proches");
//  - attributes what it says to a source that is not on record ("selon une source", "d'après le
//    média américain…", "selon le cabinet…"); a source on record (a pronoun, a named person,
//    the company itself or its management: "selon elle", "selon Mme X", "selon la direction") is
//    not a reason;
//  - puts a verb in the conditional of reported news ("aurait atteint", "valoriserait"), unless
//    it is the future seen from the past ("avait averti que la dette atteindrait");
//  - says "pourrait" without a source on record.
// `stated` otherwise, "devrait" included (a forecast, like the indicative future), and always for
// an amount inside a quotation, which a named speaker states, unless its source is anonymous.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extrait/report.hpp"
#include "facts/fact_lexicon.hpp"
#include "facts/words.hpp"

namespace extrait::facts {

struct SentenceCertainty {
  bool unconfirmed_phrase = false;  // "a rapporté", "selon nos informations"
  bool anonymous_source = false;    // an attribution to a source not on record
  bool on_record_source = false;    // an attribution to a source on record
  bool conditional = false;         // a conditional of reported news
  bool modal = false;               // "pourrait"
  // Where each attribution's source begins ("selon le cabinet X": the word after "selon"): the
  // organizations of a source are not parties to the facts.
  std::vector<std::size_t> sources;
  std::vector<bool> in_quote;        // per word: inside « » or " "
};

// `main_organization`: the name of the article's company, or empty; a source that is that company
// speaks on record.
SentenceCertainty read_certainty(const FactLexicon& lexicon, const std::vector<Word>& words,
                                 const std::vector<Entity>& entities, const std::string& main_organization);

// "stated" or "reported" for the amount that starts at word `first`.
std::string certainty_of(const SentenceCertainty& sentence, std::size_t first);

}  // namespace extrait::facts
