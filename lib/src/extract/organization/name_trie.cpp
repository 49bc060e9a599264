#include "extract/organization/name_trie.hpp"

#include "extract/organization/fold.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

std::uint32_t NameTrie::add(std::string_view phrase) {
  std::uint32_t node = 0;
  bool after_space = false;
  for (std::size_t i = 0; i < phrase.size();) {
    auto [c, len] = text::decode(phrase, i);
    i += len;
    if (c == ' ') {
      if (after_space) continue;  // "a  b" is "a b"
      after_space = true;
    } else {
      after_space = false;
      c = fold(c);
    }
    bool fresh = false;
    const std::uint32_t next = edges_.emplace(key(node, c), static_cast<std::uint32_t>(group_of_.size()), &fresh);
    if (fresh) {
      group_of_.push_back(-1);
      compiled_ = false;
    }
    node = next;
  }
  if (node == 0) return groups_;  // empty phrase: a group nobody finds
  if (group_of_[node] < 0) {
    group_of_[node] = static_cast<std::int32_t>(groups_++);
    compiled_ = false;  // the compiled edges hold the groups too
  }
  return static_cast<std::uint32_t>(group_of_[node]);
}

void NameTrie::compile() {
  const std::size_t nodes = group_of_.size();
  std::vector<std::uint32_t> first_edge(nodes + 1, 0);
  edges_.each([&](std::uint64_t k, std::uint32_t) { ++first_edge[static_cast<std::size_t>(k >> 32) + 1]; });
  for (std::size_t n = 0; n < nodes; ++n) first_edge[n + 1] += first_edge[n];
  edges_sorted_.assign(edges_.size(), Edge{});
  std::vector<std::uint32_t> fill(first_edge.begin(), first_edge.end() - 1);
  edges_.each([&](std::uint64_t k, std::uint32_t to) {
    const std::size_t n = static_cast<std::size_t>(k >> 32);
    edges_sorted_[fill[n]++] =
        Edge{static_cast<char32_t>(k & 0xFFFFFFFFu), first_edge[to], first_edge[to + 1], group_of_[to]};
  });
  for (std::size_t n = 0; n < nodes; ++n) {
    // Sort each node's edges by code point (insertion sort: nodes have few edges but the root).
    for (std::uint32_t i = first_edge[n] + 1; i < first_edge[n + 1]; ++i) {
      for (std::uint32_t j = i; j > first_edge[n] && edges_sorted_[j - 1].cp > edges_sorted_[j].cp; --j) {
        std::swap(edges_sorted_[j - 1], edges_sorted_[j]);
      }
    }
  }
  root_first_ = first_edge[0];
  root_last_ = first_edge[1];
  for (char32_t c = 0; c < 128; ++c) root_ascii_[c] = 0;
  for (std::uint32_t e = root_first_; e < root_last_; ++e) {
    if (edges_sorted_[e].cp < 128) root_ascii_[edges_sorted_[e].cp] = e + 1;
  }
  compiled_ = true;
}

std::uint32_t NameTrie::child_building(std::uint32_t node, char32_t c) const {
  return edges_.find(key(node, c));
}

std::uint32_t NameTrie::EdgeMap::find(std::uint64_t k) const {
  if (slots_.empty()) return 0;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = slot_of(k, mask); slots_[i].to != 0; i = (i + 1) & mask) {
    if (slots_[i].key == k) return slots_[i].to;
  }
  return 0;
}

std::uint32_t NameTrie::EdgeMap::emplace(std::uint64_t k, std::uint32_t fresh, bool* added) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot_of(k, mask);
  for (; slots_[i].to != 0; i = (i + 1) & mask) {
    if (slots_[i].key == k) {
      *added = false;
      return slots_[i].to;
    }
  }
  slots_[i] = {k, fresh};
  ++size_;
  *added = true;
  return fresh;
}

void NameTrie::EdgeMap::grow() {
  std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.to == 0) continue;
    std::size_t i = slot_of(s.key, mask);
    while (slots_[i].to != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

const NameTrie::Edge* NameTrie::edge_sorted(std::uint32_t lo, std::uint32_t hi, char32_t c) const {
  if (hi - lo <= 8) {
    for (; lo < hi; ++lo) {
      if (edges_sorted_[lo].cp == c) return &edges_sorted_[lo];
    }
    return nullptr;
  }
  const std::uint32_t end = hi;
  while (lo < hi) {
    const std::uint32_t mid = (lo + hi) / 2;
    if (edges_sorted_[mid].cp < c) lo = mid + 1;
    else hi = mid;
  }
  return (lo < end && edges_sorted_[lo].cp == c) ? &edges_sorted_[lo] : nullptr;
}

bool NameTrie::starts_with(char32_t folded_c) const {
  if (!compiled_) return child_building(0, folded_c) != 0;
  return root_edge(folded_c) != nullptr;
}

void NameTrie::find(std::string_view text, std::size_t at, std::vector<Hit>& out) const {
  // The building form walks nodes; the compiled form walks edge ranges (see Edge).
  std::uint32_t node = 0;
  const Edge* edge = nullptr;
  std::size_t i = at;
  const std::size_t n = text.size();
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (b < 0x80) {
      // ASCII, most of the text: folded in place, without decoding.
      ++i;
      if (b == ' ') {
        while (i < n && text[i] == ' ') ++i;
        c = ' ';
      } else {
        c = (b >= 'A' && b <= 'Z') ? b + 32 : b;
      }
    } else {
      const auto [cp, len] = text::decode(text, i);
      i += len;
      c = fold(cp);
    }
    std::int32_t group;
    if (compiled_) {
      edge = edge ? edge_sorted(edge->first, edge->last, c) : root_edge(c);
      if (edge == nullptr) return;
      group = edge->group;
    } else {
      node = child_building(node, c);
      if (node == 0) return;
      group = group_of_[node];
    }
    if (group >= 0) out.push_back({i, static_cast<std::uint32_t>(group)});
  }
}

}  // namespace extrait::extract::names
