// extract/date/context.hpp: the words around a date that decide whether it is one and how it
// reads (lexicons/date_context.tsv).
//
// Before the date: prepositions that stay outside its span and add a mod ("depuis 2023" after,
// "d'ici à 2030" before) or say which way a date without a year lies ("depuis janvier" is the
// last January); nouns that make a bare year a date ("l'exercice 2025", "l'année 2023") or a
// name or a count ("article 2023", "plus de 2000"). After a bare year: the closed-class words
// that may follow it without making it a count ("en 2023 les ventes" but "2023 salariés").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"

namespace extrait::extract::date {

enum class ContextRole { before, inside, block, time };
// How strongly a phrase makes the four-digit number after it a year.
enum class License { none, weak, strong };

struct ContextHit {
  std::size_t begin = 0;  // where the phrase starts
  ContextRole role = ContextRole::before;
  std::string_view mod;   // "before", "after", "approx" or empty
  License license = License::none;
  int hint = 0;           // -1: the date lies before the reference, 1: after, 0: no telling
};

class ContextWords {
 public:
  explicit ContextWords(const lexicon::LexiconSet& lexicons);

  // The longest phrase that ends right before byte `at` (one or more spaces between, or none
  // after an elided "l'" / "d'"), starting a word.
  std::optional<ContextHit> before(std::string_view text, std::size_t at) const;
  // The same for a day, looking past its article when nothing stands right before the date
  // ("dès le 17 octobre", "entre le 3 et le 12").
  std::optional<ContextHit> before_day(std::string_view text, std::size_t at) const;
  // Whether the word that starts at `at` may follow a bare year ("et", "les", "inclus").
  bool may_follow_year(std::string_view text, std::size_t at) const;
  // Whether a phrase written like a date but meaning something else starts at `at` ("24/7").
  bool idiom_at(std::string_view text, std::size_t at) const;

 private:
  struct Entry {
    ContextRole role;
    std::string mod;
    License license;
    int hint;
  };
  lexicon::PhraseTrie before_{lexicon::PhraseTrie::Direction::backward};
  std::vector<Entry> entries_;
  lexicon::PhraseTrie follow_;
  lexicon::PhraseTrie idioms_;
};

}  // namespace extrait::extract::date
