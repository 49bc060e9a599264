// segment/icu_breaks.hpp: ICU's word and sentence boundaries of UTF-8 text, as byte offsets.
//
// This is the only file that talks to ICU's BreakIterator. The French rules (token_rules,
// sentence_rules) only see the boundaries it returns, in bytes of the normalized text.
//
// The word iterator is the costly part of segmenting (some 150 instructions a byte), and most of
// French text needs none of its subtlety: a run of plain letters and digits between two white
// spaces ("marché", "2025", "COP28") is one word under every rule of UAX #29 (WB5, WB8 to WB10).
// So only the other runs ("l'origine", "8,53", "direction.", "«") go through ICU, each with the
// white space that preceded it, which is all the context UAX #29 looks at across a white space;
// the answer is the same boundaries ICU gives for the whole text (tests/test_segment.cpp compares
// them), while ICU's word iterator reads only about a third of French news text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

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

// The boundaries of one segment() call. It holds its own clones of the prototypes: an ICU
// iterator keeps its position and text, so one shared iterator could not serve two threads.
// Cloning both costs about a microsecond, against a hundred to segment a 4 KB article, so a clone
// per call is as cheap as a per-thread cache would be, and has no lifetime to manage.
class IcuBreaks {
 public:
  // Throws std::bad_alloc if ICU cannot clone (out of memory).
  explicit IcuBreaks(const IcuPrototypes& prototypes);
  ~IcuBreaks();
  IcuBreaks(const IcuBreaks&) = delete;
  IcuBreaks& operator=(const IcuBreaks&) = delete;

  // Finds the boundaries of text[begin, end), which must be shorter than 2^31 bytes (ICU counts
  // in int32_t). Afterwards words() and sentences() are byte offsets into `text`, increasing,
  // each starting with `begin` and ending with `end`, always on code point boundaries.
  //
  // sentences() are all of ICU's sentence boundaries. words() hold every boundary ICU puts
  // around or inside a stretch of text without white space; boundaries inside runs of white
  // space may be missing (the tokenizer drops white space anyway).
  void run(std::string_view text, std::size_t begin, std::size_t end);

  const std::vector<std::size_t>& words() const { return words_; }
  const std::vector<std::size_t>& sentences() const { return sentences_; }

 private:
  // A run of the stretch without white space, in UTF-16 units; `reduced` is where its units
  // start in reduced_, or -1 for a run of plain letters and digits that ICU need not see.
  struct Run {
    std::size_t begin;
    std::size_t end;
    std::ptrdiff_t reduced;
  };
  void split_runs();
  void collect_words();
  void collect_sentences();

  std::unique_ptr<icu::BreakIterator> word_iterator_;
  std::unique_ptr<icu::BreakIterator> sentence_iterator_;
  Utf16Stretch stretch_;
  std::vector<Run> runs_;
  std::vector<char16_t> reduced_;  // the runs ICU must see, each after its white space
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::vector<std::size_t> words_;
  std::vector<std::size_t> sentences_;
};

}  // namespace extrait::segment
