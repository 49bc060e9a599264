#include "extract/organization/confirm.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

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
    if (!w.is_any(t, {"et", "ou", "ni", "par", "chez", "avec", "comme", "de", "d'", "à", "pour"})) return false;
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
  if (std::none_of(found.begin(), found.end(), [](const OrgFound& f) { return f.doubtful; })) return;
  const Words& w = c.w;
  const std::size_t n = found.size();
  std::vector<std::size_t> first(n), last(n);
  for (std::size_t i = 0; i < n; ++i) {
    first[i] = w.token_containing(found[i].begin);
    last[i] = w.token_containing(found[i].end > 0 ? found[i].end - 1 : 0) + 1;
  }
  // Evidence on the same words. `found` is sorted by start: the names that start together are
  // neighbours, and the longest end of the others among them answers for all.
  for (std::size_t lo = 0; lo < n;) {
    std::size_t hi = lo;
    std::size_t other_end = 0;
    bool other = false;
    for (; hi < n && found[hi].begin == found[lo].begin; ++hi) {
      const OrgFound& g = found[hi];
      if (g.evidence == Evidence::gazetteer || g.evidence == Evidence::propagated) continue;
      other_end = other ? std::max(other_end, g.end) : g.end;
      other = true;
    }
    for (std::size_t i = lo; i < hi; ++i) {
      if (other && other_end >= found[i].end && found[i].doubtful) found[i].confirmed = true;
    }
    lo = hi;
  }
  for (std::size_t i = 0; i < n; ++i) {
    OrgFound& f = found[i];
    if (!f.doubtful || f.confirmed) continue;
    if (first[i] < w.size() && (after_words(c, c.cues.company_before, first[i]) || after_strong_head(c, first[i]))) {
      f.confirmed = true;
    }
    const OrgEntry& e = c.gazetteer.entry(static_cast<std::uint32_t>(f.entry));
    if (e.common && !e.ambiguous && first[i] < w.size() && !w[first[i]].sentence_start && !after_place_words(c, first[i])) {
      f.confirmed = true;
    }
  }
  // Lists and the rest of the document, until nothing changes. Every rule only ever confirms
  // more, so the order does not matter: each name made sure confirms, once, the doubtful names
  // it vouches for (those of the same name, those listed with it), which confirm theirs in turn.
  // Each name is thus looked at a bounded number of times, however long the document.
  std::vector<std::size_t> by_last(n);  // indices by end token, for the names listed before one
  for (std::size_t i = 0; i < n; ++i) by_last[i] = i;
  std::sort(by_last.begin(), by_last.end(), [&](std::size_t a, std::size_t b) { return last[a] < last[b]; });
  // The doubtful names another mention may confirm, by name; never one after "à" (the place).
  std::unordered_map<std::string_view, std::vector<std::size_t>> waiting;
  for (std::size_t i = 0; i < n; ++i) {
    if (!sure(found[i]) && !after_place_words(c, first[i])) waiting[found[i].name].push_back(i);
  }
  std::vector<std::size_t> queue;
  for (std::size_t i = 0; i < n; ++i) {
    if (sure(found[i])) queue.push_back(i);
  }
  const auto confirm = [&](std::size_t i) {
    found[i].confirmed = true;
    queue.push_back(i);
  };
  const auto same_sentence = [&](std::size_t i, std::size_t j) {
    return first[i] < w.size() && first[j] < w.size() && w.sentence_of(first[i]) == w.sentence_of(first[j]);
  };
  while (!queue.empty()) {
    const std::size_t j = queue.back();
    queue.pop_back();
    // Another mention of the same organization.
    if (auto it = waiting.find(found[j].name); it != waiting.end()) {
      const std::vector<std::size_t> same = std::move(it->second);
      waiting.erase(it);
      for (const std::size_t i : same) {
        if (!sure(found[i])) confirm(i);
      }
    }
    // The names listed with it: starting at most three tokens after its end, or ending at most
    // three before its start.
    const auto after_lo = std::lower_bound(first.begin(), first.end(), last[j] + 1);
    for (auto it = after_lo; it != first.end() && *it <= last[j] + 3; ++it) {
      const auto i = static_cast<std::size_t>(it - first.begin());
      if (!sure(found[i]) && same_sentence(i, j) && listed_together(w, last[j], first[i])) confirm(i);
    }
    const std::size_t from = first[j] >= 3 ? first[j] - 3 : 0;
    auto before_lo = std::lower_bound(by_last.begin(), by_last.end(), from,
                                      [&](std::size_t a, std::size_t x) { return last[a] < x; });
    for (auto it = before_lo; it != by_last.end() && last[*it] < first[j]; ++it) {
      const std::size_t i = *it;
      if (!sure(found[i]) && same_sentence(i, j) && listed_together(w, last[i], first[j])) confirm(i);
    }
  }
}

}  // namespace extrait::extract::names
