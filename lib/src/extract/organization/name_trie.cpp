#include "extract/organization/name_trie.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "extract/organization/fold.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

// (Inline, and so before add(): a step of every phrase added, tens of thousands when the
// lexicons are built.)
inline std::uint32_t NameTrie::EdgeMap::emplace(std::uint64_t k, std::uint32_t fresh, bool* added) {
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

std::uint32_t NameTrie::add(std::string_view phrase) {
  // A trie built per document (doc_names.hpp) holds a name or two: room for a few at its first
  // phrase, where its tables grew (each time allocated and moved) four or five times in the
  // first dozen edges. (A no-op for a trie reserve()d larger.)
  if (edges_.size() == 0) reserve(kFirstBytes);
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
      edge_into_.push_back(key(node, c));
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

void NameTrie::reserve(std::size_t bytes) {
  edges_.reserve(bytes);
  group_of_.reserve(bytes + 1);
  edge_into_.reserve(bytes + 1);
}

void NameTrie::compile() {
  const std::size_t nodes = group_of_.size();
  const auto parent = [&](std::size_t n) { return static_cast<std::size_t>(edge_into_[n] >> 32); };
  std::vector<std::uint32_t> count(nodes, 0);
  for (std::size_t n = 1; n < nodes; ++n) ++count[parent(n)];
  // Each node's edges together, those of a node with many behind its table of ASCII edges.
  std::vector<std::uint32_t> first_edge(nodes, 0);
  std::uint32_t slots = 0;
  for (std::size_t n = 0; n < nodes; ++n) {
    if (count[n] > kScanned) slots += kTableSlots;
    first_edge[n] = slots;
    slots += count[n];
  }
  edges_sorted_.assign(slots, Edge{});
  std::vector<std::uint32_t> fill(first_edge);
  for (std::size_t n = 1; n < nodes; ++n) {
    const auto cp = static_cast<char32_t>(edge_into_[n] & 0xFFFFFFFFu);
    edges_sorted_[fill[parent(n)]++] = Edge{cp, first_edge[n], count[n], group_of_[n]};
  }
  for (std::size_t n = 0; n < nodes; ++n) {
    // Sort each node's edges by code point (insertion sort: nodes have few edges but the root).
    const std::uint32_t first = first_edge[n];
    const std::uint32_t last = first + count[n];
    for (std::uint32_t i = first + 1; i < last; ++i) {
      for (std::uint32_t j = i; j > first && edges_sorted_[j - 1].cp > edges_sorted_[j].cp; --j) {
        std::swap(edges_sorted_[j - 1], edges_sorted_[j]);
      }
    }
    if (count[n] > kScanned) {
      // The ASCII edges sort first: at most 128 of them, each index + 1 fits a byte.
      std::array<unsigned char, 128> table{};
      for (std::uint32_t e = first; e < last && edges_sorted_[e].cp < 128; ++e) {
        table[edges_sorted_[e].cp] = static_cast<unsigned char>(e - first + 1);
      }
      std::memcpy(&edges_sorted_[first - kTableSlots], table.data(), table.size());
    }
  }
  root_ = Edge{0, first_edge[0], count[0], -1};
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

void NameTrie::EdgeMap::reserve(std::size_t edges) {
  std::size_t slots = 16;
  while (slots < edges * 2) slots *= 2;  // at most half full, as emplace() keeps it
  if (slots > slots_.size()) rehash(slots);
}

void NameTrie::EdgeMap::rehash(std::size_t slots) {
  std::vector<Slot> old(slots);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.to == 0) continue;
    std::size_t i = slot_of(s.key, mask);
    while (slots_[i].to != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

bool NameTrie::starts_with(char32_t folded_c) const {
  if (!compiled_) return child_building(0, folded_c) != 0;
  return root_edge(folded_c) != nullptr;
}

namespace {

// The folded forms of the ASCII bytes that a walk reads in one step, by byte: 0 for a space (a
// run of spaces is one), for NUL and for the bytes past ASCII, which next_folded() reads apart.
// (One load in place of a test for ASCII, one for the space and the folding of capitals.)
constexpr std::array<unsigned char, 256> kPlainFolded = [] {
  std::array<unsigned char, 256> table{};
  for (unsigned b = 1; b < 0x80; ++b) {
    if (b != ' ') table[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  return table;
}();

// The folded code point at byte `i` of `text` (i < text.size()), a run of spaces read as one
// space; moves `i` past it.
inline char32_t next_folded(std::string_view text, std::size_t& i) {
  const unsigned char b = static_cast<unsigned char>(text[i]);
  if (const char32_t plain = kPlainFolded[b]; plain != 0) {
    // ASCII but the space, most of the text: folded in place, without decoding.
    ++i;
    return plain;
  }
  if (b == ' ') {
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    return ' ';
  }
  const auto [cp, len] = text::decode(text, i);
  i += len;
  return fold(cp);
}

// Appends `hit` to a caller's buffer. Buffers begin empty with each document: room for several
// hits is made at once, where push_back grew them one hit, two, then four, each time moved.
inline void push_hit(std::vector<NameTrie::Hit>& out, NameTrie::Hit hit) {
  if (out.size() == out.capacity()) out.reserve(std::max<std::size_t>(8, out.capacity() * 2));
  out.push_back(hit);
}

}  // namespace

void NameTrie::find(std::string_view text, std::size_t at, std::vector<Hit>& out) const {
  if (!compiled_) {
    find_building(text, at, out);
    return;
  }
  // The compiled form walks edge ranges (see Edge): at each step among the edges of the last
  // one's child, from the root's own edge. (Two loops, not one that asks at every step which
  // form it walks.)
  // (The edges through a local pointer: through the vector, their start would be read again at
  // every step, since a hit written might be it as far as the compiler knows.)
  const Edge* const edges = edges_sorted_.data();
  const Edge* edge = &root_;
  for (std::size_t i = at; i < text.size();) {
    edge = edge_among(edges + edge->first, edge->count, next_folded(text, i));
    if (edge == nullptr) return;
    if (edge->group >= 0) push_hit(out, {i, static_cast<std::uint32_t>(edge->group)});
  }
}

void NameTrie::find_building(std::string_view text, std::size_t at, std::vector<Hit>& out) const {
  std::uint32_t node = 0;
  for (std::size_t i = at; i < text.size();) {
    node = child_building(node, next_folded(text, i));
    if (node == 0) return;
    if (group_of_[node] >= 0) push_hit(out, {i, static_cast<std::uint32_t>(group_of_[node])});
  }
}

}  // namespace extrait::extract::names
