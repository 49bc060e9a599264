// extract/organization/organization_extractor.hpp: the organizations an article names.
//
// Companies, banks, funds, media, public bodies, regulators, ministries, unions, parties, clubs
// and international organizations, each with its canonical name (GUIDELINES.md, "organization"):
//  1. the gazetteer's names (lexicons/organizations/*.tsv): "BPI" is Bpifrance, "AWS" Amazon
//     Web Services, "aux Echos" Les Echos (known_names.hpp);
//  2. names no lexicon holds, from the evidence around them: cue words, the name's own shape,
//     appositions (discovery.hpp), institutional descriptions (institutions.hpp) and acronyms
//     defined in parentheses (acronyms.hpp);
//  3. ambiguous known names only where the text confirms them (confirm.hpp);
//  4. every other mention of a name the document taught: "Brevalis" after "la start-up
//     Brevalis", "Corvanel" for Corvanel Therapeutics, "la DNCG", "l'Autorité" (doc_names.hpp).
// Places, products, "l'État", "le gouvernement" and competitions are not organizations: the
// lexicons leave them out and the finders refuse them.
#pragma once

#include <memory>

#include "extract/extractor.hpp"
#include "extract/organization/name_lexicons.hpp"
#include "extract/resources.hpp"

namespace extrait::extract {

class OrganizationExtractor final : public Extractor {
 public:
  explicit OrganizationExtractor(const Resources& resources);
  EntityType type() const override { return EntityType::organization; }
  void extract(const DocumentView& doc, std::vector<Mention>& out) const override;
  // The document's words, shared with the person extractor, are given back if large.
  void end_document() const override { names::NameLexicons::release_words(); }

 private:
  std::shared_ptr<const names::NameLexicons> lexicons_;  // shared with the person extractor
};

}  // namespace extrait::extract
