#include "extract/person/people.hpp"

#include <algorithm>
#include <functional>

#include "extract/organization/fold.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

std::uint64_t hash_of(std::string_view surname) { return std::hash<std::string_view>{}(surname); }

}  // namespace

void People::add(std::string_view surname, std::string_view full_name, Gender gender, std::size_t at) {
  // Built in place: no string is made to be moved.
  Person& p = people_.emplace_back();
  p.surname.reserve(surname.size());
  append_folded(p.surname, surname);
  p.hash = hash_of(p.surname);
  p.name = full_name;
  p.gender = gender;
  p.at = at;
  hashes_ |= std::uint64_t{1} << (p.hash % 64);
  if (!p.surname.empty()) initials_ |= std::uint64_t{1} << (text::decode(p.surname, 0).code_point % 64);
  sorted_ = false;
  trie_built_ = false;
}

void People::sort(std::vector<std::size_t>& list) const {
  std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
    const Person& p = people_[a];
    const Person& q = people_[b];
    if (p.hash != q.hash) return p.hash < q.hash;
    if (const int c = p.surname.compare(q.surname); c != 0) return c < 0;
    if (p.at != q.at) return p.at < q.at;
    return a < b;
  });
}

// Among the people of `list` whose surname is `key`: the last mention at or before `at` (of those
// at the same byte, the last added), else the first after it (of those at the same byte, the
// first added).
const std::string* People::nearest(const std::vector<std::size_t>& list, std::uint64_t hash, std::string_view key,
                                   std::size_t at) const {
  const auto before = [&](std::size_t p, std::string_view k) {
    return people_[p].hash != hash ? people_[p].hash < hash : people_[p].surname < k;
  };
  const auto after = [&](std::string_view k, std::size_t p) {
    return people_[p].hash != hash ? hash < people_[p].hash : k < people_[p].surname;
  };
  const auto first = std::lower_bound(list.begin(), list.end(), key, before);
  const auto last = std::upper_bound(first, list.end(), key, after);
  const auto it = std::upper_bound(first, last, at, [&](std::size_t x, std::size_t p) { return x < people_[p].at; });
  if (it != first) return &people_[*std::prev(it)].name;
  if (it != last) return &people_[*it].name;
  return nullptr;
}

const std::string* People::find(std::string_view key, Gender gender, std::size_t at) const {
  const std::uint64_t hash = hash_of(key);
  if ((hashes_ & (std::uint64_t{1} << (hash % 64))) == 0) return nullptr;
  if (!sorted_) {
    all_.clear();
    not_female_.clear();
    not_male_.clear();
    for (std::size_t i = 0; i < people_.size(); ++i) {
      all_.push_back(i);
      if (people_[i].gender != Gender::female) not_female_.push_back(i);
      if (people_[i].gender != Gender::male) not_male_.push_back(i);
    }
    sort(all_);
    sort(not_female_);
    sort(not_male_);
    sorted_ = true;
  }
  if (gender == Gender::male) return nearest(not_female_, hash, key, at);
  if (gender == Gender::female) return nearest(not_male_, hash, key, at);
  return nearest(all_, hash, key, at);
}

std::size_t People::surname_prefix(std::string_view word) const {
  std::size_t best = 0;
  if (people_.size() <= kFewPeople) {
    // Few people, as in most articles: walk the word's folded code points along each surname.
    for (const Person& p : people_) {
      std::size_t i = 0;
      std::size_t j = 0;
      const std::string& s = p.surname;
      while (i < word.size() && j < s.size()) {
        const auto [c, len] = text::decode(word, i);
        const auto [d, dlen] = text::decode(s, j);
        if (fold(c) != d) break;
        i += len;
        j += dlen;
      }
      if (j == s.size() && i < word.size() && i > best) best = i;
    }
    return best;
  }
  // Many: the same walk along all of them at once, in a trie of the surnames.
  if (!trie_built_) {
    surnames_ = std::make_unique<NameTrie>();
    for (const Person& p : people_) {
      if (!p.surname.empty()) surnames_->add(p.surname);
    }
    surnames_->compile();
    trie_built_ = true;
  }
  hits_.clear();
  surnames_->find(word, 0, hits_);
  for (const NameTrie::Hit& h : hits_) {
    if (h.end < word.size() && h.end > best) best = h.end;
  }
  return best;
}

}  // namespace extrait::extract::names
