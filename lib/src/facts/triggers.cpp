#include "facts/triggers.hpp"

#include <algorithm>
#include <limits>

namespace extrait::facts {

namespace {

// Beyond this cost a trigger is too far away to say anything about the amount.
constexpr int kMaxCost = 14;
// A trigger after the amount costs this much more than one before it at the same distance:
// French puts the noun first ("un chiffre d'affaires de X") unless "de" links them (rule 1).
constexpr int kAfterPenalty = 3;

bool is_amount(const Entity& e) { return e.type == EntityType::money || e.type == EntityType::percent; }

// Words that open a new clause: a trigger beyond one is less likely to be about the amount.
bool opens_clause(const std::string& form) {
  return form == "qui" || form == "dont" || form == "que" || form == "qu'" || form == "où" || form == "mais";
}

// What it costs to look across words [from, to) for a trigger: content words, punctuation and
// other entities. `stop_at_punctuation` makes any punctuation a wall (returns -1).
int gap_cost(const FactLexicon& lexicon, const std::vector<Word>& words, const std::vector<Entity>& entities,
             std::size_t from, std::size_t to, bool stop_at_punctuation) {
  int cost = 0;
  int last_entity = -1;
  for (std::size_t i = from; i < to; ++i) {
    const Word& w = words[i];
    if (w.entity >= 0) {
      if (w.entity != last_entity) cost += is_amount(entities[static_cast<std::size_t>(w.entity)]) ? 2 : 1;
      last_entity = w.entity;
      continue;
    }
    last_entity = -1;
    if (w.kind == segment::TokenKind::punct) {
      if (stop_at_punctuation) return -1;
      if (w.form == ",") cost += 2;
      else if (w.form == ";") cost += 4;
      else if (w.form == "(" || w.form == ")" || w.form == "-" || w.form == "—" || w.form == "–") cost += 2;
      else if (w.form == "«" || w.form == "»" || w.form == "\"") cost += 3;
      continue;  // ":" introduces the value: "le coût des réacteurs : 72,8 milliards"
    }
    if (opens_clause(w.form)) {
      cost += 1;
      continue;
    }
    if (w.kind == segment::TokenKind::word && lexicon.function_words.contains(w.form)) continue;
    cost += 1;
  }
  return cost;
}

bool is_determiner(const std::string& form) {
  static const std::vector<std::string> determiners = {"le", "un", "une", "son", "sa", "ses", "leur",
                                                       "leurs", "ce", "ces", "cette", "cet"};
  return std::find(determiners.begin(), determiners.end(), form) != determiners.end();
}

// Whether trigger `inner` is the complement of trigger `head` before it: "head [adjective]
// de|sur|pour [determiner] inner".
bool is_complement_of(const FactLexicon& lexicon, const std::vector<Word>& words, const TriggerHit& head,
                      const TriggerHit& inner) {
  if (head.last > inner.first || inner.first - head.last > 4) return false;
  std::size_t i = inner.first;
  if (i > head.last && is_determiner(words[i - 1].form)) --i;
  if (i == head.last) return false;
  const std::string& preposition = words[i - 1].form;
  if (preposition != "de" && preposition != "sur" && preposition != "pour") return false;
  --i;
  if (i == head.last) return true;
  // one adjective between the head and the preposition: "contribution exceptionnelle sur…"
  return i == head.last + 1 && words[head.last].kind == segment::TokenKind::word && words[head.last].entity < 0 &&
         !lexicon.function_words.contains(words[head.last].form);
}

}  // namespace

std::vector<TriggerHit> find_triggers(const FactLexicon& lexicon, const std::vector<Word>& words) {
  std::vector<TriggerHit> hits;
  for (std::size_t i = 0; i < words.size();) {
    if (words[i].kind != segment::TokenKind::word) {
      ++i;
      continue;
    }
    const auto m = lexicon.triggers.longest_at(words, i);
    if (!m) {
      ++i;
      continue;
    }
    const std::string& kind = lexicon.trigger_kinds[m->payload];
    bool inside_entity = false;
    for (std::size_t k = i; k < i + m->length; ++k) inside_entity = inside_entity || words[k].entity >= 0;
    if (!kind.empty() && !inside_entity) hits.push_back({i, i + m->length, kind});
    i += m->length;
  }
  return hits;
}

std::optional<TriggerHit> attach_trigger(const FactLexicon& lexicon, const std::vector<Word>& words,
                                         const std::vector<Entity>& entities,
                                         const std::vector<TriggerHit>& hits, std::size_t first,
                                         std::size_t last) {
  // "…l'acquisition de Corvanel, une biotech de Cambridge spécialisée dans…, pour 2,4 milliards":
  // "pour" gives the price of what the clause is about, however long the description between.
  std::size_t lead = first;
  while (lead > 0 && words[lead - 1].kind == segment::TokenKind::word && words[lead - 1].entity < 0 &&
         words[lead - 1].form != "pour" && lexicon.function_words.contains(words[lead - 1].form) && first - lead < 3) {
    --lead;
  }
  const int max_cost = lead > 0 && words[lead - 1].form == "pour" ? std::numeric_limits<int>::max() : kMaxCost;
  int best_cost = std::numeric_limits<int>::max();
  std::optional<std::size_t> best;
  for (std::size_t h = 0; h < hits.size(); ++h) {
    const TriggerHit& hit = hits[h];
    int cost = -1;
    if (hit.last <= first) {
      cost = gap_cost(lexicon, words, entities, hit.last, first, false);
    } else if (hit.first >= last) {
      if (hit.first == last + 1 && words[last].form == "de") {
        cost = 0;  // rule 1: "X de chiffre d'affaires"
      } else {
        const int gap = gap_cost(lexicon, words, entities, last, hit.first, true);
        if (gap >= 0) cost = gap + kAfterPenalty;
      }
    }
    // A tie goes to the trigger after the amount only through "de" (cost 0, rule 1).
    if (cost >= 0 && cost <= max_cost && (cost < best_cost || (cost == best_cost && cost == 0))) {
      best_cost = cost;
      best = h;
    }
  }
  if (!best) return std::nullopt;
  // The head of the noun phrase wins over its complement, step by step leftwards.
  std::size_t chosen = *best;
  while (chosen > 0 && hits[chosen].last <= first && is_complement_of(lexicon, words, hits[chosen - 1], hits[chosen])) {
    --chosen;
  }
  return hits[chosen];
}

}  // namespace extrait::facts
