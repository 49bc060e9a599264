// extract/person/people.hpp: the people of one document, by surname.
//
// An article names a person in full once ("Mathilde Ferrandi") and by surname after ("Mme
// Ferrandi", "Ferrandi"); the guidelines want the full name on every mention. People keeps, for
// one document, each full name with its surname (folded) and gender, and answers "who is
// Ferrandi here?": the person of that surname (and gender, when a title gives one) named
// closest before the mention, else the first named after it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/person/first_names.hpp"

namespace extrait::extract::names {

class People {
 public:
  // A full name mentioned at byte `at`, whose surname is `surname` as written.
  void add(std::string_view surname, std::string_view full_name, Gender gender, std::size_t at);

  // The full name of the person whose folded surname is `key`, mentioned at byte `at`, or nullptr.
  const std::string* find(std::string_view key, Gender gender, std::size_t at) const;
  // The known surname that `word` starts with, followed by a glued French word: its length in
  // bytes, or 0 ("Barretodans" → "Barreto").
  std::size_t surname_prefix(std::string_view word) const;

  bool empty() const { return people_.empty(); }

 private:
  struct Person {
    std::string surname;  // folded
    std::string name;
    Gender gender;
    std::size_t at;
  };
  std::vector<Person> people_;
};

}  // namespace extrait::extract::names
