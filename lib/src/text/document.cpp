// text/document.cpp: the Document and its offset map from normalized bytes to the input.
#include "text/document.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "text/document_builder.hpp"
#include "text/utf8.hpp"
#include "text/utf8_sequence.hpp"

namespace extrait::text {

Document::Document(std::string_view original) : original_(original) {
  if (original.size() > kMaxInput) {
    throw std::length_error("extrait: input of " + std::to_string(original.size()) +
                            " bytes is larger than " + std::to_string(kMaxInput));
  }
  Builder(original, text_, pieces_).run();
}

std::size_t Document::piece_at(std::size_t text_byte, std::size_t from) const {
  // The last piece that begins at or before text_byte. A piece that normalized to nothing shares
  // its text_begin with the piece after it and sorts before it, so it is never the answer.
  // Bisected between `from`, which begins at or before it, and the sentinel, which begins after
  // it: a few steps without a branch to mispredict.
  std::size_t low = from;
  std::size_t high = pieces_.size() - 1;
  while (high - low > 1) {
    const std::size_t middle = low + (high - low) / 2;
    const bool before = pieces_[middle].text_begin <= text_byte;
    low = before ? middle : low;
    high = before ? high : middle;
  }
  return low;
}

Document::Position Document::begin_position(std::size_t at) const {
  if (at == text_.size()) {
    return {pieces_.back().original_cp, pieces_.back().original_byte, pieces_.size() - 1};
  }
  const std::size_t index = piece_at(at, 0);
  const Piece& piece = pieces_[index];
  const std::size_t cp = code_point(piece);
  if (piece.original_cp & kRewritten) return {cp, piece.original_byte, index};
  // A run of unchanged code points: its bytes are the input's, so the offset carries over once
  // moved back to the start of the code point it falls in. In an ASCII run (as many code points
  // as bytes) there is nothing to count.
  std::size_t offset = at - piece.text_begin;
  const Piece& next = pieces_[index + 1];
  if (next.original_byte - piece.original_byte == code_point(next) - cp) {
    return {cp + offset, piece.original_byte + offset, index};
  }
  while (offset > 0 && detail::is_continuation_byte(
                           static_cast<unsigned char>(text_[piece.text_begin + offset]))) {
    --offset;
  }
  return {cp + code_points_before(piece, next, offset), piece.original_byte + offset, index};
}

Document::Position Document::end_position(std::size_t at, const Position& first) const {
  // Ranges are short (an entity, a sentence): the end lies mostly in the piece of the start, else
  // it is looked for among the pieces after it.
  const std::size_t index =
      pieces_[first.piece + 1].text_begin > at - 1 ? first.piece : piece_at(at - 1, first.piece + 1);
  const Piece& piece = pieces_[index];
  const Piece& next = pieces_[index + 1];
  const std::size_t cp = code_point(piece);
  if (piece.original_cp & kRewritten) return {code_point(next), next.original_byte, index};
  std::size_t offset = at - piece.text_begin;
  if (next.original_byte - piece.original_byte == code_point(next) - cp) {
    return {cp + offset, piece.original_byte + offset, index};  // ASCII
  }
  const std::size_t length = next.text_begin - piece.text_begin;
  while (offset < length && detail::is_continuation_byte(
                                static_cast<unsigned char>(text_[piece.text_begin + offset]))) {
    ++offset;
  }
  if (index == first.piece) {
    // In the run the range starts in: counted from the start when that is nearer than either end
    // of the run (its input bytes are its normalized bytes, so the start's offset carries over).
    const std::size_t from = first.byte - piece.original_byte;
    if (offset - from < std::min(offset, length - offset)) {
      const std::size_t counted = code_points_in(piece.text_begin + from, offset - from);
      return {first.cp + counted, piece.original_byte + offset, index};
    }
  }
  return {cp + code_points_before(piece, next, offset), piece.original_byte + offset, index};
}

std::size_t Document::code_points_before(const Piece& run, const Piece& next, std::size_t offset) const {
  // Counted from the nearer end of the run: the run holds code_point(next) - code_point(run) in all.
  const std::size_t length = next.text_begin - run.text_begin;
  if (offset <= length / 2) return code_points_in(run.text_begin, offset);
  return code_point(next) - code_point(run) - code_points_in(run.text_begin + offset, length - offset);
}

std::size_t Document::code_points_in(std::size_t at, std::size_t n) const {
  return count_code_points(text_, at, n);  // runs twice for most ranges mapped
}

Span Document::to_original(std::size_t begin, std::size_t end) const {
  if (begin > end || end > text_.size()) {
    throw std::out_of_range("extrait: normalized range [" + std::to_string(begin) + ", " +
                            std::to_string(end) + ") outside a text of " +
                            std::to_string(text_.size()) + " bytes");
  }
  const Position first = begin_position(begin);
  if (begin == end) return Span{first.cp, first.cp, first.byte, first.byte};
  const Position last = end_position(end, first);
  return Span{first.cp, last.cp, first.byte, last.byte};
}

std::string_view Document::original_text(std::size_t begin, std::size_t end) const {
  const Span span = to_original(begin, end);
  return original_.substr(span.byte_start, span.byte_end - span.byte_start);
}

}  // namespace extrait::text
