// lexicon/first_bytes.hpp: the screen of the first bytes of a set of phrases.
//
// Most places of a text start no phrase of a lexicon, and part from every phrase by their first
// two or three bytes: a screen of those bytes turns them away at the cost of a bit or two, before
// any walk of a trie. PhraseTrie asks one before its walks; a caller that wants the screen alone
// (is the word after a number a month or a unit?) holds one without a trie.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/bit_table.hpp"

namespace extrait::lexicon {

// The code points of `phrase` (normalized UTF-8), last first when `backward`.
std::vector<char32_t> code_points_of(std::string_view phrase, bool backward);
// The code points a trie's edges hold for `code_points`: lower-cased when `fold`, a run of spaces
// as one space (which a run of spaces in the text matches).
std::vector<char32_t> edge_keys(const std::vector<char32_t>& code_points, bool fold);

class FirstBytes {
 public:
  // Adds the phrase of edges `keys` (edge_keys()); a folded one is reached by its ASCII letters in
  // either case.
  void add(const std::vector<char32_t>& keys, bool fold);
  // Adds `phrase` (normalized UTF-8), read forwards.
  void add(std::string_view phrase, bool fold) { add(edge_keys(code_points_of(phrase, false), fold), fold); }

  // False when no phrase can start at byte `at` of `text` (three ASCII bytes no phrase starts
  // with, or the end). Inline for the callers that ask at every word.
  bool may_start_at(std::string_view text, std::size_t at) const {
    if (at >= text.size()) return false;
    return may_begin_with([&](std::size_t k) {
      return at + k < text.size() ? static_cast<unsigned char>(text[at + k]) : 0u;
    });
  }
  // The same of the bytes `byte(0)`, `byte(1)`, `byte(2)` (0 past the text's edge): a backward
  // trie gives those before a place, backwards.
  template <typename Byte>
  bool may_begin_with(const Byte& byte) const {
    const unsigned first = byte(0);
    if (first >= 0x80) return true;  // a code point beyond ASCII may lower-case to anything
    const unsigned second = byte(1);
    if (second >= 0x80) return firsts_.test(first);
    const std::size_t pair = static_cast<std::size_t>(first) << 7 | second;
    if (!pairs_.test(pair)) return false;
    if (open_pairs_.test(pair)) return true;
    const unsigned third = byte(2);
    return third >= 0x80 || triples_.test(triple(first, second, third));
  }

 private:
  // What a text of ASCII bytes may start a phrase with. The first bytes. The pairs of bytes
  // (first << 7 | second), in the text's case: a phrase of one code point marks its first byte
  // with any second (none, at the text's edge, is 0). The pairs after which any third byte may
  // follow (a phrase of two code points, or one whose second is a space, which a run of spaces may
  // write). The other phrases' first three bytes, lower-cased and hashed (triple()).
  static constexpr std::size_t kTripleBits = 14;
  static std::size_t triple(std::size_t a, std::size_t b, std::size_t c) {
    auto lower = [](std::size_t x) { return x >= 'A' && x <= 'Z' ? x + 32 : x; };
    const auto x = static_cast<std::uint32_t>((lower(a) << 14) | (lower(b) << 7) | lower(c));
    return (x * 2654435761u) >> (32 - kTripleBits);
  }
  BitTable<128> firsts_;
  BitTable<128 * 128> pairs_;
  BitTable<128 * 128> open_pairs_;
  BitTable<std::size_t{1} << kTripleBits> triples_;
};

}  // namespace extrait::lexicon
