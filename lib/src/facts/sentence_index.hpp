// facts/sentence_index.hpp: what the fact rules look up in one sentence, computed once.
//
// A sentence may hold thousands of amounts (a table pasted as one line): each amount must then
// cost a bounded number of steps, not a walk over the whole sentence. The index gives, in
// constant or logarithmic time, where each entity starts, the organizations and dates near a
// word, the comma-delimited stretch a word lies in, and what it costs to look from one word to
// another for a trigger (prefix sums). Rules look no further than kWindow words from the amount.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "extrait/report.hpp"
#include "facts/fact_lexicon.hpp"
#include "facts/words.hpp"

namespace extrait::facts {

// How far from its amount, in words, a trigger, an organization or a date may stand.
inline constexpr std::size_t kWindow = 50;

class SentenceIndex {
 public:
  SentenceIndex(const FactLexicon& lexicon, const std::vector<Word>& words, const std::vector<Entity>& entities);

  // The first word of entity `entity`, if one of the sentence's words lies in it.
  std::optional<std::size_t> first_word(std::size_t entity) const;
  // The first words of the organizations (each mention once), in order.
  const std::vector<std::size_t>& organizations() const { return organizations_; }
  // The first words of the dates, in order.
  const std::vector<std::size_t>& dates() const { return dates_; }
  // The comma-delimited stretch of word `w` (commas, semicolons and dashes separate stretches;
  // parentheses do not: a conversion stays in its clause), and the first word of a stretch.
  std::size_t stretch(std::size_t w) const { return stretch_[w]; }
  std::size_t stretch_start(std::size_t stretch) const { return stretch_starts_[stretch]; }
  // What it costs to look across words [from, to) for a trigger: content words, punctuation
  // (a comma 2, a semicolon 4, a parenthesis or a dash 2, a quotation mark 3, a colon nothing),
  // words that open a clause ("qui", "dont", "que") 1, other entities (an amount 2, else 1).
  int cost(std::size_t from, std::size_t to) const { return cost_[to] - cost_[from]; }
  // Whether words [from, to) hold punctuation.
  bool punctuated(std::size_t from, std::size_t to) const { return punct_[to] != punct_[from]; }

 private:
  // (entity, its first word), sorted by entity: a sentence's entities mostly come in index
  // order, so the sort is seldom needed; a handful of entries searched beat a hash map's nodes.
  std::vector<std::pair<std::size_t, std::size_t>> first_word_;
  std::vector<std::size_t> organizations_;
  std::vector<std::size_t> dates_;
  std::vector<std::uint32_t> stretch_;
  std::vector<std::size_t> stretch_starts_;
  std::vector<int> cost_;             // prefix sums, one more than words
  std::vector<std::uint32_t> punct_;  // prefix counts of punctuation
};

// Whether a word separates comma-delimited stretches.
bool separates_stretches(const Word& w);

}  // namespace extrait::facts
