#include "extract/person/name_parts.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

using segment::TokenKind;

bool on_same_line(const Words& w, std::size_t k) { return k < w.size() && w[k].space_before && !w[k].newline_before; }

bool particle(const PersonContext& c, std::size_t k) {
  return k < c.w.size() && c.w[k].kind == TokenKind::word && phrase_end(c, c.cues.particles, k) == k + 1;
}

// "el-Assad", "al-Joulani": a lower-case particle glued by a hyphen to a capitalized name.
bool particle_glued(const PersonContext& c, std::size_t k) {
  const Words& w = c.w;
  const std::string_view s = w.str(k);
  const std::size_t hyphen = s.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= s.size()) return false;
  if (!text::is_upper(text::decode(s, hyphen + 1).code_point)) return false;
  // Inside the token: the token's own class bits are those of "el-assad", not of "el".
  const std::size_t end = c.cues.particles.longest_at(w.text(), w[k].begin, c.scratch);
  return end == w[k].begin + hyphen;
}

// `places`: refuse a place too; a surname after a known given name may be one ("Jean-Luc
// Kerhervé").
bool surname_word(const PersonContext& c, std::size_t k, bool places = true) {
  const Words& w = c.w;
  if (k >= w.size() || w[k].kind != TokenKind::word || w[k].acronym) return false;
  if (!w[k].capital && !particle_glued(c, k)) return false;
  if (c.vocabulary.common(w, k, c.scratch)) return false;
  if (c.org_cues.suffixes.whole(w, k, k + 1, c.scratch)) return false;
  if (places && c.vocabulary.places.whole(w, k, k + 1, c.scratch)) return false;
  if (c.vocabulary.products.whole(w, k, k + 1, c.scratch)) return false;
  return true;
}

}  // namespace

bool after_not_person(const PersonContext& c, std::size_t i) {
  if (!c.cues.not_person.may_start_among(c.w.classes_before(i, 3))) return false;  // most words
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (phrase_end(c, c.cues.not_person, i - back) == i) return true;
  }
  return false;
}

std::size_t surname_end(const PersonContext& c, std::size_t j, bool places) {
  const Words& w = c.w;
  std::size_t k = j;
  // "de Meo", "van der Berg", "Le Bihan": particles, each followed by more of the name.
  while (k - j < 3 && follows(w, k + 1) && particle(c, k) && !particle_glued(c, k + 1) &&
         (w[k + 1].capital || particle(c, k + 1))) {
    ++k;
  }
  if (!surname_word(c, k, places)) return j;
  std::size_t end = k + 1;
  // "García Márquez": one more capitalized word, not a given name that starts another person.
  if (on_same_line(w, end) && surname_word(c, end, places) && !c.first_names.at(w, end, c.scratch) &&
      !(end + 1 < w.size() && on_same_line(w, end + 1) && w[end + 1].capital)) {
    ++end;
  }
  return end;
}

NameSpan full_name_at(const PersonContext& c, std::size_t i) {
  const Words& w = c.w;
  NameSpan span;
  if (i >= w.size()) return span;
  Gender g = Gender::unknown;
  if (c.first_names.at(w, i, c.scratch, &g)) {
    std::size_t j = i + 1;
    // "Jean Pierre Dupont": more given names, as long as a surname follows them.
    while (j - i < 3 && on_same_line(w, j) && c.first_names.at(w, j, c.scratch) && on_same_line(w, j + 1) &&
           surname_end(c, j + 1, false) > j + 1) {
      ++j;
    }
    if (!on_same_line(w, j)) return span;
    const std::size_t e = surname_end(c, j, false);
    if (e == j) return span;
    // "Caroline du Nord", "Victoria Falls": a place that starts with a given name.
    if (c.vocabulary.places.longest_at(w, i, c.scratch) >= w[e - 1].end) return span;
    return {i, e, j, e, g};
  }
  if (c.first_names.family_first(w, i, c.scratch) && on_same_line(w, i + 1) && surname_word(c, i + 1)) {
    // "Nguyen Van An": a short middle name ("Van", "Thi", "Duc") then the given name.
    const bool middle = w[i + 1].end - w[i + 1].begin <= 4 && on_same_line(w, i + 2) && surname_word(c, i + 2);
    return {i, middle ? i + 3 : i + 2, i, i + 1, Gender::unknown};
  }
  return span;
}

// (may_continue_name() in the header tells, cheaply, the tokens this may take past the first: the
// two stay in step.)
NameSpan unknown_name_at(const PersonContext& c, std::size_t i) {
  const Words& w = c.w;
  NameSpan span;
  if (i >= w.size() || !w[i].capital || w[i].acronym) return span;
  if (c.vocabulary.common_at_start(w, i, c.scratch)) return span;
  std::size_t k = i;
  std::size_t words = 0;
  while (k < w.size() && words < 3) {
    if (k > i && !follows(w, k)) break;
    if (k > i && particle(c, k) && follows(w, k + 1) && surname_word(c, k + 1)) {
      ++k;
      continue;
    }
    if (!surname_word(c, k)) break;
    ++k;
    ++words;
  }
  if (words == 0 || c.vocabulary.place_or_product(w, i, k, c.scratch)) return span;
  std::size_t surname = k - 1;
  while (surname > i && particle(c, surname - 1)) --surname;
  return {i, k, surname, k, Gender::unknown};
}

// phrase_end() past its screen: a phrase of `list` may start at word i.
std::size_t phrase_end_walk(const PersonContext& c, const PhraseList& list, std::size_t i) {
  const Words& w = c.w;
  const std::size_t end = list.longest_at(w.text(), w[i].begin, c.scratch);
  if (end == 0) return i;
  std::size_t j = i;
  while (j < w.size() && w[j].end < end) ++j;
  return (j < w.size() && w[j].end == end) ? j + 1 : i;
}

}  // namespace extrait::extract::names
