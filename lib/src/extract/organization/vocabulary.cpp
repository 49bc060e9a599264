#include "extract/organization/vocabulary.hpp"

#include <string>

#include "lexicon/embedded.hpp"

namespace extrait::extract::names {

namespace {

// Every built-in lexicon whose name starts with `prefix` and ends in ".txt": places.txt,
// places_cities.txt… so that the place lists may be split as their editors like.
std::vector<std::string> files_starting(std::string_view prefix) {
  std::vector<std::string> out;
  for (const lexicon::EmbeddedFile& f : lexicon::embedded_files()) {
    const std::string_view name = f.name;
    if (name.substr(0, prefix.size()) == prefix && name.size() > 4 && name.substr(name.size() - 4) == ".txt") {
      out.emplace_back(name);
    }
  }
  return out;
}

}  // namespace

Vocabulary::Vocabulary(const lexicon::LexiconSet& lexicons)
    : places(lexicons, files_starting("places")),
      products(lexicons, {"products.txt"}),
      not_organizations(lexicons, {"not_organizations.txt"}),
      currency_codes(lexicons, {"currencies.tsv"}),
      common_words(lexicons, files_starting("common_words")) {}

void Vocabulary::screen(WordClasses& classes) {
  for (PhraseList* list : {&places, &products, &not_organizations, &currency_codes, &common_words}) classes.add(*list);
}

bool Vocabulary::place_or_product(const Words& w, std::size_t first, std::size_t last,
                                  std::vector<NameTrie::Hit>& scratch) const {
  if (first >= last) return false;
  return places.whole(w, first, last, scratch) || products.whole(w, first, last, scratch) ||
         not_organizations.whole(w, first, last, scratch);
}

bool Vocabulary::common(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch) const {
  return common_words.whole(w, i, i + 1, scratch);
}

bool Vocabulary::common_at_start(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch) const {
  return w[i].sentence_start && !w[i].acronym && common(w, i, scratch);
}

}  // namespace extrait::extract::names
