// tests/support/built_in_lexicons.hpp: the lexicons built into the library, loaded once per test
// program, for suites that build one stage by hand.
#pragma once

#include "lexicon/lexicon_set.hpp"

namespace extrait::testing {

// The built-in lexicons; throws std::runtime_error with the loader's message if they do not load.
const lexicon::LexiconSet& built_in_lexicons();

}  // namespace extrait::testing
