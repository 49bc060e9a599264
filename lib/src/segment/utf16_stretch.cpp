// segment/utf16_stretch.cpp: see utf16_stretch.hpp.
#include "segment/utf16_stretch.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "segment/code_points.hpp"
#include "text/byte_words.hpp"

namespace extrait::segment {

namespace {

// Copies the ASCII bytes at the start of s[0, size) to out as units, 16 bytes at a time (8
// without SSE2), as most of French text is ASCII; returns how many. A block is stored whole: the
// units past its first byte beyond ASCII are garbage that the caller writes over, within the room
// of the stretch (out has room for `size` units).
std::size_t widen_ascii(const unsigned char* s, std::size_t size, char16_t* out) {
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= size; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(bytes, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i + 8), _mm_unpackhi_epi8(bytes, zero));
    const auto beyond = static_cast<unsigned>(_mm_movemask_epi8(bytes));
    if (beyond != 0) return i + static_cast<std::size_t>(std::countr_zero(beyond));
  }
#else
  for (; i + 8 <= size; i += 8) {
    const std::uint64_t eight = extrait::text::bytes::load8(s + i);
    for (std::size_t k = 0; k < 8; ++k) out[i + k] = s[i + k];
    if (extrait::text::bytes::beyond_ascii(eight) != 0) {
      // The first byte beyond ASCII, found in memory order whatever the machine's byte order.
      std::size_t k = 0;
      while (s[i + k] < 0x80) ++k;
      return i + k;
    }
  }
#endif
  return i;
}

}  // namespace

void Utf16Stretch::assign(std::string_view text, std::size_t begin, std::size_t end) {
  if (capacity_ < end - begin + 1) {
    // Never more units than bytes, and the 0 after them. Not zero-filled: every unit that ICU
    // reads is written below.
    units_ = std::make_unique_for_overwrite<char16_t[]>(end - begin + 1);
    capacity_ = end - begin + 1;
  }
  begin_ = begin;
  wide_.clear();
  const std::string_view stretch = text.substr(0, end);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  char16_t* out = units_.get();
  std::size_t n = 0;
  std::size_t extra = 0;
  for (std::size_t i = begin; i < end;) {
    const std::size_t ascii = widen_ascii(s + i, end - i, out + n);
    i += ascii;
    n += ascii;
    if (i == end) break;
    if (s[i] < 0x80) {
      out[n++] = s[i++];
      continue;
    }
    const Decoded cp = decode(stretch, i);
    const std::size_t unit = n;
    if (cp.code_point >= 0x10000) {
      out[n++] = static_cast<char16_t>(0xD7C0 + (cp.code_point >> 10));
      out[n++] = static_cast<char16_t>(0xDC00 | (cp.code_point & 0x3FF));
      extra += cp.length - 2;
    } else {
      out[n++] = static_cast<char16_t>(cp.code_point);
      extra += cp.length - 1;
    }
    wide_.push_back({unit, extra});
    i += cp.length;
  }
  wide_.push_back({SIZE_MAX, extra});  // the end of the list, beyond every unit
  out[n] = 0;
  size_ = n;
}

}  // namespace extrait::segment
