// numbers/number_word_lexicon.hpp: the vocabulary that NumberWords reads French cardinals with,
// built from the rows of lexicons/number_words.tsv and scales.tsv (number_word_lexicon.cpp), and
// the case folding that makes its words and the words of a text alike.
//
// Each Entry is one form of the lexicons ("quatre-vingts", "cinquièmes", "milliard") with the part
// it plays in the grammar of number_words.cpp. The Vocabulary holds them sorted for the longest
// match first and indexed by first word, with cheap tests on a word's first bytes and length.
// Built once; read-only, and so thread-safe, afterwards.
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extrait/decimal.hpp"
#include "lexicon/lexicon_set.hpp"
#include "numbers/number_words.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::numbers {

namespace word_lexicon {

// The part a word plays in the grammar (the "role" column of number_words.tsv).
enum class Role : std::uint8_t {
  unit,            // zéro, un … neuf
  teen,            // dix … seize
  ten,             // vingt … nonante, quatre-vingt(s)
  hundred,         // cent, cents
  thousand,        // mille
  scale,           // million, milliard… (from scales.tsv)
  conjunction,     // et
  fraction,        // demi
  ordinal_suffix,  // ième: not a word of its own, the end of one
};

struct Entry {
  std::vector<std::string> words;  // case-folded, in order: {"quatre", "vingts"}
  Role role = Role::unit;
  std::int64_t value = 0;  // unit to thousand
  int power = 0;           // scale: 10^power
  Decimal fraction;        // fraction: 0.5
  bool article = false;    // "un", "une": alone, mostly an article
  bool takes_et = false;   // "vingt et un", "soixante et onze"
  bool vigesimal = false;  // takes 1 to 19 after it: "soixante-dix-sept", "quatre-vingt-onze"
  bool plural = false;     // needs a multiplier before it: "deux cents", never "cents" alone
  bool ordinal = false;    // the ordinal form of the word: "cinquième" plays the unit 5, last
  bool plural_ordinal = false;  // "cinquièmes"
};

// No number word is longer; a longer word is simply not one.
constexpr std::size_t kMaxWordBytes = 32;

// A word case-folded into a fixed buffer, so that read() does not allocate.
struct FoldedWord {
  std::array<char, kMaxWordBytes> bytes{};
  std::size_t size = 0;
  std::string_view view() const { return {bytes.data(), size}; }
};

inline bool put_utf8(char32_t c, FoldedWord& out) {
  char buf[4];
  std::size_t n = 0;
  if (c < 0x80) {
    buf[n++] = static_cast<char>(c);
  } else if (c < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (c >> 6));
    buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (c >> 12));
    buf[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | (c >> 18));
    buf[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
  }
  if (out.size + n > out.bytes.size()) return false;
  for (std::size_t i = 0; i < n; ++i) out.bytes[out.size++] = buf[i];
  return true;
}

// Lower-cases `word` (valid UTF-8) into `out`; false if it does not fit. ASCII, nearly all of
// a number's letters, takes a short path: read() runs on every word of every article.
inline bool fold(std::string_view word, FoldedWord& out) {
  out.size = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {
      if (out.size == out.bytes.size()) return false;
      out.bytes[out.size++] = static_cast<char>(text::to_lower(byte));
      ++i;
      continue;
    }
    const text::Decoded d = text::decode(word, i);
    if (!put_utf8(text::to_lower(d.code_point), out)) return false;
    i += d.length;
  }
  return true;
}

// The end of the word (letters and digits) that starts at `at`.
inline std::size_t word_end(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      if (!text::is_ascii_alnum(byte)) break;
      ++at;
    } else if (text::word_char_at(text, at)) {
      at += text::decode(text, at).length;
    } else {
      break;
    }
  }
  return at;
}

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
};

}  // namespace word_lexicon

