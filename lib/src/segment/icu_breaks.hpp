// segment/icu_breaks.hpp: ICU's word and sentence boundaries of UTF-8 text, as byte offsets.
//
// This is the only file that talks to ICU's BreakIterator. The French rules (token_rules,
// sentence_rules) only see the pieces and boundaries it returns, in bytes of the normalized text.
//
// ICU's word iterator costs some 150 instructions a byte, and most of French text needs none of
// its subtlety: a run of plain letters and digits between two white spaces ("marché", "2025",
// "COP28") is one word under every rule of UAX #29 (WB5, WB8 to WB10). Nor do the runs that only
// add ASCII or Latin-1 punctuation to them ("direction.", "(AFP)", "«", "l'origine", "8,53"): a
// punctuation mark is a piece of its own (WB999), unless it is a MidNumLet or Single_Quote
// between two letters or two digits ("l'origine", "0.75": WB6, WB7, WB11, WB12), or a MidNum
// between two digits ("8,53"); these few rules are applied here. The rest goes to ICU: the
// MidLetter colon and middle dot, '_', '@' (a letter to ICU's rules), marks, letters below
// U+00C0 and every other script, each run with the white space that preceded it, which is all
// the context UAX #29 looks at across a white space. The answer is the same boundaries ICU gives
// for the whole text (tests/test_segment.cpp compares them), while ICU's word iterator reads
// almost none of French news text.
//
// The sentence iterator reads only islands around the terminators (sentence_islands.hpp), which
// the run splitter notes on its way through the stretch: the stretch is read once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

#include "segment/piece.hpp"
#include "segment/segmenter.hpp"
#include "segment/sentence_islands.hpp"
#include "segment/utf16_stretch.hpp"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace extrait::segment {

// The French word and sentence iterators, created once: loading ICU's rules is the costly part.
class IcuPrototypes {
 public:
  // Throws std::runtime_error when ICU cannot build them (its data is missing): a broken
  // installation, not bad input.
  IcuPrototypes();
  ~IcuPrototypes();
  IcuPrototypes(const IcuPrototypes&) = delete;
  IcuPrototypes& operator=(const IcuPrototypes&) = delete;

 private:
  friend class IcuBreaks;
  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
};

// The boundaries of segment() calls, one after the other. It holds its own clones of the
// prototypes: an ICU iterator keeps its position and text, so one shared iterator could not serve
// two threads. The segmenter keeps one per thread, reused by every call on it: cloning both
// iterators and growing the buffers again cost some 6 000 instructions a document.
class IcuBreaks {
 public:
  // Throws std::bad_alloc if ICU cannot clone (out of memory).
  explicit IcuBreaks(const IcuPrototypes& prototypes);
  ~IcuBreaks();
  IcuBreaks(const IcuBreaks&) = delete;
  IcuBreaks& operator=(const IcuBreaks&) = delete;

  // Finds the boundaries of text[begin, end), which must be shorter than 2^31 bytes (ICU counts
  // in int32_t), as byte offsets into `text`, always on code point boundaries.
  //
  // pieces() are the stretches between two of ICU's word boundaries, in order, less the white
  // space they start with, and less those that are only white space (the tokenizer drops white
  // space anyway), each with the kind of its first code point (kind_of) and marked plain when it
  // holds only letters and digits that the run splitter cut itself. sentences() are all of
  // ICU's sentence boundaries, increasing, starting with `begin` and ending with `end`.
  void run(std::string_view text, std::size_t begin, std::size_t end);

  const std::vector<Piece>& pieces() const { return pieces_; }
  const std::vector<std::size_t>& sentences() const { return sentences_; }

 private:
  // A run of the stretch without white space that ICU must see, in UTF-16 units: its units start
  // at `reduced` in reduced_, and its pieces go before pieces_[piece] (those of the runs that the
  // splitter cut itself).
  struct Run {
    std::size_t begin;
    std::size_t end;
    std::size_t reduced;
    std::size_t piece;
  };
  // Reads the stretch once: cuts the runs of plain units and simple punctuation into pieces
  // itself, notes the runs that ICU must see and the units the island finder must look at.
  void split_runs(std::string_view text);
  // Inserts the pieces of the runs that ICU must see among those of split_runs().
  void add_icu_pieces(std::string_view text);
  void collect_sentences();

  std::unique_ptr<icu::BreakIterator> word_iterator_;
  std::unique_ptr<icu::BreakIterator> sentence_iterator_;
  Utf16Stretch stretch_;
  std::vector<Run> runs_;
  std::vector<char16_t> reduced_;  // the runs ICU must see, each after its white space
  SentenceIslands islands_;        // the parts the sentence iterator must see
  std::vector<std::size_t> island_stops_;    // scratch: the units split_runs saw that islands_ must look at
  std::vector<std::size_t> island_breaks_;   // scratch: ICU's boundaries in the islands, in units
  std::vector<std::size_t> sentence_units_;  // scratch: those and the line ends, in units
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::vector<Piece> pieces_;
  std::vector<Piece> merged_;  // scratch: pieces_ with those of ICU's runs, swapped with it
  std::vector<std::size_t> sentences_;
};

}  // namespace extrait::segment
