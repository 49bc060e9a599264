#include "extract/organization/institutions.hpp"

#include "extract/organization/runs.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

using segment::TokenKind;

bool lower_word(const Words& w, std::size_t i) {
  return i < w.size() && w[i].kind == TokenKind::word && !w[i].capital && !w[i].inner_capital &&
         !w[i].newline_before;
}

// A lower-case word that can qualify an institution: listed, or with an adjective's ending, and
// neither a function word nor a listed exception (a verb such as "indique").
bool adjective(const OrgContext& c, std::size_t i) {
  const Words& w = c.w;
  if (!lower_word(w, i)) return false;
  if (c.cues.stops.whole(w, i, i + 1, c.scratch)) return false;
  if (c.vocabulary.common(w, i, c.scratch)) return false;
  if (phrase_at(c, c.cues.adjectives, i) == i + 1) return true;
  return c.cues.adjective_ending(w.str(i));
}

// A noun after a preposition: a lower-case content word, or a capitalized name ("Union").
// Returns the token after it, or i.
std::size_t noun(const OrgContext& c, std::size_t i, bool* capitalized) {
  const Words& w = c.w;
  if (i >= w.size() || w[i].newline_before) return i;
  if (lower_word(w, i)) {
    if (preposition(w, i) || article(w, i) || c.vocabulary.common(w, i, c.scratch)) return i;
    if (c.cues.stops.whole(w, i, i + 1, c.scratch)) return i;
    return i + 1;
  }
  const Run run = capital_run(c, i, 4);
  if (run.empty() || run.first != i || person_like(c, run.first, run.last)) return i;
  *capitalized = true;
  return run.last;
}

// "de", "du", "des", "d'", "pour", "à", "aux", "sur", "en", "contre", optionally "et" before one,
// then an article: returns the token of the noun, or i when no complement opens here.
std::size_t complement_start(const OrgContext& c, std::size_t i) {
  const Words& w = c.w;
  std::size_t k = i;
  if (w.is(k, "et") && !w[k].newline_before) ++k;
  if (!lower_word(w, k)) return i;
  if (!(preposition(w, k) || w.is(k, "contre"))) return i;
  ++k;
  if (w.is(k, "la") || w.is(k, "l'") || w.is(k, "le") || w.is(k, "les")) ++k;
  return k;
}

// The end (token) of an institution's name whose head ends before token j: adjectives, then
// complements each with its adjectives.
std::size_t extent(const OrgContext& c, std::size_t j, bool* capitalized) {
  std::size_t end = j;
  while (adjective(c, end)) ++end;
  for (int complements = 0; complements < 5; ++complements) {
    const std::size_t k = complement_start(c, end);
    if (k == end) break;
    const std::size_t after = noun(c, k, capitalized);
    if (after == k) break;
    end = after;
    while (adjective(c, end)) ++end;
  }
  return end;
}

std::string capitalized_name(std::string s) {
  if (s.empty()) return s;
  const auto [cp, len] = text::decode(s, 0);
  if (!text::is_letter(cp) || text::is_upper(cp)) return s;
  std::string out;
  // The upper case of a French initial: ASCII, or "é" → "É" and the like, one code point.
  const char32_t up = (cp < 0x80) ? cp - 32 : (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7 ? cp - 0x20 : cp);
  text::append_utf8(out, up);
  out.append(s, len, std::string::npos);
  return out;
}

// `evidence`: institution for a description read by grammar, shape for a court or a ministry,
// whose extent is sure enough to stand beside a known name.
void add(const OrgContext& c, std::size_t first, std::size_t last, bool capitalize, std::vector<OrgFound>& out,
         Evidence evidence = Evidence::institution) {
  OrgFound f;
  f.begin = c.w[first].begin;
  f.end = c.w[last - 1].end;
  f.name = surface(c.w.text(), f.begin, f.end);
  if (capitalize) f.name = capitalized_name(std::move(f.name));
  f.evidence = evidence;
  f.confirmed = true;
  out.push_back(std::move(f));
}

void find_named_bodies(const OrgContext& c, std::size_t i, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  const std::size_t head = phrase_at(c, c.cues.institutions, i);
  if (head == i) return;
  bool capitalized = false;
  const std::size_t end = extent(c, head, &capitalized);
  if (end == head) return;
  // At a sentence's start the head's capital proves little: want a proper noun inside or an
  // acronym after it.
  if (w[i].sentence_start && !capitalized && !(w.is_punct("(", end) && end + 1 < w.size() && w[end + 1].acronym)) {
    return;
  }
  add(c, i, end, false, out);
}

// "cour d'appel de Paris", "conseil régional d'Occitanie", "tribunal de commerce de Nanterre".
void find_courts(const OrgContext& c, std::size_t i, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  const std::size_t head = phrase_at(c, c.cues.courts, i);
  if (head == i) return;
  std::size_t k = head;
  if (!(w.is(k, "de") || w.is(k, "d'") || w.is(k, "du") || w.is(k, "des"))) return;
  ++k;
  if (w.is(k, "la") || w.is(k, "l'") || w.is(k, "le")) ++k;
  const Run place = capital_run(c, k, 4);
  if (place.empty() || place.first != k || w[k].newline_before) return;
  add(c, i, place.last, true, out, Evidence::shape);
}

// "ministère de la Transition énergétique", "ministère de l'Économie, des Finances et de la
// Souveraineté industrielle": each portfolio a capitalized noun with its adjectives.
void find_ministries(const OrgContext& c, std::size_t i, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  const std::size_t head = phrase_at(c, c.cues.ministries, i);
  if (head == i) return;
  std::size_t end = head;
  for (int portfolios = 0; portfolios < 5; ++portfolios) {
    std::size_t k = end;
    if (portfolios > 0 && w.is_punct(",", k)) ++k;
    if (portfolios > 0 && w.is(k, "et")) ++k;
    if (!(w.is(k, "de") || w.is(k, "du") || w.is(k, "des") || w.is(k, "d'") || w.is(k, "chargé"))) break;
    if (w.is(k, "chargé")) ++k;
    if (w.is(k, "de") || w.is(k, "du") || w.is(k, "des") || w.is(k, "d'")) ++k;
    if (w.is(k, "la") || w.is(k, "l'") || w.is(k, "le") || w.is(k, "les")) ++k;
    if (k >= w.size() || !w[k].capital || w[k].newline_before) break;
    end = k + 1;
    while (adjective(c, end)) ++end;
  }
  if (end > head) add(c, i, end, false, out, Evidence::shape);
}

}  // namespace

void find_institutions(const OrgContext& c, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  const StartScreen heads{&c.cues.institutions, &c.cues.courts, &c.cues.ministries};
  for (const std::size_t i : c.cue_starts) {
    if (w[i].kind != TokenKind::word || !heads.may_start(w, i)) continue;
    if (w[i].capital && c.cues.institutions.may_start(w, i)) find_named_bodies(c, i, out);
    if (c.cues.courts.may_start(w, i)) find_courts(c, i, out);
    if (c.cues.ministries.may_start(w, i)) find_ministries(c, i, out);
  }
}

}  // namespace extrait::extract::names
