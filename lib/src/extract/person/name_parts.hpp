// extract/person/name_parts.hpp: where a person's name starts and ends in the tokens.
//
// A surname is one capitalized word, with the particles French and foreign names carry
// ("de Meo", "van der Berg", "Le Bihan", "el-Assad"), and at most one more capitalized word
// ("García Márquez"); never a place, a product, a common French word or a company's suffix.
// A full name is one or more given names then a surname, or a family name written first then
// the given name ("Chen Jiahui").
#pragma once

#include <cstddef>
#include <vector>

#include "extract/organization/org_cues.hpp"
#include "extract/organization/vocabulary.hpp"
#include "extract/organization/words.hpp"
#include "extract/person/first_names.hpp"
#include "extract/person/person_cues.hpp"

namespace extrait::extract::names {

struct PersonContext {
  const Words& w;
  const Vocabulary& vocabulary;
  const FirstNames& first_names;
  const PersonCues& cues;
  const OrgCues& org_cues;
  std::vector<NameTrie::Hit>& scratch;
};

struct NameSpan {
  std::size_t first = 0;          // tokens [first, last): the whole name
  std::size_t last = 0;
  std::size_t surname_first = 0;  // tokens [surname_first, surname_last): the surname
  std::size_t surname_last = 0;
  Gender gender = Gender::unknown;
  bool empty() const { return first >= last; }
};

// Whether token k continues a name: on the same line, after a space or an elided particle
// ("d'Estaing").
inline bool follows(const Words& w, std::size_t k) {
  return k < w.size() && !w[k].newline_before && (w[k].space_before || (k > 0 && w.str(k - 1).back() == '\''));
}

// phrase_end() past its screen: a phrase of `list` may start at word i.
std::size_t phrase_end_walk(const PersonContext& c, const PhraseList& list, std::size_t i);

// The token after the phrase of `list` that starts at token i, or i. (Asked around every
// capitalized word: the screen is inline, most tokens start no phrase of the list.)
inline std::size_t phrase_end(const PersonContext& c, const PhraseList& list, std::size_t i) {
  const Words& w = c.w;
  if (i >= w.size() || w[i].kind != segment::TokenKind::word || !list.may_start(w, i)) return i;
  return phrase_end_walk(c, list, i);
}

// The surname that starts at token j: tokens [j, end), or end == j when none does. `places`:
// refuse places too (a surname without a given name before it).
std::size_t surname_end(const PersonContext& c, std::size_t j, bool places = true);

// The full name that starts at token i (a given name or a family name written first), or empty.
// Neither this nor unknown_name_at() looks before token i: the caller, which asks both at the
// same token, rules out a name after a word such as "rue" once (after_not_person).
NameSpan full_name_at(const PersonContext& c, std::size_t i);

// A name that no given name introduces, at token i, for a cue around it: one to three capitalized
// words that are no place, product or company ("Xi", "Ingrid Solberg"); empty otherwise.
NameSpan unknown_name_at(const PersonContext& c, std::size_t i);

// Whether token k may be a word of a name past its first, as unknown_name_at() reads one, from the
// token's flags and class bits alone (a necessary condition, for a caller that looks ahead
// cheaply): a word after a space or an elided particle, and capitalized, a particle, or a
// particle glued to a capitalized name ("el-Assad", whose capital after the hyphen is an inner
// capital).
inline bool may_continue_name(const PersonContext& c, std::size_t k) {
  const Words& w = c.w;
  return k < w.size() && w[k].kind == segment::TokenKind::word && follows(w, k) &&
         (w[k].capital || w[k].inner_capital || c.cues.particles.may_start(w, k));
}

// Whether a word before token i makes a given name a place or a thing ("rue Victor Hugo").
bool after_not_person(const PersonContext& c, std::size_t i);

}  // namespace extrait::extract::names
