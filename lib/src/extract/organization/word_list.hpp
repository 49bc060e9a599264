// extract/organization/word_list.hpp: a few small words asked about at many tokens.
//
// The finders ask at many tokens whether one is an article, a preposition, a particle ("le",
// "du", "van"…). Words::is_any() answers, but given an initializer list it has the list built on
// the stack at every call, then compares the token with each word of its length. A WordList
// keeps its words in static storage, with the set of their lengths in bytes and of their ASCII
// first letters, which turn most tokens away before any comparison.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "extract/organization/words.hpp"

namespace extrait::extract::names {

class WordList {
 public:
  // `words`, lower case as Words::is() wants them, must outlive the list: a static array.
  template <std::size_t N>
  constexpr explicit WordList(const std::string_view (&words)[N]) : words_(words) {
    for (const std::string_view word : words_) {
      if (word.size() < 64) lengths_ |= std::uint64_t{1} << word.size();
      else long_words_ = true;
      if (word.empty()) continue;
      const auto b = static_cast<unsigned char>(word[0]);
      if (b < 0x80) firsts_[b] = true;
      if (b >= 0x80 || b == 'i' || b == 'k') beyond_ascii_ = true;
    }
  }

  // Whether token i is one of the words, exactly as w.is_any(i, words) says.
  bool at(const Words& w, std::size_t i) const {
    if (i >= w.size()) return false;
    const Word& x = w[i];
    const std::size_t n = x.end - x.begin;
    // is() wants the same length in bytes; and, for a token that starts with an ASCII byte, that
    // byte in lower case is the word's first (a lower-case word that starts beyond ASCII, "à",
    // never equals such a token).
    if (n < 64 ? (lengths_ >> n & 1) == 0 : !long_words_) return false;
    if (n > 0) {
      const auto b = static_cast<unsigned char>(w.text()[x.begin]);
      if (b < 0x80 ? !firsts_[b >= 'A' && b <= 'Z' ? b + 32 : b] : !beyond_ascii_) return false;
    }
    return w.is_any(i, words_);
  }

 private:
  std::span<const std::string_view> words_;
  std::uint64_t lengths_ = 0;  // bit n: some word has n bytes
  bool long_words_ = false;    // some word has 64 bytes or more
  std::array<bool, 128> firsts_{};
  // Whether a token that starts beyond ASCII may be one of the words: some word does too, or
  // starts with "i" or "k", what "İ" and the Kelvin sign are in lower case.
  bool beyond_ascii_ = false;
};

}  // namespace extrait::extract::names
