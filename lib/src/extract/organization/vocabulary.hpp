// extract/organization/vocabulary.hpp: capitalized words that are not organizations or people.
//
// A capital makes a name, but not every name is an organization: places (lexicons/places*.txt:
// countries, regions, cities), products (lexicons/products.txt: "ChatGPT", "iPhone", "Trainium"),
// other capitalized things (lexicons/not_organizations.txt: "PIB", "Ligue 1", "France 2030"),
// currency codes (lexicons/currencies.tsv: "USD"),
// and, at the start of a sentence, plain French words ("Selon", "Depuis":
// lexicons/common_words*.txt).
// Both name extractors ask these lists before they take a capitalized word for a name.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/organization/phrase_list.hpp"
#include "extract/organization/word_classes.hpp"
#include "extract/organization/words.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::extract::names {

class Vocabulary {
 public:
  explicit Vocabulary(const lexicon::LexiconSet& lexicons);

  PhraseList places;
  PhraseList products;
  PhraseList not_organizations;
  PhraseList currency_codes;  // lexicons/currencies.tsv: "EUR", "USD", never an organization's acronym
  PhraseList common_words;

  // Registers the lists with the extractor's word screen.
  void screen(WordClasses& classes);

  // Whether tokens [first, last) are exactly a place, a product or something else listed as no
  // organization.
  bool place_or_product(const Words& w, std::size_t first, std::size_t last,
                        std::vector<NameTrie::Hit>& scratch) const;
  // Whether token i is a French common word written with a capital only because it starts a
  // sentence ("Selon", "Pour", "Depuis").
  bool common_at_start(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch) const;
  // Whether token i is a French common word (whatever its place).
  bool common(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch) const;
};

}  // namespace extrait::extract::names
