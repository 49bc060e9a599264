// extract/date/date_extractor.hpp: dates, put on the calendar relative to the reference date.
//
// Reads every date expression of the text (grammar.hpp), gives the ones of a range the year the
// range states once ("entre janvier et juin 2025"), resolves them (resolver.hpp) with the tense
// of their clause (tense.hpp) and the preposition before them (context.hpp), and proposes one
// mention each: value ISO 8601 at the expression's precision, mod ("start", "mid", "end",
// "approx", or "before"/"after" from "d'ici à", "depuis"), from/to for intervals ("du 3 au 5
// mars") and stretches ("les années 1990"). A day with a time of day ("hier soir") is a time, and
// is left out until a type for times exists.
#pragma once

#include <cstdint>
#include <span>

#include "extract/date/context.hpp"
#include "extract/date/grammar.hpp"
#include "extract/date/tense.hpp"
#include "extract/date/vocabulary.hpp"
#include "extract/extractor.hpp"
#include "extract/resources.hpp"

namespace extrait::extract {

class DateExtractor final : public Extractor {
 public:
  explicit DateExtractor(const Resources& resources);
  EntityType type() const override { return EntityType::date; }
  void extract(const DocumentView& doc, std::vector<Mention>& out) const override;

 private:
  // Whether a day has a time of day ("hier soir", "la nuit de lundi à mardi"),
  // which makes it a time: the dates this type reports stop at the day.
  bool time_of_day(std::string_view text, const date::Expression& e) const;
  // Step 1 of extract(): every expression of the text, left to right, whose tokens have the word
  // types `lexeme_ids` (segment::lexeme_ids()). A function of its own, so that the walk over
  // every token keeps its few values in registers.
  std::vector<date::Expression> read_all(date::Input& in, std::span<const std::uint32_t> lexeme_ids) const;
  // The preposition before a date (or before the article of a day), if it has role `before`.
  std::optional<date::ContextHit> context_before(std::string_view text, std::size_t at) const;

  date::Vocabulary vocabulary_;
  date::ContextWords context_;
  date::TenseReader tense_;
  date::Grammar grammar_;
};

}  // namespace extrait::extract
