// extract/organization/fold.hpp: the one spelling-blind form under which names are compared.
//
// Writers drop accents on capitals ("Etat", "Electricité de France") and vary case ("Société
// générale", "Société Générale"); lexicons cannot list every variant. Names, cues and first names
// are therefore looked up by their folded form: lower case, Latin diacritics removed ("É" → "e",
// "ç" → "c", "œ" kept as "œ"), the apostrophe already straight in normalized text. Case is then
// checked separately where it matters (an acronym, the capital that makes "Orange" a name).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "text/chars.hpp"

namespace extrait::extract::names {

// The folded form of a code point past the Latin table (U+0250 and up; fold() reads the table).
char32_t fold_beyond_ascii(char32_t code_point);

// The Latin code points past ASCII end here (U+024F is the last): nearly every letter past ASCII in
// French news, which every trie walk and word key folds, folded once into a table.
inline constexpr char32_t kLatinFoldedEnd = 0x250;
// The table, made once (fold.cpp): the folded forms of U+0000 to U+024F.
std::array<char32_t, kLatinFoldedEnd> make_latin_folded();
// It is read inline, behind the guard of its one construction.
inline const std::array<char32_t, kLatinFoldedEnd>& latin_folded() {
  static const std::array<char32_t, kLatinFoldedEnd> table = make_latin_folded();
  return table;
}

// The folded form of one code point; ASCII and the Latin letters inline, as most letters are.
inline char32_t fold(char32_t code_point) {
  if (code_point < 0x80) return text::to_lower(code_point);
  if (code_point < kLatinFoldedEnd) return latin_folded()[code_point];
  return fold_beyond_ascii(code_point);
}

// The folded form of the code point at byte `at` of valid UTF-8 `text`; ASCII without decoding.
char32_t folded_at(std::string_view text, std::size_t at);

// Appends the folded form of `text` to `out`.
void append_folded(std::string& out, std::string_view text);

// The folded form of `text`.
std::string folded(std::string_view text);

// Appends to `out` the folded first word of `text`: its leading letters, digits and hyphens, with
// the apostrophe of an elision ("l'", "d'"). A lexicon phrase and a token of the text give the same
// key when the phrase can start at the token ("M." and "M", "près d'" and "près"). Empty when
// `text` starts with anything else. Returns whether the key is all of `text`, folded: whether
// `text` is one word ("Paris", "Jean-Baptiste", "d'"), the key then equal to folded(text).
bool append_word_key(std::string& out, std::string_view text);

}  // namespace extrait::extract::names
