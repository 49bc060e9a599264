// extract/organization/name_trie.hpp: thousands of names, found where they start in the text.
//
// A trie over folded code points (see fold.hpp): a look-up costs the length of the longest
// phrase that matches there, whatever the size of the lexicon, where one regular expression
// alternating thousands of names would crawl. Phrases with the same folded form ("AXA", "Axa")
// share one group; the caller keeps, per group, what it needs to tell them apart (their case).
// A space in a phrase matches a run of spaces in the text, never a line break: a name does not
// run over a title's end. Look-ups write into a buffer the caller reuses, so that scanning a
// document allocates nothing per word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace extrait::extract::names {

class NameTrie {
 public:
  struct Hit {
    std::size_t end;      // byte just after the phrase in the text
    std::uint32_t group;  // the group of phrases with this folded form
  };

  // Adds `phrase` and returns its group: a new one, or the existing group of its folded form.
  std::uint32_t add(std::string_view phrase);
  // Makes room for phrases of `bytes` bytes in all before adding them, so that the edges are not
  // moved again and again as the trie grows (an upper bound will do: prefixes are shared).
  void reserve(std::size_t bytes);
  // Lays the trie out for fast look-ups: each node's edges sorted in one array, the ASCII edges of
  // a node with many (the root's among them) also in a direct table. Call once after the last
  // add(); look-ups before it (or after a later add) take the slower building structure and give
  // the same answers.
  void compile();

  // Appends to `out` every phrase that starts at byte `at` of `text`, shortest first.
  void find(std::string_view text, std::size_t at, std::vector<Hit>& out) const;

  // Whether some phrase starts with this folded code point: a cheap test before find().
  bool starts_with(char32_t folded) const;


 private:
  static constexpr std::size_t kFirstBytes = 32;  // the room made at the first add()

  static std::uint64_t key(std::uint32_t node, char32_t c) {
    return (static_cast<std::uint64_t>(node) << 32) | static_cast<std::uint64_t>(c);
  }
  // Compiled form: an edge carries what the walk needs next, the range of its child's edges and
  // the group that ends at the child, so that each step of a look-up reads one place in memory
  // (the trie of the gazetteer is far larger than the caches, and a step that read a node's
  // range, its code points, its children and their groups apart waited four times).
  struct Edge {
    char32_t cp;          // the folded code point along the edge
    std::uint32_t first;  // the child's edges: edges_sorted_[first, first + count)
    std::uint32_t count;  // (a count, not an end: what the step asks first)
    std::int32_t group;  // the group that ends at the child, or -1
  };
  static_assert(sizeof(Edge) == 16);
  // A node with more edges than this (the root, the first letters' nodes) has, in the slots right
  // before its edges, a table of its ASCII edges by code point (the edge's index + 1 in a byte, 0
  // for none): a step there costs one read where a binary search cost a dozen tests.
  static constexpr std::uint32_t kScanned = 8;
  static constexpr std::uint32_t kTableSlots = 128 / sizeof(Edge);
  // The edge along `c` among the `count` edges at `edges` (sorted by code point), or nullptr.
  // (Inline: a step of every walk, most often one edge or a scan of a few.)
  static const Edge* edge_among(const Edge* edges, std::uint32_t count, char32_t c);
  // The root's edge along `c` (compiled form only), or nullptr.
  const Edge* root_edge(char32_t c) const {
    return edge_among(edges_sorted_.data() + root_.first, root_.count, c);
  }
  std::uint32_t child_building(std::uint32_t node, char32_t c) const;
  // find() in the building form.
  void find_building(std::string_view text, std::size_t at, std::vector<Hit>& out) const;

  std::vector<std::int32_t> group_of_{-1};  // per node: the group that ends there, or -1
  // Per node: the key (parent, code point) of the edge into it, the root's unused. compile()
  // reads the edges from here in node order, not from the sparser table below.
  std::vector<std::uint64_t> edge_into_{0};
  // The edges while building: an open-addressing table of (node, code point) -> child, a child
  // of 0 marking a free slot (the root is nobody's child). A trie built per document
  // (doc_names.hpp) is only ever looked up in this form, so it is kept cheap to fill and to ask.
  class EdgeMap {
   public:
    std::uint32_t find(std::uint64_t k) const;
    // The child stored for `k`, else `fresh`, stored; `added` says which.
    std::uint32_t emplace(std::uint64_t k, std::uint32_t fresh, bool* added);
    void reserve(std::size_t edges);
    std::size_t size() const { return size_; }

   private:
    struct Slot {
      std::uint64_t key = 0;
      std::uint32_t to = 0;
    };
    static std::size_t slot_of(std::uint64_t k, std::size_t mask) {
      return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    }
    void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }
    void rehash(std::size_t slots);  // a power of two
    std::vector<Slot> slots_;
    std::size_t size_ = 0;
  };
  EdgeMap edges_;
  std::uint32_t groups_ = 0;
  // Compiled form: every node's edges sorted by code point, a node's together (behind their
  // table when they are many, see kScanned). The root has an edge of its own, which no node
  // holds (its code point unused), so that a walk takes its first step like any other.
  bool compiled_ = false;
  std::vector<Edge> edges_sorted_;
  Edge root_{0, 0, 0, -1};
};

inline const NameTrie::Edge* NameTrie::edge_among(const Edge* edges, std::uint32_t count, char32_t c) {
  // Past the first letters most nodes have one edge: told at once, without a scan.
  if (count == 1) return edges->cp == c ? edges : nullptr;
  if (count <= kScanned) {
    // By pointer: nodes past the first letters have few edges, and the scan's set-up costs as
    // much as its steps.
    for (const Edge* const end = edges + count; edges != end; ++edges) {
      if (edges->cp == c) return edges;
    }
    return nullptr;
  }
  if (c < 128) {
    const unsigned char index = reinterpret_cast<const unsigned char*>(edges - kTableSlots)[c];
    return index != 0 ? edges + (index - 1) : nullptr;
  }
  std::uint32_t lo = 0;
  std::uint32_t hi = count;
  while (lo < hi) {
    const std::uint32_t mid = (lo + hi) / 2;
    if (edges[mid].cp < c) lo = mid + 1;
    else hi = mid;
  }
  return (lo < count && edges[lo].cp == c) ? &edges[lo] : nullptr;
}

}  // namespace extrait::extract::names
