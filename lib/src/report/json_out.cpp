#include "report/json_out.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

#include <nlohmann/json.hpp>

#include "text/byte_words.hpp"
#include "text/utf8_sequence.hpp"

namespace extrait::report {

namespace {

// For each byte: 0 when it stands for itself inside a JSON string, the letter of its short escape
// ("\n"), 'u' for the "\u00XX" form of the other control characters, or 1 for the first byte of
// a sequence that must be checked as UTF-8 (0x80 and up).
constexpr std::array<char, 256> kEscapes = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = 'u';
  table['\b'] = 'b';
  table['\t'] = 't';
  table['\n'] = 'n';
  table['\f'] = 'f';
  table['\r'] = 'r';
  table['"'] = '"';
  table['\\'] = '\\';
  for (int c = 0x80; c < 0x100; ++c) table[c] = 1;
  return table;
}();

// The first byte of s[from, size) that is not plain (kEscapes[byte] != 0), or `size`. Most text
// is plain ASCII: eight bytes are tested at once, each flagged in its top bit when it is below
// 0x20, '"', '\\' or 0x80 and up. The lowest flag is exact (the carries of the subtractions only
// flag bytes above a flagged one), and tells the first byte to look at.
std::size_t plain_run_end(const unsigned char* s, std::size_t from, std::size_t size) {
  namespace bytes = text::bytes;
  std::size_t i = from;
  for (; i + 8 <= size; i += 8) {
    const std::uint64_t w = bytes::load8(s + i);
    const std::uint64_t flags = bytes::below(w, 0x20) | bytes::beyond_ascii(w) | bytes::equal(w, '"') |
                                bytes::equal(w, '\\');
    if (flags != 0) {
      // Exact only where the lowest-order byte comes first (see text/byte_words.hpp).
      if constexpr (std::endian::native == std::endian::little) return i + bytes::first_marked_byte(flags);
      break;
    }
  }
  while (i < size && kEscapes[s[i]] == 0) ++i;
  return i;
}

}  // namespace

void JsonOut::value(double x) {
  before_value();
  if (!std::isfinite(x)) {
    put("null", 4);
    return;
  }
  // The very function nlohmann's dump_float calls, so that every digit stays the same.
  constexpr std::size_t kLongest = 64;
  char* p = room(kLongest);
  used_ = static_cast<std::size_t>(nlohmann::detail::to_chars(p, p + kLongest, x) - out_.data());
}

void JsonOut::write_string(std::string_view s) {
  const std::size_t start = used_;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  // Room for the string as it is and its quotes; an escape, longer than its byte, asks for more.
  char* to = room(s.size() + 2);
  *to++ = '"';
  std::size_t run = 0;  // start of the bytes not yet copied, all plain
  for (std::size_t i = 0; i < s.size();) {
    i = plain_run_end(bytes, i, s.size());
    if (i == s.size()) break;
    const char escape = kEscapes[bytes[i]];
    if (escape == 1) {
      const std::size_t length = text::detail::read_sequence(bytes + i, s.size() - i).length;
      if (length == 0) {
        // Rare (a file name that is not UTF-8): nlohmann's own replacement, so that the bytes
        // are exactly those it always wrote.
        used_ = start;
        const std::string replaced =
            nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        put(replaced.data(), replaced.size());
        return;
      }
      i += length;
      continue;
    }
    std::memcpy(to, s.data() + run, i - run);
    to += i - run;
    run = ++i;
    // Six bytes at most for the escape, then the rest of the string and its closing quote.
    used_ = static_cast<std::size_t>(to - out_.data());
    to = room(6 + (s.size() - i) + 1);
    if (escape != 'u') {
      to[0] = '\\';
      to[1] = escape;
      to += 2;
      continue;
    }
    static constexpr char kHex[] = "0123456789abcdef";  // lower case, as nlohmann's "\\u%04x"
    const unsigned char c = bytes[i - 1];
    const char code[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
    std::memcpy(to, code, 6);
    to += 6;
  }
  if (run < s.size()) std::memcpy(to, s.data() + run, s.size() - run);
  to += s.size() - run;
  *to++ = '"';
  used_ = static_cast<std::size_t>(to - out_.data());
}

void JsonOut::grow(std::size_t n) {
  // Doubling, so that the zeros resize() writes and the copies stay linear in the text; at least
  // the capacity the caller reserved, which costs no allocation.
  out_.resize(std::max({used_ + n, 2 * out_.size(), out_.capacity(), std::size_t{256}}));
}

void JsonOut::new_line() {
  char* p = room(1 + 2 * depth_);
  p[0] = '\n';
  std::memset(p + 1, ' ', 2 * depth_);
  used_ += 1 + 2 * depth_;
}

}  // namespace extrait::report
