#include "extract/organization/words.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <utility>

#include "extract/organization/fold.hpp"
#include "extract/organization/word_classes.hpp"
#include "text/chars.hpp"
#include "text/short_key.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

// Punctuation after which a capital says nothing: it opens a quotation, a clause or a title:
// « " “ : ( — – - [ ! ? … ; •. Told by the token's bytes (it is asked at every punctuation
// token): one ASCII mark, "«" in two bytes, or one of the marks in three that start E2 80.
bool opens_clause(const char* p, std::size_t n) {
  switch (n) {
    case 1:
      switch (p[0]) {
        case '"': case ':': case '(': case '-': case '[': case '!': case '?': case ';': return true;
        default: return false;
      }
    case 2:
      return p[0] == '\xC2' && p[1] == '\xAB';  // «
    case 3:
      if (p[0] != '\xE2' || p[1] != '\x80') return false;
      switch (static_cast<unsigned char>(p[2])) {
        case 0x9C: case 0x94: case 0x93: case 0xA6: case 0xA2: return true;  // “ — – … •
        default: return false;
      }
    default:
      return false;
  }
}

// The flags of a Word that its bytes alone decide, in Word's order, so that they are copied
// from a cached shape into a Word in one move (set()).
struct Capitals {
  bool capital = false;
  bool inner_capital = false;
  bool acronym = false;
  bool plain = false;
};
static_assert(offsetof(Word, inner_capital) == offsetof(Word, capital) + offsetof(Capitals, inner_capital) &&
              offsetof(Word, acronym) == offsetof(Word, capital) + offsetof(Capitals, acronym) &&
              offsetof(Word, plain) == offsetof(Word, capital) + offsetof(Capitals, plain));

// What a token's bytes alone say about it: its capitals, and its class bits.
struct Shape {
  std::uint64_t classes = ~std::uint64_t{0};
  Capitals caps;
};

// Gives word `w` the flags and bits of `shape`.
void set(Word& w, const Shape& shape) {
  w.classes = shape.classes;
  std::memcpy(reinterpret_cast<unsigned char*>(&w) + offsetof(Word, capital), &shape.caps, sizeof(Capitals));
}

// The capitals of a token; its class bits are asked apart (WordClasses::probe, then bits).
Shape shape_of(std::string_view text, std::size_t begin, std::size_t end, segment::TokenKind kind) {
  Shape shape;
  if (kind == segment::TokenKind::word) {
    std::size_t letters = 0;
    bool lower = false;
    bool first = true;
    for (std::size_t i = begin; i < end;) {
      const unsigned char b = static_cast<unsigned char>(text[i]);
      bool up = false;
      bool small = false;  // a letter in lower case: no capital, and its own lower case
      if (b < 0x80) {
        ++i;
        const bool upper_ascii = b >= 'A' && b <= 'Z';
        if (!upper_ascii && !(b >= 'a' && b <= 'z')) continue;
        up = upper_ascii;
        small = !up;
      } else {
        const auto d = text::decode(text, i);
        i += d.length;
        const char32_t c = d.code_point;
        if (c >= 0xC0 && c <= 0xFF && text::is_latin_letter(c)) {
          // A letter of Latin-1 ("é", "É"), most letters past ASCII: its capitals are À to Þ,
          // its small letters the rest (each its own lower case), told without asking the
          // Unicode tables.
          up = c <= 0xDE;
          small = !up;
        } else {
          if (!text::is_letter(c)) continue;
          up = text::is_upper(c);
          small = !up && text::to_lower(c) == c;
        }
      }
      ++letters;
      if (first) shape.caps.capital = up;
      else if (up) shape.caps.inner_capital = true;
      if (small) lower = true;
      first = false;
    }
    shape.caps.acronym = letters >= 2 && !lower;
  }
  return shape;
}

