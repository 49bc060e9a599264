// facts/fact_finder.hpp: the facts stage: for every amount and percentage, the fact it states.
//
// For each money and percent entity: its kind and trigger (facts/triggers.hpp), its certainty
// (facts/certainty.hpp), the organizations involved with their roles (facts/participants.hpp)
// and the date of its sentence nearest to it. A conversion ("(environ 8,53 milliards d'euros)")
// shares the fact of the amount it converts. An amount that names no trigger of its own but
// repeats an amount stated before ("les 10 milliards d'Amazon", "supérieurs à 65 euros") takes
// that amount's kind: it is the same money spoken of again.
// Only sentences that hold an amount are read, word by word: the cost grows with the text, never
// with the square of it.
#pragma once

#include <vector>

#include "extrait/report.hpp"
#include "facts/fact_lexicon.hpp"
#include "facts/words.hpp"
#include "lexicon/lexicon_set.hpp"
#include "segment/segmenter.hpp"

namespace extrait::facts {

struct FactInput {
  std::string_view text;  // normalized
  const segment::Segmentation& segmentation;
  const std::vector<Entity>& entities;  // the report's, in text order
  const std::vector<TextRange>& ranges;  // the normalized bytes of each entity
};

class FactFinder {
 public:
  explicit FactFinder(const lexicon::LexiconSet& lexicons) : lexicon_(lexicons) {}

  // The facts, in the order of their amounts. Thread-safe.
  std::vector<Fact> find(const FactInput& input) const;

  const FactLexicon& lexicon() const { return lexicon_; }

 private:
  FactLexicon lexicon_;
};

}  // namespace extrait::facts
