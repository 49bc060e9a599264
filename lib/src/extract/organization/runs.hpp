// extract/organization/runs.hpp: where a capitalized name starts and ends.
//
// An unknown name is a run of capitalized words, with the small words names carry inside them
// ("Banque de France", "FC Val de Saône", "Bank of America", "Marks & Spencer"), within one line
// and one sentence. A run does not start with a word that is only capitalized because it opens the
// sentence ("Selon Harbourline Ventures" is "Harbourline Ventures").
#pragma once

#include <cstddef>
#include <string>

#include "extract/organization/found.hpp"

namespace extrait::extract::names {

struct Run {
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
  bool empty() const { return first >= last; }
  std::size_t size() const { return last - first; }
};

// The capitalized run that starts at token i, at most `max_tokens` long; empty when token i is
// not a capitalized word. Leading sentence-initial common words are dropped.
Run capital_run(const OrgContext& c, std::size_t i, std::size_t max_tokens = 6);

// "de", "du", "des", "d'", "of", "the", "and", "von", "van", "der", "den", "di", "da", "del", "y",
// "et" ("Procter et Gamble" is rare, so "et" is not one): a word that may join capitalized words
// into one name.
bool name_particle(const Words& w, std::size_t i);
// "de", "du", "des", "d'", "à", "au", "aux", "en", "pour", "sur": prepositions that open a complement.
bool preposition(const Words& w, std::size_t i);
// "le", "la", "les", "l'", "un", "une".
bool article(const Words& w, std::size_t i);

// Whether tokens [first, last) look like a person: a given name then a capitalized word.
bool person_like(const OrgContext& c, std::size_t first, std::size_t last);

// The legal form right after token `last` - 1 ("SA", "Inc.", "GmbH"): the byte where it ends, or 0.
std::size_t legal_form_after(const OrgContext& c, std::size_t last);

// The longest phrase of `list` that starts at token i and ends at a token's end: the token after
// it, or i when there is none; `group` receives the phrase's group. The screen is inline: most
// tokens start no phrase of the list, and are turned away before any call.
std::size_t phrase_walk(const OrgContext& c, const PhraseList& list, std::size_t i, long* group);
inline std::size_t phrase_at(const OrgContext& c, const PhraseList& list, std::size_t i, long* group = nullptr) {
  const Words& w = c.w;
  if (i >= w.size() || w[i].kind != segment::TokenKind::word || !list.may_start(w, i)) return i;
  return phrase_walk(c, list, i, group);
}

// The end of the longest place, product or other non-organization that starts at byte `at`
// ("Dow Jones" the index, "Ligue 2", "Renault 5"), or 0.
std::size_t not_organization_at(const OrgContext& c, std::size_t at);
// The same at the start of token t, for a caller that knows the token: no search for it.
std::size_t not_organization_at_token(const OrgContext& c, std::size_t t);

// Text of tokens [first, last) with every run of spaces made one: a canonical name.
std::string surface(const Words& w, std::size_t first, std::size_t last);
// The same for bytes [begin, end).
std::string surface(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace extrait::extract::names
