// facts/fact_lexicon.hpp: the lexicons of the facts stage, loaded once per Analyzer.
//
// triggers.tsv (what an amount is), certainty.tsv (what makes it unconfirmed), roles.tsv (who
// pays, who receives), fact_references.tsv (words that point to the article's company, names of
// public bodies) and function_words.txt (words that do not count when measuring how far a
// trigger stands from its amount). lexicons/README.md describes the files; rows that cannot be
// used are listed in problems(), which the tests require to be empty.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "facts/phrase_index.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::facts {

enum class CertaintyCue : std::uint8_t {
  conditional, not_conditional, modal, forecast, reported, attribution, on_record, speech_verb
};
enum class Reference : std::uint8_t { anaphor, possessive, pronoun, aside };

// Where an organization stands with respect to the fact's trigger, for roles.tsv.
struct RoleRule {
  std::string kind;  // "*" for any kind
  enum class Cue : std::uint8_t { subject, object, preposition } cue = Cue::subject;
  std::uint32_t preposition = 0;  // for Cue::preposition: the payload of the phrase in role_cues
  std::string role;               // "" for "-"
  // When not empty, the rule holds only if a word between the organization and the trigger
  // starts with one of these folded stems ("L'Autorité a infligé…": the authority, not the fined).
  std::vector<std::string> verbs;
};

class FactLexicon {
 public:
  explicit FactLexicon(const lexicon::LexiconSet& lexicons);

  // The kinds GUIDELINES.md allows, "other" included.
  static const std::vector<std::string>& kinds();

  PhraseIndex triggers;                    // payload: index into trigger_kinds
  std::vector<std::string> trigger_kinds;  // "" for a phrase that hides a trigger
  PhraseIndex certainty;                   // payload: CertaintyCue
  std::vector<std::string> conditional_endings;
  PhraseIndex references;                  // payload: Reference
  std::vector<std::vector<std::string>> institutions;  // folded words a public body's name starts with
  PhraseIndex role_cues;                   // prepositions of roles.tsv; payload: their own index
  std::vector<RoleRule> roles;
  std::unordered_set<std::string> function_words;  // folded

  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

}  // namespace extrait::facts