// The shapes of the tokens seen last on this thread, by their bytes: a news text is made of the
// same few thousand words, whose shape is then read once instead of folded and looked up at
// every occurrence. Two ways a bucket, the last used first (a new word evicts the one of the two
// used longest ago), and emptied when the word screen changes (WordClasses::serial), so that an
// answer is always the one shape_of and the screen give.
class ShapeCache {
 public:
  // The longest token kept, in bytes: its key is two words (text/short_key.hpp).
  static constexpr std::size_t kMaxBytes = text::kShortKeyBytes;

  // Empties the cache if `classes` is not the screen it answers for (call once per document).
  void bind(const WordClasses* classes) {
    if (classes && (classes != classes_ || classes->serial() != serial_)) reset(classes);
  }

  // Where token text[begin, end) of `kind` is kept: its bytes zero-padded and the bucket they map
  // to. Made apart from find() so that the caller can prefetch() the buckets of many tokens before
  // it reads the first.
  struct Key {
    std::uint64_t a = 0;  // the token's bytes, zero-padded to 16
    std::uint64_t b = 0;
    std::uint32_t bucket = 0;
    std::uint8_t length = 0;  // 0: not kept (too long, empty, or no screen)
    bool keyless = false;     // punctuation with no key, and so no bits: neither kept nor read
  };
  static Key key(std::string_view text, std::size_t begin, std::size_t end, segment::TokenKind kind,
                 const WordClasses* classes) {
    Key k;
    const std::size_t n = end - begin;
    if (!classes || n == 0) return k;
    if (kind != segment::TokenKind::word && WordClasses::keyless(static_cast<unsigned char>(text[begin]))) {
      k.keyless = true;
      return k;
    }
    if (n > kMaxBytes) return k;
    const text::ShortKey bytes = text::short_key(text, begin, n);
    k.a = bytes.head;
    k.b = bytes.tail;
    // The bucket: the high bits of the two halves multiplied, which every byte of the key moves.
    // (The length and the kind are left out: the zero padding tells lengths apart, and a word
    // and a punctuation mark of the same bytes are rare; both are compared on a hit anyway.)
    const std::uint64_t h = (k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full);
    k.bucket = static_cast<std::uint32_t>(h >> (64 - std::countr_zero(kBuckets)));
    k.length = static_cast<std::uint8_t>(n);
    return k;
  }
  // What the cache holds for a token: nothing, its shape, or its shape without the class bits,
  // which the `waiting` entry of the document being read will give (see Words::Words).
  enum class Found { nothing, shape, waiting };

 private:
  // 64 bytes each, one cache line: 512 KiB a thread, as large as a core's L2 on some machines.
  // (The few tens of thousands of words of a news corpus overflow it: their tokens miss a fifth
  // less in 8192 buckets of two ways than in 16384 slots mapped directly, and those a quarter less
  // than 8192 slots; the buckets of a block's tokens are prefetched before they are read. Half as
  // many buckets read 11 M more instructions on 3 MB of news and were no faster on two threads.)
  static constexpr std::size_t kBuckets = std::size_t{1} << 13;
  struct Slot {
    std::uint64_t a = 0;  // the token's bytes, zero-padded to 16
    std::uint64_t b = 0;
    std::uint64_t classes = 0;  // or, while `waiting`, the entry that will give them
    std::uint8_t length = 0;  // 0: empty
    std::uint8_t kind = 0;
    bool waiting = false;
    Capitals caps;
  };
  static_assert(sizeof(Slot) == 32);
  // Aligned, so that a look-up reads one line (a slot that straddled two waited twice).
  struct alignas(64) Bucket {
    Slot ways[2];  // the one used last first
  };
  static_assert(sizeof(Bucket) == 64);

 public:
  // The buckets through a plain pointer, for the caller to keep in a local: through the vector,
  // their start would be read again at every token, since any byte written (a key, a word's
  // flags) might be it as far as the compiler knows. Valid until the next bind().
  class View {
   public:
    explicit View(Bucket* buckets) : buckets_(buckets) {}

    void prefetch(const Key& k) const {
      if (k.length != 0) __builtin_prefetch(&buckets_[k.bucket]);
    }

