#include "extract/organization/organization_extractor.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "extract/organization/acronyms.hpp"
#include "extract/organization/confirm.hpp"
#include "extract/organization/discovery.hpp"
#include "extract/organization/doc_names.hpp"
#include "extract/organization/institutions.hpp"
#include "extract/organization/known_names.hpp"
#include "extract/organization/runs.hpp"
#include "extract/organization/token_lists.hpp"

namespace extrait::extract {

namespace {

using names::Evidence;
using names::OrgFound;

// Whether a single token may stand alone for a name elsewhere: not a common word, a given name or
// a place ("Van Houten" may, "Shanghai" of Hangzhou Meiyu Retail may not).
bool distinctive(const names::OrgContext& c, std::size_t first, std::size_t last) {
  const names::Words& w = c.w;
  if (last <= first || !w[last - 1].capital) return false;
  if (c.vocabulary.place_or_product(w, first, last, c.scratch)) return false;
  if (last - first > 1) return true;
  return !c.vocabulary.common(w, first, c.scratch) && !c.first_names.at(w, first, c.scratch);
}

// What the document taught: the names evidence found, their short forms, the acronyms defined
// and the heads of institutions' names.
void learn(const names::OrgContext& c, const std::vector<OrgFound>& found,
           const std::vector<names::AcronymDefinition>& defined, names::DocNames& doc) {
  const names::Words& w = c.w;
  const std::string_view text = w.text();
  for (const OrgFound& f : found) {
    if ((f.doubtful && !f.confirmed) || f.evidence == Evidence::weak_cue || f.evidence == Evidence::bare_acronym) continue;
    if (f.evidence != Evidence::gazetteer && f.evidence != Evidence::propagated) {
      const std::size_t core = f.core_end ? f.core_end : f.end;
      const std::size_t first = w.token_containing(f.begin);
      const std::size_t last = w.token_containing(core - 1) + 1;
      if (!(last - first == 1 && w[first].acronym) && distinctive(c, first, last)) {
        doc.add(names::surface(text, f.begin, core), f.name, false);
      }
      if (f.suffix_named && last - first >= 2 && distinctive(c, first, last - 1)) {
        doc.add(names::surface(w, first, last - 1), f.name, false);
      }
    }
    const std::size_t head = c.cues.institutions.longest_at(f.name, 0, c.scratch);
    if (head > 0 && head < f.name.size()) doc.add_head(std::string_view(f.name).substr(0, head), f.name, f.begin);
  }
  for (const names::AcronymDefinition& d : defined) doc.add(d.acronym, d.name, true);
}

// Every other mention of a name the document taught, where nothing was found yet.
void propagate(const names::OrgContext& c, const names::DocNames& doc, std::vector<OrgFound>& found) {
  const names::Words& w = c.w;
  std::vector<std::uint8_t> covered(w.size(), 0);  // bytes, not bits: read at every token
  for (const OrgFound& f : found) {
    if (f.evidence == Evidence::weak_cue || f.evidence == Evidence::bare_acronym) continue;  // a name taught wins
    for (std::size_t t = w.token_containing(f.begin); t < w.size() && w[t].begin < f.end; ++t) covered[t] = true;
  }
  std::string name;
  // A short form found by other evidence takes the full name the document taught ("Veldor a été
  // fondée en 2015" after "Veldor Therapeutics").
  for (OrgFound& f : found) {
    if (f.evidence == Evidence::gazetteer || f.evidence == Evidence::acronym) continue;
    const std::size_t t = w.token_at(f.begin);
    std::size_t end = 0;
    if (t < w.size() && doc.match(w, t, &end, &name) && end == f.end) f.name = name;
  }
  // A form taught starts with a capital (DocNames::match): only the words where a name may start
  // are asked, the others turned away without being read.
  std::size_t resume = 0;  // the tokens before are part of a name found
  for (const std::size_t t : c.name_starts) {
    if (t < resume || covered[t] || w[t].kind != segment::TokenKind::word) continue;
    std::size_t end = 0;
    if (!doc.match(w, t, &end, &name)) continue;
    if (names::not_organization_at_token(c, t) > end) continue;  // "Ligue 2" after "Ligue de football…"
    OrgFound f;
    f.begin = w[t].begin;
    f.end = f.core_end = end;
    f.name = name;
    f.evidence = Evidence::propagated;
    f.confirmed = true;
    found.push_back(std::move(f));
    resume = t + 1;
    while (resume < w.size() && w[resume].begin < end) ++resume;
  }
}

// Drops what other evidence made of a known name: a longer name over a known name glued to the
// next word ("le titre Air France-KLMprenait"), an institution's description run on past a
// known name ("Commission européenne au titre des aides d'État").
void prefer_known(std::vector<OrgFound>& found) {
  // Per start of a known name: whether one starting there is glued. Sorted for binary search.
  std::vector<std::pair<std::size_t, bool>> known;  // begin, glued
  for (const OrgFound& f : found) {
    if (f.evidence == Evidence::gazetteer) known.emplace_back(f.begin, f.glued);
  }
  if (known.empty()) return;
  std::sort(known.begin(), known.end());
  std::erase_if(found, [&](const OrgFound& f) {
    if (f.evidence == Evidence::gazetteer) return false;
    // The last entry at f.begin has glued set if any has.
    auto it = std::upper_bound(known.begin(), known.end(), std::pair<std::size_t, bool>(f.begin, true));
    if (it == known.begin() || std::prev(it)->first != f.begin) return false;
    return std::prev(it)->second || f.evidence == Evidence::institution;
  });
}

// The tokens the finders walk (OrgContext::name_starts and cue_starts). The screens are copied
// into the tests: read through references, they would be read again at every token.
void list_starts(const names::NameLexicons& lex, const names::Words& words, std::vector<std::uint32_t>& name_starts,
                 std::vector<std::uint32_t>& cue_starts) {
  const std::uint64_t known_bit = lex.gazetteer.start_bit();
  const auto may_start_name = [known_bit](const names::Word& x) {
    if (x.kind != segment::TokenKind::word) return false;
    return (x.capital | x.inner_capital | x.acronym) || known_bit == 0 || (x.classes & known_bit) != 0;
  };
  const names::OrgCues& cues = lex.org_cues;
  const names::StartScreen cue_screen{&cues.heads,        &cues.adjectives, &cues.predicates, &cues.subsidiaries,
                                      &cues.institutions, &cues.courts,     &cues.ministries};
  const char* const bytes = words.text().data();
  const auto may_start_cue = [cue_screen, bytes](const names::Word& x) {
    if (x.kind != segment::TokenKind::word) return x.end - x.begin == 1 && (bytes[x.begin] == ',' || bytes[x.begin] == '(');
    return cue_screen.may_start(x);
  };
  names::tokens_where(words, names::TokenList<decltype(may_start_name)>{may_start_name, name_starts},
                      names::TokenList<decltype(may_start_cue)>{may_start_cue, cue_starts});
}

}  // namespace

OrganizationExtractor::OrganizationExtractor(const Resources& resources)
    : lexicons_(names::NameLexicons::shared(resources)) {}

void OrganizationExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const names::NameLexicons& lex = *lexicons_;
  const names::Words& words = lex.words(doc);
  std::vector<names::NameTrie::Hit> scratch;
  std::vector<std::uint32_t> name_starts;
  std::vector<std::uint32_t> cue_starts;
  list_starts(lex, words, name_starts, cue_starts);
  const names::OrgContext c{words, lex.classes, lex.gazetteer, lex.vocabulary, lex.org_cues, lex.first_names, scratch,
                            name_starts, cue_starts};

