#include "extract/organization/words.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <iterator>

#include "extract/organization/fold.hpp"
#include "extract/organization/word_classes.hpp"
#include "segment/lexemes.hpp"
#include "text/chars.hpp"
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
// from a shape, and to and from a word type's record, in one move (set()).
struct Capitals {
  bool capital = false;
  bool inner_capital = false;
  bool acronym = false;
  bool plain = false;
};
static_assert(offsetof(Word, inner_capital) == offsetof(Word, capital) + offsetof(Capitals, inner_capital) &&
              offsetof(Word, acronym) == offsetof(Word, capital) + offsetof(Capitals, acronym) &&
              offsetof(Word, plain) == offsetof(Word, capital) + offsetof(Capitals, plain));

static_assert(sizeof(Capitals) == sizeof(segment::Lexeme::names_flags));

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
        // (Latin-1's letters, most letters past ASCII, are told inline by text/chars.hpp.)
        if (!text::is_letter(c)) continue;
        up = text::is_upper(c);
        small = !up && text::to_lower(c) == c;
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

// The stamps of this thread's fields of the name finders in the word types' records
// (segment/lexemes.hpp): `known` where a record holds the word's shape and class bits, `waiting`
// where it holds its capitals and, for its bits, the entry of the block being read that will give
// them (see Words::read). New ones whenever the word screen changes (WordClasses::serial), so that
// a record always answers what shape_of and the screen give.
struct NameStamps {
  std::uint32_t known = 0;
  std::uint32_t waiting = 0;
};
NameStamps name_stamps(const WordClasses* classes) {
  struct Bound {
    const WordClasses* classes = nullptr;
    std::uint64_t serial = 0;
    NameStamps stamps;
  };
  thread_local Bound bound;
  if (classes != bound.classes || classes->serial() != bound.serial) {
    bound.classes = classes;
    bound.serial = classes->serial();
    bound.stamps.known = segment::Lexemes::new_stamp();
    bound.stamps.waiting = segment::Lexemes::new_stamp();
  }
  return bound.stamps;
}

}  // namespace

void Words::read(std::string_view text, const segment::Segmentation& seg, const WordClasses* classes) {
  text_ = text;
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
  // A word's shape and bits are kept in the record of its type (segment/lexemes.hpp), for the
  // screen they were read with: a word met before costs a read of its record, which the segmenter
  // just brought into the cache. Without a screen nothing is kept: there are no bits to keep.
  // (The numbers first, the records after: making the numbers again may move the records.)
  const std::uint32_t* ids = nullptr;
  segment::Lexeme* records = nullptr;
  NameStamps stamps;
  if (classes) {
    ids = segment::lexeme_ids(text, seg).data();
    records = segment::Lexemes::of_thread().records();
    stamps = name_stamps(classes);
  }
  // The tokens are read in blocks, so that the scratch below (pending probes) stays small
  // whatever the length of the document. (It is kept per thread, so that a document allocates none.)
  constexpr std::size_t kBlock = 4096;
  struct Pending {
    std::size_t token;
    std::uint32_t lexeme;  // the token's word type, or kNone
    WordClasses::Probe probe;
  };
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
    // The shapes: from the word's record, else read, the screen asked in two steps (probe, then
    // bits at the end of the block) so that the slots of the screen for the rarer words are all on
    // their way before the first is read. A word read here waits in its record until then, so that
    // its next occurrences in the block take its probe instead of folding and hashing it again.
    pending.clear();
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
      Shape shape;
      if (!classes) {
        shape = shape_of(text, w.begin, w.end, w.kind);
      } else if (w.kind != segment::TokenKind::word && w.end > w.begin &&
                 WordClasses::keyless(static_cast<unsigned char>(bytes[w.begin]))) {
        shape.classes = 0;  // punctuation with no key: no bits, and no capitals, as shape_of() says
      } else {
        const std::uint32_t id = ids[t];
        segment::Lexeme* const record = id != segment::Lexemes::kNone ? &records[id] : nullptr;
        if (record && record->names_stamp == stamps.known) {
          shape.classes = record->names_classes;
          std::memcpy(&shape.caps, record->names_flags, sizeof(Capitals));
        } else if (record && record->names_stamp == stamps.waiting && record->names_classes < pending.size() &&
                   pending[record->names_classes].lexeme == id) {
          std::memcpy(&shape.caps, record->names_flags, sizeof(Capitals));
          pending.push_back({t, id, pending[record->names_classes].probe});
        } else {
          // (A record left waiting by an earlier block or document that stopped short is read
          // again, as a new word.)
          shape = shape_of(text, w.begin, w.end, w.kind);
          pending.push_back({t, id, classes->probe(text, w.begin, w.end)});
          if (record) {
            record->names_stamp = stamps.waiting;
            record->names_classes = pending.size() - 1;
            std::memcpy(record->names_flags, &shape.caps, sizeof(Capitals));
          }
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
      if (p.lexeme == segment::Lexemes::kNone) continue;
      segment::Lexeme& record = records[p.lexeme];
      record.names_stamp = stamps.known;
      record.names_classes = w.classes;
      std::memcpy(record.names_flags, reinterpret_cast<const unsigned char*>(&w) + offsetof(Word, capital),
                  sizeof(Capitals));
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
