// lexicon/glue.hpp: words glued to the one before where a web page's link was stripped.
//
// Text copied from web pages loses the space around links: "la chaîne CNBCelle serait",
// "100 milliards de dollarsen cherche", "en octobrela start-up". The tokenizer cannot know where
// to cut such a token, but an extractor that has just recognized a known word ("dollars",
// "octobre", "CNBC") inside it can ask whether the rest is a short French word that commonly
// follows (lexicons/glue_words.txt); if so, the known word ends there.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace extrait::lexicon {

class GlueWords {
 public:
  GlueWords() = default;
  explicit GlueWords(const std::vector<std::string>& words);

  // Whether the letters that start at byte `at` of `text` (up to the end of the word, an elided
  // "l'" or "d'" included) form one of the glue words.
  bool glued_at(std::string_view text, std::size_t at) const;

 private:
  std::unordered_set<std::string> words_;  // lower case
};

}  // namespace extrait::lexicon
