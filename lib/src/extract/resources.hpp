// extract/resources.hpp: what every extractor may be built from.
//
// The Analyzer loads the lexicons once and builds the shared readers once; extractors keep
// references to them, so all of it lives as long as the Analyzer and is never written again.
#pragma once

#include "lexicon/glue.hpp"
#include "lexicon/lexicon_set.hpp"
#include "numbers/quantity.hpp"

namespace extrait::extract {

struct Resources {
  const lexicon::LexiconSet& lexicons;
  const numbers::QuantityReader& quantities;
  const lexicon::GlueWords& glue;
};

}  // namespace extrait::extract
