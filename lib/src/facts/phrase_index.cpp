#include "facts/phrase_index.hpp"

#include <algorithm>

namespace extrait::facts {

void PhraseIndex::add(std::vector<std::string> words, std::uint32_t payload) {
  if (words.empty() || words.front().empty()) return;
  Phrase p;
  p.stem = words.back().size() > 1 && words.back().back() == '*';
  if (p.stem) words.back().pop_back();
  for (const auto& w : words) p.weight += w.size();
  p.words = std::move(words);
  p.payload = payload;
  for (const Phrase& q : phrases_) {
    if (q.words == p.words && q.stem == p.stem) return;
  }
  const auto id = static_cast<std::uint32_t>(phrases_.size());
  const std::string& first = p.words.front();
  if (p.stem && p.words.size() == 1) {
    const StemRef ref{head_of(first), first.size(), id};
    const auto before = [](const StemRef& a, const StemRef& b) {
      return a.head != b.head ? a.head < b.head : a.length > b.length;
    };
    stems_.insert(std::upper_bound(stems_.begin(), stems_.end(), ref, before), ref);
    if (first.size() == 1) stem_firsts_[static_cast<unsigned char>(first[0])] = true;
    else stem_heads_[head_of(first)] = true;
  } else {
    FirstWord& entry = by_first_[first];
    const bool whole_second = p.words.size() > 2 || (p.words.size() == 2 && !p.stem);
    if (whole_second) entry.by_second[p.words[1]].push_back(id);
    else entry.rest.push_back(id);
    first_heads_[head_of(first)] = true;
  }
  longest_ = std::max(longest_, p.words.size());
  phrases_.push_back(std::move(p));
}

bool PhraseIndex::matches(const Phrase& p, const std::vector<Word>& words, std::size_t at) const {
  if (at + p.words.size() > words.size()) return false;
  // The first word is the key the phrase was found by: equal already.
  for (std::size_t k = 1; k < p.words.size(); ++k) {
    const std::string& have = words[at + k].form;
    const std::string& want = p.words[k];
    const bool last = k + 1 == p.words.size();
    if (last && p.stem) {
      if (have.compare(0, want.size(), want) != 0) return false;
    } else if (have != want) {
      return false;
    }
  }
  return true;
}

template <typename F>
void PhraseIndex::each_match(const std::vector<Word>& words, std::size_t at, std::size_t length, F&& f) const {
  if (at >= words.size()) return;
  const std::string_view first = words[at].form;
  if (first.empty()) return;  // no phrase starts with an empty word
  if (first_heads_[head_of(first)]) {
    if (auto it = by_first_.find(first); it != by_first_.end()) {
      const std::vector<std::uint32_t>& rest = it->second.rest;
      const std::vector<std::uint32_t>* second = nullptr;
      if (at + 1 < words.size() && !it->second.by_second.empty()) {
        const auto found = it->second.by_second.find(std::string_view(words[at + 1].form));
        if (found != it->second.by_second.end()) second = &found->second;
      }
      // Both lists are in the order the phrases were added, and so are the calls: merged.
      const std::size_t seconds = second ? second->size() : 0;
      for (std::size_t i = 0, j = 0; i < rest.size() || j < seconds;) {
        const bool from_rest = j == seconds || (i < rest.size() && rest[i] < (*second)[j]);
        const std::uint32_t id = from_rest ? rest[i++] : (*second)[j++];
        const Phrase& p = phrases_[id];
        if ((length == 0 || p.words.size() == length) && matches(p, words, at)) f(p);
      }
    }
  }
  // Stems are phrases of one word. A stem of two bytes or more starts with the word's first two
  // bytes; a one-byte stem is its first byte.
  if (length > 1) return;
  if (first.size() >= 2 && stem_heads_[head_of(first)]) each_stem(first, head_of(first), false, f);
  if (stem_firsts_[static_cast<unsigned char>(first[0])]) each_stem(first, head_of(first.substr(0, 1)), true, f);
}

template <typename F>
void PhraseIndex::each_stem(std::string_view word, std::size_t head, bool one_byte, F&& f) const {
  auto it = std::lower_bound(stems_.begin(), stems_.end(), head,
                             [](const StemRef& s, std::size_t h) { return s.head < h; });
  for (; it != stems_.end() && it->head == head; ++it) {
    if ((it->length == 1) != one_byte || it->length > word.size()) continue;
    // Only cut between code points: a stem is whole UTF-8.
    if (it->length < word.size() && (static_cast<unsigned char>(word[it->length]) & 0xC0) == 0x80) continue;
    const Phrase& p = phrases_[it->id];
    if (word.compare(0, it->length, p.words.front()) == 0) f(p);
  }
}

std::optional<PhraseIndex::Match> PhraseIndex::best(const std::vector<Word>& words, std::size_t at,
                                                    std::size_t length) const {
  const Phrase* best = nullptr;
  each_match(words, at, length, [&](const Phrase& p) {
    if (!best || p.words.size() > best->words.size() ||
        (p.words.size() == best->words.size() && p.weight > best->weight)) {
      best = &p;
    }
  });
  if (!best) return std::nullopt;
  return Match{best->words.size(), best->payload};
}

std::optional<PhraseIndex::Match> PhraseIndex::longest_at(const std::vector<Word>& words, std::size_t at) const {
  return best(words, at, 0);
}

std::optional<PhraseIndex::Match> PhraseIndex::longest_ending_at(const std::vector<Word>& words,
                                                                 std::size_t end) const {
  for (std::size_t length = std::min(longest_, end); length > 0; --length) {
    if (auto m = best(words, end - length, length)) return m;
  }
  return std::nullopt;
}

}  // namespace extrait::facts
