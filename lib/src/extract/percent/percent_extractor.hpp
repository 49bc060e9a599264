// extract/percent/percent_extractor.hpp: percentages and percentage points.
//
// "4,5 %", "4,5%", "12 pour cent", "+3 %", "1,3 point", "0,9 point de pourcentage",
// "trois points". Units come from lexicons/percent_units.tsv; a range of percentages
// ("entre 3 et 5 %") is two percents, the first taking the unit of the second. Qualifiers
// ("au moins 15 %", "près de 4 %") are recorded as for amounts of money.
#pragma once

#include "extract/common/qualifiers.hpp"
#include "extract/extractor.hpp"
#include "extract/resources.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::extract {

class PercentExtractor final : public Extractor {
 public:
  explicit PercentExtractor(const Resources& resources);
  EntityType type() const override { return EntityType::percent; }
  void extract(const DocumentView& doc, std::vector<Mention>& out) const override;

 private:
  Qualifiers qualifiers_;
  lexicon::PhraseTrie units_;
  lexicon::PhraseTrie prefixes_{lexicon::PhraseTrie::Direction::backward};
};

}  // namespace extrait::extract
