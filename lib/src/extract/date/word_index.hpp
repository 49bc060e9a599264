// extract/date/word_index.hpp: which lexicon forms may start at a word, in one hash look-up.
//
// The date and duration readers are asked at every token of every document, and nearly all
// tokens start no date: before any trie walk, this index answers from the token's first word
// alone (lower-cased in a buffer on the stack, hashed once, looked up in an open-addressing
// table: no allocation, no per-character map look-ups) with the bits of the forms that start
// with that word. A form that ends with a period or a hyphen ("janv.", "mi-") is found at the
// start of a longer word ("mi-novembre"); a form allowed to be glued to the next word by a
// stripped link ("octobre" in "octobrela") is found at the start of any longer word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/bit_table.hpp"
#include "text/chars.hpp"

namespace extrait::extract::date {

class WordIndex {
 public:
  // Adds the first word of `form` ("il" for "il y a", "l'" for "l'an") with `bits`; `glue` if a
  // longer word that begins with it may start the same forms.
  void add(std::string_view form, std::uint32_t bits, bool glue);
  // Builds the table; call once after the last add().
  void freeze();

  // The bits of the forms that may start at byte `at` of `text`; 0 for none.
  std::uint32_t at(std::string_view text, std::size_t at) const;
  // False when at() is 0 by the first three bytes alone (the tests at() makes first), inline for
  // the callers that ask at every word. Before freeze() no pair is listed: always false.
  bool may_start(std::string_view text, std::size_t at) const {
    if (at >= text.size()) return false;
    const std::size_t a = lower_byte(text[at]);
    const std::size_t b = at + 1 < text.size() ? lower_byte(text[at + 1]) : 0;
    if (!pairs_.test(a << 8 | b)) return false;
    // What begins_like_one() asks of the word, asked of the bytes: most words that begin like a
    // listed one part from all of them by their third byte ("des" from "demain"). A word of two
    // bytes or less passes by its first or first two; bytes beyond ASCII, which the word's
    // lower-casing may change, pass.
    if (a >= 0x80 || b >= 0x80 || lone_firsts_.test(a) || short_pairs_.test(a << 8 | b)) return true;
    const std::size_t c = at + 2 < text.size() ? lower_byte(text[at + 2]) : 0;
    return c >= 0x80 || triples_.test(triple_of(a, b, c));
  }
  // The hash of a word's first three bytes, for the tables of first bytes.
  static std::size_t triple_of(std::size_t a, std::size_t b, std::size_t c) {
    return ((a * 131 + b) * 131 + c) & 0xFFFF;
  }
  // A byte of the text, lower-cased when it is an ASCII capital (a byte beyond ASCII as it is).
  static std::size_t lower_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x80 ? text::to_lower(b) : b;
  }

 private:
  struct Entry {
    std::string word;  // lower case
    std::uint32_t bits = 0;
    std::uint32_t glued = 0;  // the bits a longer word that begins with this one starts
  };
  const Entry* find(std::string_view word, std::uint64_t hash) const;

  std::vector<Entry> entries_;
  // Open addressing over the entries: a power of two of slots, each the word's hash (0 for a free
  // slot) and its entry, side by side so that a probe reads one cache line.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_;
  std::vector<std::uint8_t> prefix_lengths_;  // byte lengths of the words that may be glued
  // The first two bytes of every listed word, lower-cased (ASCII case only): a word whose first
  // two bytes are not among them is rejected without being read; the same for the first byte of
  // the words that may be glued.
  lexicon::BitTable<1 << 16> pairs_;
  lexicon::BitTable<256> glue_firsts_;
  // Every form found at a word begins that word: the first byte of the listed words of one byte,
  // the first two of those of two bytes and the first three (hashed) of the others tell, once the
  // word is read, the many words that begin like none ("des", "mais", "cela") before any look-up.
  bool begins_like_one(std::string_view word) const;
  lexicon::BitTable<256> lone_firsts_;
  lexicon::BitTable<1 << 16> short_pairs_;
  lexicon::BitTable<1 << 16> triples_;
  // The first three bytes of the words that may be glued, hashed: most words that begin like one
  // of them ("de" of "demain", "ma" of "mars") part from all of them by the third byte, and are
  // then rejected before a look-up per glued length. Only when every such word has three bytes.
  lexicon::BitTable<1 << 16> glue_triples_;
  bool glue_triples_usable_ = true;
};

// The first word at `at`: letters, digits, hyphens and periods, up to an elision's apostrophe
// included ("l'", "d'"); "aujourd'hui" stays whole. Returns its end.
std::size_t first_word_end(std::string_view text, std::size_t at);

}  // namespace extrait::extract::date
