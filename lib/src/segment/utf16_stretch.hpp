// segment/utf16_stretch.hpp: a stretch of the UTF-8 text as UTF-16 for ICU, and the way back.
//
// ICU's break iterators run fastest on UTF-16 (its UTF-8 text provider maps to UTF-16 internally,
// chunk by chunk): converting a stretch once and iterating over that was measured about a quarter
// faster for the word iterator, conversion included. ICU then answers in UTF-16 units; the list of
// code points beyond ASCII, noted during the conversion, turns them back into bytes without
// reading the text again (French news has a few such code points in a hundred).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace extrait::segment {

class Utf16Stretch {
 private:
  // A code point beyond ASCII: its first unit, and the bytes that all such code points up to it
  // take beyond their units. The byte of unit u is begin + u + the extra of the last one before u.
  // The list ends with one whose unit is beyond every unit, so that ToBytes need not test its end.
  struct Wide {
    std::size_t unit;
    std::size_t extra;
  };

 public:
  // Converts text[begin, end), decoding exactly as text::decode does (a byte that is not UTF-8 is
  // one U+FFFD), so that offsets on both sides always agree. The buffer is reused across calls.
  void assign(std::string_view text, std::size_t begin, std::size_t end);

  // units()[size()] is 0, so that a scan for some class of units that 0 is not stops there
  // without testing for the end.
  const char16_t* units() const { return units_.get(); }
  std::size_t size() const { return size_; }

  // Turns increasing unit offsets of the stretch into byte offsets of the text.
  class ToBytes {
   public:
    // The stretch must not change while this is in use.
    explicit ToBytes(const Utf16Stretch& stretch)
        : begin_(stretch.begin_), next_(stretch.wide_.data()), offset_(stretch.begin_) {}
    std::size_t operator()(std::size_t unit) {
      while (next_->unit < unit) offset_ = begin_ + (next_++)->extra;  // the last one stops it
      return unit + offset_;
    }

   private:
    std::size_t begin_;
    // A pointer, not the vector: no store of the caller can change it, so it stays in a register.
    const Wide* next_;
    // begin_ + the extra of the last code point beyond ASCII passed: one addition per call, as
    // the run splitter calls for every piece.
    std::size_t offset_;
  };

 private:
  std::unique_ptr<char16_t[]> units_;
  std::size_t capacity_ = 0;
  std::size_t size_ = 0;
  std::size_t begin_ = 0;
  std::vector<Wide> wide_{{SIZE_MAX, 0}};
};

}  // namespace extrait::segment
