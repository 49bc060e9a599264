#include "extract/organization/known_names.hpp"

#include "extract/organization/runs.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

using segment::TokenKind;

// The first valid name at byte `at` of token t, or false. `hits` is scratch. A name that is only
// the start of a longer place, product or index ("Dow" of "Dow Jones") is none.
bool known_at(const OrgContext& c, std::size_t t, std::size_t at, std::vector<GazetteerHit>& hits, GazetteerHit* out) {
  const std::string_view text = c.w.text();
  hits.clear();
  c.gazetteer.find(text, at, c.scratch, hits);
  if (hits.empty()) return false;
  const Words& w = c.w;
  // (Tokens are never empty nor overlap: the token that starts at a token's start is that token,
  // and a byte inside one starts none, so no search for it is needed.)
  std::size_t other = at == w[t].begin ? not_organization_at_token(c, t) : not_organization_at(c, at);
  // "la Coupe du Monde": a non-organization that starts a few words before and runs over it.
  for (std::size_t back = 1; back <= 3 && back <= t; ++back) {
    if (w[t - back + 1].newline_before) break;
    const std::size_t e = not_organization_at_token(c, t - back);
    if (e > at) other = std::max(other, e + 1);  // covers the name: never take it
  }
  for (const GazetteerHit& h : hits) {
    if (other > h.end) return false;
    if (h.camel) {
      // "ReutersAmazon": only if a name starts at the capital too.
      std::vector<GazetteerHit> next;
      c.gazetteer.find(text, h.end, c.scratch, next);
      if (next.empty()) continue;
    }
    *out = h;
    return true;
  }
  return false;
}

// Extends a known name by a branch's country ("eBay France") or a legal form ("Crédit Agricole
// SA") written right after it.
void extend(const OrgContext& c, OrgFound& f) {
  const Words& w = c.w;
  const std::size_t next = w.token_containing(f.end);
  if (next >= w.size() || w[next].begin != f.end + 1 || !w[next].space_before || w[next].newline_before) return;
  if (w[next].capital && c.cues.units.whole(w, next, next + 1, c.scratch) &&
      !(next + 1 < w.size() && w[next + 1].capital && w[next + 1].space_before && !w[next + 1].newline_before)) {
    f.end = w[next].end;
    f.name += " ";
    f.name += w.str(next);
    return;
  }
  if (const std::size_t legal = legal_form_after(c, next)) {
    f.name += " ";
    f.name += w.text().substr(w[next].begin, legal - w[next].begin);
    f.end = legal;
  }
}

}  // namespace

void find_known(const OrgContext& c, std::vector<OrgFound>& out) {
  const Words& w = c.w;
  const std::string_view text = w.text();
  std::vector<GazetteerHit> hits;
  std::size_t covered = 0;  // a name found runs up to here
  // A word without the gazetteer's start bit, a capital (a name glued inside) or an inner capital
  // holds no place where a name may start: it is not in c.name_starts.
  for (const std::size_t t : c.name_starts) {
    // Places in the token where a name may start: its start, after a hyphen, at a glued capital.
    std::size_t at = w[t].begin;
    while (true) {
      const bool screened_out = at == w[t].begin && !c.gazetteer.may_start_token(w, t) &&
                                !(w[t].capital && c.gazetteer.glued_may_start(w, t, c.classes));
      if (at >= covered && !screened_out) {  // (find() looks at the first letter itself)
        GazetteerHit h;
        if (known_at(c, t, at, hits, &h)) {
          OrgFound f;
          f.begin = h.begin;
          f.end = f.core_end = h.end;
          f.entry = h.entry;
          const OrgEntry& e = c.gazetteer.entry(h.entry);
          f.name = e.canonical;
          f.evidence = Evidence::gazetteer;
          f.doubtful = e.ambiguous || e.common;
          f.glued = h.glued;
          if (!h.glued) extend(c, f);
          covered = f.end;
          out.push_back(std::move(f));
        }
      }
      // The next inner start: a capital after a hyphen or after a lower-case letter ("l'ex-Total",
      // "ReutersAmazon"); only words with an inner capital have one.
      if (!w[t].inner_capital) break;
      std::size_t next = w[t].end;
      char32_t previous = text::decode(text, at).code_point;
      for (std::size_t i = at + text::decode(text, at).length; i < w[t].end;) {
        const auto [cp, len] = text::decode(text, i);
        if (text::is_upper(cp) && (previous == '-' || (text::is_letter(previous) && !text::is_upper(previous)))) {
          next = i;
          break;
        }
        previous = cp;
        i += len;
      }
      if (next >= w[t].end) break;
      at = next;
    }
  }
}

}  // namespace extrait::extract::names
