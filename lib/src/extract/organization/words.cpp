#include "extract/organization/words.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>

#include "extract/organization/fold.hpp"
#include "extract/organization/word_classes.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

// Punctuation after which a capital says nothing: it opens a quotation, a clause or a title.
bool opens_clause(std::string_view p) {
  return p == "«" || p == "\"" || p == "“" || p == ":" || p == "(" || p == "—" || p == "–" ||
         p == "-" || p == "[" || p == "!" || p == "?" || p == "…" || p == ";" || p == "•";
}

// What a token's bytes alone say about it: its capitals, and its class bits.
struct Shape {
  std::uint64_t classes = ~std::uint64_t{0};
  bool capital = false;
  bool inner_capital = false;
  bool acronym = false;
  bool plain = false;
};

Shape shape_of(std::string_view text, std::size_t begin, std::size_t end, segment::TokenKind kind,
               const WordClasses* classes) {
  Shape shape;
  if (kind == segment::TokenKind::word) {
    std::size_t letters = 0;
    bool lower = false;
    bool first = true;
    for (std::size_t i = begin; i < end;) {
      const unsigned char b = static_cast<unsigned char>(text[i]);
      char32_t c = b;
      bool up = false;
      if (b < 0x80) {
        ++i;
        const bool upper_ascii = b >= 'A' && b <= 'Z';
        if (!upper_ascii && !(b >= 'a' && b <= 'z')) continue;
        up = upper_ascii;
      } else {
        const auto d = text::decode(text, i);
        i += d.length;
        c = d.code_point;
        if (!text::is_letter(c)) continue;
        up = text::is_upper(c);
      }
      ++letters;
      if (first) shape.capital = up;
      else if (up) shape.inner_capital = true;
      if (!up && (c < 0x80 || text::to_lower(c) == c)) lower = true;
      first = false;
    }
    shape.acronym = letters >= 2 && !lower;
  }
  if (classes) shape.classes = classes->of(text, begin, end, &shape.plain);
  return shape;
}

// The shapes of the tokens seen last on this thread, by their bytes: a news text is made of the
// same few thousand words, whose shape is then read once instead of folded and looked up at
// every occurrence. Direct-mapped (a new word evicts the one in its slot) and emptied when the
// word screen changes (WordClasses::serial), so that an answer is always the one shape_of gives.
class ShapeCache {
 public:
  static constexpr std::size_t kMaxBytes = 16;  // longer tokens are not kept

  // Empties the cache if `classes` is not the screen it answers for (call once per document).
  void bind(const WordClasses* classes) {
    if (classes && (classes != classes_ || classes->serial() != serial_)) reset(classes);
  }

  // The shape of token text[begin, end) of `kind`, from the cache or read and kept; bind() first.
  Shape get(std::string_view text, std::size_t begin, std::size_t end, segment::TokenKind kind,
            const WordClasses* classes) {
    const std::size_t n = end - begin;
    if (!classes || n > kMaxBytes || n == 0) return shape_of(text, begin, end, kind, classes);
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    key_of(text, begin, n, &a, &b);
    std::uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ (n << 3) ^
                      static_cast<std::uint64_t>(kind);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    Slot& slot = slots_[static_cast<std::size_t>(h) & (kSlots - 1)];
    if (slot.a == a && slot.b == b && slot.length == n && slot.kind == static_cast<std::uint8_t>(kind)) {
      Shape shape;
      shape.classes = slot.classes;
      shape.capital = (slot.flags & kCapital) != 0;
      shape.inner_capital = (slot.flags & kInnerCapital) != 0;
      shape.acronym = (slot.flags & kAcronym) != 0;
      shape.plain = (slot.flags & kPlain) != 0;
      return shape;
    }
    const Shape shape = shape_of(text, begin, end, kind, classes);
    slot.a = a;
    slot.b = b;
    slot.length = static_cast<std::uint8_t>(n);
    slot.kind = static_cast<std::uint8_t>(kind);
    slot.classes = shape.classes;
    slot.flags = static_cast<std::uint8_t>((shape.capital ? kCapital : 0) | (shape.inner_capital ? kInnerCapital : 0) |
                                           (shape.acronym ? kAcronym : 0) | (shape.plain ? kPlain : 0));
    return shape;
  }

 private:
  static constexpr std::size_t kSlots = std::size_t{1} << 12;  // 32 bytes each: 128 KiB a thread, in L2
  static constexpr std::uint8_t kCapital = 1, kInnerCapital = 2, kAcronym = 4, kPlain = 8;
  struct Slot {
    std::uint64_t a = 0;  // the token's bytes, zero-padded to 16
    std::uint64_t b = 0;
    std::uint64_t classes = 0;
    std::uint8_t length = 0;  // 0: empty
    std::uint8_t kind = 0;
    std::uint8_t flags = 0;
  };

