// text/utf8.cpp: strict UTF-8 validation, decoding and encoding.
//
// Validation and counting run over every input byte, so both look at 8 bytes at a time while the
// text is ASCII (most of a French article) and fall back to one sequence at a time elsewhere.
#include "text/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#include "text/byte_words.hpp"
#include "text/utf8_sequence.hpp"

namespace extrait::text {
namespace {

using bytes::first_marked_byte;
using bytes::load8;

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      const std::uint64_t high = bytes::beyond_ascii(load8(p + i));
      if (high != 0) {
        i += first_marked_byte(high);
        break;
      }
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
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
  for (; i + 8 <= n; i += 8) {
    const std::uint64_t word = load8(p + i);
    // Bit 7 set and bit 6 clear: shifting left by one puts each byte's bit 6 under its bit 7.
    const std::uint64_t continuation = word & ~(word << 1) & bytes::kHigh;
    // One bit per byte: the multiplication sums the bytes into the top one (std::popcount is a
    // library call on a baseline x86-64 build).
    count += 8 - static_cast<std::size_t>(((continuation >> 7) * bytes::kOnes) >> 56);
  }
  for (; i < n; ++i) count += (p[i] & 0xC0u) != 0x80u;
  return count;
}

}  // namespace extrait::text
