// extract/person/people.hpp: the people of one document, by surname.
//
// An article names a person in full once ("Mathilde Ferrandi") and by surname after ("Mme
// Ferrandi", "Ferrandi"); the guidelines want the full name on every mention. People keeps, for
// one document, each full name with its surname (folded) and gender, and answers "who is
// Ferrandi here?": the person of that surname (and gender, when a title gives one) named
// closest before the mention, else the first named after it.
//
// A document may name thousands of people, or one person thousands of times: the first question
// indexes the mentions by surname and position (and, past a few dozen, the surnames in a trie),
// so that each question costs a look-up, not a walk through everyone named.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/organization/name_trie.hpp"
#include "extract/person/first_names.hpp"

namespace extrait::extract::names {

class People {
 public:
  // A full name mentioned at byte `at`, whose surname is `surname` as written.
  void add(std::string_view surname, std::string_view full_name, Gender gender, std::size_t at);
  // Makes room for `people` full names before they are added.
  void reserve(std::size_t people) { people_.reserve(people); }

  // The full name of the person whose folded surname is `key`, mentioned at byte `at`, or nullptr.
  const std::string* find(std::string_view key, Gender gender, std::size_t at) const;
  // The known surname that `word` starts with, followed by a glued French word: its length in
  // bytes, or 0 ("Barretodans" → "Barreto").
  std::size_t surname_prefix(std::string_view word) const;

  bool empty() const { return people_.empty(); }
  // Whether some surname starts with the folded code point `c`: most capitalized words are
  // nobody's surname, and this says so before their key is folded and looked up.
  bool may_start_with(char32_t c) const { return (initials_ & (std::uint64_t{1} << (c % 64))) != 0; }

 private:
  struct Person {
    std::string surname;  // folded
    std::uint64_t hash;   // of the surname
    std::string name;
    Gender gender;
    std::size_t at;
  };
  // Sorts `list` by surname (its hash first), then mention, then order added.
  void sort(std::vector<std::size_t>& list) const;
  const std::string* nearest(const std::vector<std::size_t>& list, std::uint64_t hash, std::string_view key,
                             std::size_t at) const;

  static constexpr std::size_t kFewPeople = 32;  // up to this many, surname_prefix() needs no trie
  std::vector<Person> people_;
  // Built by the first question after an add(): the people in the order of sort(), all of them
  // and those a title of either gender may stand for (gender unknown or that gender).
  mutable bool sorted_ = false;
  mutable std::vector<std::size_t> all_;
  mutable std::vector<std::size_t> not_female_;
  mutable std::vector<std::size_t> not_male_;
  std::uint64_t hashes_ = 0;  // one bit per surname hash: most words are nobody's surname
  std::uint64_t initials_ = 0;  // one bit per first folded code point of a surname
  mutable bool trie_built_ = false;
  // Made only when first built: most documents name too few people to need it, and an empty
  // trie still allocates.
  mutable std::unique_ptr<NameTrie> surnames_;
  mutable std::vector<NameTrie::Hit> hits_;
};

}  // namespace extrait::extract::names
