// facts/triggers.hpp: what an amount is, from the trigger word nearest to it in its clause.
//
// Syntax-light rules, in this order of preference:
//  1. the noun right after the amount through "de" ("420 millions d'euros de chiffre
//     d'affaires", "600 millions de sanctions");
//  2. the trigger nearest before the amount, distance counted in content words (function words
//     and qualifiers are free: "un chiffre d'affaires ajusté de X" is one word away), commas,
//     parentheses, quotes, relative pronouns and other amounts in between adding to it;
//  3. a trigger after the amount in the same comma-delimited stretch, at a higher cost.
// The chosen trigger then yields to the head of its noun phrase when it is only the complement
// of another trigger ("le coût du plan" is a cost, "le prix de rachat" a price, "la charge de la
// dette" a cost).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extrait/report.hpp"
#include "facts/fact_lexicon.hpp"
#include "facts/sentence_index.hpp"
#include "facts/words.hpp"

namespace extrait::facts {

struct TriggerHit {
  std::size_t first = 0;  // words [first, last) of the sentence
  std::size_t last = 0;
  std::string kind;
};

// The triggers of a sentence, left to right, the longest phrase at each word; phrases that hide a
// trigger ("au cours de") and words inside entities ("Banque européenne d'investissement") give
// none.
std::vector<TriggerHit> find_triggers(const FactLexicon& lexicon, const std::vector<Word>& words);

// The trigger of the amount over words [first, last), if any rule finds one; only triggers within
// kWindow words are considered (sentence_index.hpp).
std::optional<TriggerHit> attach_trigger(const FactLexicon& lexicon, const std::vector<Word>& words,
                                         const SentenceIndex& index, const std::vector<TriggerHit>& hits,
                                         std::size_t first, std::size_t last);

}  // namespace extrait::facts