  static std::uint64_t load(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  // The n <= 16 bytes at text[begin], zero-padded into two words. Where 16 bytes can be read
  // (all but the end of the text), two loads and masks on a little-endian machine.
  static void key_of(std::string_view text, std::size_t begin, std::size_t n, std::uint64_t* a, std::uint64_t* b) {
    const char* p = text.data() + begin;
    if constexpr (std::endian::native == std::endian::little) {
      if (begin + 16 <= text.size()) {
        const auto mask = [](std::size_t bytes) { return bytes >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * bytes)) - 1; };
        *a = load(p) & mask(n);
        *b = n > 8 ? load(p + 8) & mask(n - 8) : 0;
        return;
      }
    }
    char buffer[16] = {};
    std::memcpy(buffer, p, n);
    *a = load(buffer);
    *b = load(buffer + 8);
  }

  void reset(const WordClasses* classes) {
    slots_.assign(kSlots, Slot{});
    classes_ = classes;
    serial_ = classes->serial();
  }

  std::vector<Slot> slots_;
  const WordClasses* classes_ = nullptr;
  std::uint64_t serial_ = 0;
};

}  // namespace

Words::Words(std::string_view text, const segment::Segmentation& seg, const WordClasses* classes) : text_(text) {
  thread_local ShapeCache cache;
  cache.bind(classes);
  const auto& tokens = seg.tokens;
  const std::size_t n = tokens.size();
  words_.resize(n);
  sentence_.assign(n, 0);
  for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
    const auto& range = seg.sentences[s];
    for (std::size_t t = range.first_token; t < range.last_token && t < n; ++t) {
      sentence_[t] = static_cast<std::uint32_t>(s);
    }
  }
  const char* bytes = text.data();
  std::size_t previous_end = 0;
  bool after_opening = false;  // the previous token is punctuation that opens a clause
  for (std::size_t t = 0; t < n; ++t) {
    Word& w = words_[t];
    const segment::Token& token = tokens[t];
    w.begin = token.begin;
    w.end = token.end;
    w.kind = token.kind;
    bool newline = false;
    bool space = false;
    for (std::size_t i = previous_end; i < w.begin; ++i) {
      if (bytes[i] == '\n') newline = true;
      else if (bytes[i] == ' ') space = true;
    }
    w.newline_before = newline;
    w.space_before = space;
    previous_end = w.end;
    const Shape shape = cache.get(text, w.begin, w.end, w.kind, classes);
    w.capital = shape.capital;
    w.inner_capital = shape.inner_capital;
    w.acronym = shape.acronym;
    w.classes = shape.classes;
    w.plain = shape.plain;
    w.sentence_start = t == 0 || sentence_[t] != sentence_[t - 1] || newline || after_opening;
    after_opening = w.kind == segment::TokenKind::punct && opens_clause(str(t));
  }
}

bool Words::is(std::size_t i, std::string_view word) const {
  if (i >= words_.size()) return false;
  const std::string_view s = str(i);
  // Case changes keep the length in bytes for the letters of French words: a cheap first test.
  if (s.size() != word.size()) return false;
  bool ascii = true;
  for (std::size_t k = 0; k < s.size() && ascii; ++k) {
    const unsigned char a = static_cast<unsigned char>(s[k]);
    const unsigned char b = static_cast<unsigned char>(word[k]);
    if (a >= 0x80 || b >= 0x80) {
      ascii = false;
      break;
    }
    if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != b) return false;
  }
  if (ascii) return true;
  std::size_t a = 0;
  std::size_t b = 0;
  while (a < s.size() && b < word.size()) {
    const auto [c, len] = text::decode(s, a);
    const auto [d, dlen] = text::decode(word, b);
    if (text::to_lower(c) != text::to_lower(d)) return false;
    a += len;
    b += dlen;
  }
  return a == s.size() && b == word.size();
}

std::size_t Words::token_at(std::size_t at) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), at,
                             [](const Word& w, std::size_t x) { return w.begin < x; });
  if (it == words_.end() || it->begin != at) return words_.size();
  return static_cast<std::size_t>(it - words_.begin());
}

std::size_t Words::token_containing(std::size_t at) const {
  auto it = std::upper_bound(words_.begin(), words_.end(), at,
                             [](std::size_t x, const Word& w) { return x < w.begin; });
  if (it != words_.begin() && std::prev(it)->end > at) --it;
  return static_cast<std::size_t>(it - words_.begin());
}


}  // namespace extrait::extract::names
