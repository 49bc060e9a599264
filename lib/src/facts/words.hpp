// facts/words.hpp: the words of a sentence in the one spelling the fact rules compare.
//
// Every rule of the facts stage (triggers, certainty cues, roles, references) matches lexicon
// phrases against these words. A word's `form` is its lower-case text with the small words that
// French contracts or elides folded to one form each ("d'", "du", "des" → "de"; "au", "aux" →
// "à"; "l'", "la", "les" → "le"), so that one lexicon line "vente de" covers "vente d'", "vente du"
// and "vente des". Lexicon phrases go through the same folding (split_phrase).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "segment/segmenter.hpp"

namespace extrait::facts {

// A normalized byte range of the document.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Word {
  std::size_t begin = 0;  // normalized bytes
  std::size_t end = 0;
  std::string form;  // lower case, folded (see above); punctuation as written
  segment::TokenKind kind = segment::TokenKind::word;
  int entity = -1;  // index of the report entity that covers the word, or -1
};

// Lower case, code point by code point.
std::string lower_case(std::string_view text);
// Appends `text` in lower case to `out`.
void append_lower_case(std::string& out, std::string_view text);
// The folded form of one lower-case word.
std::string fold_word(std::string_view lower);

// The words of sentence `sentence`, each with the entity that covers it (entities and `ranges`
// are parallel: the normalized range of each report entity).
std::vector<Word> sentence_words(std::string_view text, const segment::Segmentation& segmentation,
                                 std::size_t sentence, std::span<const std::size_t> entities,
                                 const std::vector<TextRange>& ranges);

// A lexicon phrase as words: split at spaces and after an elided word ("chiffre d'affaires" →
// "chiffre", "de", "affaires"), then lower-cased and folded. `elisions` holds the elided forms
// with their apostrophe ("l'", "qu'").
std::vector<std::string> split_phrase(std::string_view phrase, const std::unordered_set<std::string>& elisions);

}  // namespace extrait::facts
