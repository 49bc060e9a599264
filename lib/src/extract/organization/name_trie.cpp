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
  if (group_of_[node] < 0) group_of_[node] = static_cast<std::int32_t>(groups_++);
  return static_cast<std::uint32_t>(group_of_[node]);
}

void NameTrie::compile() {
  const std::size_t nodes = group_of_.size();
  std::vector<std::uint32_t> count(nodes + 1, 0);
  edges_.each([&](std::uint64_t k, std::uint32_t) { ++count[static_cast<std::size_t>(k >> 32)]; });
  first_edge_.assign(nodes + 1, 0);
  for (std::size_t n = 0; n < nodes; ++n) first_edge_[n + 1] = first_edge_[n] + count[n];
  edge_cp_.assign(edges_.size(), 0);
  edge_to_.assign(edges_.size(), 0);
  std::vector<std::uint32_t> fill(first_edge_.begin(), first_edge_.end() - 1);
  edges_.each([&](std::uint64_t k, std::uint32_t to) {
    const std::size_t n = static_cast<std::size_t>(k >> 32);
    edge_cp_[fill[n]] = static_cast<char32_t>(k & 0xFFFFFFFFu);
    edge_to_[fill[n]] = to;
    ++fill[n];
  });
  for (std::size_t n = 0; n < nodes; ++n) {
    // Sort each node's edges by code point (insertion sort: nodes have few edges but the root).
    for (std::uint32_t i = first_edge_[n] + 1; i < first_edge_[n + 1]; ++i) {
      for (std::uint32_t j = i; j > first_edge_[n] && edge_cp_[j - 1] > edge_cp_[j]; --j) {
        std::swap(edge_cp_[j - 1], edge_cp_[j]);
        std::swap(edge_to_[j - 1], edge_to_[j]);
      }
    }
  }
  for (char32_t c = 0; c < 128; ++c) {
    root_ascii_[c] = edges_.find(key(0, c));
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

std::uint32_t NameTrie::child_sorted(std::uint32_t node, char32_t c) const {
  std::uint32_t lo = first_edge_[node];
  std::uint32_t hi = first_edge_[node + 1];
  if (hi - lo <= 8) {
    for (; lo < hi; ++lo) {
      if (edge_cp_[lo] == c) return edge_to_[lo];
    }
    return 0;
  }
  while (lo < hi) {
    const std::uint32_t mid = (lo + hi) / 2;
    if (edge_cp_[mid] < c) lo = mid + 1;
    else hi = mid;
  }
  return (lo < first_edge_[node + 1] && edge_cp_[lo] == c) ? edge_to_[lo] : 0;
}

bool NameTrie::starts_with(char32_t folded_c) const { return child(0, folded_c) != 0; }

void NameTrie::find(std::string_view text, std::size_t at, std::vector<Hit>& out) const {
  std::uint32_t node = 0;
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
    node = child(node, c);
    if (node == 0) return;
    if (group_of_[node] >= 0) out.push_back({i, static_cast<std::uint32_t>(group_of_[node])});
  }
}

}  // namespace extrait::extract::names
