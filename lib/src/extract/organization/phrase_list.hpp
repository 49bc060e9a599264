// extract/organization/phrase_list.hpp: a list of words or phrases to recognize whole.
//
// Places, products, common words, first names: lists whose only question is "does one of them
// stand here, as whole words?". Matching is spelling-blind (fold.hpp); the caller checks case
// where it matters. Asked about a token, a list first reads the token's class bits (see
// word_classes.hpp): one hash look-up per token tells every list whether one of its phrases can
// start there, so that most tokens never reach the tries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/organization/name_trie.hpp"
#include "extract/organization/words.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::extract::names {

class PhraseList {
 public:
  PhraseList() = default;
  // The first field of every row of these lexicon files; the later fields are the caller's.
  PhraseList(const lexicon::LexiconSet& lexicons, const std::vector<std::string>& files);

  // Adds a phrase; returns its group in the trie (the same for two spellings of one folded form).
  // Call compile() after the last one.
  std::uint32_t add(std::string_view phrase);
  void compile() { trie_.compile(); }
  // Makes room for `phrases` phrases of `bytes` bytes in all, before they are added (see
  // NameTrie::reserve).
  void reserve(std::size_t phrases, std::size_t bytes);

  // The end of the longest phrase that starts at byte `at` and ends a word, or 0 when none does;
  // `group`, when given, receives that phrase's group (what group_of() would say of it, without
  // a second walk). `scratch` is the caller's reusable buffer.
  std::size_t longest_at(std::string_view text, std::size_t at, std::vector<NameTrie::Hit>& scratch,
                         long* group = nullptr) const;
  // Whether text[begin, end) is exactly one phrase of the list.
  bool whole(std::string_view text, std::size_t begin, std::size_t end, std::vector<NameTrie::Hit>& scratch) const;
  // The group of the phrase that is exactly text[begin, end), or -1.
  long group_of(std::string_view text, std::size_t begin, std::size_t end, std::vector<NameTrie::Hit>& scratch) const;

  // The same questions about tokens: the phrase starts at token i, or is tokens [first, last).
  // (The screens are inline: most tokens are turned away there, before any call.)
  std::size_t longest_at(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch,
                         long* group = nullptr) const {
    if (i >= w.size() || !may_start(w, i)) return 0;
    return longest_at(w.text(), w[i].begin, scratch, group);
  }
  bool whole(const Words& w, std::size_t first, std::size_t last, std::vector<NameTrie::Hit>& scratch) const {
    if (last == first + 1) return whole_token(w, first, scratch);
    return group_of(w, first, last, scratch) >= 0;
  }
  long group_of(const Words& w, std::size_t first, std::size_t last, std::vector<NameTrie::Hit>& scratch) const {
    if (first >= last || last > w.size() || !may_start(w, first)) return -1;
    return group_of(w.text(), w[first].begin, w[last - 1].end, scratch);
  }
  // Whether a phrase of the list may start at token i, from its class bits alone.
  bool may_start(const Words& w, std::size_t i) const { return may_start_among(w[i].classes); }
  // Whether a phrase of the list may start at one of several tokens whose class bits, together,
  // are `classes` (Words::classes_before): one test for them all.
  bool may_start_among(std::uint64_t classes) const { return bit_ == 0 || (classes & bit_) != 0; }
  // The class bit that may_start() reads, 0 when the list is unscreened (every token may start a
  // phrase); see StartScreen.
  std::uint32_t start_bit() const { return bit_; }
  // Whether token i alone is a phrase of the list; from its bits when the token is plain.
  bool whole_token(const Words& w, std::size_t i, std::vector<NameTrie::Hit>& scratch) const {
    if (i >= w.size()) return false;
    // A plain token's bits are exact: its key is the whole token, and every one-word phrase that
    // is all key was registered. Other tokens ("aujourd'hui") ask the trie.
    if (bit_ != 0 && w[i].plain) return (w[i].classes & (std::uint64_t{bit_} << 32)) != 0;
    return group_of(w, i, i + 1, scratch) >= 0;
  }


  // For WordClasses: the folded first words of the phrases, whether some phrase has none (then
  // the list cannot be screened), and the bit the list was given.
  const std::vector<std::string>& first_words() const { return first_words_; }
  const std::vector<std::string>& whole_words() const { return whole_words_; }  // one-word phrases
  bool unscreened() const { return unscreened_; }
  void set_bit(std::uint32_t bit) { bit_ = bit; }

 private:
  NameTrie trie_;
  std::vector<std::string> first_words_;
  std::vector<std::string> whole_words_;
  bool unscreened_ = false;
  std::uint32_t bit_ = 0;  // 0: not screened, every token may start a phrase
};

// Several lists asked at every token: one test of a token's class bits says whether a phrase of
// any of them may start there, so that most tokens are turned away at once.
class StartScreen {
 public:
  StartScreen(std::initializer_list<const PhraseList*> lists) {
    for (const PhraseList* list : lists) {
      if (list->start_bit() == 0) screened_ = false;  // an unscreened list may start anywhere
      bits_ |= list->start_bit();
    }
  }
  bool may_start(const Words& w, std::size_t i) const { return may_start(w[i]); }
  bool may_start(const Word& word) const { return !screened_ || (word.classes & bits_) != 0; }

 private:
  std::uint64_t bits_ = 0;
  bool screened_ = true;
};

}  // namespace extrait::extract::names
