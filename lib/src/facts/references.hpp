// facts/references.hpp: the organizations a sentence speaks of without naming them.
//
// "Le groupe a dégagé…", "Son chiffre d'affaires…", "elle a levé…" speak of the article's company:
// the organization named most often (at least twice), first mentions counting double, public
// bodies and regulators left out (fact_references.tsv: they are no "groupe"). But a description
// the article gave a name ("le groupe japonais Hoshida Electric") stands for that name when it
// comes back ("le groupe japonais investira…").
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extrait/report.hpp"
#include "facts/fact_lexicon.hpp"
#include "facts/words.hpp"

namespace extrait::facts {

inline bool is_organization(const std::vector<Entity>& entities, int entity) {
  return entity >= 0 && entities[static_cast<std::size_t>(entity)].type == EntityType::organization;
}

// The entity index of the first mention of the article's company, if there is one.
std::optional<std::size_t> main_organization(const FactLexicon& lexicon, const std::vector<Entity>& entities);

// Key: the anaphor and the word after it ("le groupe japonais"); value: the entity index of the
// name it described.
using Descriptions = std::map<std::string, std::size_t>;
void learn_descriptions(const FactLexicon& lexicon, const std::vector<Word>& words,
                        const std::vector<Entity>& entities, Descriptions& descriptions);

// Where a sentence points to an organization without naming it.
struct CompanyReferences {
  std::optional<std::size_t> named;        // "le groupe", "la start-up", a subject "elle": the word
  std::optional<std::string> description;  // the description `named` gives ("le groupe japonais"), if any
  std::optional<std::size_t> described;    // the organization that description stands for (see below)
  std::optional<std::size_t> possessive;   // "son", "sa", "ses"
};
// Leaves `described` empty: the caller looks `description` up (describe), so that an article's
// descriptions are learned only when one of its sentences asks for them.
CompanyReferences company_references(const FactLexicon& lexicon, const std::vector<Word>& words,
                                     const std::vector<Entity>& entities);
// Sets references.described from the descriptions the article gave.
void describe(CompanyReferences& references, const Descriptions& descriptions);

}  // namespace extrait::facts
