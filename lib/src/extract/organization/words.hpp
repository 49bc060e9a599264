// extract/organization/words.hpp: the tokens of a document as name finders see them.
//
// Names are read off the shape of words: a capital, an acronym, "eBay" with its inner capital, the
// first word of a sentence (whose capital proves nothing). This builds, once per document, one
// record per token of the segmentation with those facts, so that the organization and person
// extractors ask them in constant time; and it offers the small comparisons both need ("is this
// token the word `de`?") without building strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "segment/segmenter.hpp"

namespace extrait::extract::names {

struct Word {
  // Bytes into the normalized text, which stays below 4 GiB (text/document.hpp): 32 bits hold them.
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  // Which lexicon lists may start a phrase here (low half), and which hold this very word as a
  // phrase of its own (high half); see word_classes.hpp. All set when no screen was given.
  std::uint64_t classes = ~std::uint64_t{0};
  segment::TokenKind kind = segment::TokenKind::word;
  // The next four are what the token's bytes alone decide, together in this order: words.cpp
  // copies them from the record of the word's type (segment/lexemes.hpp) in one move.
  bool capital = false;         // a word whose first letter is upper case: "Amazon", "SNCF"
  bool inner_capital = false;   // an upper-case letter after the first: "eBay", "BlaBlaCar"
  bool acronym = false;         // at least two letters, none lower case: "SNCF", "CFE-CGC"
  bool plain = false;  // the word is all key: letters, digits, hyphens (no inner apostrophe…)
  bool sentence_start = false;  // first word of a sentence, of a line, or after « : ( — …
  bool space_before = false;    // spaces (not a line break) between the previous token and this one
  bool newline_before = false;  // a line break between the previous token and this one
};
// A document has as many Words as tokens, several per word of text: 24 bytes each, eight bytes
// of flags after the places and the classes. (Bit-fields would save a few more bytes, but each
// write of one is a read, a mask and a write: slower to fill.)
static_assert(sizeof(Word) == 24);

class WordClasses;

class Words {
 public:
  // `classes`, when given, screens each word for the lists registered there; without it every
  // list is asked everywhere.
  Words(std::string_view text, const segment::Segmentation& segmentation, const WordClasses* classes = nullptr) {
    read(text, segmentation, classes);
  }
  // Makes these the words of another document, reusing the storage of the last one (a huge
  // document's is given back when the next one does not need it).
  void read(std::string_view text, const segment::Segmentation& segmentation, const WordClasses* classes = nullptr);

  std::size_t size() const { return words_.size(); }
  // Whether these words hold more storage than a document of ordinary length needs: read()
  // gives such storage back when the next document is short; a caller may give it back sooner.
  bool large() const { return words_.capacity() > kKeptWords; }
  const Word& operator[](std::size_t i) const { return words_[i]; }
  std::string_view text() const { return text_; }
  std::string_view str(std::size_t i) const { return text_.substr(words_[i].begin, words_[i].end - words_[i].begin); }

  // Whether token i is `word` (lower case) in any case: "De", "de", "DE" are "de"; accents count
  // ("a" is not "à").
  // (Inline up to the first byte: most tokens asked are another word, told apart there.)
  bool is(std::size_t i, std::string_view word) const {
    if (i >= words_.size()) return false;
    const Word& w = words_[i];
    // Case changes keep the length in bytes for the letters of French words: a cheap first test.
    if (w.end - w.begin != word.size() || word.empty()) return w.end - w.begin == word.size();
    const unsigned char a = static_cast<unsigned char>(text_[w.begin]);
    const unsigned char b = static_cast<unsigned char>(word[0]);
    if (a < 0x80 && b < 0x80 && (a >= 'A' && a <= 'Z' ? a + 32 : a) != b) return false;
    return same_word(w, word);
  }
  // Whether token i is one of `words` (lower case), as is() says; only those of its length are compared.
  bool is_any(std::size_t i, std::initializer_list<std::string_view> words) const {
    return is_any(i, std::span<const std::string_view>(words.begin(), words.size()));
  }
  bool is_any(std::size_t i, std::span<const std::string_view> words) const {
    if (i >= words_.size()) return false;
    const std::size_t n = words_[i].end - words_[i].begin;
    for (const std::string_view word : words) {
      if (word.size() == n && is(i, word)) return true;
    }
    return false;
  }
  // Whether token i is punctuation `p` (",", "(", "«").
  bool is_punct(std::string_view p, std::size_t i) const {
    if (i >= words_.size() || words_[i].kind == segment::TokenKind::word) return false;
    const Word& w = words_[i];
    return w.end - w.begin == p.size() && text_[w.begin] == p[0] && str(i) == p;
  }
  // The class bits of the `count` tokens before token i (fewer at the start), together: where a
  // phrase may start a few words before a token, one test of these says whether it may at all.
  std::uint64_t classes_before(std::size_t i, std::size_t count) const {
    std::uint64_t classes = 0;
    for (std::size_t k = i > count ? i - count : 0; k < i; ++k) classes |= words_[k].classes;
    return classes;
  }
  // Whether tokens i and i+1 are in the same line with nothing but spaces or nothing between.
  bool joined(std::size_t i) const { return i + 1 < words_.size() && !words_[i + 1].newline_before; }
  // The sentence of token i.
  std::size_t sentence_of(std::size_t i) const { return sentence_[i]; }
  // The token that starts at byte `at`, or size() when none does.
  std::size_t token_at(std::size_t at) const;
  // The token that holds byte `at`, else the first one after it (size() past the last).
  std::size_t token_containing(std::size_t at) const;

 private:
  static constexpr std::size_t kKeptWords = std::size_t{1} << 16;  // tokens: 1.75 MiB of words and sentences

  // is() past its first tests: token `w` and `word` have the same length in bytes.
  bool same_word(const Word& w, std::string_view word) const;

  std::string_view text_;
  std::vector<Word> words_;
  std::vector<std::uint32_t> sentence_;
};

}  // namespace extrait::extract::names
