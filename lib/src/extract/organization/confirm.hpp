// extract/organization/confirm.hpp: when an ambiguous name is the company.
//
// "Orange" is a town, "Total" a word, "Free" English, "Vinci" a painter. A known name flagged
// `ambiguous` or `common` counts only with evidence that it is the organization:
//  - a cue or an apposition found the same words ("l'opérateur Orange", "Free, filiale de…");
//  - words before it that only a company takes ("le PDG d'Orange", "le titre Orange");
//  - for a `common` name, a capital inside a sentence ("par Action et par Temu");
//  - a list with an organization already sure ("Orange et Free", "Dacia et Alpine");
//  - another mention of the same organization in the document is sure — except after "à", where
//    the name is the place ("à Orange").
// The rules run until nothing changes, so that a list confirms itself link by link.
#pragma once

#include <vector>

#include "extract/organization/found.hpp"

namespace extrait::extract::names {

// Sets `confirmed` on the doubtful names of `found` (sorted by start) that the evidence supports.
void confirm_doubtful(const OrgContext& c, std::vector<OrgFound>& found);

}  // namespace extrait::extract::names
