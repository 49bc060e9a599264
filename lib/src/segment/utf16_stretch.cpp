// segment/utf16_stretch.cpp: see utf16_stretch.hpp.
#include "segment/utf16_stretch.hpp"

#include <cstring>

#include "segment/code_points.hpp"

namespace extrait::segment {

void Utf16Stretch::assign(std::string_view text, std::size_t begin, std::size_t end) {
  if (capacity_ < end - begin) {
    // Never more units than bytes. Not zero-filled: every unit that ICU reads is written below.
    units_ = std::make_unique_for_overwrite<char16_t[]>(end - begin);
    capacity_ = end - begin;
  }
  begin_ = begin;
  wide_.clear();
  const std::string_view stretch = text.substr(0, end);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  char16_t* out = units_.get();
  std::size_t n = 0;
  std::size_t extra = 0;
  for (std::size_t i = begin; i < end;) {
    if (i + 8 <= end) {  // eight ASCII bytes at once: most of French text
      uint64_t eight;
      std::memcpy(&eight, s + i, 8);
      if ((eight & 0x8080808080808080ULL) == 0) {
        for (std::size_t k = 0; k < 8; ++k) out[n + k] = s[i + k];
        n += 8;
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      out[n++] = s[i++];
      continue;
    }
    const CodePoint cp = decode_beyond_ascii(stretch, i);
    const std::size_t unit = n;
    if (cp.value >= 0x10000) {
      out[n++] = static_cast<char16_t>(0xD7C0 + (cp.value >> 10));
      out[n++] = static_cast<char16_t>(0xDC00 | (cp.value & 0x3FF));
      extra += cp.length - 2;
    } else {
      out[n++] = static_cast<char16_t>(cp.value);
      extra += cp.length - 1;
    }
    wide_.push_back({unit, extra});
    i += cp.length;
  }
  size_ = n;
}

}  // namespace extrait::segment
