#include "pipeline/stages.hpp"

#include <string>
#include <utility>

#include "extract/registry.hpp"

namespace extrait::pipeline {

namespace {

// The segmenter's exceptions come from the lexicons: abbreviations that end no sentence, elided
// articles that are words of their own.
segment::SegmenterRules segmenter_rules(const lexicon::LexiconSet& lexicons) {
  segment::SegmenterRules rules;
  for (const lexicon::Row& row : lexicons.rows("abbreviations.txt")) segment::add_abbreviation(rules, row.fields);
  for (std::string& e : lexicons.first_fields("elisions.txt")) rules.elisions.insert(std::move(e));
  return rules;
}

}  // namespace

Stages::Stages(lexicon::LexiconSet set)
    : lexicons(std::move(set)),
      glue(lexicons.first_fields("glue_words.txt")),
      quantities(lexicons),
      segmenter(segmenter_rules(lexicons)),
      extractors(extract::make_extractors(extract::Resources{lexicons, quantities, glue})),
      fact_finder(lexicons),
      summarizer(lexicons) {}

}  // namespace extrait::pipeline
