// extract/date/tense.hpp: which way the verb of a clause points, for the dates without a year.
//
// "en décembre" is the last December in "elle a levé 10 millions en décembre" and the next one in
// "elle lèvera 10 millions en décembre". The reader looks at the verbs of the sentence that holds
// the date and takes the one nearest to it: a compound past ("a annoncé", "s'est engagé",
// "avait repoussé"), an imperfect or a future by its ending ("-aient", "-ront"), a word that
// looks ahead ("devrait", "prévu", "attendue"), a participle heading a clause ("Fondée en mai").
// The words and endings are in lexicons/date_tense.tsv. A clause without any verb found (a title,
// an agenda line) has no tense. The search stops at the clause's edges (";", ", et", ", mais"): in
// "X a abaissé ses taux en septembre, et les marchés anticipent une baisse le 17 octobre" the
// past of the first clause says nothing of the second. Built once; const and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"
#include "segment/lexemes.hpp"
#include "segment/segmenter.hpp"

namespace extrait::extract::date {

enum class Tense { none, past, present, future };

// What TenseReader learnt of the tokens of one document: the windows of the dates of a sentence
// overlap, and a token that no fixed form starts is read by its endings once. What a word's
// endings tell depends on its bytes alone: it is kept in its word type's record
// (segment/lexemes.hpp), so that a word is read once per thread rather than once per document.
// One per document, empty at first; not to be shared between threads.
class TenseMemo {
 public:
  // For the tokens of the document, of word types `lexeme_ids` (segment::lexeme_ids()) in the
  // thread's table `records`, whose dates fields are known under `stamp` (WordIndex::stamp()).
  TenseMemo(std::span<const std::uint32_t> lexeme_ids, segment::Lexeme* records, std::uint32_t stamp)
      : lexeme_ids_(lexeme_ids), records_(records), stamp_(stamp) {}

 private:
  friend class TenseReader;
  // What a word's endings tell: kUnread, or kRead with its Tense (the bits of kTense), and kWeak
  // for a bare ending.
  static constexpr std::uint8_t kUnread = 0;
  static constexpr std::uint8_t kTense = 3;
  static constexpr std::uint8_t kWeak = 4;
  static constexpr std::uint8_t kRead = 8;
  // Where the endings of token `i` are kept: in its word type's record when that holds the dates
  // fields (nearly always: the grammar has asked about the word), else in endings_.
  std::uint8_t& endings_of(std::size_t i) {
    if (const std::uint32_t id = lexeme_ids_[i]; id != segment::Lexemes::kNone && records_[id].dates_stamp == stamp_) {
      return records_[id].dates_endings;
    }
    return endings_[i];
  }
  std::span<const std::uint32_t> lexeme_ids_;
  segment::Lexeme* records_ = nullptr;
  std::uint32_t stamp_ = 0;
  std::vector<std::uint8_t> endings_;
  // Per token: whether a fixed form may start at it (1, until known), or none does (0): most
  // tokens start none, which their first window tells the next ones without a walk.
  std::vector<std::uint8_t> fixed_;
};

class TenseReader {
 public:
  explicit TenseReader(const lexicon::LexiconSet& lexicons);

  // The tense of the verb nearest to bytes [begin, end) in their clause. `memo` is the same for
  // every call over one document.
  Tense around(std::string_view text, const segment::Segmentation& segmentation, std::size_t begin,
               std::size_t end, TenseMemo& memo) const;

 private:
  struct Marker {
    std::size_t last_token = 0;  // the marker covers tokens up to this one
    Tense tense = Tense::none;
    bool weak = false;           // a participle alone
  };
  // The tense of the marker of tokens [from, to) nearest to the date's tokens.
  Tense nearest(std::string_view text, const segment::Segmentation& seg, std::size_t from, std::size_t to,
                std::size_t date_first, std::size_t date_last, bool sentence_start, TenseMemo& memo) const;
  // The marker that starts at token `i` of the sentence [i, last), if any.
  Marker marker_at(std::string_view text, const segment::Segmentation& seg, std::size_t i,
                   std::size_t last, bool sentence_start, TenseMemo& memo) const;
  // The marker of word token `i` by its endings alone, whatever its case: what marker_at() reads
  // when no fixed form starts at the token. A function of the token's bytes (the endings are
  // read within it), which its word type's record may keep.
  Marker endings_marker(std::string_view text, const segment::Token& t, std::size_t i) const;
  bool is_participle(std::string_view text, const segment::Token& t) const;
  bool word_in(const lexicon::PhraseTrie& trie, std::string_view text, const segment::Token& t) const;
  // The tense of column 2 of the longest ending of `trie` that ends the token, or none.
  Tense ending_tense(const lexicon::PhraseTrie& trie, std::string_view text, const segment::Token& t) const;

  // Whether a clause boundary (";", ", et", ", mais") starts at token `i`.
  bool boundary_at(std::string_view text, const segment::Token& t) const;

  enum Kind { k_word, k_avoir, k_etre, k_motion, k_participle, k_irregular, k_adverb, k_ending, k_not,
              k_bare, k_nounending, k_boundary, k_count };
  lexicon::PhraseTrie words_;      // fixed forms, auxiliaries, être: payload = kind * 4 + tense
  lexicon::PhraseTrie motion_;
  lexicon::PhraseTrie irregular_;
  lexicon::PhraseTrie adverbs_;
  lexicon::PhraseTrie not_verbs_;
  lexicon::PhraseTrie participle_endings_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie endings_{lexicon::PhraseTrie::Direction::backward};  // payload = tense
  lexicon::PhraseTrie bare_endings_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie noun_endings_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie boundaries_;
};

}  // namespace extrait::extract::date
