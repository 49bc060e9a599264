// segment/token_rules.hpp: French word tokens from ICU's word boundaries.
//
// ICU splits text at every UAX #29 word boundary. News French needs some pieces joined again and
// one split that ICU does not make:
//  - a number and the space-grouped thousands after it: "1 234 567", "300 000" (each later group
//    has exactly three digits, and the first at most three, so "2025 300" stays two tokens);
//  - dates written with '/' or '-': "28/11/2026", "2026-11-28" ("28.11.2026" is one already);
//  - an amount glued to its symbol: "10M€", "2,5Md€", "4,5%", "100$" (ICU already keeps "8,53",
//    "0.75", "1.234.567" and "10M" whole);
//  - words joined by hyphens with nothing around them: "e-commerce", "quatre-vingt-dix",
//    "France-KLM", "a-t-il", "Covid-19"; a hyphen with a space after it is punctuation;
//  - elision: "l'origine" is "l'" + "origine", "D'après" is "D'" + "après", and "d'1,5" (which ICU
//    cuts in three) is "d'" + "1,5", for the elided forms of the rules.
// White space makes no token. Words glued where scraping dropped a link ("CNBCelle") stay one
// token: nothing here can tell where they split.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "segment/piece.hpp"
#include "segment/segmenter.hpp"

namespace extrait::segment {

// The elided forms, lower case with their apostrophe, and the longest one in bytes.
struct ElisionTable {
  std::unordered_set<std::string> forms;
  // The forms of ASCII only, without a NUL, of at most 8 bytes (all but "ç'"), each packed in a
  // word as text::short_key lays out a short one, in increasing order: every word with an
  // apostrophe near its start asks, most are ASCII ("l'", "d'", "qu'"), and a word is compared
  // more cheaply than a string is hashed.
  std::vector<std::uint64_t> short_ascii;
  std::size_t longest = 0;

  // Adds `form` (any case).
  void add(std::string_view form);
};

// The kind of a token from its first code point.
TokenKind kind_of(std::string_view text, std::size_t begin);

// Appends to `out` the tokens of a stretch of `text` whose pieces between ICU's word boundaries
// are `pieces` (IcuBreaks::pieces(): in order, without white space, each with its kind and
// whether it is plain).
void append_tokens(std::string_view text, const std::vector<Piece>& pieces, const ElisionTable& elisions,
                   std::vector<Token>& out);

}  // namespace extrait::segment
