// extract/money/currency_matcher.hpp: currency words, symbols and codes next to a number.
//
// Forms come from lexicons/currencies.tsv (form, ISO 4217 code, position, case, optional
// factor): "dollars canadiens" after the number, "US$" before it, "€" on either side. Written
// names match in any case and must end a word, unless the rest of the token is a glue word left
// by a stripped link ("100 milliards de dollarsen cherche"); symbols and codes match as written.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/decimal.hpp"
#include "lexicon/glue.hpp"
#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::extract {

struct CurrencyMatch {
  std::size_t begin = 0;  // the form's bytes in the normalized text
  std::size_t end = 0;
  std::string_view code;  // ISO 4217
  Decimal factor{1};      // 0.01 for "centimes", "pence"
};

class CurrencyMatcher {
 public:
  CurrencyMatcher(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue);

  // A currency written after a number, starting at byte `at`.
  std::optional<CurrencyMatch> after(std::string_view text, std::size_t at) const;
  // A currency written before a number, ending at byte `end`.
  std::optional<CurrencyMatch> before(std::string_view text, std::size_t end) const;

 private:
  struct Currency {
    std::string code;
    Decimal factor;
    bool ends_in_word_char;  // a name or code, which must end a word; a symbol need not
  };
  lexicon::PhraseTrie after_;
  lexicon::PhraseTrie before_{lexicon::PhraseTrie::Direction::backward};
  std::vector<Currency> currencies_;
  const lexicon::GlueWords& glue_;
};

}  // namespace extrait::extract
