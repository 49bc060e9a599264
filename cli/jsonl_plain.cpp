#include "jsonl_plain.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#include "text/byte_words.hpp"
#include "text/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace extrait::cli {

namespace {

constexpr std::size_t kFail = std::string_view::npos;

// Whether one of the eight bytes of `w` is a quote, a backslash or a control character: the
// bytes a JSON string cannot hold as they are.
bool has_special(std::uint64_t w) {
  namespace bytes = text::bytes;
  return (bytes::equal(w, '"') | bytes::equal(w, '\\') | bytes::below(w, 0x20)) != 0;
}

bool is_special(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The first byte from `i` that is special, or the start of the last eight bytes or fewer, where
// the byte-wise loop takes over. Sixteen bytes a step where SSE2 is there (x86-64 always), else
// eight: articles are long runs between escapes.
std::size_t skip_plain(std::string_view s, std::size_t i) {
  const char* p = s.data();
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i below_space = _mm_set1_epi8(0x1F);
  while (i + 16 <= s.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // A control byte is one whose unsigned maximum with 0x1F is 0x1F.
    const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space));
    const int mask = _mm_movemask_epi8(special);
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i + 8 <= s.size()) {
    if (has_special(text::bytes::load8(p + i))) break;
    i += 8;
  }
  return i;
}

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

// The four hexadecimal digits at `at`, or -1.
long hex4(std::string_view s, std::size_t at) {
  if (at + 4 > s.size()) return -1;
  long v = 0;
  for (std::size_t k = at; k < at + 4; ++k) {
    const char c = s[k];
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return -1;
    v = v * 16 + digit;
  }
  return v;
}

// Reads the escape at `i` (a backslash) into `out`; the index after it, or kFail. A \u escape of
// a surrogate must be the high half of a pair, followed by the low half, as JSON has it.
std::size_t read_escape(std::string_view s, std::size_t i, std::string& out) {
  if (i + 1 >= s.size()) return kFail;
  switch (s[i + 1]) {
    case '"': out.push_back('"'); return i + 2;
    case '\\': out.push_back('\\'); return i + 2;
    case '/': out.push_back('/'); return i + 2;
    case 'b': out.push_back('\b'); return i + 2;
    case 'f': out.push_back('\f'); return i + 2;
    case 'n': out.push_back('\n'); return i + 2;
    case 'r': out.push_back('\r'); return i + 2;
    case 't': out.push_back('\t'); return i + 2;
    case 'u': break;
    default: return kFail;
  }
  long cp = hex4(s, i + 2);
  i += 6;
  if (cp >= 0xDC00 && cp <= 0xDFFF) return kFail;
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    if (i + 1 >= s.size() || s[i] != '\\' || s[i + 1] != 'u') return kFail;
    const long low = hex4(s, i + 2);
    if (low < 0xDC00 || low > 0xDFFF) return kFail;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    i += 6;
  }
  if (cp < 0) return kFail;
  text::append_utf8(out, static_cast<char32_t>(cp));
  return i;
}

// Reads the string whose opening quote is at `i` into `out`; the index after its closing quote,
// or kFail.
std::size_t read_string(std::string_view s, std::size_t i, std::string& out) {
  if (i >= s.size() || s[i] != '"') return kFail;
  ++i;
  while (true) {
    const std::size_t run = i;
    i = skip_plain(s, i);
    while (i < s.size() && !is_special(static_cast<unsigned char>(s[i]))) ++i;
    out.append(s.data() + run, i - run);
    if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0x20) return kFail;
    if (s[i] == '"') return i + 1;
    i = read_escape(s, i, out);
    if (i == kFail) return kFail;
  }
}

}  // namespace

std::optional<PlainLine> read_plain_line(std::string_view line) {
  // Valid UTF-8 throughout, so that the bytes copied from inside strings are (outside them, a
  // byte above 0x7F is no JSON and fails below).
  if (text::find_invalid_utf8(line)) return std::nullopt;
  PlainLine fields;
  std::string key;
  std::string ignored;
  std::size_t i = skip_space(line, 0);
  if (i >= line.size() || line[i] != '{') return std::nullopt;
  i = skip_space(line, i + 1);
  while (true) {
    key.clear();
    i = read_string(line, i, key);
    if (i == kFail) return std::nullopt;
    i = skip_space(line, i);
    if (i >= line.size() || line[i] != ':') return std::nullopt;
    i = skip_space(line, i + 1);
    std::optional<std::string>* field = key == "id" ? &fields.id : key == "text" ? &fields.text
                                        : key == "date"                  ? &fields.date
                                                                         : nullptr;
    std::string& value = field ? field->emplace() : ignored;  // a repeated key: the last one counts
    ignored.clear();
    // The text, the bulk of the line, at most as long as what is left of it: one allocation
    // rather than one more each time an escape ("\n", "\"") makes it outgrow its capacity.
    if (field == &fields.text) value.reserve(line.size() - i);
    i = read_string(line, i, value);
    if (i == kFail) return std::nullopt;
    i = skip_space(line, i);
    if (i < line.size() && line[i] == ',') {
      i = skip_space(line, i + 1);
      continue;
    }
    if (i >= line.size() || line[i] != '}') return std::nullopt;
    break;
  }
  if (skip_space(line, i + 1) != line.size()) return std::nullopt;
  return fields;
}

}  // namespace extrait::cli