    // What is kept for the token of key `k` and `kind`, its shape in `shape`; bind() first. A word
    // found second becomes the first of its bucket.
    Found find(const Key& k, segment::TokenKind kind, Shape* shape, std::size_t* waiting) {
      if (k.length == 0) return Found::nothing;
      Slot* const ways = buckets_[k.bucket].ways;
      if (!holds(ways[0], k, kind)) {
        if (!holds(ways[1], k, kind)) return Found::nothing;
        std::swap(ways[0], ways[1]);
      }
      const Slot& slot = ways[0];
      shape->classes = slot.classes;
      shape->caps = slot.caps;
      if (!slot.waiting) return Found::shape;
      *waiting = static_cast<std::size_t>(slot.classes);
      return Found::waiting;
    }
    // Keeps `shape` for the token of key `k` and `kind`, first in its bucket (see store()).
    void put(const Key& k, segment::TokenKind kind, const Shape& shape) { store(k, kind, shape, shape.classes, false); }
    // Keeps the capitals of `shape` and, for its class bits, the entry `waiting` that will give them.
    void hold(const Key& k, segment::TokenKind kind, const Shape& shape, std::size_t waiting) {
      store(k, kind, shape, waiting, true);
    }

   private:
    static bool holds(const Slot& slot, const Key& k, segment::TokenKind kind) {
      return slot.a == k.a && slot.b == k.b && slot.length == k.length && slot.kind == static_cast<std::uint8_t>(kind);
    }
    // Keeps the token first in its bucket: in place of its own entry if first already, else
    // pushing the first second (and so out whatever was second, the token itself or another).
    void store(const Key& k, segment::TokenKind kind, const Shape& shape, std::uint64_t classes, bool waiting) {
      if (k.length == 0) return;
      Slot* const ways = buckets_[k.bucket].ways;
      if (!holds(ways[0], k, kind)) ways[1] = ways[0];
      Slot& slot = ways[0];
      slot.a = k.a;
      slot.b = k.b;
      slot.length = k.length;
      slot.kind = static_cast<std::uint8_t>(kind);
      slot.classes = classes;
      slot.waiting = waiting;
      slot.caps = shape.caps;
    }

    Bucket* buckets_;
  };
  View view() { return View(buckets_.data()); }

 private:
  void reset(const WordClasses* classes) {
    buckets_.assign(kBuckets, Bucket{});
    classes_ = classes;
    serial_ = classes->serial();
  }

  std::vector<Bucket> buckets_;
  const WordClasses* classes_ = nullptr;
  std::uint64_t serial_ = 0;
};

}  // namespace

