// segment/sentence_rules.hpp: French sentences from ICU's sentence boundaries.
//
// ICU follows UAX #29, written with English in mind. For French news it is corrected thus:
//  - a line break always ends a sentence (titles and paragraphs stand alone), and the rules below
//    never move or remove a break that has a line break before it;
//  - no end after an abbreviation of the rules ("M.", "Mme", "p. ex.", "av. J.-C.", "n°"), nor at a
//    period inside one ("p." of "p. ex."); a "closing" abbreviation ("etc.", "Inc.") ends the
//    sentence only when a capital follows;
//  - no end after an initial, a lone capital and a period, before a capitalized word ("J. Dupont");
//  - no end before a lower-case word: "Il hésite… puis repart", "« Pourquoi ? » demande-t-il";
//  - closing quotes and brackets after the final punctuation stay in the sentence, even with
//    French spacing: "« C'est fini. »";
//  - an end after "…" before a capitalized word, as ICU does after "..." ("Il hésite… Puis il part");
//  - an end after a period before a number ("Il a 3 ans. 300 personnes sont venues."), where
//    ICU looks past the number for a lower-case word and keeps going.
// A period inside a number ("1.234.567", "49.3") is never an end: ICU already sees to that.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "segment/segmenter.hpp"

namespace extrait::segment {

class AbbreviationTable {
 public:
  AbbreviationTable() = default;
  explicit AbbreviationTable(const SegmenterRules& rules);

  enum class Match { none, inner, closing };
  // What the period at byte `period` of `text` ends or lies in; `floor` is where the current line
  // starts (no abbreviation reaches across a line break).
  Match at_period(std::string_view text, std::size_t floor, std::size_t period) const;

 private:
  // A period inside a dotted entry: the entry, dotted_[entry], and the period's offset in it.
  struct InnerPeriod {
    std::size_t entry;
    std::size_t at;
  };
  // Whether an entry may end at `period`, after the letters text[letters, period) (a screen).
  bool may_end_entry(std::string_view text, std::size_t letters, std::size_t period) const;

  std::unordered_map<std::string, bool> closing_;  // lower-case abbreviation -> closing?
  // Every byte suffix of every entry: most words before a period end none ("ans", "lui"), which
  // one look-up tells before the entries are looked for at each start before the period.
  std::unordered_set<std::string> endings_;
  std::vector<std::string> dotted_;                // those with a period inside: "p. ex"
  std::vector<InnerPeriod> inner_periods_;         // the periods inside them, in that order
  std::size_t longest_ = 0;                        // in bytes
  // The most letters that come right before a period in any entry (3 for "mme", 1 for "p" of
  // "p. ex"): a longer word before a period is no abbreviation, which settles most periods at once.
  std::size_t longest_run_ = 0;
};

// Appends to `out` the sentences of text[begin, end), a stretch of whole lines whose ICU sentence
// boundaries are `breaks` (increasing, from `begin` to `end`); its tokens are
// tokens[first_token, tokens.size()). `cuts` is scratch space reused between stretches.
void append_sentences(std::string_view text, std::size_t begin, std::size_t end,
                      const std::vector<std::size_t>& breaks, const std::vector<Token>& tokens,
                      std::size_t first_token, const AbbreviationTable& abbreviations,
                      std::vector<std::size_t>& cuts, std::vector<SentenceRange>& out);

}  // namespace extrait::segment
