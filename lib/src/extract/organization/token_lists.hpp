// extract/organization/token_lists.hpp: the few tokens the name finders have something to do at.
//
// Most tokens (lower-case words, punctuation) start nothing a name finder looks for: a finder
// wants a capital, an acronym, a cue word's class bit or one punctuation mark, and a finder that
// walked every token would spend most of its time turning the others away. Several finders want
// the same few tokens, so an extractor lists them once (tokens_where) and its finders walk that
// list, each still asking its own questions at every token listed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/organization/words.hpp"

namespace extrait::extract::names {

// A list to fill: the tokens that `wanted` (a test of one Word, cheap: it is asked at every
// token) accepts, in order, in place of those `out` held.
template <typename Wanted>
struct TokenList {
  Wanted wanted;
  std::vector<std::uint32_t>& out;
};

// Fills every list in one walk over the words: each word is loaded once for all of them, and the
// loop is paid once.
template <typename... Wanted>
void tokens_where(const Words& w, TokenList<Wanted>... lists) {
  const std::size_t n = w.size();
  (lists.out.resize(n), ...);
  if (n == 0) return;
  // Every token is written, and kept by moving past it: no branch, and no push_back() whose
  // bounds would be read again at every token.
  const Word* words = &w[0];
  std::uint32_t* kept[] = {lists.out.data()...};
  std::size_t count[sizeof...(Wanted)] = {};
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t k = 0;
    ((kept[k][count[k]] = static_cast<std::uint32_t>(i), count[k] += lists.wanted(words[i]) ? 1 : 0, ++k), ...);
  }
  std::size_t k = 0;
  ((lists.out.resize(count[k++])), ...);
}

// One list: the tokens `wanted` accepts, in place of those `out` held.
template <typename Wanted>
void tokens_where(const Words& w, Wanted wanted, std::vector<std::uint32_t>& out) {
  tokens_where(w, TokenList<Wanted>{wanted, out});
}

}  // namespace extrait::extract::names
