// lexicon/phrase_trie.hpp: finds lexicon phrases ("dollars canadiens", "€", "au moins") in text.
//
// A trie over code points, so a lookup costs the length of the match, not the size of the
// lexicon (RE2 slows to a few MB/s on alternations of thousands of phrases). Each phrase is added
// either case-folded (written words: "Dollars", "DOLLARS") or exact (symbols and codes, where
// "M" and "m" differ). A space in a phrase matches a run of spaces in the text; an apostrophe
// matches the normalized apostrophe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
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

  // False when no phrase can start at byte `at` (an ASCII byte no phrase starts with, or the
  // end): the test matches_at() makes first, inline for the callers that ask at every word.
  bool may_match_at(std::string_view text, std::size_t at) const {
    if (at >= text.size()) return false;
    const auto first = static_cast<unsigned char>(text[at]);
    return first >= 0x80 || exact_.ascii_first[first] || folded_.ascii_first[first];
  }

  bool empty() const { return exact_.size() == 1 && folded_.size() == 1; }

 private:
  struct Node {
    std::int64_t payload = -1;
  };
  // The edges of a trie, (node << 32 | code point) -> child, in one open-addressing table: a
  // lookup is a multiplication and, nearly always, one probe (std::unordered_map's buckets cost a
  // division and a pointer chase per character, on every character of every walk).
  class Edges {
   public:
    // The child of `key`, 0 for none (the root is nobody's child).
    std::uint32_t find(std::uint64_t key) const {
      if (slots_.empty()) return 0;
      for (std::size_t slot = index(key);; slot = (slot + 1) & (slots_.size() - 1)) {
        const Slot& s = slots_[slot];
        if (s.child == 0 || s.key == key) return s.child;
      }
    }
    // The child of `key`, made `child` if there was none; returns it.
    std::uint32_t emplace(std::uint64_t key, std::uint32_t child);

   private:
    struct Slot {
      std::uint64_t key = 0;
      std::uint32_t child = 0;  // 0: a free slot
    };
    std::size_t index(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
    }
    void grow();

    std::vector<Slot> slots_;
    std::size_t used_ = 0;
    int shift_ = 64;
  };
  struct Trie {
    // The code points a phrase may start with (its last, in a backward trie), so that the vast
    // majority of places, where no phrase starts, are rejected without a hash lookup.
    std::array<bool, 128> ascii_first{};
    bool non_ascii_first = false;
    bool can_start_with(char32_t c) const { return c < 128 ? ascii_first[c] : non_ascii_first; }
    std::vector<Node> nodes{Node{}};
    Edges edges;
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
