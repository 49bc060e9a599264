// text/byte_words.hpp: eight bytes of text tested at once, in one 64-bit word.
//
// The scans that skip plain text (validating UTF-8, normalizing, reading and writing JSON strings)
// look for a few kinds of byte among many. These tests ("Bit Twiddling Hacks") flag the bytes
// that match in their top bit. Whether any byte matches is exact, and so is the lowest-order
// flag: a borrow only ever flags a more significant byte than a flagged one. On a little-endian
// machine the lowest-order byte is the first in memory, which first_marked_byte() then reads
// exactly; on a big-endian one only flags without borrows (beyond_ascii) can be read so.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace extrait::text::bytes {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

// The eight bytes from p, in memory order (unaligned loads are fine through memcpy).
inline std::uint64_t load8(const void* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// The bytes of w that are zero.
constexpr std::uint64_t zero(std::uint64_t w) { return (w - kOnes) & ~w & kHigh; }
// The bytes of w equal to c.
constexpr std::uint64_t equal(std::uint64_t w, unsigned char c) { return zero(w ^ (kOnes * c)); }
// The bytes of w below n (n at most 0x80).
constexpr std::uint64_t below(std::uint64_t w, unsigned char n) { return (w - kOnes * n) & ~w & kHigh; }
// The bytes of w from 0x80 up.
constexpr std::uint64_t beyond_ascii(std::uint64_t w) { return w & kHigh; }

// How many bytes `flags` flags (in their top bit, as the tests here do). The multiplication sums
// the one bit per byte into the top byte (std::popcount is a library call on a baseline x86-64
// build).
constexpr std::size_t marked_bytes(std::uint64_t flags) {
  return static_cast<std::size_t>(((flags >> 7) * kOnes) >> 56);
}

// How many bytes of w are UTF-8 continuation bytes (10xxxxxx): shifting left by one puts each
// byte's bit 6 under its bit 7.
constexpr std::size_t continuation_bytes(std::uint64_t w) { return marked_bytes(w & ~(w << 1) & kHigh); }

// Tests of a word of ASCII bytes only (beyond_ascii(w) == 0). A sum of such a byte and a constant
// below 0x81 stays in its byte, so that these flags are exact in every byte, in either byte order.
// The bytes of w that are zero.
constexpr std::uint64_t ascii_zero(std::uint64_t w) { return ~(w + kOnes * 0x7F) & kHigh; }
// The bytes of w that are capitals A to Z.
constexpr std::uint64_t ascii_upper(std::uint64_t w) {
  return (w + kOnes * (0x80 - 'A')) & ~(w + kOnes * (0x80 - 'Z' - 1)) & kHigh;
}
// w with its capitals lowered (each gains 0x20, its flag shifted down to bit 5).
constexpr std::uint64_t ascii_to_lower(std::uint64_t w) { return w | (ascii_upper(w) >> 2); }

// The index of the first byte, in memory order, flagged in `flags` (not 0).
inline std::size_t first_marked_byte(std::uint64_t flags) {
  if constexpr (std::endian::native == std::endian::little) {
    return static_cast<std::size_t>(std::countr_zero(flags)) / 8;
  } else {
    return static_cast<std::size_t>(std::countl_zero(flags)) / 8;
  }
}

}  // namespace extrait::text::bytes
