#include "extract/date/word_index.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::date {

namespace {

constexpr std::uint64_t kOffset = 1469598103934665603ull;  // FNV-1a
constexpr std::uint64_t kPrime = 1099511628211ull;

std::uint64_t hash_step(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * kPrime;
}

std::uint64_t hash_of(std::string_view s) {
  std::uint64_t h = kOffset;
  for (char c : s) h = hash_step(h, c);
  return h;
}

// FNV's low bits mix poorly: the whole hash is mixed again. Never 0 (a free slot); the slot is
// taken from its high bits.
std::uint64_t finished(std::uint64_t h) {
  h ^= h >> 31;
  h *= 0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  return h | 1;
}

// Lower-cases [from, to) of `s` into `out` (at most `capacity` bytes); false if it does not fit.
bool lower_into(std::string_view s, std::size_t from, std::size_t to, char* out, std::size_t capacity,
                std::size_t& length) {
  length = 0;
  for (std::size_t i = from; i < to;) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (length == capacity) return false;
      out[length++] = static_cast<char>(text::to_lower(b));
      ++i;
      continue;
    }
    const auto d = text::decode(s, i);
    char32_t c = text::to_lower(d.code_point);
    char bytes[4];
    std::size_t n = 0;
    if (c < 0x800) {
      bytes[n++] = static_cast<char>(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
      bytes[n++] = static_cast<char>(0xE0 | (c >> 12));
      bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    } else {
      bytes[n++] = static_cast<char>(0xF0 | (c >> 18));
      bytes[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
    if (length + n > capacity) return false;
    for (std::size_t k = 0; k < n; ++k) out[length++] = bytes[k];
    i += d.length;
  }
  return true;
}

constexpr std::size_t kMaxWord = 48;

// The first two bytes at `at`, ASCII letters lower-cased; the second is 0 past the end.
std::size_t pair_at(std::string_view s, std::size_t at) {
  const std::size_t a = WordIndex::lower_byte(s[at]);
  const std::size_t b = at + 1 < s.size() ? WordIndex::lower_byte(s[at + 1]) : 0;
  return a << 8 | b;
}

// A word read at a place of the text, lower-cased: its bytes, its end in the text, its hash
// (hash_of()) and the index of its first hyphen (npos for none), the last two found as it is read.
struct LoweredWord {
  char bytes[kMaxWord];
  std::size_t length = 0;
  std::size_t end = 0;
  std::uint64_t hash = kOffset;
  std::size_t hyphen = std::string_view::npos;
  std::string_view view() const { return {bytes, length}; }
};

// What latin1_word_into() writes for an ASCII byte of a word: a letter lower-cased, a digit or a
// period as it is; 0 for a byte that ends the word or needs a closer look (the hyphen, whose
// place is kept, and the apostrophe of an elision), and for every byte beyond ASCII.
constexpr std::array<char, 256> kLoweredWordBytes = [] {
  std::array<char, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) {
    table[static_cast<std::size_t>(c)] = static_cast<char>(c);
    table[static_cast<std::size_t>(c - 32)] = static_cast<char>(c);
  }
  table['.'] = '.';
  return table;
}();

// first_word_end() and lower_into() in one pass, for a word of ASCII bytes and letters of
// Latin-1 (nearly every word the index is asked about, "été" and "écoulé" among them): its end,
// lower-cased into `word`, hashed as it is written. Returns false when another byte beyond ASCII
// is met (the caller then takes the general path) and sets `word.end` to 0 when the word does not
// fit in kMaxWord bytes. Each byte read is one written: the length is the bytes read so far.
bool latin1_word_into(std::string_view s, std::size_t from, LoweredWord& word) {
  char* const out = word.bytes;
  std::size_t length = 0;
  std::uint64_t h = kOffset;
  const auto write = [&](char c) {
    out[length++] = c;
    h = hash_step(h, c);
  };
  // True, with `end` 0, when `n` more bytes do not fit.
  const auto too_long = [&](std::size_t n) {
    if (length + n <= kMaxWord) return false;
    word.end = 0;
    return true;
  };
  std::size_t i = from;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (const char lowered = kLoweredWordBytes[b]; lowered != 0) {
      if (too_long(1)) return true;
      write(lowered);
      ++i;
      continue;
    }
    if (b >= 0x80) {
      // U+00C0 to U+00FF, but the signs × and ÷: letters, lower-cased in their second byte.
      if (b != 0xC3 || text::latin_letter_length(s, i) == 0) return false;
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if (too_long(2)) return true;
      write(static_cast<char>(b));
      write(static_cast<char>(WordIndex::lower_latin1(next)));
      i += 2;
      continue;
    }
    const char c = static_cast<char>(b);
    if (c == '-') {
      if (too_long(1)) return true;
      if (word.hyphen == std::string_view::npos) word.hyphen = length;
      write(c);
      ++i;
      continue;
    }
    if (c != '\'') break;
    if (too_long(1)) return true;
    // "l'", "d'": an elision ends the word, with its apostrophe; "aujourd'hui" goes on.
    const bool elision = i - from <= 2;
    write(c);
    ++i;
    if (elision || !text::word_char_at(s, i)) break;
  }
  word.length = length;
  word.hash = h;
  word.end = i;
  return true;
}

