// extract/organization/acronyms.hpp: "Direction nationale du contrôle de gestion (DNCG)".
//
// An article defines the acronym of a body the first time it names it, the full name then the
// acronym in parentheses. The letters of the acronym, found in order in the words before the
// parenthesis (the algorithm of Schwartz and Hearst, 2003: the first letter starts a word, the
// others may stand anywhere, so "FH" is "Fédération de l'industrie horlogère suisse" and "Ania"
// is "Association nationale des industries alimentaires"), say where the full name starts. Both
// mentions are organizations named by the full name, and so is every later bare "DNCG".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "extract/organization/found.hpp"

namespace extrait::extract::names {

struct AcronymDefinition {
  std::string acronym;  // as written
  std::string name;     // the full name it stands for
};

// Appends the full names and acronyms defined in parentheses to `found` (using the names
// already in it where one ends right before the parenthesis), and each definition to `defined`.
void find_acronym_definitions(const OrgContext& c, std::vector<OrgFound>& found,
                              std::vector<AcronymDefinition>& defined);

// Whether `letters` (folded acronym letters) can be read, in order, in text[begin, end) with the
// first at a word start: the byte where the long form starts (the latest such start), or
// std::string::npos.
std::size_t long_form_start(std::string_view text, std::size_t begin, std::size_t end, std::u32string_view letters);

}  // namespace extrait::extract::names
