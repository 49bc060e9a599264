#include "built_in_lexicons.hpp"

#include <stdexcept>

namespace extrait::testing {

const lexicon::LexiconSet& built_in_lexicons() {
  static const lexicon::LexiconSet set = [] {
    auto loaded = lexicon::LexiconSet::load({});
    if (!loaded) throw std::runtime_error("built-in lexicons do not load: " + loaded.error().message);
    return std::move(loaded).value();
  }();
  return set;
}

}  // namespace extrait::testing
