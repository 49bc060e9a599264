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

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/bit_table.hpp"
#include "segment/lexemes.hpp"
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
  std::uint32_t at(std::string_view text, std::size_t at) const {
    return may_start(text, at) ? at_screened(text, at) : 0;
  }
  // Whether the word that at() reads at a token's start (first_word_end()) lies within the token
  // [begin, end): then at() there is a function of the token's bytes alone, which the token's word
  // type may keep (at_word()). So it is when the byte after the token ends any word (it is no
  // letter, digit, hyphen, period nor apostrophe: "printemps." and "jusqu'au" read on), or when
  // the token is an elision of three bytes at most ("l'", "qu'"), whose apostrophe ends the word.
  static bool word_within(std::string_view text, std::size_t begin, std::size_t end) {
    if (end >= text.size() || kEndsWords[static_cast<unsigned char>(text[end])]) return true;
    return end - begin <= 3 && text[end - 1] == '\'';
  }
  // at() at `at`, the start of a token of word type `record` (segment/lexemes.hpp) where
  // word_within() holds: computed the first time this thread meets the type, kept in its record
  // under `stamp` (this index's, stamp()), read from it after. The date readers ask at every
  // token, and a text is made of the same few thousand words: most tokens then cost no look-up.
  // The record's other dates fields, known under the same stamp, are then not read yet.
  std::uint32_t at_word(std::string_view text, std::size_t at, segment::Lexeme& record, std::uint32_t stamp) const {
    if (record.dates_stamp != stamp) {
      record.dates_starters = this->at(text, at);
      record.dates_endings = 0;
      record.dates_stamp = stamp;
    }
    return record.dates_starters;
  }
  // This index's stamp in the tables of word types: its own (an index's answers are its own),
  // given by freeze(), after which the answers never change.
  std::uint32_t stamp() const { return stamp_; }
  // at() without the screen of may_start(), for a place it let through: the screen only saves
  // reading the word, and a caller that has asked it need not pay for it twice.
  std::uint32_t at_screened(std::string_view text, std::size_t at) const;
  // False when at() is 0 by the first four bytes alone (the tests at() makes first), inline for
  // the callers that ask at every word. Before freeze() no pair is listed: always false.
  bool may_start(std::string_view text, std::size_t at) const {
    if (at >= text.size()) return false;
    // The pair as written first: most words are turned away by it before any byte is lower-cased.
    const auto first = static_cast<unsigned char>(text[at]);
    const auto second = at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : 0u;
    if (!written_pairs_.test(std::size_t{first} << 8 | second)) return false;
    const std::size_t a = lower_byte(static_cast<char>(first));
    const std::size_t b = lower_byte(static_cast<char>(second));
    const auto byte = [&](std::size_t k) { return lowered_byte(text, at, at + k); };
    // (A byte beyond ASCII among the first two is read again, to lower-case a letter of Latin-1.)
    if (a >= 0x80 || b >= 0x80) return bytes_begin_like_one(byte(0), byte(1), byte);
    return bytes_begin_like_one(a, b, byte);
  }
  // The hashes of a word's first three and four bytes, for the tables of first bytes.
  static std::size_t triple_of(std::size_t a, std::size_t b, std::size_t c) {
    return ((a * 131 + b) * 131 + c) & 0xFFFF;
  }
  static std::size_t quad_of(std::size_t a, std::size_t b, std::size_t c, std::size_t d) {
    return (((a * 131 + b) * 131 + c) * 131 + d) & 0xFFFF;
  }
  // A byte of the text, lower-cased when it is an ASCII capital (a byte beyond ASCII as it is).
  static std::size_t lower_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x80 ? text::to_lower(b) : b;
  }
  // Byte `i` of the text from `from` on lower-cased, as lower_into() writes it: ASCII, and the
  // letters of Latin-1 (0xC3 then 0x80 to 0xBF, where À to Þ but the sign × are 0x20 below their
  // small letter); 0 past the text. kAny for another byte beyond ASCII, which lower-casing may
  // turn into ASCII or Latin-1.
  static constexpr std::size_t kAny = 0x100;
  // The second byte of a letter of Latin-1 (after 0xC3) lower-cased: the capitals À to Þ, but the
  // sign ×, are 0x20 below their small letter.
  static unsigned char lower_latin1(unsigned char second) {
    return second >= 0x80 && second <= 0x9E && second != 0x97 ? static_cast<unsigned char>(second + 0x20) : second;
  }
  static std::size_t lowered_byte(std::string_view text, std::size_t from, std::size_t i) {
    if (i >= text.size()) return 0;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) return text::to_lower(b);
    if (b == 0xC3) return b;
    if (b <= 0xBF && i > from && static_cast<unsigned char>(text[i - 1]) == 0xC3) {
      return lower_latin1(static_cast<unsigned char>(b));
    }
    return kAny;
  }

 private:
  // The bytes that end any word before them (ASCII, and no letter, digit, hyphen, period nor
  // apostrophe), which word_within() asks of the byte after every token: one look-up rather than
  // a test of each kind of byte.
  static const std::array<bool, 256> kEndsWords;

  struct Entry {
    std::string word;  // lower case
    std::uint32_t bits = 0;
    std::uint32_t glued = 0;  // the bits a longer word that begins with this one starts
  };
  const Entry* find(std::string_view word, std::uint64_t hash) const;

  std::vector<Entry> entries_;
  std::uint32_t stamp_ = 0;  // see stamp()
  // Open addressing over the entries: a power of two of slots, each the word's hash (0 for a free
  // slot) and its entry, side by side so that a probe reads one cache line.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_;
  // The first two bytes of every listed word, lower-cased (ASCII case only), as the text may write
  // them (in any ASCII case, so that the test at every word lower-cases nothing): a word whose first
  // two bytes are not among them is rejected without being read.
  lexicon::BitTable<1 << 16> written_pairs_;
  // By first byte, the byte lengths (bit n for n bytes) of the words that may be glued: a word is
  // looked up by its prefixes of those lengths only ("mais" by "mai", "certains" by "ce").
  std::array<std::uint64_t, 256> glue_lengths_{};
  // Every form found at a word begins that word: the first byte of the listed words of one byte,
  // the first two of those of two bytes and the first three (hashed) of the others tell the many
  // words that begin like none ("des", "mais", "cela") before the word is read.
  lexicon::BitTable<256> lone_firsts_;
  lexicon::BitTable<1 << 16> short_pairs_;
  lexicon::BitTable<1 << 16> triples_;
  // The same asked of the first four bytes of the word lower-cased, before it is read: `a`, `b`,
  // then `byte(k)` for the k-th (lowered_byte()), read when the tests before could not tell. A
  // word of one or two bytes passes by its first one or two, one of three by short_triples_ (the
  // listed words of three bytes), a longer one by quads_ (the first four bytes of the listed words
  // of four or more), as a listed word that begins it must. The fourth byte parts most words that
  // begin like a listed one ("qui" from "quinzaine", "avait" from "avant"). Bytes past the word (a
  // space, a sign) are tested too: only the tests that a word that short needs then decide.
  template <typename Byte>
  bool bytes_begin_like_one(std::size_t a, std::size_t b, const Byte& byte) const {
    if (a == kAny || b == kAny || lone_firsts_.test(a) || short_pairs_.test(a << 8 | b)) return true;
    const std::size_t c = byte(2);
    if (c == kAny) return true;
    const std::size_t triple = triple_of(a, b, c);
    if (!triples_.test(triple)) return false;
    if (short_triples_.test(triple)) return true;
    const std::size_t d = byte(3);
    return d == kAny || quads_.test(quad_of(a, b, c, d));
  }
  lexicon::BitTable<1 << 16> short_triples_;
  lexicon::BitTable<1 << 16> quads_;
  // The first three bytes of the words of three bytes or more that may be glued, hashed: most
  // words that begin like one of them ("de" of "demain", "ma" of "mars") part from all of them by
  // the third byte, and are then looked up by no prefix that long.
  lexicon::BitTable<1 << 16> glue_triples_;
};

// The first word at `at`: letters, digits, hyphens and periods, up to an elision's apostrophe
// included ("l'", "d'"); "aujourd'hui" stays whole. Returns its end.
std::size_t first_word_end(std::string_view text, std::size_t at);

}  // namespace extrait::extract::date
