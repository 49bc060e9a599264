// segment/icu_breaks.cpp: see icu_breaks.hpp.
//
// ICU can read UTF-8 directly through utext_openUTF8, but its UTF-8 text provider goes through a
// UTF-16 mapping of its own: converting the chunk to UTF-16 once and iterating over that was
// measured about 30% faster for the word iterator (the costly one), conversion included. ICU then
// answers in UTF-16 units, which the list of code points beyond ASCII turns back into bytes.
#include "segment/icu_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdint>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>

#include "segment/code_points.hpp"

namespace extrait::segment {

namespace {

std::unique_ptr<icu::BreakIterator> checked(icu::BreakIterator* it, UErrorCode status,
                                            const char* what) {
  std::unique_ptr<icu::BreakIterator> owned(it);
  if (U_FAILURE(status) || !owned) {
    throw std::runtime_error(std::string("ICU cannot create the French ") + what +
                             " break iterator: " + u_errorName(status));
  }
  return owned;
}

// Writes text[begin, end) as UTF-16 into `out` (room for end - begin units, never too few) and
// returns the number of units, decoding exactly as decode_at does. Each code point beyond ASCII is
// noted in `wide` with the bytes it takes beyond its UTF-16 units, so that UnitsToBytes below can
// turn ICU's unit offsets back into byte offsets without reading the text again (French news has
// a few such code points in a hundred). Runs of ASCII go eight bytes at a time.
std::size_t to_utf16(std::string_view text, std::size_t begin, std::size_t end, char16_t* out,
                     std::vector<WideCodePoint>& wide) {
  wide.clear();
  const std::string_view stretch = text.substr(0, end);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = 0;
  uint32_t extra = 0;
  for (std::size_t i = begin; i < end;) {
    if (i + 8 <= end) {
      uint64_t eight;
      std::memcpy(&eight, s + i, 8);
      if ((eight & 0x8080808080808080ULL) == 0) {
        for (int k = 0; k < 8; ++k) out[n + k] = s[i + k];
        n += 8;
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      out[n++] = s[i++];
      continue;
    }
    const CodePoint cp = decode_beyond_ascii(stretch, i);
    const auto unit = static_cast<int32_t>(n);
    if (cp.value >= 0x10000) {
      out[n++] = static_cast<char16_t>(0xD7C0 + (cp.value >> 10));
      out[n++] = static_cast<char16_t>(0xDC00 | (cp.value & 0x3FF));
      extra += static_cast<uint32_t>(cp.length - 2);
    } else {
      out[n++] = static_cast<char16_t>(cp.value);
      extra += static_cast<uint32_t>(cp.length - 1);
    }
    wide.push_back({unit, extra});
    i += cp.length;
  }
  return n;
}

// Turns increasing UTF-16 offsets of the stretch back into byte offsets of the text: the byte of
// unit u is begin + u + the extra bytes of the wide code points before u.
class UnitsToBytes {
 public:
  UnitsToBytes(const std::vector<WideCodePoint>& wide, std::size_t begin) : wide_(wide), begin_(begin) {}

  std::size_t byte_at(int32_t unit) {
    while (next_ < wide_.size() && wide_[next_].unit < unit) extra_ = wide_[next_++].extra;
    return begin_ + static_cast<std::size_t>(unit) + extra_;
  }

 private:
  const std::vector<WideCodePoint>& wide_;
  std::size_t begin_;
  std::size_t next_ = 0;
  std::size_t extra_ = 0;
};

void collect(icu::BreakIterator& it, UText* utext, const std::vector<WideCodePoint>& wide,
             std::size_t begin, std::size_t end, std::vector<std::size_t>& out) {
  UErrorCode status = U_ZERO_ERROR;
  it.setText(utext, status);
  if (U_FAILURE(status)) throw std::bad_alloc();  // setText only fails when cloning the UText
  out.clear();
  out.push_back(begin);
  UnitsToBytes bytes(wide, begin);
  for (int32_t at = it.next(); at != icu::BreakIterator::DONE; at = it.next()) {
    const std::size_t byte = bytes.byte_at(at);
    if (byte > out.back()) out.push_back(byte);
  }
  if (out.back() != end) out.push_back(end);
}

}  // namespace

IcuPrototypes::IcuPrototypes() {
  const icu::Locale french("fr");
  UErrorCode status = U_ZERO_ERROR;
  words_ = checked(icu::BreakIterator::createWordInstance(french, status), status, "word");
  status = U_ZERO_ERROR;
  sentences_ = checked(icu::BreakIterator::createSentenceInstance(french, status), status, "sentence");
}

IcuPrototypes::~IcuPrototypes() = default;

IcuBreaks::IcuBreaks(const IcuPrototypes& prototypes)
    : word_iterator_(prototypes.words_->clone()),
      sentence_iterator_(prototypes.sentences_->clone()) {
  if (!word_iterator_ || !sentence_iterator_) throw std::bad_alloc();
}

IcuBreaks::~IcuBreaks() = default;

void IcuBreaks::run(std::string_view text, std::size_t begin, std::size_t end) {
  if (utf16_capacity_ < end - begin) {
    // Not zero-filled: to_utf16 writes every unit that ICU reads.
    utf16_ = std::make_unique_for_overwrite<char16_t[]>(end - begin);
    utf16_capacity_ = end - begin;
  }
  const std::size_t units = to_utf16(text, begin, end, utf16_.get(), wide_);
  // About one boundary every three bytes for words, one every hundred for sentences.
  words_.reserve((end - begin) / 2 + 2);
  sentences_.reserve((end - begin) / 32 + 2);
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, utf16_.get(), static_cast<int64_t>(units), &status);
  if (U_FAILURE(status)) throw std::bad_alloc();
  collect(*word_iterator_, &utext, wide_, begin, end, words_);
  collect(*sentence_iterator_, &utext, wide_, begin, end, sentences_);
  utext_close(&utext);
}

}  // namespace extrait::segment
