// facts/roles.hpp: the part an organization plays in a fact (lexicons/roles.tsv).
//
// The cue is the preposition in front of the organization's noun phrase ("dans OpenAI", "auprès
// d'Alstom", "à l'américain Collins"), else its place: the subject before the trigger, the object
// after it. roles.tsv maps kind and cue to a role, the first row that holds winning; a row may
// ask for a verb between the organization and the trigger ("Valmora cède… à Orsa": the subject
// sells). Then one fact has one payer, one buyer…: settle_roles() resolves the doubles.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extrait/report.hpp"
#include "facts/fact_lexicon.hpp"
#include "facts/words.hpp"

namespace extrait::facts {

// Where the noun phrase of the name at word `at` begins: before its articles and up to two common
// words ("à l'américain Collins", "filiale du groupe Doorn"), so that the preposition in front of
// it can be read.
std::size_t noun_phrase_start(const FactLexicon& lexicon, const std::vector<Word>& words, std::size_t at);

struct RoleFound {
  std::string role;       // "" where the sentence shows none
  bool by_place = false;  // from its place as subject or object, not from a preposition
};

// The role of an organization (or of the word that stands for it) at word `at`, in a fact of
// `kind` whose trigger spans words [anchor, anchor_end) (the amount's first word when there is no
// trigger).
RoleFound role_at(const FactLexicon& lexicon, const std::vector<Word>& words, const std::string& kind,
                  std::size_t at, std::size_t anchor, std::size_t anchor_end);

// One payer, one buyer… per fact. A role a preposition gives ("promettre par Nvidia") wins over
// the same role taken from a place ("La start-up s'est vue promettre…"), which then takes the
// counterpart (payer/recipient, buyer/target) when it is free; among places, the one nearest to
// the trigger keeps the role. `by_place` and `places` (the words of the organizations) are
// parallel to `orgs`.
void settle_roles(std::vector<FactOrganization>& orgs, const std::vector<bool>& by_place,
                  const std::vector<std::size_t>& places, std::size_t anchor);

}  // namespace extrait::facts
