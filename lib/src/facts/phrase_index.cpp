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
  if (p.stem && p.words.size() == 1) {
    by_stem_[p.words.front()].push_back(id);
    longest_stem_ = std::max(longest_stem_, p.words.front().size());
  } else {
    by_first_[p.words.front()].push_back(id);
  }
  longest_ = std::max(longest_, p.words.size());
  phrases_.push_back(std::move(p));
}

bool PhraseIndex::matches(const Phrase& p, const std::vector<Word>& words, std::size_t at) const {
  if (at + p.words.size() > words.size()) return false;
  for (std::size_t k = 0; k < p.words.size(); ++k) {
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
void PhraseIndex::each_match(const std::vector<Word>& words, std::size_t at, F&& f) const {
  if (at >= words.size()) return;
  const std::string_view first = words[at].form;
  if (auto it = by_first_.find(first); it != by_first_.end()) {
    for (std::uint32_t id : it->second) {
      if (matches(phrases_[id], words, at)) f(phrases_[id]);
    }
  }
  if (by_stem_.empty()) return;
  for (std::size_t len = std::min(first.size(), longest_stem_); len > 0; --len) {
    // Only cut between code points: a stem is whole UTF-8.
    if (len < first.size() && (static_cast<unsigned char>(first[len]) & 0xC0) == 0x80) continue;
    if (auto it = by_stem_.find(first.substr(0, len)); it != by_stem_.end()) {
      for (std::uint32_t id : it->second) f(phrases_[id]);
    }
  }
}

std::optional<PhraseIndex::Match> PhraseIndex::best(const std::vector<Word>& words, std::size_t at,
                                                    std::size_t length) const {
  const Phrase* best = nullptr;
  each_match(words, at, [&](const Phrase& p) {
    if (length != 0 && p.words.size() != length) return;
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