  std::vector<OrgFound> found;
  names::find_known(c, found);
  names::find_by_cues(c, found);
  names::find_by_shape(c, found);
  names::find_by_apposition(c, found);
  names::find_by_predicate(c, found);
  names::find_institutions(c, found);
  names::find_bare_acronyms(c, found);
  prefer_known(found);
  std::vector<names::AcronymDefinition> defined;
  names::find_acronym_definitions(c, found, defined);

  // By place, then the strongest evidence first: the gazetteer, then the others, then guesses.
  const auto rank = [](const OrgFound& f) {
    if (f.evidence == Evidence::gazetteer) return 0;
    return (f.evidence == Evidence::weak_cue || f.evidence == Evidence::bare_acronym) ? 2 : 1;
  };
  const auto by_place = [&](const OrgFound& a, const OrgFound& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return rank(a) < rank(b);
  };
  std::stable_sort(found.begin(), found.end(), by_place);
  names::confirm_doubtful(c, found);

  // An acronym the article defines means what it says here, whatever the gazetteer knows by it
  // ("Commission nationale des comptes de campagne (CNCC)" is not the auditors' CNCC).
  if (!defined.empty()) {
    std::unordered_map<std::string_view, std::string_view> meaning;  // the last definition wins
    for (const names::AcronymDefinition& d : defined) meaning[d.acronym] = d.name;
    for (OrgFound& f : found) {
      if (f.evidence != Evidence::gazetteer) continue;
      if (auto it = meaning.find(words.text().substr(f.begin, f.end - f.begin)); it != meaning.end()) f.name = it->second;
    }
  }

  names::DocNames taught;
  learn(c, found, defined, taught);
  if (!taught.empty()) {
    propagate(c, taught, found);
    std::stable_sort(found.begin(), found.end(), by_place);
  }

  std::size_t last_begin = std::string::npos;
  std::size_t last_end = 0;
  for (OrgFound& f : found) {
    if (f.doubtful && !f.confirmed) continue;
    // "Ligue des Champions": evidence read a competition, a product or a place as a name.
    if (f.evidence != Evidence::gazetteer && names::not_organization_at(c, f.begin) >= f.end) continue;
    if (f.begin == last_begin && f.end == last_end) continue;  // the same words, found twice
    last_begin = f.begin;
    last_end = f.end;
    Mention m;
    m.begin = f.begin;
    m.end = f.end;
    m.entity.type = EntityType::organization;
    m.entity.name = std::move(f.name);
    const bool weak = f.evidence == Evidence::weak_cue || f.evidence == Evidence::bare_acronym;
    m.priority = weak ? names::priority::weak_organization : names::priority::organization;
    out.push_back(std::move(m));
  }
}

}  // namespace extrait::extract
