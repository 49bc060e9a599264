#include "extract/person/person_extractor.hpp"

#include <algorithm>
#include <string>

#include "extract/organization/fold.hpp"
#include "extract/organization/found.hpp"
#include "extract/organization/runs.hpp"
#include "extract/organization/token_lists.hpp"
#include "extract/person/name_parts.hpp"
#include "extract/person/people.hpp"

namespace extrait::extract {

namespace {

using names::Gender;
using names::NameSpan;
using names::PersonContext;
using names::Words;

constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);

struct PersonFound {
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
  std::size_t surname_first = 0;
  std::size_t surname_last = 0;
  std::size_t end = 0;  // the byte where the name ends, when not at the end of token last - 1
  std::string name;
  Gender gender = Gender::unknown;
  int priority = names::priority::person;
};

// Whether a phrase of `list` ends right before token i (within three tokens).
bool phrase_before(const PersonContext& c, const names::PhraseList& list, std::size_t i) {
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    if (phrase_end(c, list, i - back) == i) return true;
  }
  return false;
}

// Skips adjectives after a role ("le président américain", "la directrice financière").
std::size_t skip_adjectives(const PersonContext& c, std::size_t j) {
  for (int n = 0; n < 3; ++n) {
    const std::size_t k = phrase_end(c, c.org_cues.adjectives, j);
    if (k == j) break;
    j = k;
  }
  return j;
}

// Whether the words after a name make it a company ("Hugo Boss AG", "Ranshiro Electronics").
bool company_follows(const PersonContext& c, std::size_t last) {
  const Words& w = c.w;
  if (last >= w.size() || !w[last].space_before || w[last].newline_before) return false;
  if (c.org_cues.suffixes.whole(w, last, last + 1, c.scratch)) return true;
  const std::string_view s = w.str(last);
  return s == "SA" || s == "SAS" || s == "Inc" || s == "Ltd" || s == "GmbH" || s == "AG" || s == "plc";
}

PersonFound make(const PersonContext& c, const NameSpan& span, int priority) {
  PersonFound p;
  p.first = span.first;
  p.last = span.last;
  p.surname_first = span.surname_first;
  p.surname_last = span.surname_last;
  p.name = names::surface(c.w, span.first, span.last);
  p.gender = span.gender;
  p.priority = priority;
  return p;
}

// Whether a nationality noun stands right before token i, after an article: "la Norvégienne",
// "l'Américain" (a person, with its capital), "l'américaine" (lower case: a company as often,
// so the caller wants two names after it).
bool after_nationality(const PersonContext& c, std::size_t i, bool* capitalized) {
  const Words& w = c.w;
  if (i < 2) return false;
  long group = -1;
  if (phrase_end(c, c.org_cues.adjectives, i - 1) != i) return false;
  group = c.org_cues.adjectives.group_of(w, i - 1, i, c.scratch);
  if (!c.org_cues.nationality(group)) return false;
  const bool article = w.is_any(i - 2, {"le", "la", "l'", "les", "du", "de", "au", "à"});
  *capitalized = w[i - 1].capital;
  return article;
}

// Whether a cue of cued_unknown_name() may stand around token i, a word, from the class bits and
// the flags of the tokens alone: each test is a necessary condition of some cue. Most capitalized
// words have none around them, and building their name would be wasted.
bool cue_may_stand(const PersonContext& c, std::size_t i) {
  const Words& w = c.w;
  // A role starts within five tokens before, a verb of saying within four: the bits of the five
  // serve both.
  const std::uint64_t before = w.classes_before(i, 5);
  if (c.cues.roles.may_start_among(before)) return true;
  if (i >= 2 && c.org_cues.adjectives.may_start(w, i - 1)) return true;  // a nationality noun
  // The other cues want a name of two words or more.
  if (!names::may_continue_name(c, i + 1)) return false;
  if (c.cues.speech.may_start_among(before)) return true;
  // A role in apposition, after a comma right after the name: the name ends at the first token
  // that cannot continue it, or before it at a word, which is no comma. (A name is three words and
  // the particles between them; the look ahead stops past a few more tokens and then lets the
  // name be read, so that a long line of capitalized words costs no walk to its end at each.)
  constexpr std::size_t kLookAhead = 8;
  std::size_t k = i + 2;
  while (names::may_continue_name(c, k)) {
    if (++k > i + kLookAhead) return true;
  }
  return w.is_punct(",", k);
}

