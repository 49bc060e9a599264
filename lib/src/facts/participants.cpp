#include "facts/participants.hpp"

#include <algorithm>

#include "facts/roles.hpp"

namespace extrait::facts {

namespace {

// How far a source runs after "selon" when no comma ends it ("d'après le média américain X, dont
// le scoop…" names the parties further on).
constexpr std::size_t kSourceWords = 8;
// The place of an organization the sentence does not show.
constexpr std::size_t kNowhere = SIZE_MAX;

// "qui produit le moteur avec GE Aerospace": a relative clause describes, it does not take part.
bool opens_relative_clause(const std::vector<Word>& words, std::size_t stretch_start) {
  if (stretch_start >= words.size()) return false;
  const std::string& form = words[stretch_start].form;
  return form == "qui" || form == "dont" || form == "où" || form == "lequel" || form == "laquelle";
}

// Whether word `at` lies in the source of an attribution: from the source's first word to the
// next comma when the attribution comes before the amount ("Selon X, le groupe…"), to the end of
// the sentence when it comes after it ("…, selon une note de l'analyste Y, de la banque Z").
// `sources` is in text order.
bool in_source(const FactContext& c, std::size_t at, std::size_t amount_first) {
  const auto& sources = c.sources;
  // a source that starts after the amount and before the word
  auto after_amount = std::upper_bound(sources.begin(), sources.end(), amount_first);
  if (after_amount != sources.end() && *after_amount <= at) return true;
  // the nearest source before the word, if it is close and in the same stretch
  auto upto = std::upper_bound(sources.begin(), sources.end(), at);
  if (upto == sources.begin()) return false;
  const std::size_t source = *std::prev(upto);
  return at < source + kSourceWords && c.index.stretch(source) == c.index.stretch(at);
}

}  // namespace

std::vector<FactOrganization> participants(const FactLexicon& lexicon, const FactContext& c, const std::string& kind,
                                           const std::optional<TriggerHit>& trigger, std::size_t amount_first) {
  const std::size_t anchor = trigger ? trigger->first : amount_first;
  const std::size_t anchor_end = trigger ? trigger->last : amount_first + 1;
  const std::size_t amount_stretch = c.index.stretch(amount_first);
  struct Found {
    std::size_t entity;
    std::size_t at;
  };
  std::vector<Found> found;
  // The organizations within kWindow words of the amount, in text order.
  const auto& orgs = c.index.organizations();
  const std::size_t from = amount_first > kWindow ? amount_first - kWindow : 0;
  for (auto it = std::lower_bound(orgs.begin(), orgs.end(), from); it != orgs.end() && *it < amount_first + kWindow;
       ++it) {
    const std::size_t i = *it;
    const int e = c.words[i].entity;
    if (in_source(c, i, amount_first)) continue;
    const auto before = lexicon.references.longest_ending_at(c.words, noun_phrase_start(lexicon, c.words, i));
    if (before && static_cast<Reference>(before->payload) == Reference::aside) continue;
    const std::size_t here = c.index.stretch(i);
    if (here != amount_stretch && (i > amount_first || opens_relative_clause(c.words, c.index.stretch_start(here)))) {
      continue;
    }
    const std::string& name = c.entities[static_cast<std::size_t>(e)].name;
    auto same = std::find_if(found.begin(), found.end(),
                             [&](const Found& f) { return c.entities[f.entity].name == name; });
    const auto distance = [&](std::size_t at) { return at < anchor ? anchor - at : at - anchor; };
    if (same == found.end()) found.push_back({static_cast<std::size_t>(e), i});
    else if (distance(i) < distance(same->at)) *same = {static_cast<std::size_t>(e), i};
  }
  if (c.references.described) {
    // "le groupe japonais", described earlier: that organization, not the article's company
    const std::size_t e = *c.references.described;
    const bool named = std::any_of(found.begin(), found.end(),
                                   [&](const Found& f) { return c.entities[f.entity].name == c.entities[e].name; });
    if (!named) found.push_back({e, *c.references.named});
  } else if (c.main) {
    const std::string& main_name = c.entities[*c.main].name;
    const bool named = std::any_of(found.begin(), found.end(),
                                   [&](const Found& f) { return c.entities[f.entity].name == main_name; });
    if (!named) {
      // A possessive points to the company only where the sentence names no one else.
      const std::optional<std::size_t> at = c.references.named ? c.references.named
                                            : found.empty()     ? c.references.possessive
                                                                : std::nullopt;
      if (at) found.push_back({*c.main, *at});
      else if (found.empty()) found.push_back({*c.main, kNowhere});  // the sentence is about the article's company
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return (a.at == kNowhere ? 0 : a.at) < (b.at == kNowhere ? 0 : b.at);
  });
  std::vector<FactOrganization> out;
  std::vector<bool> by_place;  // the role came from the place (subject, object), not a preposition
  std::vector<std::size_t> places;
  for (const Found& f : found) {
    // Where the sentence does not show the company, it does not show its role either.
    const RoleFound r = f.at == kNowhere ? RoleFound{} : role_at(lexicon, c.words, kind, f.at, anchor, anchor_end);
    out.push_back({f.entity, c.entities[f.entity].name, r.role});
    by_place.push_back(r.by_place);
    places.push_back(f.at);
  }
  settle_roles(out, by_place, places, anchor);
  return out;
}

}  // namespace extrait::facts
