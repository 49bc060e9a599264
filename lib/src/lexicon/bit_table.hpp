// lexicon/bit_table.hpp: a table of bits of a fixed size, held in place.
//
// The screens that reject most places of a text before any lookup (the first bytes of phrases and
// of listed words) test a bit or two at every word: in place, a table costs no pointer to load, as
// std::vector<bool> does on every test.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace extrait::lexicon {

template <std::size_t N>
struct BitTable {
  static_assert(N % 64 == 0, "whole words of bits");
  std::array<std::uint64_t, N / 64> words{};
  bool test(std::size_t i) const { return (words[i >> 6] >> (i & 63)) & 1; }
  void set(std::size_t i) { words[i >> 6] |= std::uint64_t{1} << (i & 63); }
};

}  // namespace extrait::lexicon
