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
#include <unordered_map>
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
  // Lays the trie out for fast look-ups: each node's edges sorted in one array, the root's ASCII
  // edges in a direct table. Call once after the last add(); look-ups before it (or after a later
  // add) take the slower building structure and give the same answers.
  void compile();

  // Appends to `out` every phrase that starts at byte `at` of `text`, shortest first.
  void find(std::string_view text, std::size_t at, std::vector<Hit>& out) const;

  // Whether some phrase starts with this folded code point: a cheap test before find().
  bool starts_with(char32_t folded) const;


 private:
  static std::uint64_t key(std::uint32_t node, char32_t c) {
    return (static_cast<std::uint64_t>(node) << 32) | static_cast<std::uint64_t>(c);
  }
  // The child of `node` along folded code point `c`, or 0 (the root is nobody's child).
  std::uint32_t child(std::uint32_t node, char32_t c) const;

  std::vector<std::int32_t> group_of_{-1};  // per node: the group that ends there, or -1
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // while building
  std::uint32_t groups_ = 0;
  // Compiled form: node n's edges are edge_cp_/edge_to_[first_edge_[n], first_edge_[n + 1]).
  bool compiled_ = false;
  std::vector<std::uint32_t> first_edge_;
  std::vector<char32_t> edge_cp_;
  std::vector<std::uint32_t> edge_to_;
  std::uint32_t root_ascii_[128] = {};
};

}  // namespace extrait::extract::names
