// segment/piece.hpp: a stretch of text between two of ICU's word boundaries, as IcuBreaks hands
// it to the token rules.
#pragma once

#include <cstddef>
#include <cstdint>

#include "segment/segmenter.hpp"

namespace extrait::segment {

// A token's offsets and kind, and what the run splitter learnt of its bytes on the way: the same
// 12 bytes as a Token, the flag in what would be its padding.
struct Piece {
  std::uint32_t begin = 0;  // bytes into the normalized text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  // Only letters and digits (the run splitter's plain units): no apostrophe, so no elision to look
  // for inside it. False when nothing is known (the pieces ICU cut).
  bool plain = false;

  static Piece over(std::size_t begin, std::size_t end, TokenKind kind, bool plain) {
    return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), kind, plain};
  }
  Token token() const { return {begin, end, kind}; }
};
static_assert(sizeof(Piece) == sizeof(Token));

}  // namespace extrait::segment