struct NumberWords::Vocabulary {
  std::vector<word_lexicon::Entry> entries;    // sorted by entry_order
  // First word -> the entries [first, last) of `entries` that start with it.
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>, word_lexicon::WordHash,
                     std::equal_to<>>
      by_first_word;
  // The first byte of every first word, and the first three bytes (hashed; 0 for the third of a
  // word of two bytes, and the first byte alone of a word of one byte) as a word folded from
  // ASCII bytes would start: most words are rejected on these, before the whole word is read.
  std::bitset<1 << 8> first_bytes;
  std::bitset<1 << 16> first_triples;
  std::bitset<1 << 8> first_bytes_alone;
  static std::size_t triple(std::size_t a, std::size_t b, std::size_t c) { return ((a * 131 + b) * 131 + c) & 0xFFFF; }
  // The signature of every first word (see signature()): read() runs at every word of every
  // article, and a word that is no first word ("de", "des", "quand", "centre") is rejected on it
  // before it is looked up.
  std::bitset<1 << 16> first_words;
  // The signatures of every prefix of every first word: a word with letters beyond ASCII is
  // folded only when the ASCII letters before them could start a first word.
  std::bitset<1 << 16> first_word_prefixes;
  // The first words of the entries that may begin a cardinal (units, teens, tens, hundreds,
  // "mille", "demi"), for may_start_cardinal(); not "et", a scale noun, an ordinal. First their
  // lengths (bit n - 1 for n bytes) by their first two bytes (see letter_pair()); then their
  // signatures.
  std::array<std::uint32_t, 1 << 10> cardinal_lengths{};
  std::bitset<1 << 16> cardinal_first_words;
  // The first two bytes of a word of ASCII letters (0 for the second of a word of one) as an
  // index below 1 << 10, letter case aside: the five low bits of a letter tell it from the others.
  static std::size_t letter_pair(unsigned char b0, unsigned char b1) { return (b0 & 0x1Fu) << 5 | (b1 & 0x1Fu); }
  // A case-folded word's length, first three bytes (0 past its end) and last byte, hashed.
  static std::size_t signature(std::size_t size, std::size_t b0, std::size_t b1, std::size_t b2, std::size_t last) {
    const std::size_t h = (((size * 131 + b0) * 131 + b1) * 131 + b2) * 131 + last;
    return (h ^ (h >> 16)) & 0xFFFF;
  }
  // The first byte of the UTF-8 form of `c`, as put_utf8 writes it.
  static std::size_t lead_byte(char32_t c) {
    if (c < 0x80) return c;
    if (c < 0x800) return 0xC0 | (c >> 6);
    if (c < 0x10000) return 0xE0 | (c >> 12);
    return 0xF0 | (c >> 18);
  }
  static std::size_t signature(std::string_view folded) {
    const auto at = [&](std::size_t k) -> std::size_t {
      return k < folded.size() ? static_cast<unsigned char>(folded[k]) : 0;
    };
    return signature(folded.size(), at(0), at(1), at(2), folded.empty() ? 0 : at(folded.size() - 1));
  }
  std::vector<std::string> ordinal_suffixes;   // case-folded: "ième", "ièmes"
  // The last two bytes of the ordinal suffixes that end with two ASCII bytes ("me", "es"), by
  // ending_pair(); all when a suffix is shorter: may_end_ordinal().
  std::bitset<1 << 14> ordinal_endings;
  static std::size_t ending_pair(std::size_t a, std::size_t b) { return (a & 0x7Fu) << 7 | (b & 0x7Fu); }
  std::int64_t max_teen = 0;                   // the largest teen word: 16, "seize"
  std::vector<std::string> problems;

