#include "facts/triggers.hpp"

#include <algorithm>
#include <limits>

#include "facts/sentence_index.hpp"

namespace extrait::facts {

namespace {

// Beyond this cost a trigger is too far away to say anything about the amount.
constexpr int kMaxCost = 14;
// A trigger after the amount costs this much more than one before it at the same distance:
// French puts the noun first ("un chiffre d'affaires de X") unless "de" links them (rule 1).
constexpr int kAfterPenalty = 3;

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
                                         const SentenceIndex& index, const std::vector<TriggerHit>& hits,
                                         std::size_t first, std::size_t last) {
  // "…l'acquisition de Veridion, une biotech de Cambridge spécialisée dans…, pour 2,4 milliards":
  // "pour" gives the price of what the clause is about, however long the description between.
  std::size_t lead = first;
  while (lead > 0 && words[lead - 1].kind == segment::TokenKind::word && words[lead - 1].entity < 0 &&
         words[lead - 1].form != "pour" && lexicon.function_words.contains(words[lead - 1].form) && first - lead < 3) {
    --lead;
  }
  const int max_cost = lead > 0 && words[lead - 1].form == "pour" ? std::numeric_limits<int>::max() : kMaxCost;
  int best_cost = std::numeric_limits<int>::max();
  std::optional<std::size_t> best;
  // Only the triggers within kWindow words: hits are in text order.
  const std::size_t from = first > kWindow ? first - kWindow : 0;
  auto h = std::lower_bound(hits.begin(), hits.end(), from,
                            [](const TriggerHit& hit, std::size_t at) { return hit.last <= at; });
  for (; h != hits.end() && h->first < last + kWindow; ++h) {
    const TriggerHit& hit = *h;
    int cost = -1;
    if (hit.last <= first) {
      cost = index.cost(hit.last, first);
    } else if (hit.first >= last) {
      if (hit.first == last + 1 && words[last].form == "de") {
        cost = 0;  // rule 1: "X de chiffre d'affaires"
      } else if (!index.punctuated(last, hit.first)) {
        cost = index.cost(last, hit.first) + kAfterPenalty;
      }
    }
    // A tie goes to the trigger after the amount only through "de" (cost 0, rule 1).
    if (cost >= 0 && cost <= max_cost && (cost < best_cost || (cost == best_cost && cost == 0))) {
      best_cost = cost;
      best = static_cast<std::size_t>(h - hits.begin());
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
