#include "facts/sentence_index.hpp"

#include <algorithm>
#include <string_view>

namespace extrait::facts {

namespace {

bool is_amount(const Entity& e) { return e.type == EntityType::money || e.type == EntityType::percent; }

// Words that open a new clause: a trigger beyond one is less likely to be about the amount.
bool opens_clause(std::string_view form) {
  return form == "qui" || form == "dont" || form == "que" || form == "qu'" || form == "où" || form == "mais";
}

int punctuation_cost(std::string_view form) {
  if (form == ",") return 2;
  if (form == ";") return 4;
  if (form == "(" || form == ")" || form == "-" || form == "—" || form == "–") return 2;
  if (form == "«" || form == "»" || form == "\"") return 3;
  return 0;  // ":" introduces the value: "le coût des réacteurs : 72,8 milliards"
}

}  // namespace

bool separates_stretches(const Word& w) {
  if (w.kind != segment::TokenKind::punct) return false;
  const std::string_view form = w.form;  // compared as a view: the compiler inlines the comparisons
  return form == "," || form == ";" || form == "—" || form == "–";
}

SentenceIndex::SentenceIndex(const FactLexicon& lexicon, const std::vector<Word>& words,
                             const std::vector<Entity>& entities) {
  const std::size_t n = words.size();
  stretch_.resize(n);
  cost_.assign(n + 1, 0);
  punct_.assign(n + 1, 0);
  stretch_starts_.push_back(0);
  for (std::size_t i = 0; i < n; ++i) {
    const Word& w = words[i];
    int c = 0;
    const bool entity_start = w.entity >= 0 && (i == 0 || words[i - 1].entity != w.entity);
    if (entity_start) {
      const auto e = static_cast<std::size_t>(w.entity);
      first_word_.emplace_back(e, i);
      if (entities[e].type == EntityType::organization) organizations_.push_back(i);
      if (entities[e].type == EntityType::date) dates_.push_back(i);
      c = is_amount(entities[e]) ? 2 : 1;
    } else if (w.entity < 0) {
      if (w.kind == segment::TokenKind::punct) c = punctuation_cost(w.form);
      else if (opens_clause(w.form)) c = 1;
      else if (w.kind != segment::TokenKind::word || !lexicon.function_words.contains(w.form)) c = 1;
    }
    cost_[i + 1] = cost_[i] + c;
    punct_[i + 1] = punct_[i] + (w.entity < 0 && w.kind == segment::TokenKind::punct ? 1 : 0);
    stretch_[i] = static_cast<std::uint32_t>(stretch_starts_.size() - 1);
    if (separates_stretches(w)) stretch_starts_.push_back(i + 1);
  }
  // Stable: an entity met twice keeps its first word first.
  const auto by_entity = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (!std::is_sorted(first_word_.begin(), first_word_.end(), by_entity)) {
    std::stable_sort(first_word_.begin(), first_word_.end(), by_entity);
  }
}

std::optional<std::size_t> SentenceIndex::first_word(std::size_t entity) const {
  const auto it = std::lower_bound(first_word_.begin(), first_word_.end(), entity,
                                   [](const auto& entry, std::size_t e) { return entry.first < e; });
  if (it == first_word_.end() || it->first != entity) return std::nullopt;
  return it->second;
}

}  // namespace extrait::facts
