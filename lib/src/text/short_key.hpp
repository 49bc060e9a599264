// text/short_key.hpp: the first sixteen bytes of a word as two 64-bit words, zero-padded.
//
// The per-thread tables keyed by words (the summary's spellings, the word types of
// segment/lexemes.hpp) keep a word of up to 16 bytes, nearly every French word, in their slot
// itself: comparing it is then two comparisons of words, and its hash a few multiplications of
// them (short_key_hash). Both make that key here, the one way: byte k of the word is byte k % 8
// of `head` (k < 8) or `tail`, in the machine's memory order, and every byte past the word is
// zero, so that the padding tells lengths apart.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text/byte_words.hpp"

namespace extrait::text {

struct ShortKey {
  std::uint64_t head = 0;  // bytes 0 to 7
  std::uint64_t tail = 0;  // bytes 8 to 15
};

inline constexpr std::size_t kShortKeyBytes = 16;

namespace detail {

inline std::uint64_t load_half_word(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return std::uint64_t{w};
}

// The bytes of a key of n bytes that each half keeps, as masks (little-endian), by n: read from a
// table rather than computed, since word lengths vary too much for a branch on them.
struct ShortKeyMasks {
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
};
inline constexpr std::array<ShortKeyMasks, kShortKeyBytes + 1> kShortKeyMasks = [] {
  std::array<ShortKeyMasks, kShortKeyBytes + 1> masks{};
  const auto keep = [](std::size_t bytes) { return bytes >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * bytes)) - 1; };
  for (std::size_t n = 0; n <= kShortKeyBytes; ++n) masks[n] = {keep(n), n > 8 ? keep(n - 8) : 0};
  return masks;
}();

}  // namespace detail

// The key of the first min(16, word.size()) bytes of `word`, reading no byte outside it. Inline,
// so that the key stays in registers: the halves are read with whole loads inside the word, then
// shifted, since copying the bytes into a padded buffer first would stall each load on the stores
// before it.
inline ShortKey short_key(std::string_view word) {
  using detail::load_half_word;
  const auto byte = [](char c) { return std::uint64_t{static_cast<unsigned char>(c)}; };
  ShortKey k;
  const char* p = word.data();
  const std::size_t n = word.size();
  if constexpr (std::endian::native != std::endian::little) {
    char padded[kShortKeyBytes] = {};
    std::memcpy(padded, p, std::min(n, kShortKeyBytes));
    k.head = bytes::load8(padded);
    k.tail = bytes::load8(padded + 8);
  } else if (n >= 8) {
    k.head = bytes::load8(p);
    if (n >= 16) k.tail = bytes::load8(p + 8);
    else if (n > 8) k.tail = bytes::load8(p + n - 8) >> (8 * (16 - n));
  } else if (n >= 4) {
    k.head = load_half_word(p) | (load_half_word(p + n - 4) << (8 * (n - 4)));
  } else if (n > 0) {
    k.head = byte(p[0]) | (byte(p[n / 2]) << (8 * (n / 2))) | (byte(p[n - 1]) << (8 * (n - 1)));
  }
  return k;
}

// The key of text[begin, begin + n), n <= 16: where 16 bytes can be read from `begin` (all but
// the end of the text), two loads and two masks, without a branch on n.
inline ShortKey short_key(std::string_view text, std::size_t begin, std::size_t n) {
  if constexpr (std::endian::native == std::endian::little) {
    if (begin + kShortKeyBytes <= text.size()) {
      const char* p = text.data() + begin;
      return {bytes::load8(p) & detail::kShortKeyMasks[n].head,
              bytes::load8(p + 8) & detail::kShortKeyMasks[n].tail};
    }
  }
  return short_key(text.substr(begin, n));
}

// The hash of a word of `length` bytes, at most 16, from its key: a few multiplications, which
// every byte of the key moves (the per-thread tables of words spread their slots with it).
inline std::uint64_t short_key_hash(const ShortKey& key, std::uint32_t length) {
  std::uint64_t h = (key.head ^ (length * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
  h ^= h >> 32;
  h = (h ^ key.tail) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

}  // namespace extrait::text