// The word at `at` lower-cased, by latin1_word_into() or else by first_word_end() and
// lower_into(); false when there is none or it does not fit in kMaxWord bytes.
bool lowered_word_at(std::string_view s, std::size_t at, LoweredWord& word) {
  if (latin1_word_into(s, at, word)) return word.end > at;
  word.end = first_word_end(s, at);
  if (word.end == at || !lower_into(s, at, word.end, word.bytes, kMaxWord, word.length)) return false;
  word.hash = hash_of(word.view());
  word.hyphen = word.view().find('-');
  return true;
}

// The hash of the first three bytes of `word` (three at least) for triples_ and glue_triples_.
std::size_t triple_of_word(std::string_view word) {
  const auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(word[i])); };
  return WordIndex::triple_of(b(0), b(1), b(2));
}

}  // namespace

const std::array<bool, 256> WordIndex::kEndsWords = [] {
  std::array<bool, 256> ends{};
  for (unsigned char b = 0; b < 0x80; ++b) {
    ends[b] = !text::is_ascii_alnum(b) && b != '-' && b != '.' && b != '\'';
  }
  return ends;
}();

std::size_t first_word_end(std::string_view s, std::size_t from) {
  std::size_t i = from;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      const char c = static_cast<char>(b);
      const bool word = text::is_ascii_alnum(b) || c == '-' || c == '.';
      if (c == '\'') {
        // "l'", "d'": an elision ends the word, with its apostrophe; "aujourd'hui" goes on.
        const bool elision = i - from <= 2;
        ++i;
        if (elision || !text::word_char_at(s, i)) break;
        continue;
      }
      if (!word) break;
      ++i;
      continue;
    }
    const auto d = text::decode(s, i);
    if (!text::is_letter(d.code_point) && !text::is_digit(d.code_point)) break;
    i += d.length;
  }
  return i;
}

void WordIndex::add(std::string_view form, std::uint32_t bits, bool glue) {
  if (bits == 0) return;  // "plus" of "plus tard" starts nothing: better not listed at all
  char buffer[kMaxWord];
  std::size_t length = 0;
  const std::size_t end = first_word_end(form, 0);
  if (end == 0 || !lower_into(form, 0, end, buffer, sizeof buffer, length)) return;
  const std::string_view word(buffer, length);
  auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.word == word; });
  if (it == entries_.end()) {
    entries_.push_back({std::string(word), 0, 0});
    it = entries_.end() - 1;
  }
  it->bits |= bits;
  if (glue) it->glued |= bits;
}

