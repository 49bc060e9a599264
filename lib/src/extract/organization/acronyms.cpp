#include "extract/organization/acronyms.hpp"

#include <algorithm>

#include "extract/organization/fold.hpp"
#include "extract/organization/runs.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

using segment::TokenKind;

std::u32string letters_of(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto [c, len] = text::decode(s, i);
    i += len;
    if (text::is_letter(c)) out.push_back(fold(c));
  }
  return out;
}

// An acronym as written in parentheses: "DNCG", "CNDD-FDD", or a capitalized short word
// ("Ania", "Insee") whose letters the full name will have to explain.
bool acronym_shaped(const Words& w, std::size_t a) {
  if (a >= w.size() || w[a].kind != TokenKind::word || !w[a].capital) return false;
  if (w[a].acronym) return true;
  return text::count_code_points(w.str(a)) <= 6;
}

}  // namespace

std::size_t long_form_start(std::string_view text, std::size_t begin, std::size_t end, std::u32string_view letters) {
  if (letters.empty()) return std::string::npos;
  std::size_t pos = end;  // search before this byte
  for (std::size_t s = letters.size(); s-- > 0;) {
    bool found = false;
    while (pos > begin) {
      pos = text::previous_code_point(text, pos);
      const char32_t c = fold(text::decode(text, pos).code_point);
      if (c != letters[s]) continue;
      if (s == 0 && text::word_char_before(text, pos)) continue;
      found = true;
      break;
    }
    if (!found) return std::string::npos;
  }
  return pos;
}

void find_acronym_definitions(const OrgContext& c, std::vector<OrgFound>& found,
                              std::vector<AcronymDefinition>& defined) {
  const Words& w = c.w;
  const std::string_view text = w.text();
  const std::size_t before = found.size();
  // The names found so far by end, then start: the first of an end is the longest that ends there.
  std::vector<std::size_t> by_end(before);
  for (std::size_t f = 0; f < before; ++f) by_end[f] = f;
  std::sort(by_end.begin(), by_end.end(), [&](std::size_t a, std::size_t b) {
    if (found[a].end != found[b].end) return found[a].end < found[b].end;
    if (found[a].begin != found[b].begin) return found[a].begin < found[b].begin;
    return a < b;
  });
  for (const std::size_t p : c.cue_starts) {
    if (p < 1 || p + 2 >= w.size()) continue;
    if (!w.is_punct("(", p) || !w.is_punct(")", p + 2)) continue;
    const std::size_t a = p + 1;
    if (!acronym_shaped(w, a) || c.vocabulary.place_or_product(w, a, a + 1, c.scratch)) continue;
    const std::u32string letters = letters_of(w.str(a));
    if (letters.size() < 2) continue;
    const std::size_t end = w[p - 1].end;

    // A name already found right before the parenthesis, if its words explain the letters.
    const OrgFound* known = nullptr;
    auto k = std::lower_bound(by_end.begin(), by_end.end(), end, [&](std::size_t f, std::size_t e) { return found[f].end < e; });
    if (k != by_end.end() && found[*k].end == end) known = &found[*k];
    std::string name;
    if (known && long_form_start(text, known->begin, known->end, letters) != std::string::npos) {
      name = known->name;
    } else {
      // The words before, in the sentence, at most a few more than the letters.
      std::size_t first = p;
      std::size_t words = 0;
      while (first > 0 && words < letters.size() + 6) {
        const std::size_t t = first - 1;
        if (w.sentence_of(t) != w.sentence_of(p) || w[t + 1].newline_before) break;
        if (w[t].kind == TokenKind::punct && !w.is_punct("-", t)) break;
        first = t;
        if (w[t].kind == TokenKind::word) ++words;
      }
      if (first == p) continue;
      const std::size_t start = long_form_start(text, w[first].begin, end, letters);
      if (start == std::string::npos) continue;
      const std::size_t t = w.token_at(start);
      if (t >= p || !w[t].capital || c.vocabulary.common_at_start(w, t, c.scratch)) continue;
      if (p - t < 2 || person_like(c, t, p) || c.vocabulary.place_or_product(w, t, p, c.scratch)) continue;
      OrgFound f;
      f.begin = start;
      f.end = end;
      f.name = surface(text, start, end);
      f.evidence = Evidence::acronym;
      f.confirmed = true;
      name = f.name;
      found.push_back(std::move(f));
    }
    OrgFound acr;
    acr.begin = w[a].begin;
    acr.end = w[a].end;
    acr.name = name;
    acr.evidence = Evidence::acronym;
    acr.confirmed = true;
    found.push_back(std::move(acr));
    defined.push_back({std::string(w.str(a)), name});
  }
}

}  // namespace extrait::extract::names
