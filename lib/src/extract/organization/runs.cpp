#include "extract/organization/runs.hpp"

#include <algorithm>
#include <string_view>

#include "extract/organization/word_list.hpp"
#include "text/chars.hpp"

namespace extrait::extract::names {

namespace {

bool capital_word(const Words& w, std::size_t i) {
  return i < w.size() && w[i].kind == segment::TokenKind::word && (w[i].capital || w[i].inner_capital);
}

// The particles of name_particle(): a run's every next word is asked, and most are none of them.
constexpr std::string_view kParticleWords[] = {"de",  "du",  "des", "d'", "of", "the", "and", "von",
                                               "van", "der", "den", "di", "da", "del", "y"};
constexpr WordList kParticles(kParticleWords);
constexpr std::string_view kPrepositionWords[] = {"de", "du", "des", "d'", "à", "au", "aux", "en", "pour", "sur"};
constexpr WordList kPrepositions(kPrepositionWords);
constexpr std::string_view kArticleWords[] = {"le", "la", "les", "l'", "un", "une"};
constexpr WordList kArticles(kArticleWords);

}  // namespace

bool name_particle(const Words& w, std::size_t i) {
  if (i >= w.size() || w[i].kind != segment::TokenKind::word || w[i].capital) return false;
  return kParticles.at(w, i);
}

bool preposition(const Words& w, std::size_t i) { return kPrepositions.at(w, i); }

bool article(const Words& w, std::size_t i) { return kArticles.at(w, i); }

Run capital_run(const OrgContext& c, std::size_t i, std::size_t max_tokens) {
  const Words& w = c.w;
  if (!capital_word(w, i)) return {i, i};
  std::size_t j = i + 1;
  std::size_t words = 1;
  const std::size_t sentence = w.sentence_of(i);
  while (j < w.size() && words < max_tokens) {
    if (w[j].newline_before || w.sentence_of(j) != sentence) break;
    if (legal_form_after(c, j) != 0) break;  // "Quelvane SA": the form is not part of the run
    if (capital_word(w, j) && w[j].space_before) {
      ++j;
      ++words;
      continue;
    }
    // "Marks & Spencer", "Procter & Gamble"
    if (w.is_punct("&", j) && capital_word(w, j + 1) && !w[j + 1].newline_before) {
      j += 2;
      ++words;
      continue;
    }
    // "Banque de France", "Côte d'Émeraude", "Bank of America": a particle then a capital; after two
    // words, "de" and a place is where the company is, not its name ("Deloitte de Paris").
    if (name_particle(w, j) && capital_word(w, j + 1) && !w[j + 1].newline_before &&
        w.sentence_of(j + 1) == sentence) {
      if (words >= 2 && c.vocabulary.places.longest_at(w, j + 1, c.scratch) == w[j + 1].end) break;
      j += 2;
      words += 2;
      continue;
    }
    break;
  }
  Run run{i, j};
  while (run.size() > 1 && c.vocabulary.common_at_start(w, run.first, c.scratch)) ++run.first;
  if (run.size() == 1 && c.vocabulary.common_at_start(w, run.first, c.scratch)) run.first = run.last;
  // A run never ends on a particle.
  while (!run.empty() && name_particle(w, run.last - 1)) --run.last;
  if (!run.empty() && !capital_word(w, run.first)) run.first = run.last;
  return run;
}

bool person_like(const OrgContext& c, std::size_t first, std::size_t last) {
  if (last - first < 2) return false;
  const Words& w = c.w;
  // "Ranshiro Electronics": a company suffix makes a company of a given name.
  if (c.cues.suffixes.whole(w, last - 1, last, c.scratch)) return false;
  if (!c.first_names.at(w, first, c.scratch)) return false;
  std::size_t k = first + 1;
  while (k < last && c.first_names.at(w, k, c.scratch)) ++k;  // "Jean Pierre Dupont"
  if (k < last && name_particle(w, k)) ++k;
  return k < last && w[k].capital;
}

std::size_t legal_form_after(const OrgContext& c, std::size_t last) {
  const Words& w = c.w;
  if (last >= w.size() || !w[last].space_before || w[last].newline_before) return 0;
  if (!c.cues.legal_form_may_start(w, last)) return 0;
  const std::string_view text = w.text();
  const std::size_t at = w[last].begin;
  // Forms match as written: only those of the token's first byte are compared.
  for (const std::uint32_t f : c.cues.legal_forms_starting(text[at])) {
    const std::string& form = c.cues.legal_forms[f];
    if (text.compare(at, form.size(), form) != 0) continue;
    const std::size_t end = at + form.size();
    if (form.back() != '.' && !text::word_ends_at(text, end)) continue;
    return end;
  }
  return 0;
}

std::size_t phrase_walk(const OrgContext& c, const PhraseList& list, std::size_t i, long* group) {
  const Words& w = c.w;
  long found = -1;
  const std::size_t end = list.longest_at(w, i, c.scratch, &found);
  if (end == 0) return i;
  std::size_t j = i;
  while (j < w.size() && w[j].end < end) {
    if (w[j + 1 < w.size() ? j + 1 : j].newline_before) return i;
    ++j;
  }
  if (j >= w.size() || w[j].end != end) return i;
  if (group) *group = found;
  return j + 1;
}

std::size_t not_organization_at_token(const OrgContext& c, std::size_t t) {
  const Words& w = c.w;
  const Vocabulary& v = c.vocabulary;
  return std::max({v.not_organizations.longest_at(w, t, c.scratch), v.products.longest_at(w, t, c.scratch),
                   v.places.longest_at(w, t, c.scratch)});
}

std::size_t not_organization_at(const OrgContext& c, std::size_t at) {
  const Words& w = c.w;
  const Vocabulary& v = c.vocabulary;
  // At a token's start the screen spares most look-ups; inside a token ("ex-Total") ask all.
  if (const std::size_t t = w.token_at(at); t < w.size()) return not_organization_at_token(c, t);
  const std::string_view text = w.text();
  return std::max({v.not_organizations.longest_at(text, at, c.scratch), v.products.longest_at(text, at, c.scratch),
                   v.places.longest_at(text, at, c.scratch)});
}

std::string surface(std::string_view text, std::size_t begin, std::size_t end) {
  // Never longer than the text: written through a pointer into room made once, then cut (each
  // push_back would check the room and end the string again).
  std::string out(end - begin, ' ');
  char* const bytes = out.data();
  std::size_t n = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (text[i] == ' ' || text[i] == '\n') {
      if (n > 0 && bytes[n - 1] != ' ') bytes[n++] = ' ';
      continue;
    }
    bytes[n++] = text[i];
  }
  while (n > 0 && bytes[n - 1] == ' ') --n;
  out.resize(n);
  return out;
}

std::string surface(const Words& w, std::size_t first, std::size_t last) {
  if (first >= last) return {};
  return surface(w.text(), w[first].begin, w[last - 1].end);
}

}  // namespace extrait::extract::names
