#include "extract/person/people.hpp"

#include "extract/organization/fold.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

void People::add(std::string_view surname, std::string_view full_name, Gender gender, std::size_t at) {
  people_.push_back({folded(surname), std::string(full_name), gender, at});
}

const std::string* People::find(std::string_view key, Gender gender, std::size_t at) const {
  const Person* before = nullptr;
  const Person* after = nullptr;
  for (const Person& p : people_) {
    if (p.surname != key) continue;
    if (gender != Gender::unknown && p.gender != Gender::unknown && p.gender != gender) continue;
    if (p.at <= at && (!before || p.at >= before->at)) before = &p;
    if (p.at > at && (!after || p.at < after->at)) after = &p;
  }
  const Person* chosen = before ? before : after;
  return chosen ? &chosen->name : nullptr;
}

std::size_t People::surname_prefix(std::string_view word) const {
  std::size_t best = 0;
  for (const Person& p : people_) {
    // Walk the word's folded code points along the folded surname.
    std::size_t i = 0;
    std::size_t j = 0;
    const std::string& s = p.surname;
    while (i < word.size() && j < s.size()) {
      const auto [c, len] = text::decode(word, i);
      std::string_view rest(s);
      const auto [d, dlen] = text::decode(rest, j);
      if (fold(c) != d) break;
      i += len;
      j += dlen;
    }
    if (j == s.size() && i < word.size() && i > best) best = i;
  }
  return best;
}

}  // namespace extrait::extract::names
