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

// A stretch of the sentence between commas, semicolons or dashes. Parentheses are no boundary: a
// conversion "(environ 8,5 milliards d'euros)" stands inside the clause it belongs to.
struct Segment {
  std::size_t first = 0;  // words [first, last)
  std::size_t last = 0;
};

bool is_separator(const Word& w) {
  return w.kind == segment::TokenKind::punct && (w.form == "," || w.form == ";" || w.form == "—" || w.form == "–");
}

std::vector<Segment> comma_segments(const std::vector<Word>& words) {
  std::vector<Segment> out;
  std::size_t first = 0;
  for (std::size_t i = 0; i <= words.size(); ++i) {
    if (i == words.size() || is_separator(words[i])) {
      out.push_back({first, i});
      first = i + 1;
    }
  }
  return out;
}

const Segment& segment_of(const std::vector<Segment>& segments, std::size_t word) {
  for (const Segment& s : segments) {
    if (word < s.last || &s == &segments.back()) return s;
  }
  return segments.back();
}

// "qui produit le moteur avec GE Aerospace": a relative clause describes, it does not take part.
bool opens_relative_clause(const std::vector<Word>& words, const Segment& s) {
  if (s.first >= s.last) return false;
  const std::string& form = words[s.first].form;
  return form == "qui" || form == "dont" || form == "où" || form == "lequel" || form == "laquelle";
}

// Whether word `at` lies in the source of an attribution: from the source's first word to the
// next comma when the attribution comes before the amount ("Selon X, le groupe…"), to the end of
// the sentence when it comes after it ("…, selon une note de l'analyste Y, de la banque Z").
bool in_source(const FactContext& c, std::size_t at, std::size_t amount_first) {
  for (std::size_t source : c.sources) {
    if (at < source) continue;
    if (source > amount_first) return true;
    bool comma = false;
    for (std::size_t i = source; i < at && !comma; ++i) comma = is_separator(c.words[i]);
    if (!comma && at < source + kSourceWords) return true;
  }
  return false;
}

}  // namespace

std::vector<FactOrganization> participants(const FactLexicon& lexicon, const FactContext& c, const std::string& kind,
                                           const std::optional<TriggerHit>& trigger, std::size_t amount_first) {
  const std::size_t anchor = trigger ? trigger->first : amount_first;
  const std::size_t anchor_end = trigger ? trigger->last : amount_first + 1;
  const std::vector<Segment> segments = comma_segments(c.words);
  const Segment& amount_segment = segment_of(segments, amount_first);
  struct Found {
    std::size_t entity;
    std::size_t at;
  };
  std::vector<Found> found;
  for (std::size_t i = 0; i < c.words.size(); ++i) {
    const int e = c.words[i].entity;
    if (!is_organization(c.entities, e) || (i > 0 && c.words[i - 1].entity == e)) continue;
    if (in_source(c, i, amount_first)) continue;
    const auto before = lexicon.references.longest_ending_at(c.words, noun_phrase_start(lexicon, c.words, i));
    if (before && static_cast<Reference>(before->payload) == Reference::aside) continue;
    const Segment& here = segment_of(segments, i);
    if (here.first != amount_segment.first && (i > amount_first || opens_relative_clause(c.words, here))) continue;
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
