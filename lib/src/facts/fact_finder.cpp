#include "facts/fact_finder.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <span>

#include "facts/certainty.hpp"
#include "facts/participants.hpp"
#include "facts/references.hpp"
#include "facts/sentence_index.hpp"
#include "facts/triggers.hpp"

namespace extrait::facts {

namespace {

// How many sentences back a fact may lend its organizations to a sentence that names none.
constexpr std::size_t kRecentSentences = 2;

bool is_amount(const Entity& e) { return e.type == EntityType::money || e.type == EntityType::percent; }

// What makes two amounts the same money: type, currency and value (or range).
std::string amount_key(const Entity& e) {
  std::string key = std::string(to_string(e.type)) + "|" + e.currency + "|";
  if (e.value) key += e.value->to_string();
  else if (e.min && e.max) key += e.min->to_string() + ".." + e.max->to_string();
  return key;
}

// Whether the words before `first` make the amount one already spoken of: a definite
// determiner right before it ("les 10 milliards", "ces 65 euros").
bool definite_before(const std::vector<Word>& words, std::size_t first) {
  return first > 0 && (words[first - 1].form == "le" || words[first - 1].form == "ces" || words[first - 1].form == "ce");
}

// The date entity of the sentence nearest to the amount, within kWindow words.
std::optional<std::size_t> nearest_date(const std::vector<Word>& words, const SentenceIndex& index,
                                        std::size_t first) {
  const auto& dates = index.dates();
  auto after = std::lower_bound(dates.begin(), dates.end(), first);
  std::optional<std::size_t> best;
  std::size_t best_distance = kWindow;
  if (after != dates.end() && *after - first <= best_distance) {
    best = *after;
    best_distance = *after - first;
  }
  if (after != dates.begin() && first - *std::prev(after) <= best_distance) best = *std::prev(after);
  if (!best) return std::nullopt;
  return static_cast<std::size_t>(words[*best].entity);
}

std::string trigger_text(std::string_view text, const std::vector<Word>& words, const TriggerHit& hit) {
  return std::string(text.substr(words[hit.first].begin, words[hit.last - 1].end - words[hit.first].begin));
}

}  // namespace

std::vector<Fact> FactFinder::find(const FactInput& in) const {
  std::vector<Fact> facts;
  const std::size_t sentence_count = in.segmentation.sentences.size();
  if (sentence_count == 0) return facts;
  if (std::none_of(in.entities.begin(), in.entities.end(), is_amount)) return facts;
  // The entities of each sentence, in text order, end to end rather than in a vector each: the
  // count of each sentence goes to bounds[s + 2], the sums make bounds[s + 1] where sentence s
  // starts, and filling moves it to where s ends, which is where s + 1 starts: then sentence s
  // holds entity_ids[bounds[s]] to entity_ids[bounds[s + 1]].
  std::vector<std::size_t> bounds(sentence_count + 2, 0);
  for (const Entity& e : in.entities) {
    if (e.sentence < sentence_count) ++bounds[e.sentence + 2];
  }
  for (std::size_t s = 2; s < bounds.size(); ++s) bounds[s] += bounds[s - 1];
  std::vector<std::size_t> entity_ids(bounds.back());
  for (std::size_t i = 0; i < in.entities.size(); ++i) {
    const std::size_t s = in.entities[i].sentence;
    if (s < sentence_count) entity_ids[bounds[s + 1]++] = i;
  }
  const auto by_sentence = [&](std::size_t s) {
    return std::span<const std::size_t>(entity_ids).subspan(bounds[s], bounds[s + 1] - bounds[s]);
  };

  const std::optional<std::size_t> main = main_organization(lexicon_, in.entities);
  const std::string main_name = main ? in.entities[*main].name : std::string();
  const auto has_amount = [&](std::size_t s) {
    const auto here = by_sentence(s);
    return std::any_of(here.begin(), here.end(), [&](std::size_t e) { return is_amount(in.entities[e]); });
  };
  const auto names_organization = [&](std::size_t s) {
    const auto here = by_sentence(s);
    return std::any_of(here.begin(), here.end(),
                       [&](std::size_t e) { return in.entities[e].type == EntityType::organization; });
  };
  // The words of the sentences with an amount, made once: the rules read them, and so may the
  // learning of descriptions below.
  std::vector<std::vector<Word>> amount_words(sentence_count);
  for (std::size_t s = 0; s < sentence_count; ++s) {
    if (has_amount(s)) amount_words[s] = sentence_words(in.text, in.segmentation, s, by_sentence(s), in.ranges);
  }
  // The descriptions the article gives its organizations ("le groupe japonais Hoshida"), learned
  // from every sentence that names one, but only once a sentence asks for one: most never do.
  std::optional<Descriptions> descriptions;
  const auto learned_descriptions = [&]() -> const Descriptions& {
    if (descriptions) return *descriptions;
    descriptions.emplace();
    for (std::size_t s = 0; s < sentence_count; ++s) {
      if (!names_organization(s)) continue;
      if (has_amount(s)) {
        learn_descriptions(lexicon_, amount_words[s], in.entities, *descriptions);
      } else {
        learn_descriptions(lexicon_, sentence_words(in.text, in.segmentation, s, by_sentence(s), in.ranges),
                           in.entities, *descriptions);
      }
    }
    return *descriptions;
  };
  std::vector<std::optional<std::size_t>> fact_of(in.entities.size());
  std::map<std::string, std::size_t> said;  // amount_key -> the first fact about that money
  std::map<std::string, std::size_t> last_of_kind;  // kind -> the latest fact of that kind

  for (std::size_t s = 0; s < sentence_count; ++s) {
    const auto here = by_sentence(s);
    if (!has_amount(s)) continue;
    const std::vector<Word>& words = amount_words[s];
    const std::vector<TriggerHit> hits = find_triggers(lexicon_, words);
    const SentenceCertainty certainty = read_certainty(lexicon_, words, in.entities, main_name);
    CompanyReferences references = company_references(lexicon_, words, in.entities);
    if (references.description) describe(references, learned_descriptions());
    const SentenceIndex index(lexicon_, words, in.entities);
    const FactContext context{words, in.entities, main, certainty.sources, index, references};
    const bool names_an_organization = names_organization(s);

    for (std::size_t e : here) {
      const Entity& amount = in.entities[e];
      if (!is_amount(amount)) continue;
      const std::optional<std::size_t> at = index.first_word(e);
      if (!at) continue;  // no word of the sentence lies in it (cannot happen with real spans)
      const std::size_t first = *at;

      if (amount.converts && *amount.converts < fact_of.size() && fact_of[*amount.converts]) {
        Fact shared = facts[*fact_of[*amount.converts]];
        shared.amount = e;
        shared.sentence = s;
        fact_of[e] = facts.size();
        facts.push_back(std::move(shared));
        continue;
      }
      std::size_t last = first;
      while (last < words.size() && words[last].entity == static_cast<int>(e)) ++last;

      Fact fact;
      fact.amount = e;
      fact.sentence = s;
      std::optional<TriggerHit> trigger = attach_trigger(lexicon_, words, index, hits, first, last);
      const auto earlier = said.find(amount_key(amount));
      const bool again = earlier != said.end() && (!trigger || definite_before(words, first));
      if (again) {
        // the same money spoken of again: "les 10 milliards d'Amazon"
        fact.kind = facts[earlier->second].kind;
        fact.trigger = facts[earlier->second].trigger;
        trigger.reset();
      } else if (trigger) {
        fact.kind = trigger->kind;
        fact.trigger = trigger_text(in.text, words, *trigger);
      } else {
        fact.kind = "other";
      }
      fact.certainty = certainty_of(certainty, first);
      fact.organizations = participants(lexicon_, context, fact.kind, trigger, first);
      if (again) {
        // The parties of that money, then whoever this sentence adds.
        std::vector<FactOrganization> parties = facts[earlier->second].organizations;
        for (FactOrganization& o : fact.organizations) {
          const bool known = std::any_of(parties.begin(), parties.end(),
                                         [&](const FactOrganization& p) { return p.name == o.name; });
          if (!known) parties.push_back(std::move(o));
        }
        fact.organizations = std::move(parties);
      } else if (!names_an_organization) {
        // "Le contrat comprend aussi la maintenance, pour 350 millions": the parties of the
        // contract just spoken of, rather than the article's company alone.
        const auto recent = last_of_kind.find(fact.kind);
        if (recent != last_of_kind.end() && facts[recent->second].sentence + kRecentSentences >= s &&
            !facts[recent->second].organizations.empty()) {
          fact.organizations = facts[recent->second].organizations;
        }
      }
      last_of_kind[fact.kind] = facts.size();
      fact.date = nearest_date(words, index, first);
      said.try_emplace(amount_key(amount), facts.size());
      fact_of[e] = facts.size();
      facts.push_back(std::move(fact));
    }
  }
  return facts;
}

}  // namespace extrait::facts
