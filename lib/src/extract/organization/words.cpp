#include "extract/organization/words.hpp"

#include <algorithm>
#include <iterator>

#include "extract/organization/fold.hpp"
#include "extract/organization/word_classes.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

// Punctuation after which a capital says nothing: it opens a quotation, a clause or a title.
bool opens_clause(std::string_view p) {
  return p == "«" || p == "\"" || p == "“" || p == ":" || p == "(" || p == "—" || p == "–" ||
         p == "-" || p == "[" || p == "!" || p == "?" || p == "…" || p == ";" || p == "•";
}

}  // namespace

Words::Words(std::string_view text, const segment::Segmentation& seg, const WordClasses* classes) : text_(text) {
  const auto& tokens = seg.tokens;
  words_.resize(tokens.size());
  sentence_.assign(tokens.size(), 0);
  for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
    const auto& range = seg.sentences[s];
    for (std::size_t t = range.first_token; t < range.last_token && t < tokens.size(); ++t) {
      sentence_[t] = static_cast<std::uint32_t>(s);
    }
  }
  std::size_t previous_end = 0;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    Word& w = words_[t];
    w.begin = tokens[t].begin;
    w.end = tokens[t].end;
    w.kind = tokens[t].kind;
    for (std::size_t i = previous_end; i < w.begin; ++i) {
      if (text[i] == '\n') w.newline_before = true;
      else if (text[i] == ' ') w.space_before = true;
    }
    previous_end = w.end;
    if (w.kind == segment::TokenKind::word) {
      std::size_t letters = 0;
      bool lower = false;
      bool first = true;
      for (std::size_t i = w.begin; i < w.end;) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        char32_t c = b;
        bool up = false;
        if (b < 0x80) {
          ++i;
          const bool upper_ascii = b >= 'A' && b <= 'Z';
          if (!upper_ascii && !(b >= 'a' && b <= 'z')) continue;
          up = upper_ascii;
        } else {
          const auto d = text::decode(text, i);
          i += d.length;
          c = d.code_point;
          if (!text::is_letter(c)) continue;
          up = text::is_upper(c);
        }
        ++letters;
        if (first) w.capital = up;
        else if (up) w.inner_capital = true;
        if (!up && (c < 0x80 || text::to_lower(c) == c)) lower = true;
        first = false;
      }
      w.acronym = letters >= 2 && !lower;
    }
    if (classes) w.classes = classes->of(text, w.begin, w.end, &w.plain);
    const bool first_of_sentence =
        t == 0 || sentence_[t] != sentence_[t - 1] || w.newline_before;
    w.sentence_start = first_of_sentence ||
                       (words_[t - 1].kind == segment::TokenKind::punct && opens_clause(str(t - 1)));
  }
}

bool Words::is(std::size_t i, std::string_view word) const {
  if (i >= words_.size()) return false;
  const std::string_view s = str(i);
  // Case changes keep the length in bytes for the letters of French words: a cheap first test.
  if (s.size() != word.size()) return false;
  bool ascii = true;
  for (std::size_t k = 0; k < s.size() && ascii; ++k) {
    const unsigned char a = static_cast<unsigned char>(s[k]);
    const unsigned char b = static_cast<unsigned char>(word[k]);
    if (a >= 0x80 || b >= 0x80) {
      ascii = false;
      break;
    }
    if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != b) return false;
  }
  if (ascii) return true;
  std::size_t a = 0;
  std::size_t b = 0;
  while (a < s.size() && b < word.size()) {
    const auto [c, len] = text::decode(s, a);
    const auto [d, dlen] = text::decode(word, b);
    if (text::to_lower(c) != text::to_lower(d)) return false;
    a += len;
    b += dlen;
  }
  return a == s.size() && b == word.size();
}

bool Words::is_punct(std::string_view p, std::size_t i) const {
  if (i >= words_.size() || words_[i].kind == segment::TokenKind::word) return false;
  const Word& w = words_[i];
  return w.end - w.begin == p.size() && text_[w.begin] == p[0] && str(i) == p;
}

std::size_t Words::token_at(std::size_t at) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), at,
                             [](const Word& w, std::size_t x) { return w.begin < x; });
  if (it == words_.end() || it->begin != at) return words_.size();
  return static_cast<std::size_t>(it - words_.begin());
}

std::size_t Words::token_containing(std::size_t at) const {
  auto it = std::upper_bound(words_.begin(), words_.end(), at,
                             [](std::size_t x, const Word& w) { return x < w.begin; });
  if (it != words_.begin() && std::prev(it)->end > at) --it;
  return static_cast<std::size_t>(it - words_.begin());
}


}  // namespace extrait::extract::names
