#include "report/json_out.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

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

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  const std::size_t start = out.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet appended, all plain
  for (std::size_t i = 0; i < s.size();) {
    const char escape = kEscapes[bytes[i]];
    if (escape == 0) {
      ++i;
      continue;
    }
    if (escape == 1) {
      const std::size_t length = text::detail::read_sequence(bytes + i, s.size() - i).length;
      if (length == 0) {
        // Rare (a file name that is not UTF-8): nlohmann's own replacement, so that the bytes
        // are exactly those it always wrote.
        out.resize(start);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += length;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    if (escape != 'u') {
      const char pair[2] = {'\\', escape};
      out.append(pair, 2);
      continue;
    }
    static constexpr char kHex[] = "0123456789abcdef";  // lower case, as nlohmann's "\\u%04x"
    const unsigned char c = bytes[i - 1];
    const char code[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
    out.append(code, 6);
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void append_json_double(std::string& out, double x) {
  if (!std::isfinite(x)) {
    out += "null";
    return;
  }
  // The very function nlohmann's dump_float calls, so that every digit stays the same.
  std::array<char, 64> buffer{};
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
  out.append(buffer.data(), end);
}

void JsonOut::value(std::uint64_t n) {
  before_value();
  char digits[24];
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

void JsonOut::value(std::int64_t n) {
  before_value();
  char digits[24];
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

void JsonOut::new_line() {
  out_.push_back('\n');
  out_.append(2 * depth_, ' ');
}

}  // namespace extrait::report
