// extract/date/word_index.hpp: which lexicon forms may start at a word, in one hash look-up.
//
// The date and duration readers are asked at every token of every document, and nearly all
// tokens start no date: before any trie walk, this index answers from the token's first word
// alone (lower-cased in a buffer on the stack, hashed once, looked up in an open-addressing
// table: no allocation, no per-character map look-ups) with the bits of the forms that start
// with that word. A form that ends with a period or a hyphen ("janv.", "mi-") is found at the
// start of a longer word ("mi-novembre"); a form allowed to be glued to the next word by a
// stripped link ("octobre" in "octobrela") is found at the start of any longer word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace extrait::extract::date {

class WordIndex {
 public:
  // Adds the first word of `form` ("il" for "il y a", "l'" for "l'an") with `bits`; `glue` if a
  // longer word that begins with it may start the same forms.
  void add(std::string_view form, std::uint32_t bits, bool glue);
  // Builds the table; call once after the last add().
  void freeze();

  // The bits of the forms that may start at byte `at` of `text`; 0 for none.
  std::uint32_t at(std::string_view text, std::size_t at) const;
  // False when at() is 0 by the first two bytes alone (the test at() makes first), inline for the
  // callers that ask at every word.
  bool may_start(std::string_view text, std::size_t at) const {
    if (slots_.empty() || at >= text.size()) return false;
    const auto low = [](char c) -> std::size_t {
      const auto b = static_cast<unsigned char>(c);
      return b >= 'A' && b <= 'Z' ? b + 32u : b;
    };
    return pairs_[low(text[at]) << 8 | (at + 1 < text.size() ? low(text[at + 1]) : 0)];
  }

 private:
  struct Entry {
    std::string word;  // lower case
    std::uint32_t bits = 0;
    std::uint32_t glued = 0;  // the bits a longer word that begins with this one starts
  };
  const Entry* find(std::string_view word, std::uint64_t hash) const;

  std::vector<Entry> entries_;
  // Open addressing over the entries: a power of two of slots, each the word's hash (0 for a free
  // slot) and its entry, side by side so that a probe reads one cache line.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_;
  std::vector<std::uint8_t> prefix_lengths_;  // byte lengths of the words that may be glued
  // The first two bytes of every listed word, lower-cased (ASCII case only): a word whose first
  // two bytes are not among them is rejected without being read; the same for the first byte of
  // the words that may be glued.
  std::vector<bool> pairs_ = std::vector<bool>(1 << 16, false);
  std::vector<bool> glue_firsts_ = std::vector<bool>(256, false);
  // Every form found at a word begins that word: the first byte of the listed words of one byte,
  // the first two of those of two bytes and the first three (hashed) of the others tell, once the
  // word is read, the many words that begin like none ("des", "mais", "cela") before any look-up.
  bool begins_like_one(std::string_view word) const;
  std::vector<bool> lone_firsts_ = std::vector<bool>(256, false);
  std::vector<bool> short_pairs_ = std::vector<bool>(1 << 16, false);
  std::vector<bool> triples_ = std::vector<bool>(1 << 16, false);
  // The first three bytes of the words that may be glued, hashed: most words that begin like one
  // of them ("de" of "demain", "ma" of "mars") part from all of them by the third byte, and are
  // then rejected before a look-up per glued length. Only when every such word has three bytes.
  std::vector<bool> glue_triples_ = std::vector<bool>(1 << 16, false);
  bool glue_triples_usable_ = true;
};

// The first word at `at`: letters, digits, hyphens and periods, up to an elision's apostrophe
// included ("l'", "d'"); "aujourd'hui" stays whole. Returns its end.
std::size_t first_word_end(std::string_view text, std::size_t at);

}  // namespace extrait::extract::date
