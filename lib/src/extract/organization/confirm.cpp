#include "extract/organization/confirm.hpp"

#include "extract/organization/runs.hpp"

namespace extrait::extract::names {

namespace {

bool sure(const OrgFound& f) { return !f.doubtful || f.confirmed; }

// Whether the tokens between two names only list them: ", ", "et", "ou", "ni", and a repeated
// preposition ("par Lidl, par Action").
bool listed_together(const Words& w, std::size_t first_end_token, std::size_t second_token) {
  if (second_token <= first_end_token || second_token - first_end_token > 3) return false;
  for (std::size_t t = first_end_token; t < second_token; ++t) {
    if (w[t].newline_before) return false;
    if (w.is_punct(",", t)) continue;
    bool ok = false;
    for (std::string_view s : {"et", "ou", "ni", "par", "chez", "avec", "comme", "de", "d'", "à", "pour"}) {
      if (w.is(t, s)) ok = true;
    }
    if (!ok) return false;
  }
  return true;
}

// Whether a phrase of `list` ends right before token `token`: "à Orange", "près d'Orange", "le
// maire d'Orange" (places); "le PDG d'Orange", "le titre Orange" (companies).
bool after_words(const OrgContext& c, const PhraseList& list, std::size_t token) {
  for (std::size_t back = 1; back <= 4 && back <= token; ++back) {
    if (phrase_at(c, list, token - back) == token) return true;
  }
  return false;
}

bool after_place_words(const OrgContext& c, std::size_t token) { return after_words(c, c.cues.place_before, token); }

// Whether a head noun of a kind of organization, with its adjectives, stands right before token
// `token`: "le média américain Les informations", "l'opérateur historique Orange".
bool after_strong_head(const OrgContext& c, std::size_t token) {
  std::size_t end = token;
  for (int adjectives = 0; adjectives < 3 && end > 0; ++adjectives) {
    bool skipped = false;
    for (std::size_t back = 1; back <= 3 && back <= end && !skipped; ++back) {
      if (phrase_at(c, c.cues.adjectives, end - back) == end) {
        end -= back;
        skipped = true;
      }
    }
    if (!skipped) break;
  }
  for (std::size_t back = 1; back <= 4 && back <= end; ++back) {
    long group = -1;
    if (phrase_at(c, c.cues.heads, end - back, &group) == end && c.cues.strong_head(group)) return true;
  }
  return false;
}

}  // namespace

void confirm_doubtful(const OrgContext& c, std::vector<OrgFound>& found) {
  const Words& w = c.w;
  const std::size_t n = found.size();
  std::vector<std::size_t> first(n), last(n);
  for (std::size_t i = 0; i < n; ++i) {
    first[i] = w.token_containing(found[i].begin);
    last[i] = w.token_containing(found[i].end > 0 ? found[i].end - 1 : 0) + 1;
  }
  // Evidence on the same words.
  for (std::size_t i = 0; i < n; ++i) {
    OrgFound& f = found[i];
    if (!f.doubtful || f.confirmed) continue;
    for (std::size_t j = 0; j < n; ++j) {
      const OrgFound& g = found[j];
      if (g.evidence != Evidence::gazetteer && g.evidence != Evidence::propagated && g.begin == f.begin &&
          g.end >= f.end) {
        f.confirmed = true;
      }
    }
    if (first[i] < w.size() && (after_words(c, c.cues.company_before, first[i]) || after_strong_head(c, first[i]))) {
      f.confirmed = true;
    }
    const OrgEntry& e = c.gazetteer.entry(static_cast<std::uint32_t>(f.entry));
    if (e.common && !e.ambiguous && first[i] < w.size() && !w[first[i]].sentence_start && !after_place_words(c, first[i])) {
      f.confirmed = true;
    }
  }
  // Lists and the rest of the document, until nothing changes.
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < n; ++i) {
      OrgFound& f = found[i];
      if (!f.doubtful || f.confirmed) continue;
      bool ok = false;
      for (std::size_t j = 0; j < n && !ok; ++j) {
        if (j == i || !sure(found[j])) continue;
        const OrgFound& g = found[j];
        if (g.name == f.name && !after_place_words(c, first[i])) ok = true;
        if (w.sentence_of(first[j]) != w.sentence_of(first[i])) continue;
        if (listed_together(w, last[j], first[i]) || listed_together(w, last[i], first[j])) ok = true;
      }
      if (ok) {
        f.confirmed = true;
        changed = true;
      }
    }
  }
}

}  // namespace extrait::extract::names
