#include "extract/organization/doc_names.hpp"

#include <algorithm>

#include "extract/organization/fold.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

std::uint64_t DocNames::initial_bit(std::string_view key) {
  // The code point the tries file the key under: folded again, as NameTrie::add() does.
  if (key.empty()) return 0;
  return std::uint64_t{1} << (folded_at(key, 0) % 64);
}

void DocNames::add(std::string_view form, std::string_view name, bool exact) {
  if (form.empty()) return;
  const std::string key = folded(form);
  initials_ |= initial_bit(key);
  const std::uint32_t group = trie_.add(key);
  if (group >= group_forms_.size()) group_forms_.resize(group + 1);
  for (const std::uint32_t other : group_forms_[group]) {
    if (forms_[other].exact == exact) return;  // the first name taught wins
  }
  group_forms_[group].push_back(static_cast<std::uint32_t>(forms_.size()));
  forms_.push_back({std::string(form), std::string(name), exact});
}

void DocNames::add_head(std::string_view head, std::string_view name, std::size_t at) {
  std::string key = folded(head);
  initials_ |= initial_bit(key);
  head_trie_.add(key);
  heads_by_text_[std::move(key)].push_back(static_cast<std::uint32_t>(heads_.size()));
  heads_.push_back({std::string(name), at});
  heads_sorted_ = false;
}

bool DocNames::match_capitalized(const Words& w, std::size_t i, std::size_t* end, std::string* name) const {
  const std::string_view text = w.text();
  const std::size_t at = w[i].begin;
  // Both tries walk the token from its first code point, folded: without a form or head that
  // starts with it, neither finds anything.
  if ((initials_ & (std::uint64_t{1} << (folded_at(text, at) % 64))) == 0) return false;
  // The forms that start here, longest first: the first that ends a word (and keeps the case of
  // an exact form) wins; of the forms of one spelling, the first taught.
  if (!forms_.empty()) {
    hits_.clear();
    trie_.find(text, at, hits_);
    for (auto it = hits_.rbegin(); it != hits_.rend(); ++it) {
      const std::size_t e = it->end;
      if (!text::word_ends_at(text, e)) continue;
      for (const std::uint32_t f : group_forms_[it->group]) {
        if (forms_[f].exact && text.substr(at, e - at) != forms_[f].form) continue;
        *end = e;
        *name = forms_[f].name;
        return true;
      }
    }
  }
  if (heads_.empty() || !text::word_ends_at(text, w[i].end)) return false;
  // A head alone: the closest full mention before it, else the first after it. The token, folded
  // (a run of spaces as one), is the head. The trie walks the token folded the same way: a token
  // it does not end on as a whole is no head.
  hits_.clear();
  head_trie_.find(text.substr(0, w[i].end), at, hits_);
  if (hits_.empty() || hits_.back().end != w[i].end) return false;
  key_.clear();
  for (std::size_t k = at; k < w[i].end;) {
    const auto [c, len] = text::decode(text, k);
    k += len;
    if (c == ' ') {
      while (k < w[i].end && text[k] == ' ') ++k;
      key_.push_back(' ');
    } else {
      text::append_utf8(key_, fold(c));
    }
  }
  if (!heads_sorted_) {
    for (auto& [head, list] : heads_by_text_) {
      std::stable_sort(list.begin(), list.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return heads_[a].at < heads_[b].at; });
    }
    heads_sorted_ = true;
  }
  const auto found = heads_by_text_.find(key_);
  if (found == heads_by_text_.end()) return false;
  const std::vector<std::uint32_t>& list = found->second;
  // The last place before `at` (of the mentions there, the first added), else the first after.
  const auto by_place = [&](std::size_t x, std::uint32_t h) { return x < heads_[h].at; };
  const auto place_before = [&](std::uint32_t h, std::size_t x) { return heads_[h].at < x; };
  const auto before_end = std::lower_bound(list.begin(), list.end(), at, place_before);
  const Head* chosen = nullptr;
  if (before_end != list.begin()) {
    const std::size_t place = heads_[*std::prev(before_end)].at;
    chosen = &heads_[*std::lower_bound(list.begin(), before_end, place, place_before)];
  } else if (const auto after = std::upper_bound(list.begin(), list.end(), at, by_place); after != list.end()) {
    chosen = &heads_[*after];
  }
  if (!chosen) return false;
  *end = w[i].end;
  *name = chosen->name;
  return true;
}

}  // namespace extrait::extract::names
