// text/document.hpp: the input as received and the normalized text the extractors read.
//
// Extractors see one clean spelling of French (NFC, straight apostrophes and double quotes, ASCII
// hyphens, plain spaces, no soft hyphens or zero-width characters, no ligatures, '\n' line ends,
// control characters as spaces; « », the em dash, œ and æ stay: text/typography.hpp has the
// table) and work in byte offsets of that normalized text. The Document remembers where each
// normalized piece came from, so that to_original() turns any normalized range back into code
// points and bytes of the input exactly as received: one place converts offsets, so no extractor
// can get them wrong.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/report.hpp"

namespace extrait::text {

class Document {
 public:
  // `original` must be valid UTF-8 (see find_invalid_utf8) and outlive the Document. Should it
  // hold ill-formed bytes anyway, each becomes U+FFFD and counts as one code point of the input.
  // Throws std::length_error past kMaxInput bytes (offsets are stored in 32 bits).
  explicit Document(std::string_view original);

  // 1 GiB: NFC may triple the bytes of a text, and the normalized text must stay below 4 GiB.
  static constexpr std::size_t kMaxInput = std::size_t{1} << 30;

  std::string_view original() const { return original_; }
  // The normalized text, UTF-8.
  const std::string& text() const { return text_; }

  // The input range that the normalized bytes [begin, end) came from. A range that starts or ends
  // inside a piece that normalization rewrote (a ligature, a CRLF) widens to the whole piece; a
  // range that is empty maps to an empty range. Characters that normalization removed (soft
  // hyphen, zero-width characters, BOM) are never at the edge of the result: "co\u00ADopération"
  // gives "co" and "opération" without the soft hyphen, a leading BOM is left out of every span,
  // and an empty range sits after the removed characters at its place (so [size, size) is the end
  // of the input). Throws std::out_of_range unless begin <= end <= text().size().
  Span to_original(std::size_t begin, std::size_t end) const;
  // The input's text over a normalized range, as received.
  std::string_view original_text(std::size_t begin, std::size_t end) const;

 private:
  // One piece of the input and what normalization made of it. Pieces are in input order and
  // every input code point belongs to exactly one; a piece may normalize to nothing (soft hyphen).
  // Where code points are pieces of their own that normalization left alone, one Piece stands for
  // the whole run (128 bytes at most, so that finding a code point offset inside it
  // stays cheap): its normalized bytes are its input bytes. The top bit of original_cp tells such a run
  // from a rewritten piece.
  struct Piece {
    std::uint32_t text_begin;      // first normalized byte
    std::uint32_t original_cp;     // first input code point; | kRewritten if rewritten
    std::uint32_t original_byte;   // first input byte
  };
  static constexpr std::uint32_t kRewritten = 0x8000'0000u;
  static std::size_t code_point(const Piece& piece) { return piece.original_cp & ~kRewritten; }
  class Builder;  // normalizes and records the pieces (document_builder.hpp)

  // The index of the Piece that holds normalized byte `text_byte` (< text().size()), known to be
  // piece `from` or one after it.
  std::size_t piece_at(std::size_t text_byte, std::size_t from) const;
  // Where a range that begins (ends) at normalized byte `at` begins (ends) in the input.
  struct Position {
    std::size_t cp;
    std::size_t byte;
    std::size_t piece;  // the index of the Piece it was found in
  };
  Position begin_position(std::size_t at) const;
  // The end of a non-empty range that begins at `first`.
  Position end_position(std::size_t at, const Position& first) const;
  // How many code points a run of unchanged code points (followed by piece `next`) holds before
  // its byte `offset`, a code point boundary.
  std::size_t code_points_before(const Piece& run, const Piece& next, std::size_t offset) const;
  // How many code points start in the normalized bytes [at, at + n).
  std::size_t code_points_in(std::size_t at, std::size_t n) const;

  std::string_view original_;
  std::string text_;
  std::vector<Piece> pieces_;  // plus a sentinel at the end
};

}  // namespace extrait::text
