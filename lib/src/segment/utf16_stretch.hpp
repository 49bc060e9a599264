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
 public:
  // Converts text[begin, end), decoding exactly as decode_at does (a byte that is not UTF-8 is
  // one U+FFFD), so that offsets on both sides always agree. The buffer is reused across calls.
  void assign(std::string_view text, std::size_t begin, std::size_t end);

  const char16_t* units() const { return units_.get(); }
  std::size_t size() const { return size_; }

  // Turns increasing unit offsets of the stretch into byte offsets of the text.
  class ToBytes {
   public:
    explicit ToBytes(const Utf16Stretch& stretch) : stretch_(stretch) {}
    std::size_t operator()(std::size_t unit) {
      const auto& wide = stretch_.wide_;
      while (next_ < wide.size() && wide[next_].unit < unit) extra_ = wide[next_++].extra;
      return stretch_.begin_ + unit + extra_;
    }

   private:
    const Utf16Stretch& stretch_;
    std::size_t next_ = 0;
    std::size_t extra_ = 0;
  };

 private:
  // A code point beyond ASCII: its first unit, and the bytes that all such code points up to it
  // take beyond their units. The byte of unit u is begin + u + the extra of the last one before u.
  struct Wide {
    std::size_t unit;
    std::size_t extra;
  };

  std::unique_ptr<char16_t[]> units_;
  std::size_t capacity_ = 0;
  std::size_t size_ = 0;
  std::size_t begin_ = 0;
  std::vector<Wide> wide_;
};

}  // namespace extrait::segment
