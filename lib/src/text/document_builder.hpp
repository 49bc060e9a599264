// text/document_builder.hpp: normalizes an input once, front to back, and records where every
// normalized byte came from (the Document's pieces).
//
// Text that normalization leaves alone, most of a French article (ASCII 8 bytes at a time,
// accented letters, « », €), is copied in runs; everything else goes one piece at a time: a code
// point, the code points that join it (composition.hpp), then the typographic rules
// (typography.hpp) and NFC.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/composition.hpp"
#include "text/document.hpp"
#include "text/utf8_sequence.hpp"

namespace extrait::text {

class Document::Builder {
 public:
  Builder(std::string_view input, std::string& text, std::vector<Piece>& pieces);
  // Fills text and pieces (with the sentinel); call once.
  void run();

 private:
  // Where the text that normalization copies as it is stops, from `from` on.
  std::size_t run_end(std::size_t from) const;
  // The length of the code point at `at` if it is copied as it is, else 0.
  std::size_t copied_length(std::size_t at) const;
  bool may_be_joined(std::size_t at) const;
  std::size_t extend(std::size_t end, std::size_t& code_points, bool removed_first) const;
  void piece();
  void compound(std::size_t end, std::size_t code_points, bool crlf);

  void copy_run(std::size_t length);
  void keep(std::size_t length);
  void rewritten(std::size_t end, std::size_t code_points, std::string_view output);
  // Opens a run that starts at normalized byte `text_at`, unless the open one has room left.
  void open_run(std::size_t text_at);

  const unsigned char* in_;
  std::size_t size_;
  std::size_t pos_ = 0;  // next input byte
  std::size_t cp_ = 0;   // input code points before pos_
  std::string& text_;
  std::vector<Piece>& pieces_;
  bool run_open_ = false;     // the last Piece is a run of unchanged code points
  std::size_t run_begin_ = 0;  // its first normalized byte
  const std::array<bool, 0x800>& two_byte_copied_;  // U+0000..U+07FF copied as they are
  detail::Composer composer_;
  std::string scratch_;
  std::string composed_;
};

}  // namespace extrait::text
