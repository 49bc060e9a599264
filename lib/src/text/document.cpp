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

std::size_t Document::piece_at(std::size_t text_byte) const {
  // The last piece that begins at or before text_byte. A piece that normalized to nothing shares
  // its text_begin with the piece after it and sorts before it, so it is never the answer.
  const auto after = std::upper_bound(
      pieces_.begin(), pieces_.end(), text_byte,
      [](std::size_t at, const Piece& piece) { return at < piece.text_begin; });
  return static_cast<std::size_t>(after - pieces_.begin()) - 1;
}

Document::Position Document::begin_position(std::size_t at) const {
  if (at == text_.size()) return {pieces_.back().original_cp, pieces_.back().original_byte};
  const std::size_t index = piece_at(at);
  const Piece& piece = pieces_[index];
  const std::size_t cp = code_point(piece);
  if (piece.original_cp & kRewritten) return {cp, piece.original_byte};
  // A run of unchanged code points: its bytes are the input's, so the offset carries over once
  // moved back to the start of the code point it falls in. In an ASCII run (as many code points
  // as bytes) there is nothing to count.
  std::size_t offset = at - piece.text_begin;
  const Piece& next = pieces_[index + 1];
  if (next.original_byte - piece.original_byte == code_point(next) - cp) {
    return {cp + offset, piece.original_byte + offset};
  }
  while (offset > 0 && detail::is_continuation_byte(
                           static_cast<unsigned char>(text_[piece.text_begin + offset]))) {
    --offset;
  }
  return {cp + code_points_before(piece, next, offset), piece.original_byte + offset};
}

Document::Position Document::end_position(std::size_t at) const {
  const std::size_t index = piece_at(at - 1);
  const Piece& piece = pieces_[index];
  const Piece& next = pieces_[index + 1];
  const std::size_t cp = code_point(piece);
  if (piece.original_cp & kRewritten) return {code_point(next), next.original_byte};
  std::size_t offset = at - piece.text_begin;
  if (next.original_byte - piece.original_byte == code_point(next) - cp) {
    return {cp + offset, piece.original_byte + offset};  // ASCII
  }
  const std::size_t length = next.text_begin - piece.text_begin;
  while (offset < length && detail::is_continuation_byte(
                                static_cast<unsigned char>(text_[piece.text_begin + offset]))) {
    ++offset;
  }
  return {cp + code_points_before(piece, next, offset), piece.original_byte + offset};
}

std::size_t Document::code_points_before(const Piece& run, const Piece& next, std::size_t offset) const {
  // Counted from the nearer end of the run: the run holds code_point(next) - code_point(run) in all.
  const std::size_t length = next.text_begin - run.text_begin;
  const char* bytes = text_.data() + run.text_begin;
  if (offset <= length / 2) return count_code_points(std::string_view(bytes, offset));
  return code_point(next) - code_point(run) - count_code_points(std::string_view(bytes + offset, length - offset));
}

Span Document::to_original(std::size_t begin, std::size_t end) const {
  if (begin > end || end > text_.size()) {
    throw std::out_of_range("extrait: normalized range [" + std::to_string(begin) + ", " +
                            std::to_string(end) + ") outside a text of " +
                            std::to_string(text_.size()) + " bytes");
  }
  const Position first = begin_position(begin);
  if (begin == end) return Span{first.cp, first.cp, first.byte, first.byte};
  const Position last = end_position(end);
  return Span{first.cp, last.cp, first.byte, last.byte};
}

std::string_view Document::original_text(std::size_t begin, std::size_t end) const {
  const Span span = to_original(begin, end);
  return original_.substr(span.byte_start, span.byte_end - span.byte_start);
}

}  // namespace extrait::text
