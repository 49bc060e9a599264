#include "summary/stemmer.hpp"

#include <libstemmer.h>

#include "text/utf8.hpp"

namespace extrait::summary {

namespace {

// Writes `utf8` in ISO-8859-1 into `out`; false when a code point is above U+00FF (or the bytes
// are not UTF-8: text::decode reads them as U+FFFD), which ISO-8859-1 cannot hold.
bool to_latin1(std::string_view utf8, std::string& out) {
  out.resize(utf8.size());  // at most a byte a byte; written by pointer, then cut to length
  char* to = out.data();
  for (std::size_t i = 0; i < utf8.size();) {
    const text::Decoded d = text::decode(utf8, i);
    if (d.code_point > 0xFF) return false;
    *to++ = static_cast<char>(d.code_point);
    i += d.length;
  }
  out.resize(static_cast<std::size_t>(to - out.data()));
  return true;
}

}  // namespace

Stemmer::Stemmer()
    : utf8_(sb_stemmer_new("french", "UTF_8")), latin1_stemmer_(sb_stemmer_new("french", "ISO_8859_1")) {}

Stemmer::~Stemmer() {
  if (utf8_) sb_stemmer_delete(utf8_);
  if (latin1_stemmer_) sb_stemmer_delete(latin1_stemmer_);
}

std::string Stemmer::stem(std::string_view lower_word) {
  if (!utf8_ || lower_word.empty()) return std::string(lower_word);
  if (latin1_stemmer_ && to_latin1(lower_word, latin1_)) return stem_latin1(lower_word);
  const sb_symbol* out = sb_stemmer_stem(utf8_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
                                         static_cast<int>(lower_word.size()));
  if (!out) return std::string(lower_word);  // out of memory inside libstemmer: the word stands for itself
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(utf8_)));
}

std::string Stemmer::stem_latin1(std::string_view lower_word) {
  const sb_symbol* out = sb_stemmer_stem(latin1_stemmer_, reinterpret_cast<const sb_symbol*>(latin1_.data()),
                                         static_cast<int>(latin1_.size()));
  if (!out) return std::string(lower_word);
  // Back to UTF-8: the rules only keep or write Latin-1 letters. Sized first, so that a stem
  // short enough for the string's own buffer costs no allocation.
  const auto length = static_cast<std::size_t>(sb_stemmer_length(latin1_stemmer_));
  std::size_t bytes = length;
  for (std::size_t i = 0; i < length; ++i) bytes += out[i] >> 7;
  std::string stem(bytes, '\0');
  char* to = stem.data();
  for (std::size_t i = 0; i < length; ++i) {
    const sb_symbol c = out[i];
    if (c < 0x80) {
      *to++ = static_cast<char>(c);
    } else {
      *to++ = static_cast<char>(0xC0 | (c >> 6));
      *to++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return stem;
}

}  // namespace extrait::summary
