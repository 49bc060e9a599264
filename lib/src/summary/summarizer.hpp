// summary/summarizer.hpp: the extractive summary: the sentences an editor reads first.
//
// Each sentence of prose (summary/sentence_filter.hpp) gets a score from:
//  - its position: news puts the essential first, so the lead weighs most, decreasing with the
//    rank of the sentence among the prose sentences (1/√(1+rank)), with a bonus for a sentence
//    that opens its paragraph;
//  - its centrality, how much it shares with the rest of the article, and its similarity to the
//    lead (summary/sentence_vectors.hpp: stems, tf·isf, cosine);
//  - the facts it carries: amounts whose kind is known, organizations and people, dates;
//  - its length and voice: very long sentences and sentences that open on a quotation lose a
//    little.
// Sentences are then taken best first, each one's score lowered by its similarity to those
// already taken (maximal marginal relevance), so that the summary does not say the same thing
// twice; a sentence too close to one already taken is skipped. The summary is the sentences taken,
// in text order, up to Options::summary_sentences or, when Options::summary_words is set, as many
// as fit in that many words. The cost is linear in the length of the document: centrality comes
// from one sum of vectors, and the selection looks at the best 200 candidates only.
#pragma once

#include <string>
#include <unordered_set>

#include "extrait/analyzer.hpp"
#include "extrait/report.hpp"
#include "lexicon/lexicon_set.hpp"
#include "segment/segmenter.hpp"
#include "summary/sentence_filter.hpp"
#include "text/document.hpp"

namespace extrait::summary {

class Summarizer {
 public:
  explicit Summarizer(const lexicon::LexiconSet& lexicons);

  // `report` holds the entities and facts already found. Thread-safe.
  Summary summarize(const text::Document& doc, const segment::Segmentation& segmentation, const Report& report,
                    const Options& options) const;

 private:
  SentenceFilter filter_;
  std::unordered_set<std::string> function_words_;  // lower case
};

}  // namespace extrait::summary
