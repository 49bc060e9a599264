// extract/organization/doc_names.hpp: the names one document has taught, to find them again.
//
// Evidence names a company once ("la start-up Brevalis"); the article then says "Brevalis" bare,
// or "Corvanel" for Corvanel Therapeutics, "la DNCG" after defining it, "l'Autorité" for the
// Autorité de la concurrence. DocNames holds, for one document, each form learnt and the name it
// stands for, and finds them at a token. A short head ("Autorité", "Commission", "Cour") stands
// for the last full name with that head before it (or the first after it).
//
// A document may teach thousands of names: the forms are kept in a trie and the heads by their
// folded text, so that finding them at a token costs the length of the longest form there, not
// a comparison with every form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/organization/name_trie.hpp"
#include "extract/organization/words.hpp"

namespace extrait::extract::names {

class DocNames {
 public:
  // A form and its name. `exact`: match the case as written (acronyms); otherwise the text needs
  // a capital where the form has one at its start.
  void add(std::string_view form, std::string_view name, bool exact);
  // A head standing for `name`, whose full mention starts at byte `at`.
  void add_head(std::string_view head, std::string_view name, std::size_t at);

  // The longest form that starts at token i and ends a word: its end (byte) and name, or false.
  // (Asked at every word of a document: the first test, a capital, is inline.)
  bool match(const Words& w, std::size_t i, std::size_t* end, std::string* name) const {
    if (!w[i].capital && !w[i].inner_capital) return false;
    return match_capitalized(w, i, end, name);
  }

  bool empty() const { return forms_.empty() && heads_.empty(); }

 private:
  // The bit of initials_ for a form or head whose folded text is `key` (empty: none).
  static std::uint64_t initial_bit(std::string_view key);

  // match() past its first test.
  bool match_capitalized(const Words& w, std::size_t i, std::size_t* end, std::string* name) const;

  struct Form {
    std::string form;
    std::string name;
    bool exact;
  };
  struct Head {
    std::string name;
    std::size_t at;
  };
  // Folded forms and heads, the same spelling-blind way names are compared (fold.hpp).
  NameTrie trie_;
  std::vector<std::vector<std::uint32_t>> group_forms_;  // per trie group, its forms as added
  std::vector<Form> forms_;
  // Per folded head: its mentions as added, sorted by place (stably) by the first match() after.
  mutable std::unordered_map<std::string, std::vector<std::uint32_t>> heads_by_text_;
  // The same folded heads in a trie: most capitalized tokens are no head, and a walk of a few
  // letters says so before the token is folded into a key and hashed.
  NameTrie head_trie_;
  std::vector<Head> heads_;
  mutable bool heads_sorted_ = true;
  mutable std::vector<NameTrie::Hit> hits_;
  mutable std::string key_;
  // One bit per first folded code point (modulo 64) of a form or head: most capitalized words
  // start no name taught, and this says so before either trie is walked.
  std::uint64_t initials_ = 0;
};

}  // namespace extrait::extract::names
