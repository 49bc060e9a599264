// extract/number/number_extractor.hpp: plain numbers and counts ("3 000 salariés").
//
// Every number that no other dimension claims: a count with the noun it counts ("3 000
// salariés" → unit "salariés", "2 millions de tonnes" → "tonnes"), or a number on its own.
// Off by default in the report (`--types number`), so that money and percent stay clean; its
// mentions have the lowest priority, so an amount, a percentage or a date over the same words
// always wins. Signs are read ("-1,2", "moins 1200"); an article "un"/"une" is a number only
// when nothing follows it; a phone number, a model name ("A380", "5G") or a reference
// ("article 49.3", "n° 12": lexicons/number_references.txt) is no count.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extract/extractor.hpp"
#include "extract/resources.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::extract {

class NumberExtractor final : public Extractor {
 public:
  explicit NumberExtractor(const Resources& resources);
  EntityType type() const override { return EntityType::number; }
  void extract(const DocumentView& doc, std::vector<Mention>& out) const override;

 private:
  // The counted noun after byte `end`, or empty.
  std::string counted_noun(std::string_view text, std::size_t end) const;

  // Hashes a view of the text as it hashes a string: a word is looked up without a copy.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };

  std::unordered_set<std::string, WordHash, std::equal_to<>> function_words_;  // "et", "de", "pour":
                                                                               // never a counted noun
  lexicon::PhraseTrie references_{lexicon::PhraseTrie::Direction::backward};  // "article", "n°"
};

}  // namespace extrait::extract