  // False when no entry can start with the word at `at` (< text.size()): first from its first
  // three bytes (true when they are not ASCII: the word must then be read further to tell), then
  // when the word, folded as match_entry folds it, has no signature of a first word.
  bool may_start_entry(std::string_view text, std::size_t at) const {
    return may_start_by_first_bytes(text, at) && may_start_by_signature(text, at);
  }
  bool may_start_by_first_bytes(std::string_view text, std::size_t at) const {
    auto lower = [](unsigned char c) -> std::size_t { return text::to_lower(c); };
    const auto a = static_cast<unsigned char>(text[at]);
    if (a >= 0x80) return true;
    if (!first_bytes[lower(a)]) return false;
    if (!text::word_char_at(text, at + 1)) return first_bytes_alone[lower(a)];
    const auto b = static_cast<unsigned char>(text[at + 1]);
    if (b >= 0x80) return true;
    std::size_t c = 0;
    if (text::word_char_at(text, at + 2)) {
      c = static_cast<unsigned char>(text[at + 2]);
      if (c >= 0x80) return true;
      c = lower(static_cast<unsigned char>(c));
    }
    return first_triples[triple(lower(a), lower(b), c)];
  }
  // For an ASCII word (nearly all) the signature is read off the text, without folding it.
  bool may_start_by_signature(std::string_view text, std::size_t at) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    auto lower = [s](std::size_t k) -> std::size_t { return text::to_lower(s[k]); };
    std::size_t end = at;
    while (end < text.size() && text::is_ascii_alnum(s[end])) ++end;
    if (end < text.size() && s[end] >= 0x80) {
      // The ASCII letters before `end` start the folded word (a letter beyond ASCII may fold to
      // ASCII, "K" the Kelvin sign to "k": only what comes before it is known).
      const std::size_t m = end - at;
      if (m == 0) {
        if (!first_bytes[lead_byte(text::to_lower(text::decode(text, at).code_point))]) return false;
      } else if (!first_word_prefixes[signature(m, lower(at), m > 1 ? lower(at + 1) : 0, m > 2 ? lower(at + 2) : 0,
                                                lower(end - 1))]) {
        return false;
      }
      const std::size_t word_end = word_lexicon::word_end(text, end);
      word_lexicon::FoldedWord word;
      return word_lexicon::fold(text.substr(at, word_end - at), word) && first_words[signature(word.view())];
    }
    const std::size_t n = end - at;
    // An empty word, or one longer than any number word (fold() refuses it), starts no entry.
    if (n == 0 || n > word_lexicon::kMaxWordBytes) return false;
    return first_words[signature(n, lower(at), n > 1 ? lower(at + 1) : 0, n > 2 ? lower(at + 2) : 0, lower(end - 1))];
  }
  std::pair<const word_lexicon::Entry*, const word_lexicon::Entry*> starting_with(std::string_view word) const {
    auto found = by_first_word.find(word);
    if (found == by_first_word.end()) return {nullptr, nullptr};
    return {entries.data() + found->second.first, entries.data() + found->second.second};
  }
  bool is_conjunction(std::string_view word) const {
    // Asked of the word after every number: most are no first word, which their signature tells.
    if (!first_words[signature(word)]) return false;
    auto [lo, hi] = starting_with(word);
    for (const word_lexicon::Entry* e = lo; e != hi; ++e) {
      if (e->role == word_lexicon::Role::conjunction && e->words.size() == 1) return true;
    }
    return false;
  }
  // False when the word [begin, end) of the text, case-folded, surely ends with no ordinal
  // suffix: by its last two bytes when they are ASCII (their folding), else true. What follows a
  // number is most often a noun, told so without folding it.
  bool may_end_ordinal(std::string_view text, std::size_t begin, std::size_t end) const {
    if (end - begin < 2) return true;
    const auto a = static_cast<unsigned char>(text[end - 2]);
    const auto b = static_cast<unsigned char>(text[end - 1]);
    if ((a | b) >= 0x80) return true;
    return ordinal_endings[ending_pair(text::to_lower(a), text::to_lower(b))];
  }
  bool is_ordinal(std::string_view word) const {
    for (const std::string& suffix : ordinal_suffixes) {
      if (word.size() > suffix.size() && word.ends_with(suffix)) return true;
    }
    return false;
  }
};

namespace word_lexicon {

// The vocabulary of the rows of number_words.tsv and scales.tsv. Rows the grammar cannot use are
// left out and listed in its `problems`.
std::unique_ptr<const NumberWords::Vocabulary> build(const lexicon::LexiconSet& lexicons);

}  // namespace word_lexicon

inline bool NumberWords::may_start_cardinal(std::string_view text, std::size_t at, std::size_t end) const {
  const std::size_t n = end - at;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const Vocabulary& v = *vocabulary_;
  if (end < text.size() && s[end] >= 0x80) {
    // A code point beyond ASCII follows, which folds to one byte or more: the folded word is
    // longer than n, and starts with the two bytes here when there are two, or with this byte
    // and C3 when that code point is one of Latin-1's letters (C3 80 to C3 BF: "dé", "Ré"),
    // which lower-case into the same range.
    if (n >= word_lexicon::kMaxWordBytes) return false;
    if (n >= 2 || (n == 1 && s[end] == 0xC3)) {
      const unsigned char second = n >= 2 ? s[at + 1] : 0xC3;
      if ((v.cardinal_lengths[Vocabulary::letter_pair(s[at], second)] >> n) == 0) return false;
    }
    return may_start(text, at);
  }
  if (n == 0 || n > word_lexicon::kMaxWordBytes) return false;
  if (!(v.cardinal_lengths[Vocabulary::letter_pair(s[at], n > 1 ? s[at + 1] : 0)] >> (n - 1) & 1u)) return false;
  const auto lower = [s](std::size_t k) -> std::size_t { return text::to_lower(s[k]); };
  const std::size_t second = n > 1 ? lower(at + 1) : 0;
  const std::size_t third = n > 2 ? lower(at + 2) : 0;
  return v.cardinal_first_words[Vocabulary::signature(n, lower(at), second, third, lower(end - 1))];
}

}  // namespace extrait::numbers
