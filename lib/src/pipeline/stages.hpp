// pipeline/stages.hpp: every stage of the pipeline built once from a lexicon set, the state an
// Analyzer shares between its calls (and the benchmarks run one stage at a time).
//
// Everything here is read-only after construction and safe to use from several threads at once.
#pragma once

#include <memory>
#include <vector>

#include "extract/extractor.hpp"
#include "facts/fact_finder.hpp"
#include "lexicon/glue.hpp"
#include "lexicon/lexicon_set.hpp"
#include "numbers/quantity.hpp"
#include "segment/segmenter.hpp"
#include "summary/summarizer.hpp"

namespace extrait::pipeline {

struct Stages {
  explicit Stages(lexicon::LexiconSet set);

  lexicon::LexiconSet lexicons;
  lexicon::GlueWords glue;
  numbers::QuantityReader quantities;
  segment::Segmenter segmenter;
  std::vector<std::unique_ptr<extract::Extractor>> extractors;  // one per dimension (extract/registry)
  facts::FactFinder fact_finder;
  summary::Summarizer summarizer;
};

}  // namespace extrait::pipeline