void Words::read(std::string_view text, const segment::Segmentation& seg, const WordClasses* classes) {
  text_ = text;
  thread_local ShapeCache shape_cache;
  shape_cache.bind(classes);
  ShapeCache::View cache = shape_cache.view();
  const auto& tokens = seg.tokens;
  const std::size_t n = tokens.size();
  if (words_.capacity() > kKeptWords && n <= kKeptWords) {
    words_ = {};
    sentence_ = {};
  }
  words_.resize(n);
  sentence_.assign(n, 0);
  for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
    const auto& range = seg.sentences[s];
    for (std::size_t t = range.first_token; t < range.last_token && t < n; ++t) {
      sentence_[t] = static_cast<std::uint32_t>(s);
    }
  }
  // The tokens are read in blocks, so that the scratch below (keys, pending probes) stays small
  // whatever the length of the document: for a whole document it cost more than the words.
  // (It is kept per thread, so that a document allocates none.)
  constexpr std::size_t kBlock = 4096;
  struct Pending {
    std::size_t token;
    WordClasses::Probe probe;
  };
  thread_local std::vector<ShapeCache::Key> keys;
  thread_local std::vector<Pending> pending;
  // The arrays through plain pointers, read once: through the vectors, their starts would be read
  // again at every token, since the words written might be the vectors themselves as far as the
  // compiler knows.
  const char* bytes = text.data();
  const segment::Token* const token_data = tokens.data();
  Word* const words = words_.data();
  const std::uint32_t* const sentence = sentence_.data();
  std::size_t previous_end = 0;
  bool after_opening = false;  // the previous token is punctuation that opens a clause
  // The sentence of the previous token; none before the first, which starts one.
  std::uint64_t previous_sentence = ~std::uint64_t{0};
  for (std::size_t first = 0; first < n; first += kBlock) {
    const std::size_t last = std::min(n, first + kBlock);
    // First the tokens' places and their keys in the cache, each bucket prefetched as soon as known:
    // a document's rarer words are in no cache, and waiting for each bucket in turn would dominate.
    // (Room for a whole block, made once: a size that followed each document's was filled
    // again with empty keys wherever it grew, though every key is written below before it is read.)
    if (keys.size() < kBlock) keys.resize(kBlock);
    const auto key = [block_keys = keys.data(), first](std::size_t t) -> ShapeCache::Key& { return block_keys[t - first]; };
    for (std::size_t t = first; t < last; ++t) {
      Word& w = words[t];
      const segment::Token& token = token_data[t];
      w.begin = static_cast<std::uint32_t>(token.begin);
      w.end = static_cast<std::uint32_t>(token.end);
      w.kind = token.kind;
      bool newline = false;
      bool space = false;
      // Between two tokens there is mostly nothing or one byte: those are told without a loop.
      if (w.begin == previous_end + 1) {
        newline = bytes[previous_end] == '\n';
        space = bytes[previous_end] == ' ';
      } else {
        for (std::size_t i = previous_end; i < w.begin; ++i) {
          if (bytes[i] == '\n') newline = true;
          else if (bytes[i] == ' ') space = true;
        }
      }
      w.newline_before = newline;
      w.space_before = space;
      previous_end = w.end;
      key(t) = ShapeCache::key(text, w.begin, w.end, w.kind, classes);
      cache.prefetch(key(t));
    }
    // Then their shapes: from the cache, else read, the screen asked in two steps (probe, then
    // bits) so that the buckets of the rarer words are all on their way before the first is read.
    // A word read here is held in the cache until the end of the block, so that its next
    // occurrences in the block take its probe instead of folding and hashing it again.
    pending.clear();
    const auto same_token = [&](std::size_t t, std::size_t u) {
      return key(t).a == key(u).a && key(t).b == key(u).b && key(t).length == key(u).length &&
             words[t].kind == words[u].kind;
    };
    for (std::size_t t = first; t < last; ++t) {
      Word& w = words[t];
      Shape shape;
      std::size_t waiting = 0;
      if (key(t).keyless) {
        shape.classes = 0;  // and no capitals, as shape_of() says of punctuation
      } else if (const ShapeCache::Found found = cache.find(key(t), w.kind, &shape, &waiting);
                 found == ShapeCache::Found::waiting && waiting < pending.size() &&
                 same_token(pending[waiting].token, t)) {
        pending.push_back({t, pending[waiting].probe});
      } else if (found != ShapeCache::Found::shape) {
        // (An entry held by an earlier block or document that stopped short is read again, as a miss.)
        shape = shape_of(text, w.begin, w.end, w.kind);
        if (classes) {
          pending.push_back({t, classes->probe(text, w.begin, w.end)});
          cache.hold(key(t), w.kind, shape, pending.size() - 1);
        }
      }
      set(w, shape);
      // (Each test is cheap and all are made: no branch to mispredict.)
      w.sentence_start = (sentence[t] != previous_sentence) | w.newline_before | after_opening;
      previous_sentence = sentence[t];
      after_opening = w.kind == segment::TokenKind::punct && opens_clause(bytes + w.begin, w.end - w.begin);
    }
    for (const Pending& p : pending) {
      Word& w = words[p.token];
      w.classes = classes->bits(p.probe);
      w.plain = p.probe.plain;
      Shape shape;
      shape.classes = w.classes;
      shape.caps = {w.capital, w.inner_capital, w.acronym, w.plain};
      cache.put(key(p.token), w.kind, shape);
    }
  }
}

bool Words::same_word(const Word& w, std::string_view word) const {
  const std::string_view s = text_.substr(w.begin, w.end - w.begin);
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
