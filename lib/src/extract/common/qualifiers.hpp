// extract/common/qualifiers.hpp: "au moins", "plus de", "environ"… around an amount.
//
// Phrases come from lexicons/qualifiers.tsv. A qualifier stays outside the entity's span (the
// guidelines' rule) but is recorded on it; the span of the phrase is returned too, so that the
// money extractor can see what stands before it (a parenthesis that makes the amount a
// conversion of the one before).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extrait/report.hpp"
#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::extract {

struct FoundQualifier {
  Qualifier qualifier = Qualifier::exact;
  std::size_t begin = 0;  // the phrase's bytes in the normalized text
  std::size_t end = 0;
};

class Qualifiers {
 public:
  explicit Qualifiers(const lexicon::LexiconSet& lexicons);

  // The qualifier that ends right before byte `begin` (one space between), or right after byte
  // `end` ("3 000 euros au maximum"); the one before wins.
  std::optional<FoundQualifier> around(std::string_view text, std::size_t begin, std::size_t end) const;

 private:
  lexicon::PhraseTrie before_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie after_;
  std::vector<Qualifier> values_;
};

std::optional<Qualifier> parse_qualifier(std::string_view name);

}  // namespace extrait::extract
