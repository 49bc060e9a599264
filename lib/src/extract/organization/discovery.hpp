// extract/organization/discovery.hpp: organizations no lexicon knows, from the words around them.
//
// Most companies of an article are in no list (the start-up founded last year, the fund that led
// the round). Three kinds of evidence name them:
//  - a cue before the name (lexicons/org_cues.tsv, kind `head`): "la start-up parisienne
//    Brevalis", "le spécialiste des surgelés Glacenor", "l'américain Nvidia" (a lower-case
//    nationality noun), with adjectives and one complement allowed in between; never a name right
//    after a preposition ("le fonds d'investissement du Golfe" names no fund);
//  - the name's own words: a company suffix ("Stonebridge Capital", "Corvanel Therapeutics"), a
//    prefix ("Maison Tardieu Surgelés", "FC Val de Saône"), a legal form ("Quelvane SA");
//  - a noun in apposition after it ("Trivio, une fintech lyonnaise"; "Polaria, filiale du
//    néerlandais Verhaegen Foods", which names both).
// Places, products and persons ("l'américain Sam Altman") are left out.
// And, with less confidence, acronyms no lexicon knows.
#pragma once

#include <vector>

#include "extract/organization/found.hpp"

namespace extrait::extract::names {

void find_by_cues(const OrgContext& c, std::vector<OrgFound>& out);
void find_by_shape(const OrgContext& c, std::vector<OrgFound>& out);
void find_by_apposition(const OrgContext& c, std::vector<OrgFound>& out);

// A company's predicate right after a capitalized name ("Quivaro a levé des fonds", "Brivane
// emploie 300 personnes": lexicons/org_cues.tsv, kind `predicate`) makes the name an organization.
void find_by_predicate(const OrgContext& c, std::vector<OrgFound>& out);

// Unknown acronyms standing alone ("l'ONUB", "la FNSEA"): news writes most bodies it names so.
// Weak evidence: two to six capital letters, no place, product, currency code, roman numeral or
// listed non-organization ("PIB", "TVA", "PDG": lexicons/not_organizations.txt), not inside a
// capitalized headline or a longer name, not followed by a number ("A320", "CAC 40").
void find_bare_acronyms(const OrgContext& c, std::vector<OrgFound>& out);

}  // namespace extrait::extract::names
