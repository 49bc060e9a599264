// extract/organization/known_names.hpp: the gazetteer's names in one document.
//
// Looks the gazetteer up at every word start, and inside words where scraped text hides a name:
// after a hyphen ("l'ex-Total") and at a capital glued to a lower-case letter ("ReutersAmazon").
// The longest valid name wins at each place; a name glued to a capital counts only when another
// name starts there. A known name is then extended by the legal form or the country of a branch
// written right after it ("Crédit Agricole SA", "eBay France"), which make another organization.
// Ambiguous and common names ("Orange", "Total") are marked doubtful for the extractor to confirm.
#pragma once

#include <vector>

#include "extract/organization/found.hpp"

namespace extrait::extract::names {

void find_known(const OrgContext& c, std::vector<OrgFound>& out);

}  // namespace extrait::extract::names
