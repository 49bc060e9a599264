// extract/person/person_extractor.hpp: the people an article names.
//
// The span is the name as written, without titles; the name attribute is the full name
// (GUIDELINES.md, "person"). A person is found by
//  1. a given name and a capitalized surname: "Mathilde Ferrandi", "Jean-Baptiste Rouvière",
//     "Erwan Le Bihan", "Luca de Meo", or a family name written first: "Chen Jiahui";
//  2. the words around an unknown name: a role before it ("le président Xi"), in apposition after
//     it ("Ingrid Solberg, la commissaire"), or a verb of saying before it ("estime Lena
//     Hofstetter");
//  3. an honorific before a surname, linked to the full name of that surname and gender named in
//     the document ("Mme Garrigues" is Noémie Garrigues, not Henri);
//  4. a surname alone, once the document has named its owner in full ("Ferrandi").
// A company named after its founder stays a company: the organization extractor's mention of the
// same words wins the tie ("Bouygues a annoncé"), a first name makes the person longer and so the
// winner ("Martin Bouygues a déclaré").
#pragma once

#include <memory>

#include "extract/extractor.hpp"
#include "extract/organization/name_lexicons.hpp"
#include "extract/resources.hpp"

namespace extrait::extract {

class PersonExtractor final : public Extractor {
 public:
  explicit PersonExtractor(const Resources& resources);
  EntityType type() const override { return EntityType::person; }
  void extract(const DocumentView& doc, std::vector<Mention>& out) const override;

 private:
  std::shared_ptr<const names::NameLexicons> lexicons_;  // shared with the organization extractor
};

}  // namespace extrait::extract
