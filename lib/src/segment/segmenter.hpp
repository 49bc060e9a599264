// segment/segmenter.hpp: sentences and words of normalized French text.
//
// ICU's BreakIterator does the heavy lifting (created once, cloned once per thread so that
// segment() is const and thread-safe); French rules fix what it gets wrong for news text:
//  - no sentence end after an abbreviation ("M.", "Mme", "MM.", "Dr", "p. ex.", "av. J.-C.", "n°");
//  - a sentence end at every line break (titles and paragraphs stand alone);
//  - one token for "8,53", "1 234 567" (space-grouped thousands), "28/11/2026", "10M€",
//    "e-commerce", "quatre-vingt-dix";
//  - elision split: "l'origine" is "l'" + "origine" (l', d', j', m', n', s', t', c', qu', jusqu',
//    lorsqu', puisqu', quoiqu', presqu': lexicons/elisions.txt).
// token_rules.hpp and sentence_rules.hpp list every rule.
//
// Words that scraping glued together where it dropped a link ("CNBCelle", "dollarsen") stay ONE
// token here: nothing in the text says where they split. Code that needs their parts (lexicon
// look-ups) must look inside word tokens itself.
//
// segment() is const and may run on many threads at once: each thread keeps its own clones of
// ICU's iterators, with its buffers, from one call to the next (cloning them per call cost about
// 1 µs a document). Throughput on French news: some 60 MB/s on one core, as
// ICU's iterators read only the little of the text that needs them (see icu_breaks.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "segment/lexemes.hpp"

namespace extrait::segment {

// One byte: the name finders keep it beside a token's flags (extract/organization/words.hpp).
enum class TokenKind : std::uint8_t {
  word,     // letters, possibly with digits, hyphens or an inner apostrophe: "e-commerce", "l'"
  number,   // starts with a digit: "8,53", "1 234 567", "28/11/2026", "10M€"
  punct,    // punctuation: ".", ",", "«", "(", "…"
  symbol,   // currency and other symbols on their own: "€", "$", "%"
};

// A document has a token every five bytes or so: 12 bytes each, its offsets in 32 bits, as the
// normalized text stays below 4 GiB (text/document.hpp).
struct Token {
  std::uint32_t begin = 0;  // bytes into the normalized text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;

  // The token over bytes [begin, end) of a normalized text.
  static Token over(std::size_t begin, std::size_t end, TokenKind kind) {
    return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), kind};
  }
};
static_assert(sizeof(Token) == 12);

struct SentenceRange {
  std::size_t begin = 0;  // bytes into the normalized text, without surrounding white space
  std::size_t end = 0;
  std::size_t first_token = 0;  // tokens [first_token, last_token) lie in the sentence
  std::size_t last_token = 0;
};

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<SentenceRange> sentences;
  // The word type of each token in the table of the thread that segmented (segment/lexemes.hpp):
  // read them through lexeme_ids(), which tells whether they are still valid.
  LexemeIds lexemes;
  // The index of the sentence that holds byte `at` (the nearest one before it between sentences;
  // 0 before the first sentence, and when there is none). A binary search.
  std::size_t sentence_at(std::size_t at) const;
};

struct SegmenterRules {
  // Lower-case abbreviations without their final period ("m", "mme", "p. ex", "av. j.-c"): a
  // period after one of them does not end a sentence.
  std::unordered_set<std::string> abbreviations;
  // Abbreviations that often close a sentence ("etc", "inc", "sa": the "fin" column of
  // abbreviations.txt): after them a period ends the sentence when a capital follows, and only
  // then. An entry need not also be in `abbreviations`.
  std::unordered_set<std::string> closing_abbreviations;
  // Elided forms with their apostrophe ("l'", "qu'", "jusqu'"), lower case.
  std::unordered_set<std::string> elisions;
};

// Adds one line of abbreviations.txt, as its fields, to `rules`: to `closing_abbreviations` when
// the second field is "fin", otherwise to `abbreviations`. Does nothing for an empty line.
void add_abbreviation(SegmenterRules& rules, const std::vector<std::string>& fields);

class Segmenter {
 public:
  explicit Segmenter(SegmenterRules rules);
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // `text` is normalized (see text/document.hpp): straight apostrophes, plain spaces, '\n'.
  // Any bytes are accepted; a byte that is not UTF-8 reads as U+FFFD. Throws only std::bad_alloc.
  Segmentation segment(std::string_view text) const;

 private:
  struct Icu;
  SegmenterRules rules_;
  std::unique_ptr<Icu> icu_;
};

}  // namespace extrait::segment
