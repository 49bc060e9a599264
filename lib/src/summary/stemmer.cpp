#include "summary/stemmer.hpp"

#include <libstemmer.h>

namespace extrait::summary {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("french", "UTF_8")) {}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::stem(std::string_view lower_word) {
  if (!stemmer_ || lower_word.empty()) return std::string(lower_word);
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
                                         static_cast<int>(lower_word.size()));
  if (!out) return std::string(lower_word);  // out of memory inside libstemmer: the word stands for itself
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace extrait::summary
