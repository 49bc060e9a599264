// lexicon/phrase_trie.hpp: finds lexicon phrases ("dollars canadiens", "€", "au moins") in text.
//
// A trie over code points, so a lookup costs the length of the match, not the size of the
// lexicon (RE2 slows to a few MB/s on alternations of thousands of phrases). Each phrase is added
// either case-folded (written words: "Dollars", "DOLLARS") or exact (symbols and codes, where
// "M" and "m" differ). A space in a phrase matches a run of spaces in the text; an apostrophe
// matches the normalized apostrophe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace extrait::lexicon {

class PhraseTrie {
 public:
  struct Match {
    std::size_t end;        // byte offset just after the phrase in the text
    std::uint32_t payload;  // what the caller attached to the phrase
  };

  // A forward trie finds phrases that start at a place; a backward one finds phrases that end
  // there (a qualifier before an amount, a currency symbol before its number).
  enum class Direction { forward, backward };
  explicit PhraseTrie(Direction direction = Direction::forward) : direction_(direction) {}

  // Adds `phrase` (normalized UTF-8). A phrase added twice keeps its first payload, so that
  // the built-in lexicon wins over later additions for the same form.
  void add(std::string_view phrase, bool fold_case, std::uint32_t payload);

  // Every phrase that starts at byte `at` of `text`, longest first. Word boundaries are the
  // caller's business: only it knows whether "M€" may follow "10" without a space.
  std::vector<Match> matches_at(std::string_view text, std::size_t at) const;
  // Backward tries: every phrase that ends at byte `end`, longest first; Match::end is then the
  // byte where the phrase begins.
  std::vector<Match> matches_ending_at(std::string_view text, std::size_t end) const;

  bool empty() const { return exact_.size() == 1 && folded_.size() == 1; }

 private:
  struct Node {
    std::int64_t payload = -1;
  };
  struct Trie {
    // The code points a phrase may start with (its last, in a backward trie), so that the vast
    // majority of places, where no phrase starts, are rejected without a hash lookup.
    std::vector<bool> ascii_first = std::vector<bool>(128, false);
    bool non_ascii_first = false;
    bool can_start_with(char32_t c) const { return c < 128 ? ascii_first[c] : non_ascii_first; }
    std::vector<Node> nodes{Node{}};
    std::unordered_map<std::uint64_t, std::uint32_t> edges;  // (node << 32 | code point) -> child
    std::size_t size() const { return nodes.size(); }
  };
  void insert(Trie& trie, std::string_view phrase, bool fold, std::uint32_t payload) const;
  static void walk(const Trie& trie, std::string_view text, std::size_t at, bool fold,
                   std::vector<Match>& out);
  static void walk_back(const Trie& trie, std::string_view text, std::size_t end, bool fold,
                        std::vector<Match>& out);

  Direction direction_;
  Trie exact_;
  Trie folded_;
};

}  // namespace extrait::lexicon
