// facts/participants.hpp: the organizations an amount is about, and their roles.
//
// The organizations are those the sentence names in the amount's clause, within kWindow words of
// it (facts/sentence_index.hpp): not the sources it
// quotes ("selon le cabinet X"), not the details of someone else ("analyste chez Y", "filiale du
// groupe Z"), not those named after the amount beyond a comma or inside a relative clause that
// does not hold the amount ("La division, qui produit le moteur avec GE Aerospace, a réalisé…").
// The organization a sentence points to without naming it (facts/references.hpp: "le groupe
// japonais", "la start-up", a subject "elle") is added; the article's company stands alone where
// the sentence names no organization at all ("Sa dette nette a été ramenée à…", "Objectif :
// économiser 400 millions"), without a role, since the sentence shows none. Roles:
// facts/roles.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extrait/report.hpp"
#include "facts/fact_lexicon.hpp"
#include "facts/references.hpp"
#include "facts/sentence_index.hpp"
#include "facts/triggers.hpp"
#include "facts/words.hpp"

namespace extrait::facts {

// What the facts of one sentence share.
struct FactContext {
  const std::vector<Word>& words;
  const std::vector<Entity>& entities;
  std::optional<std::size_t> main;  // entity index of the article's company
  const std::vector<std::size_t>& sources;  // where each attribution's source begins, in text order
  const SentenceIndex& index;
  const CompanyReferences& references;
};

// The organizations of the amount that starts at word `amount_first`, in a fact of `kind` with
// `trigger`, in the order the sentence names them.
std::vector<FactOrganization> participants(const FactLexicon& lexicon, const FactContext& context,
                                           const std::string& kind, const std::optional<TriggerHit>& trigger,
                                           std::size_t amount_first);

}  // namespace extrait::facts
