// summary/sentence_filter.hpp: which sentences may stand in a summary.
//
// A summary is prose: a sentence that ends with its final punctuation (". ! ?", or a closing
// quote or parenthesis after one; not an ellipsis, which leaves it unfinished), holds enough
// words to say something, and is not page furniture. Titles and subheads are lines without final punctuation ("D'éventuels partenariats
// commerciais"), so the first rule keeps them out, as it keeps out captions and bylines;
// lexicons/boilerplate.txt lists the furniture that does end with a period ("Lire aussi : …",
// "Photo : …", "© AFP").
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_set.hpp"

namespace extrait::summary {

class SentenceFilter {
 public:
  explicit SentenceFilter(const lexicon::LexiconSet& lexicons);

  // Whether the normalized sentence `sentence` (`words` words long) may be summarized: complete
  // and not boilerplate.
  bool is_prose(std::string_view sentence, std::size_t words) const;
  // The cheap half of is_prose: enough words, final punctuation, no ellipsis.
  static bool is_complete(std::string_view sentence, std::size_t words);
  // Whether it starts with, or holds, a boilerplate phrase.
  bool is_boilerplate(std::string_view sentence) const;
  // Whether it ends as a sentence does.
  static bool ends_as_sentence(std::string_view sentence);

  // Fewer words than this make a fragment ("Au menu.", "Merci.").
  static constexpr std::size_t kMinWords = 6;

 private:
  std::vector<std::string> starts_;    // lower case, sorted by their first byte
  std::array<std::uint32_t, 257> starts_by_byte_{};  // starts_ from [b] to [b + 1] begin with byte b
  std::size_t longest_start_ = 0;      // bytes
  std::vector<std::string> anywhere_;  // lower case
};

}  // namespace extrait::summary