void WordIndex::freeze() {
  stamp_ = segment::Lexemes::new_stamp();
  std::size_t size = 16;
  while (size < entries_.size() * 4) size *= 2;
  slots_.assign(size, {0, 0});
  // The bytes the text may write for a lower-cased one: those lower_byte() turns into it.
  const auto written = [](std::size_t lowered, auto&& each) {
    if (lowered >= 'A' && lowered <= 'Z') return;  // no byte lower-cases to a capital
    each(lowered);
    if (lowered >= 'a' && lowered <= 'z') each(lowered - 32);
  };
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    const std::size_t pair = pair_at(e.word, 0);
    written(pair >> 8, [&](std::size_t a) {
      if (e.word.size() == 1) {  // "h": any byte may follow it in the text
        for (std::size_t b = 0; b < 256; ++b) written_pairs_.set(a << 8 | b);
      } else {
        written(pair & 0xFF, [&](std::size_t b) { written_pairs_.set(a << 8 | b); });
      }
    });
    const auto byte = [&](std::size_t k) { return static_cast<std::size_t>(static_cast<unsigned char>(e.word[k])); };
    if (e.word.size() == 1) {
      lone_firsts_.set(byte(0));
    } else if (e.word.size() == 2) {
      short_pairs_.set(byte(0) << 8 | byte(1));
    } else {
      triples_.set(triple_of_word(e.word));
      if (e.word.size() == 3) {
        short_triples_.set(triple_of_word(e.word));
      } else {
        quads_.set(quad_of(byte(0), byte(1), byte(2), byte(3)));
      }
    }
    if (e.glued != 0 && e.word.size() < 64) {  // (kMaxWord bytes at most)
      glue_lengths_[byte(0)] |= std::uint64_t{1} << e.word.size();
      if (e.word.size() >= 3) glue_triples_.set(triple_of_word(e.word));
    }
    const std::uint64_t h = finished(hash_of(e.word));
    std::size_t slot = (h >> 17) & (size - 1);
    while (slots_[slot].first != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = {h, static_cast<std::uint32_t>(i)};
  }
}

const WordIndex::Entry* WordIndex::find(std::string_view word, std::uint64_t hash) const {
  const std::uint64_t h = finished(hash);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = (h >> 17) & mask;; slot = (slot + 1) & mask) {
    const auto& [sh, index] = slots_[slot];
    if (sh == 0) return nullptr;
    if (sh == h && entries_[index].word == word) return &entries_[index];
  }
}

std::uint32_t WordIndex::at_screened(std::string_view text, std::size_t at) const {
  // Every form found below is the word or begins it: may_start(), asked by the caller, has
  // screened the word's first bytes against them all.
  LoweredWord lowered;
  if (!lowered_word_at(text, at, lowered)) return 0;
  const std::string_view word = lowered.view();
  const std::size_t length = lowered.length;
  std::uint32_t bits = 0;
  if (const Entry* e = find(word, lowered.hash)) bits = e->bits;  // (hashed as it was read)
  auto exact = [&](std::string_view w) {
    if (const Entry* e = find(w, hash_of(w))) bits |= e->bits;
  };
  // "mi-juin", "mars-avril": the word before the hyphen, with it and without it;
  // "printemps." at a sentence's end: the word before the period.
  if (const std::size_t hyphen = lowered.hyphen; hyphen != std::string_view::npos && hyphen > 0) {
    exact(word.substr(0, hyphen));
    exact(word.substr(0, hyphen + 1));
  }
  if (length > 1 && word.back() == '.') exact(word.substr(0, length - 1));
  // "octobrela": a listed word glued to the next by a stripped link.
  if (bits != 0) return bits;
  // A glued word is longer than the listed word it begins with.
  std::uint64_t lengths = glue_lengths_[static_cast<unsigned char>(word[0])] & ((std::uint64_t{1} << length) - 1);
  if (length > 3 && !glue_triples_.test(triple_of_word(word))) lengths &= 0b110;  // none of three bytes or more
  std::uint64_t h = kOffset;
  std::size_t done = 0;
  for (; lengths != 0; lengths &= lengths - 1) {
    const auto n = static_cast<std::size_t>(std::countr_zero(lengths));
    for (; done < n; ++done) h = hash_step(h, word[done]);
    if (const Entry* e = find(word.substr(0, n), h)) bits |= e->glued;
  }
  return bits;
}

}  // namespace extrait::extract::date
