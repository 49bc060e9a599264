#include "lexicon/phrase_trie.hpp"

#include <algorithm>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::lexicon {

namespace {

std::uint64_t key(std::uint32_t node, char32_t c) {
  return (static_cast<std::uint64_t>(node) << 32) | static_cast<std::uint64_t>(c);
}

}  // namespace

void PhraseTrie::insert(Trie& trie, std::string_view phrase, bool fold, std::uint32_t payload) const {
  std::vector<char32_t> code_points;
  for (std::size_t i = 0; i < phrase.size();) {
    auto [c, len] = text::decode(phrase, i);
    code_points.push_back(c);
    i += len;
  }
  if (direction_ == Direction::backward) std::reverse(code_points.begin(), code_points.end());
  if (code_points.empty()) return;
  const char32_t first = code_points.front();
  if (first >= 128) {
    trie.non_ascii_first = true;
  } else {
    trie.ascii_first[first] = true;
    if (fold && first >= 'a' && first <= 'z') trie.ascii_first[first - 32] = true;
    if (fold && first >= 'A' && first <= 'Z') trie.ascii_first[first + 32] = true;
  }
  std::uint32_t node = 0;
  bool after_space = false;
  for (char32_t c : code_points) {
    if (c == ' ') {
      if (after_space) continue;  // "a  b" is "a b": one space edge per run
      after_space = true;
    } else {
      after_space = false;
    }
    if (fold) c = text::to_lower(c);
    auto [it, fresh] = trie.edges.try_emplace(key(node, c), static_cast<std::uint32_t>(trie.nodes.size()));
    if (fresh) trie.nodes.emplace_back();
    node = it->second;
  }
  if (node != 0 && trie.nodes[node].payload < 0) trie.nodes[node].payload = payload;
}

void PhraseTrie::add(std::string_view phrase, bool fold_case, std::uint32_t payload) {
  insert(fold_case ? folded_ : exact_, phrase, fold_case, payload);
}

void PhraseTrie::walk(const Trie& trie, std::string_view text, std::size_t at, bool fold,
                      std::vector<Match>& out) {
  std::uint32_t node = 0;
  std::size_t i = at;
  while (i < text.size()) {
    auto [c, len] = text::decode(text, i);
    i += len;
    if (c == ' ') {
      while (i < text.size() && text[i] == ' ') ++i;  // a run of spaces is one space
    } else if (fold) {
      c = text::to_lower(c);
    }
    auto it = trie.edges.find(key(node, c));
    if (it == trie.edges.end()) break;
    node = it->second;
    if (trie.nodes[node].payload >= 0) {
      out.push_back({i, static_cast<std::uint32_t>(trie.nodes[node].payload)});
    }
  }
}

void PhraseTrie::walk_back(const Trie& trie, std::string_view text, std::size_t end, bool fold,
                           std::vector<Match>& out) {
  if (end == 0 || end > text.size()) return;
  const unsigned char last = static_cast<unsigned char>(text[end - 1]);
  if (!trie.can_start_with(last < 128 ? last : 0x80)) return;
  std::uint32_t node = 0;
  std::size_t i = end;
  while (i > 0) {
    i = text::previous_code_point(text, i);
    char32_t c = text::decode(text, i).code_point;
    if (c == ' ') {
      while (i > 0 && text[i - 1] == ' ') --i;
    } else if (fold) {
      c = text::to_lower(c);
    }
    auto it = trie.edges.find(key(node, c));
    if (it == trie.edges.end()) break;
    node = it->second;
    if (trie.nodes[node].payload >= 0) {
      out.push_back({i, static_cast<std::uint32_t>(trie.nodes[node].payload)});
    }
  }
}

std::vector<PhraseTrie::Match> PhraseTrie::matches_ending_at(std::string_view text,
                                                             std::size_t end) const {
  std::vector<Match> out;
  walk_back(exact_, text, end, false, out);
  walk_back(folded_, text, end, true, out);
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.end < b.end; });
  return out;
}

std::vector<PhraseTrie::Match> PhraseTrie::matches_at(std::string_view text, std::size_t at) const {
  std::vector<Match> out;
  walk(exact_, text, at, false, out);
  walk(folded_, text, at, true, out);
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.end > b.end; });
  return out;
}

}  // namespace extrait::lexicon
