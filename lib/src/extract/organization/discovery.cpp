#include "extract/organization/discovery.hpp"

#include "extract/organization/runs.hpp"
#include "extract/organization/word_list.hpp"

namespace extrait::extract::names {

namespace {

using segment::TokenKind;

bool lower_word(const Words& w, std::size_t i) {
  return i < w.size() && w[i].kind == TokenKind::word && !w[i].capital && !w[i].inner_capital;
}

// What stands before a noun used as a head ("l'américain Nvidia", "du chinois Huawei").
constexpr std::string_view kDeterminerWords[] = {"le", "la", "l'", "les", "du", "au", "aux", "des", "un", "une"};
constexpr WordList kDeterminers(kDeterminerWords);
bool determiner(const Words& w, std::size_t i) { return kDeterminers.at(w, i); }

// Prepositions after which a capitalized word is a place ("installée dans l'Ain, la start-up…");
// not "à", which gives to companies as often ("une amende à Vendalo, la place de marché").
constexpr std::string_view kPlacePrepositionWords[] = {"en", "dans", "vers", "depuis", "près"};
constexpr WordList kPlacePrepositions(kPlacePrepositionWords);
bool place_preposition(const Words& w, std::size_t i) { return kPlacePrepositions.at(w, i); }

// Possessives before the head noun of an apposition ("Trivio, sa filiale lyonnaise").
constexpr std::string_view kPossessiveWords[] = {"sa", "son", "leur", "notre"};
constexpr WordList kPossessives(kPossessiveWords);

// Skips what may stand between a head and its name: adjectives ("américain", "en ligne") and one
// complement ("des surgelés", "du commerce en ligne"). The complement ends on a noun: a name
// right after a preposition is what the head belongs to, not its name ("le fonds du Golfe").
// Returns the token where the name should start.
std::size_t skip_modifiers(const OrgContext& c, std::size_t j) {
  const Words& w = c.w;
  bool complement = false;
  for (int steps = 0; steps < 8 && j < w.size(); ++steps) {
    if (w[j].newline_before) break;
    if (lower_word(w, j)) {
      const std::size_t k = phrase_at(c, c.cues.adjectives, j);
      if (k > j) {
        j = k;
        continue;
      }
    }
    if (!complement && lower_word(w, j) && preposition(w, j)) {
      std::size_t k = j + 1;
      std::size_t after_noun = j;
      for (int n = 0; n < 5 && k < w.size() && lower_word(w, k) && !w[k].newline_before; ++n, ++k) {
        const bool small = preposition(w, k) || article(w, k);
        // "le groupe pour lequel travaille…": pronouns, conjunctions and adverbs end it.
        if (!small && c.vocabulary.common(w, k, c.scratch)) break;
        if (!small) after_noun = k + 1;
      }
      if (after_noun == j) break;
      j = after_noun;
      complement = true;
      continue;
    }
    break;
  }
  return j;
}

bool acceptable(const OrgContext& c, const Run& run, bool refuse_person) {
  const Words& w = c.w;
  if (run.empty()) return false;
  if (c.vocabulary.place_or_product(w, run.first, run.last, c.scratch)) return false;
  if (run.size() == 1 && !w[run.first].acronym && !w[run.first].inner_capital &&
      c.vocabulary.common(w, run.first, c.scratch)) {
    return false;
  }
  if (refuse_person && person_like(c, run.first, run.last)) return false;
  return true;
}

void add(const OrgContext& c, const Run& run, Evidence evidence, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  OrgFound f;
  f.begin = w[run.first].begin;
  f.end = f.core_end = w[run.last - 1].end;
  if (const std::size_t legal = legal_form_after(c, run.last)) f.end = legal;
  f.name = surface(w.text(), f.begin, f.end);
  f.evidence = evidence;
  f.confirmed = true;
  f.suffix_named = run.size() >= 2 &&
                   c.cues.suffixes.whole(w, run.last - 1, run.last, c.scratch);
  out.push_back(std::move(f));
}

// Whether token p may be part of a run of capitalized words: a capitalized word, a particle, "&".
bool run_part(const Words& w, std::size_t p) {
  return (w[p].kind == TokenKind::word && (w[p].capital || w[p].inner_capital || name_particle(w, p))) ||
         w.is_punct("&", p);
}

// The run of capitalized words that ends right before token `end`, the longest one (empty unless
// run_part() says so of the token before).
Run run_ending_at(const OrgContext& c, std::size_t end) {
  const Words& w = c.w;
  std::size_t t = end;
  while (t > 0 && end - t < 8) {
    const std::size_t p = t - 1;
    if (!run_part(w, p) || (p + 1 < w.size() && w[p + 1].newline_before && p + 1 < end)) break;
    t = p;
  }
  for (std::size_t s = t; s < end; ++s) {
    const Run run = capital_run(c, s, 6);
    if (!run.empty() && run.last == end) return run;
  }
  return {end, end};
}

// After "filiale" (and its adjectives): "de Y", "du groupe Y", "du néerlandais Y". Returns Y.
Run subsidiary_parent(const OrgContext& c, std::size_t j) {
  const Words& w = c.w;
  while (lower_word(w, j)) {
    const std::size_t k = phrase_at(c, c.cues.adjectives, j);
    if (k == j) break;
    j = k;
  }
  if (!(w.is(j, "de") || w.is(j, "du") || w.is(j, "d'") || w.is(j, "des"))) return {j, j};
  ++j;
  if (lower_word(w, j)) {
    const std::size_t k = phrase_at(c, c.cues.heads, j);
    if (k > j) j = skip_modifiers(c, k);
    else {
      long g = -1;
      const std::size_t n = phrase_at(c, c.cues.adjectives, j, &g);
      if (n > j && c.cues.nationality(g)) j = skip_modifiers(c, n);
    }
  }
  const Run run = capital_run(c, j, 5);
  if (run.first != j) return {j, j};
  return run;
}

}  // namespace

void find_by_cues(const OrgContext& c, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  const StartScreen cues{&c.cues.heads, &c.cues.adjectives};
  for (const std::size_t i : c.cue_starts) {
    if (w[i].kind != TokenKind::word || (w[i].capital && !w[i].sentence_start) || !cues.may_start(w, i)) continue;
    long group = -1;
    std::size_t j = phrase_at(c, c.cues.heads, i, &group);
    bool weak = true;
    if (j > i) {
      weak = !c.cues.strong_head(group);
    } else {
      // "l'américain Nvidia": a nationality used as a noun, after a determiner.
      if (i == 0 || w[i].capital || !determiner(w, i - 1)) continue;
      const std::size_t k = phrase_at(c, c.cues.adjectives, i, &group);
      if (k == i || !c.cues.nationality(group)) continue;
      j = k;
    }
    std::size_t s = skip_modifiers(c, j);
    const bool comma = w.is_punct(",", s);
    if (comma) ++s;
    const Run run = capital_run(c, s, 5);
    if (run.empty() || run.first != s) continue;
    // "L'ancien distributeur de la marque, Longmen Luxury, avait…": a name set off by commas.
    if (comma && !(w.is_punct(",", run.last) || w.is_punct(".", run.last))) continue;
    // "le groupe Pierre Fabre" is in the gazetteer; an unknown given name and surname is a person.
    if (!acceptable(c, run, legal_form_after(c, run.last) == 0)) continue;
    add(c, run, weak ? Evidence::weak_cue : Evidence::cue, out);
  }
}

void find_by_shape(const OrgContext& c, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  std::size_t resume = 0;  // the tokens before were read already
  for (const std::size_t i : c.name_starts) {
    if (i < resume || w[i].kind != TokenKind::word || !(w[i].capital || w[i].inner_capital)) continue;
    // A cheap look at the capitalized words from here: without a prefix, a suffix or a legal
    // form among them there is no shape to read.
    std::size_t end = i;
    bool telling = false;
    while (end < w.size() && end - i < 8 && w[end].kind != TokenKind::punct &&
           (w[end].capital || w[end].inner_capital || name_particle(w, end))) {
      if (c.cues.prefixes.may_start(w, end) || c.cues.suffixes.may_start(w, end) || c.cues.legal_form_may_start(w, end)) {
        telling = true;
      }
      ++end;
    }
    if (end < w.size() && c.cues.legal_form_may_start(w, end)) telling = true;
    if (!telling) {
      resume = end;
      continue;
    }
    const Run run = capital_run(c, i, 6);
    if (run.empty()) continue;
    const bool suffix = run.size() >= 2 && c.cues.suffixes.whole(w, run.last - 1, run.last, c.scratch);
    // "Groupe A", "Groupe B": a prefix before a single letter names a pool, not a company.
    const bool prefix = run.size() >= 2 && c.cues.prefixes.whole(w, run.first, run.first + 1, c.scratch) &&
                        !(run.size() == 2 && w[run.first + 1].end - w[run.first + 1].begin == 1);
    const bool legal = legal_form_after(c, run.last) != 0;
    if ((suffix || prefix || legal) && acceptable(c, run, !legal)) add(c, run, Evidence::shape, out);
    resume = run.last;
  }
}

void find_by_predicate(const OrgContext& c, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  for (const std::size_t k : c.cue_starts) {
    if (k < 1 || !lower_word(w, k) || !c.cues.predicates.may_start(w, k)) continue;
    // A name must end right before, on the same line: most predicates follow a lower-case word,
    // which this tells before the predicate is walked.
    if (w[k].newline_before || !run_part(w, k - 1) || phrase_at(c, c.cues.predicates, k) == k) continue;
    const Run run = run_ending_at(c, k);
    if (run.empty()) continue;
    // "Le fonds Birchwood a levé des fonds": the cue found it already; the run is all the name.
    if (run.first > 0 && w[run.first - 1].kind == TokenKind::word && (w[run.first - 1].capital && !w[run.first - 1].sentence_start)) {
      continue;
    }
    if (!acceptable(c, run, true)) continue;
    add(c, run, Evidence::cue, out);
  }
}

void find_bare_acronyms(const OrgContext& c, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  for (const std::size_t i : c.name_starts) {
    if (w[i].kind != TokenKind::word || !w[i].acronym) continue;
    const std::string_view s = w.str(i);
    if (s.size() < 2 || s.size() > 6) continue;
    bool letters = true;
    bool roman = true;
    for (const char ch : s) {
      if (!(ch >= 'A' && ch <= 'Z')) letters = false;
      if (std::string_view("IVXLCDM").find(ch) == std::string_view::npos) roman = false;
    }
    if (!letters || roman) continue;
    // Alone: no capitalized word, acronym or number joined to it on either side.
    const bool before = i > 0 && !w[i].newline_before && w[i - 1].kind == TokenKind::word && (w[i - 1].capital || w[i - 1].acronym) &&
                        !w[i - 1].sentence_start;
    const bool after = i + 1 < w.size() && !w[i + 1].newline_before &&
                       ((w[i + 1].kind == TokenKind::word && (w[i + 1].capital || w[i + 1].acronym)) ||
                        w[i + 1].kind == TokenKind::number);
    if (before || after) continue;
    if (c.vocabulary.place_or_product(w, i, i + 1, c.scratch) || c.vocabulary.currency_codes.whole(w, i, i + 1, c.scratch) ||
        c.vocabulary.common(w, i, c.scratch)) {
      continue;
    }
    OrgFound f;
    f.begin = w[i].begin;
    f.end = f.core_end = w[i].end;
    f.name = std::string(s);
    f.evidence = Evidence::bare_acronym;
    f.confirmed = true;
    out.push_back(std::move(f));
  }
}

void find_by_apposition(const OrgContext& c, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  for (const std::size_t k : c.cue_starts) {
    if (k < 1 || k + 1 >= w.size()) continue;
    // "Trivio, une fintech lyonnaise": a name, a comma, a head noun.
    if (w.is_punct(",", k)) {
      // The name ends before the comma: without a word of one there, no cue after it is read.
      if (!run_part(w, k - 1)) continue;
      std::size_t j = k + 1;
      if (article(w, j) || kPossessives.at(w, j)) ++j;
      long group = -1;
      std::size_t h = phrase_at(c, c.cues.heads, j, &group);
      const bool head = h > j && c.cues.strong_head(group);
      const std::size_t s = head ? j : phrase_at(c, c.cues.subsidiaries, j);
      if (!head && s == j) continue;
      // "à Saint-Augustin, la banque HSBC est saccagée": the head names its own company.
      if (head) {
        std::size_t n = h;
        while (lower_word(w, n) && phrase_at(c, c.cues.adjectives, n) > n) n = phrase_at(c, c.cues.adjectives, n);
        if (capital_run(c, n, 5).first == n && n < w.size() && (w[n].capital || w[n].inner_capital)) continue;
      }
      const Run run = run_ending_at(c, k);
      if (run.empty() || (run.first > 0 && place_preposition(w, run.first - 1))) continue;
      if (!acceptable(c, run, true)) continue;
      add(c, run, Evidence::apposition, out);
      continue;
    }
    // "filiale du néerlandais Verhaegen Foods", "filiale de Y": the parent.
    if (lower_word(w, k) && c.cues.subsidiaries.may_start(w, k)) {
      const std::size_t s = phrase_at(c, c.cues.subsidiaries, k);
      if (s == k) continue;
      const Run parent = subsidiary_parent(c, s);
      if (!parent.empty() && acceptable(c, parent, true)) add(c, parent, Evidence::cue, out);
    }
  }
}

}  // namespace extrait::extract::names
