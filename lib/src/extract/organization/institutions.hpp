// extract/organization/institutions.hpp: public bodies named by a head noun and its complements.
//
// French institutions are named by a description with one capital: "Direction nationale du
// contrôle de gestion", "Administration d'État pour la régulation du marché", "Haut Conseil des
// finances publiques". No list holds them all, but their grammar is narrow: a capitalized head
// (lexicons/org_cues.tsv, kind `institution`), adjectives ("nationale"), and complements that a
// preposition opens ("du contrôle", "de gestion", "de l'Union européenne"). The name stops at
// anything else: a verb ("l'Autorité de la concurrence inflige"), a pronoun, punctuation. A head
// alone ("la Commission") is left to the document's other mentions.
// Also here: courts and local bodies named by their place ("cour d'appel de Paris", "conseil
// régional d'Occitanie", kind `court`) and ministries by their portfolio ("ministère de la
// Transition énergétique", kind `ministry`), whatever the case of their first letter.
#pragma once

#include <vector>

#include "extract/organization/found.hpp"

namespace extrait::extract::names {

void find_institutions(const OrgContext& c, std::vector<OrgFound>& out);

}  // namespace extrait::extract::names