// A name that no given name introduces, made a person by the words around it: a role before it
// ("le président Xi Jinping", "la commissaire chargée du numérique, Ingrid Solberg"), a
// nationality noun ("la Norvégienne Borghild Løvset"), a role in apposition after it ("Chen
// Jiahui, le président de…"), a verb of saying before it.
NameSpan cued_unknown_name(const PersonContext& c, std::size_t i) {
  const Words& w = c.w;
  if (!cue_may_stand(c, i)) return {};
  NameSpan span = names::unknown_name_at(c, i);
  if (span.empty() || company_follows(c, span.last)) return {};
  const std::size_t size = span.last - span.first;
  bool capitalized = false;
  if (after_nationality(c, i, &capitalized) && (capitalized || size >= 2)) return span;
  // A role right before, possibly with adjectives, possibly with a comma.
  for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
    const std::size_t r = i - back;
    const std::size_t e = phrase_end(c, c.cues.roles, r);
    if (e == r) continue;
    std::size_t j = skip_adjectives(c, e);
    if (w.is_punct(",", j) && size >= 2) ++j;
    if (j == i) return span;
  }
  // A verb of saying right before: "estime Lena Hofstetter", "selon Agnès Marcelli".
  if (size >= 2 && phrase_before(c, c.cues.speech, i)) return span;
  // A role in apposition after: "Chen Jiahui, le président", "Ingrid Solberg, commissaire".
  if (size >= 2 && w.is_punct(",", span.last)) {
    std::size_t j = span.last + 1;
    if (w.is_any(j, {"le", "la", "l'", "son", "sa", "notre", "leur", "un", "une", "ancien", "ancienne"})) ++j;
    j = skip_adjectives(c, j);
    if (phrase_end(c, c.cues.roles, j) > j) return span;
  }
  return {};
}

}  // namespace

PersonExtractor::PersonExtractor(const Resources& resources) : lexicons_(names::NameLexicons::shared(resources)) {}

void PersonExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const names::NameLexicons& lex = *lexicons_;
  const Words& w = lex.words(doc);
  std::vector<names::NameTrie::Hit> scratch;
  const PersonContext c{w, lex.vocabulary, lex.first_names, lex.person_cues, lex.org_cues, scratch};
  const std::string_view text = w.text();

  std::vector<PersonFound> found;
  std::vector<std::uint8_t> covered(w.size(), 0);  // bytes, not bits: read at every token
  // Per token, the name found that starts there (names never overlap, so there is at most one;
  // fewer names than tokens, so 32 bits number them: a long document has millions of tokens).
  std::vector<std::uint32_t> starting(w.size(), kNone);
  const auto cover = [&](const PersonFound& p) {
    for (std::size_t t = p.first; t < p.last; ++t) covered[t] = true;
  };
  const auto record = [&](PersonFound p) {
    starting[p.first] = static_cast<std::uint32_t>(found.size());
    found.push_back(std::move(p));
  };

  // Names, and the honorifics before them, start with a capital: the three passes below walk only
  // the capitalized tokens, listed once.
  std::vector<std::uint32_t> capitals;
  names::tokens_where(w, [](const names::Word& x) { return x.capital; }, capitals);

  // 1. Full names, and names a cue makes personal.
  std::size_t resume = 0;  // the tokens before are part of a name or title found
  for (const std::size_t i : capitals) {
    if (i < resume || covered[i] || w[i].kind != segment::TokenKind::word) continue;
    Gender ignored = Gender::unknown;
    if (const std::size_t h = lex.person_cues.honorific_at(w, i, scratch, &ignored); h > i) {
      resume = h;  // "Mme Ferrandi": the title is no part of a name
      continue;
    }
    if (names::after_not_person(c, i)) continue;  // "rue Victor Hugo": neither kind of name
    NameSpan span = names::full_name_at(c, i);
    if (!span.empty() && company_follows(c, span.last)) span = {};
    if (span.empty()) span = cued_unknown_name(c, i);
    if (span.empty()) continue;
    record(make(c, span, names::priority::person));
    cover(found.back());
    resume = span.last;
  }

  const auto end_of = [&](const PersonFound& p) { return p.end ? p.end : w[p.last - 1].end; };

  // "Thierry et Véronique Roy": a given name alone before "et" and a full name shares its surname.
  for (std::size_t k = 0, n = found.size(); k < n; ++k) {
    const PersonFound p = found[k];
    if (p.first < 2 || p.surname_first == p.first || !w.is(p.first - 1, "et")) continue;
    const std::size_t g = p.first - 2;
    if (covered[g] || !lex.first_names.at(w, g, scratch)) continue;
    PersonFound q;
    q.first = g;
    q.last = g + 1;
    q.surname_first = p.surname_first;
    q.surname_last = p.surname_last;
    q.end = w[g].end;
    q.name = std::string(w.str(g)) + " " + names::surface(w, p.surname_first, p.surname_last);
    covered[g] = true;
    record(std::move(q));
  }

  // "Lucie Barretodans": a surname glued to the next word, where the person is known unglued.
  {
    names::People people;
    people.reserve(found.size());
    for (const PersonFound& p : found) {
      people.add(names::surface(w, p.surname_first, p.surname_last), p.name, p.gender, w[p.first].begin);
    }
    for (PersonFound& p : found) {
      if (p.surname_last - p.surname_first != 1 || p.surname_last != p.last) continue;
      const std::size_t s = p.surname_first;
      const std::size_t cut = people.surname_prefix(w.str(s));
      if (cut == 0 || !lex.glue.glued_at(text, w[s].begin + cut)) continue;
      p.end = w[s].begin + cut;
      p.name = names::surface(text, w[p.first].begin, p.end);
    }
  }
  names::People registry;
  registry.reserve(found.size());
  for (const PersonFound& p : found) {
    const std::size_t s = w[p.surname_first].begin;
    const std::size_t e = p.surname_last == p.last ? end_of(p) : w[p.surname_last - 1].end;
    registry.add(text.substr(s, e - s), p.name, p.gender, w[p.first].begin);
    // "M. Chen" for Chen Jiahui: a family name written first is a surname too.
    if (p.surname_first > p.first && lex.first_names.family_first(w, p.first, scratch)) {
      registry.add(w.str(p.first), p.name, p.gender, w[p.first].begin);
    }
  }

  // The folded surname of tokens [first, last), built in one reused buffer: runs of spaces
  // become one, as in the names registered.
  std::string key;
  const auto surname_key = [&](std::size_t first, std::size_t last) {
    key.clear();
    for (std::size_t t = first; t < last; ++t) {
      if (t > first && w[t].space_before) key.push_back(' ');
      names::append_folded(key, w.str(t));
    }
    return std::string_view(key);
  };

  // 2. An honorific and a surname: "Mme Garrigues", "M. Chen", "Me Agnès Marcelli".
  for (const std::size_t i : capitals) {  // (honorific_at() refuses any other token first)
    Gender g = Gender::unknown;
    const std::size_t h = lex.person_cues.honorific_at(w, i, scratch, &g);
    if (h == i || h >= w.size() || w[h].newline_before) continue;
    if (covered[h]) {
      if (starting[h] != kNone) found[starting[h]].priority = names::priority::titled_person;
      continue;
    }
    const std::size_t e = names::surname_end(c, h, false);  // "M. Kerhervé": a title makes any name a person's
    if (e == h) continue;
    PersonFound p;
    p.first = p.surname_first = h;
    p.last = p.surname_last = e;
    const std::string* full = registry.find(surname_key(h, e), g, w[h].begin);
    p.name = full ? *full : names::surface(w, h, e);
    p.gender = g;
    p.priority = names::priority::titled_person;
    cover(p);
    record(std::move(p));
  }

  // 3. A surname alone, once its owner is known: "Ferrandi", "Le Bihan".
  if (!registry.empty()) {
    for (const std::size_t i : capitals) {
      if (covered[i] || w[i].kind != segment::TokenKind::word) continue;
      // (A surname key starts with the token's first letter, folded.)
      if (!registry.may_start_with(names::folded_at(text, w[i].begin))) continue;
      // "la Renault 5": a product named after the family is no mention of Louis Renault.
      if (lex.vocabulary.products.longest_at(w, i, scratch) > w[i].end ||
          lex.vocabulary.not_organizations.longest_at(w, i, scratch) > w[i].end) {
        continue;
      }
      for (std::size_t len = 2; len >= 1; --len) {
        if (i + len > w.size() || (len == 2 && !w[i + 1].space_before)) continue;
        const std::string* full = registry.find(surname_key(i, i + len), Gender::unknown, w[i].begin);
        if (!full) continue;
        PersonFound p;
        p.first = p.surname_first = i;
        p.last = p.surname_last = i + len;
        p.name = *full;
        p.priority = names::priority::surname;
        cover(p);
        record(std::move(p));
        break;
      }
    }
  }

  for (const PersonFound& p : found) {
    Mention m;
    m.begin = w[p.first].begin;
    m.end = end_of(p);
    m.entity.type = EntityType::person;
    m.entity.name = p.name;
    m.priority = p.priority;
    out.push_back(std::move(m));
  }
}

}  // namespace extrait::extract
