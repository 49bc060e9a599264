// text/utf8.cpp: strict UTF-8 validation, decoding and encoding.
//
// Validation and counting run over every input byte, so both look at several bytes at a time
// while the text is ASCII (most of a French article) and fall back to one sequence at a time
// elsewhere.
#include "text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "text/byte_words.hpp"
#include "text/utf8_sequence.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace extrait::text {
namespace {

using bytes::first_marked_byte;
using bytes::load8;

// The first byte from `i` that is not ASCII, or one of the last few bytes, where the byte-wise
// step takes over. Sixteen bytes a step where SSE2 is there (x86-64 always), else eight: every
// input is validated whole, twice for a JSONL line (the line, then its text).
std::size_t ascii_end(const unsigned char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
  while (i + 16 <= n) {
    const int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    if (high != 0) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(high)));
    i += 16;
  }
#endif
  while (i + 8 <= n) {
    const std::uint64_t high = bytes::beyond_ascii(load8(p + i));
    if (high != 0) return i + first_marked_byte(high);
    i += 8;
  }
  return i;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    i = ascii_end(p, i, n);
    if (i >= n) break;
    const unsigned lead = p[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // A two-byte sequence (é, à, «: most of what is not ASCII in French) is well-formed exactly
    // when C2..DF is followed by a continuation byte: no need for the whole of read_sequence.
    if (lead >= 0xC2 && lead <= 0xDF && i + 1 < n && detail::is_continuation_byte(p[i + 1])) {
      i += 2;
      continue;
    }
    const detail::Sequence seq = detail::read_sequence(p + i, n - i);
    if (seq.length == 0) return i;
    i += seq.length;
  }
  return std::nullopt;
}

Decoded decode_beyond_ascii(std::string_view valid, std::size_t at) {
  const auto* p = reinterpret_cast<const unsigned char*>(valid.data());
  if (at >= valid.size()) return {U'\uFFFD', 1};
  const detail::Sequence seq = detail::read_sequence(p + at, valid.size() - at);
  // Invalid bytes should not get here; if one does, a loop over decode() still advances.
  if (seq.length == 0) return {U'\uFFFD', 1};
  return {seq.code_point, seq.length};
}

void append_utf8(std::string& out, char32_t cp) {
  // Surrogates and values above U+10FFFF have no UTF-8 form: write U+FFFD rather than bad bytes.
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    const char bytes[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 2);
  } else if (cp < 0x10000) {
    const char bytes[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                           static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                           static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 3);
  } else {
    const char bytes[4] = {static_cast<char>(0xF0 | (cp >> 18)),
                           static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                           static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                           static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 4);
  }
}

std::size_t count_code_points(std::string_view valid) {
  // Every byte except a continuation byte (10xxxxxx) starts a code point.
  const auto* p = reinterpret_cast<const unsigned char*>(valid.data());
  const std::size_t n = valid.size();
  std::size_t count = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes a step, each continuation byte counted in its lane (a match is -1, subtracted),
  // the lanes summed every 255 steps at most, before one can overflow.
  const __m128i top_bits = _mm_set1_epi8(static_cast<char>(0xC0));
  const __m128i continuation = _mm_set1_epi8(static_cast<char>(0x80));
  while (i + 16 <= n) {
    const std::size_t steps = std::min<std::size_t>((n - i) / 16, 255);
    __m128i lanes = _mm_setzero_si128();
    for (std::size_t k = 0; k < steps; ++k, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_and_si128(v, top_bits), continuation));
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two sums of eight lanes
    const auto continuations = static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
    count += 16 * steps - continuations;
  }
#endif
  return count + count_code_points(valid, i, n - i);
}

std::size_t count_code_points(std::string_view text, std::size_t at, std::size_t n) {
  // Every byte except a continuation byte starts a code point. Eight bytes at a time; the last
  // few (a range ends anywhere) in one more word read inside the text, the bytes beyond them
  // cleared, rather than a byte at a time.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t count = 0;
  for (; n >= 8; at += 8, n -= 8) count += 8 - bytes::continuation_bytes(load8(p + at));
  if (n == 0) return count;
  if constexpr (std::endian::native == std::endian::little) {
    // The word that starts with the bytes left, or near the end of the text the one that ends
    // with them, moved down (the first byte in memory is the lowest-order one).
    if (at + 8 <= text.size()) {
      const std::uint64_t low_bytes = (std::uint64_t{1} << (8 * n)) - 1;
      return count + n - bytes::continuation_bytes(load8(p + at) & low_bytes);
    }
    if (at + n >= 8) return count + n - bytes::continuation_bytes(load8(p + at + n - 8) >> (8 * (8 - n)));
  }
  for (; n > 0; ++at, --n) count += !detail::is_continuation_byte(p[at]);
  return count;
}

}  // namespace extrait::text
