// segment/icu_breaks.hpp: ICU's word and sentence boundaries of UTF-8 text, as byte offsets.
//
// This is the only file that talks to ICU's BreakIterator. The French rules (token_rules,
// sentence_rules) only see the boundaries it returns, in bytes of the normalized text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace extrait::segment {

// A code point of the current stretch beyond ASCII: its first UTF-16 unit, and the bytes that all
// such code points up to it take beyond their units (see icu_breaks.cpp).
struct WideCodePoint {
  int32_t unit;
  uint32_t extra;
};

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
// Cloning both costs about a microsecond, against a hundred or more to segment a short article,
// so a clone per call is cheaper than any per-thread cache and has no lifetime to manage.
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
  void run(std::string_view text, std::size_t begin, std::size_t end);

  const std::vector<std::size_t>& words() const { return words_; }
  const std::vector<std::size_t>& sentences() const { return sentences_; }

 private:
  std::unique_ptr<icu::BreakIterator> word_iterator_;
  std::unique_ptr<icu::BreakIterator> sentence_iterator_;
  std::unique_ptr<char16_t[]> utf16_;  // the current stretch, reused from one run to the next
  std::size_t utf16_capacity_ = 0;
  std::vector<WideCodePoint> wide_;
  std::vector<std::size_t> words_;
  std::vector<std::size_t> sentences_;
};

}  // namespace extrait::segment
