// extract/duration/duration_extractor.hpp: lengths of time ("sur sept ans", "pendant 18 mois",
// "48 heures", "une décennie", "deux ans et demi", "trois semaines").
//
// A duration is a count (doc.quantities: digits or words, "un"/"une" included) followed by a
// unit of lexicons/date_units.tsv, with "et demi(e)" after it; the span is the count and the
// unit ("sept ans"), the value ISO 8601 (duration_value.hpp). A count that only opens a range
// takes the unit of the other end ("de 8 à 24 mois": two durations, as TimeML annotates them).
// Not durations: a count without a number ("pendant des mois"), an age or an anniversary ("âgé
// de 45 ans", "un homme de 45 ans", "Sam Altman, 40 ans,", "(45 ans)"), a frequency ("24 heures
// sur 24"), a time of day ("à 18h", "vers 20 heures"), "un jour" meaning someday, a name ("la
// guerre des Six Jours"); see lexicons/duration_context.tsv. Where a date holds the
// count ("il y a deux ans", "dans trois mois"), the date is longer and the pipeline keeps it.
#pragma once

#include "extract/date/vocabulary.hpp"
#include "extract/extractor.hpp"
#include "extract/resources.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::extract {

class DurationExtractor final : public Extractor {
 public:
  explicit DurationExtractor(const Resources& resources);
  EntityType type() const override { return EntityType::duration; }
  void extract(const DocumentView& doc, std::vector<Mention>& out) const override;

 private:
  enum Role : std::uint32_t { age, set, lead, clock, every };
  // The role of the phrase that ends right before byte `at` (spaces between), if any.
  std::optional<Role> before(std::string_view text, std::size_t at) const;
  // Whether "<noun of a person> de" ends right before byte `at` ("un homme de 45 ans").
  bool person_before(std::string_view text, std::size_t at) const;
  // Whether "<noun of a maturity> à" ends right before byte `at` ("le taux à 10 ans").
  bool maturity_before(std::string_view text, std::size_t at) const;
  // Whether a count of years at `at`, ending at `end`, is an age by the word before it ("mort à
  // 93 ans", "la société a 30 ans").
  bool age_in_years(std::string_view text, std::size_t at, std::size_t end) const;
  // Whether a phrase of role `set` starts after byte `at`.
  bool set_after(std::string_view text, std::size_t at) const;
  // Whether count `q` and the unit read at `unit_begin` make a duration, by their context.
  bool is_duration(const DocumentView& doc, const numbers::Quantity& q, std::size_t unit_begin,
                   const date::UnitHit& unit, bool glued) const;

  date::Vocabulary vocabulary_;
  lexicon::PhraseTrie before_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie persons_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie maturities_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie years_{lexicon::PhraseTrie::Direction::backward};
  lexicon::PhraseTrie after_;
};

}  // namespace extrait::extract
