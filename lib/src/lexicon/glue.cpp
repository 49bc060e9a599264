#include "lexicon/glue.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::lexicon {

GlueWords::GlueWords(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    std::string lower;
    for (std::size_t i = 0; i < w.size();) {
      auto [c, len] = text::decode(w, i);
      text::append_utf8(lower, text::to_lower(c));
      i += len;
    }
    words_.insert(lower);
  }
}

bool GlueWords::glued_at(std::string_view text, std::size_t at) const {
  std::string word;
  std::size_t i = at;
  while (i < text.size()) {
    auto [c, len] = text::decode(text, i);
    if (!text::is_letter(c)) {
      // "Microsoftl'ancien": an elided article glued to the name ends the glue word.
      if (c == '\'' && !word.empty()) word.push_back('\'');
      break;
    }
    text::append_utf8(word, text::to_lower(c));
    i += len;
  }
  return !word.empty() && words_.count(word) > 0;
}

}  // namespace extrait::lexicon
