// extract/organization/found.hpp: what the organization finders share while reading a document.
//
// Each finder (gazetteer, cue words, name shapes, institutions, acronyms) reads the same Words and
// appends what it found to one list of OrgFound; the extractor then confirms the doubtful ones,
// spreads the names found to their other mentions and proposes the result to the pipeline.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/organization/gazetteer.hpp"
#include "extract/organization/org_cues.hpp"
#include "extract/organization/vocabulary.hpp"
#include "extract/organization/word_classes.hpp"
#include "extract/organization/words.hpp"
#include "extract/person/first_names.hpp"

namespace extrait::extract::names {

// Pipeline priorities, for mentions of the same length: a titled person ("Mme Garrigues") beats a
// company of the same name, which beats a person found by surname alone, which beats a company
// guessed from weak evidence ("l'américain Sam Altman" is a person, "la CSG" a tax).
namespace priority {
constexpr int titled_person = 5;
constexpr int organization = 4;
constexpr int person = 3;
constexpr int institution = 3;
constexpr int surname = 2;
constexpr int weak_organization = 1;
}  // namespace priority

enum class Evidence : std::uint8_t {
  gazetteer,    // a known name
  cue,          // a common noun before it ("la start-up X")
  weak_cue,     // a weaker one ("l'américain X", "chez X")
  shape,        // its own words ("X Capital", "Maison X", "X SA")
  apposition,   // a noun after it ("X, une fintech lyonnaise"; "X, filiale de Y")
  institution,  // an institution's head noun and its complements
  acronym,      // "Long Name (LN)"
  bare_acronym, // an unknown acronym standing alone ("l'ONUB"): weak, never spread
  propagated,   // the same name found elsewhere in the document
};

struct OrgFound {
  std::size_t begin = 0;  // bytes into the normalized text
  std::size_t end = 0;
  std::size_t core_end = 0;  // the end without a legal form or branch added to the name ("X" of "X SA")
  std::string name;       // canonical
  Evidence evidence = Evidence::gazetteer;
  long entry = -1;           // gazetteer entry, if any
  bool doubtful = false;     // an ambiguous or common gazetteer name that wants confirmation
  bool confirmed = false;    // evidence beyond the name itself
  bool suffix_named = false; // its last word is a company suffix ("Corvanel Therapeutics")
  bool glued = false;        // a known name glued to the next word ("Air France-KLMprenait")
};

struct OrgContext {
  const Words& w;
  const WordClasses& classes;
  const Gazetteer& gazetteer;
  const Vocabulary& vocabulary;
  const OrgCues& cues;
  const FirstNames& first_names;
  std::vector<NameTrie::Hit>& scratch;
  // The words where a name may start, in order: those with a capital, an inner capital or in
  // capitals, and those the gazetteer's screen lets through ("eBay", "groupe Wagner"). What the
  // finders of known names and of names by their shape walk, and the names taught are spread
  // over, listed once for all of them.
  const std::vector<std::uint32_t>& name_starts;
  // The tokens where a cue may start, from their class bits (a head noun, an adjective, a
  // predicate, a subsidiary, an institution's head), and the commas and opening parentheses
  // (an apposition, an acronym defined), in order: what the other finders walk.
  const std::vector<std::uint32_t>& cue_starts;
};

}  // namespace extrait::extract::names
