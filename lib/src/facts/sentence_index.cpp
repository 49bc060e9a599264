#include "facts/sentence_index.hpp"

namespace extrait::facts {

namespace {

bool is_amount(const Entity& e) { return e.type == EntityType::money || e.type == EntityType::percent; }

// Words that open a new clause: a trigger beyond one is less likely to be about the amount.
bool opens_clause(const std::string& form) {
  return form == "qui" || form == "dont" || form == "que" || form == "qu'" || form == "où" || form == "mais";
}

int punctuation_cost(const std::string& form) {
  if (form == ",") return 2;
  if (form == ";") return 4;
  if (form == "(" || form == ")" || form == "-" || form == "—" || form == "–") return 2;
  if (form == "«" || form == "»" || form == "\"") return 3;
  return 0;  // ":" introduces the value: "le coût des réacteurs : 72,8 milliards"
}

}  // namespace

bool separates_stretches(const Word& w) {
  return w.kind == segment::TokenKind::punct && (w.form == "," || w.form == ";" || w.form == "—" || w.form == "–");
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
      first_word_.emplace(e, i);
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
}

std::optional<std::size_t> SentenceIndex::first_word(std::size_t entity) const {
  const auto it = first_word_.find(entity);
  if (it == first_word_.end()) return std::nullopt;
  return it->second;
}

}  // namespace extrait::facts
