// facts/phrase_index.hpp: finds lexicon phrases among the words of a sentence.
//
// Phrases are sequences of folded words (facts/words.hpp); the last word of a phrase may be a
// stem ("rachat*") that stands for every word starting with it. Lookups start from a hash of the
// first word, so a lookup costs a few hash probes whatever the size of the lexicon; one more, of
// the second word, spares comparing a word that starts many phrases ("le") with all of them.
// One-word stems are few, sorted by their first two bytes: the stems a word may start with are
// found by a binary search on its own two, then compared, rather than by hashing each of its
// prefixes. Most words start no phrase, and every
// rule asks about every word: a table of the first two bytes of the first words (and of the
// stems) answers most of them without either.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "facts/words.hpp"

namespace extrait::facts {

class PhraseIndex {
 public:
  // `words`: the folded words of the phrase, the last one ending with '*' for a stem. A phrase
  // added twice keeps its first payload (built-in lexicons come first).
  void add(std::vector<std::string> words, std::uint32_t payload);

  struct Match {
    std::size_t length = 0;  // in words
    std::uint32_t payload = 0;
  };
  // The longest phrase that starts at words[at] (more words, then the longer last word); none
  // when no phrase does.
  std::optional<Match> longest_at(const std::vector<Word>& words, std::size_t at) const;
  // The longest phrase that ends right before words[end] (its last word is words[end - 1]).
  std::optional<Match> longest_ending_at(const std::vector<Word>& words, std::size_t end) const;

  bool empty() const { return phrases_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> words;
    bool stem = false;  // the last word is a stem
    std::size_t weight = 0;  // total bytes, to rank phrases of the same length
    std::uint32_t payload = 0;
  };
  // Whether phrase `p`, found by its first word, matches words[at...] (words[at] is that word).
  bool matches(const Phrase& p, const std::vector<Word>& words, std::size_t at) const;
  // Calls f(phrase) for every phrase of `length` words (any length when 0) that starts at words[at].
  template <typename F>
  void each_match(const std::vector<Word>& words, std::size_t at, std::size_t length, F&& f) const;
  // The best phrase at words[at] of `length` words (any length when 0).
  std::optional<Match> best(const std::vector<Word>& words, std::size_t at, std::size_t length) const;

  // Lets the tables be searched with a string_view, without making a string per probe.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Table = std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>>;
  // The phrases that start with one word. Many start with the same small word ("le groupe", "le
  // constructeur"...): those whose second word is whole (not the stem) are found by it too.
  struct FirstWord {
    std::vector<std::uint32_t> rest;  // one word, or a stem second and last
    Table by_second;
  };

  // The first two bytes of a word (a one-byte word: its byte and 0), as an index of the tables below.
  static std::size_t head_of(std::string_view word) {
    const auto byte = [&](std::size_t k) { return static_cast<std::size_t>(static_cast<unsigned char>(word[k])); };
    return word.size() >= 2 ? byte(0) << 8 | byte(1) : word.empty() ? 0 : byte(0) << 8;
  }

  // A one-word stem: head_of its text, its length and its phrase.
  struct StemRef {
    std::size_t head = 0;
    std::size_t length = 0;  // bytes
    std::uint32_t id = 0;
  };
  // Calls f(phrase) for every one-word stem of `head` that `word` starts with, longest first
  // (`one_byte`: the stems of one byte, else the longer ones).
  template <typename F>
  void each_stem(std::string_view word, std::size_t head, bool one_byte, F&& f) const;

  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, FirstWord, Hash, std::equal_to<>> by_first_;  // exact first word
  // One-word stems by head, the longest first, then as added: the order in which a word's stems
  // are offered to a rule, so that of two equal phrases the first added wins.
  std::vector<StemRef> stems_;
  std::vector<bool> first_heads_ = std::vector<bool>(1 << 16);  // head_of every first word
  std::vector<bool> stem_heads_ = std::vector<bool>(1 << 16);   // head_of every stem of 2 bytes or more
  std::vector<bool> stem_firsts_ = std::vector<bool>(1 << 8);   // the byte of every one-byte stem
  std::size_t longest_ = 0;  // the most words of a phrase
};

}  // namespace extrait::facts
