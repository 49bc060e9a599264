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
#include <optional>
#include <string_view>
#include <vector>

#include "lexicon/first_bytes.hpp"

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
  // the built-in lexicon wins over later additions for the same form. Returns the payload the
  // phrase holds: `payload`, or the first one when the phrase was there already.
  std::uint32_t add(std::string_view phrase, bool fold_case, std::uint32_t payload);

  // Every phrase that starts at byte `at` of `text`, longest first. Word boundaries are the
  // caller's business: only it knows whether "M€" may follow "10" without a space.
  std::vector<Match> matches_at(std::string_view text, std::size_t at) const;
  // Backward tries: every phrase that ends at byte `end`, longest first; Match::end is then the
  // byte where the phrase begins.
  std::vector<Match> matches_ending_at(std::string_view text, std::size_t end) const;
  // The same two without allocating, for the callers that ask at every word: the matches fill a
  // buffer of a fixed size; a place with more (rare: each is a longer phrase) sets `overflow`, and
  // the caller then asks the functions above.
  struct MatchBuffer {
    static constexpr std::size_t kCapacity = 12;
    std::array<Match, kCapacity> items;
    std::size_t size = 0;
    bool overflow = false;
    void push_back(const Match& m) {
      if (size < kCapacity) items[size++] = m;
      else overflow = true;
    }
    Match* begin() { return items.data(); }
    Match* end() { return items.data() + size; }
    const Match* begin() const { return items.data(); }
    const Match* end() const { return items.data() + size; }
  };
  // Inline up to the screen of the first bytes, which turns away most places without a call.
  void matches_at(std::string_view text, std::size_t at, MatchBuffer& out) const {
    out.size = 0;
    out.overflow = false;
    if (may_match_at(text, at)) walk_from(text, at, out);
  }
  void matches_ending_at(std::string_view text, std::size_t end, MatchBuffer& out) const;
  // The first match at `at` (ending at `end`), in the order above, that `accept` takes, without
  // allocating: for the callers that want one.
  template <typename Accept>
  std::optional<Match> first_match_at(std::string_view text, std::size_t at, Accept accept) const {
    MatchBuffer buffer;
    matches_at(text, at, buffer);
    return buffer.overflow ? first_of(matches_at(text, at), accept) : first_of(buffer, accept);
  }
  template <typename Accept>
  std::optional<Match> first_match_ending_at(std::string_view text, std::size_t end, Accept accept) const {
    MatchBuffer buffer;
    matches_ending_at(text, end, buffer);
    return buffer.overflow ? first_of(matches_ending_at(text, end), accept) : first_of(buffer, accept);
  }

  // False when no phrase can start at byte `at` (three ASCII bytes no phrase starts with, or
  // the end): the test matches_at() makes first, inline for the callers that ask at every word.
  // Most words part from every phrase by their first two or three letters, which costs no walk.
  bool may_match_at(std::string_view text, std::size_t at) const {
    if (at >= text.size()) return false;
    if (direction_ == Direction::backward) return true;  // its prefixes are read backwards
    return screen_.may_start_at(text, at);
  }

  bool empty() const { return exact_.size() == 1 && folded_.size() == 1; }

 private:
  // What may_match_at() tells of a backward trie, from the bytes before `end` backwards
  // (matches_ending_at() asks it first).
  bool may_match_ending_at(std::string_view text, std::size_t end) const {
    if (end == 0 || end > text.size()) return false;
    if (direction_ == Direction::forward) return true;  // its prefixes are read forwards
    const auto byte = [&](std::size_t k) { return end > k ? static_cast<unsigned char>(text[end - 1 - k]) : 0u; };
    return screen_.may_begin_with(byte);
  }

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

    // Two free slots before the first edge, so that find() needs no test of an empty table.
    std::vector<Slot> slots_ = std::vector<Slot>(2);
    std::size_t used_ = 0;
    int shift_ = 63;
  };
  struct Trie {
    // The code points a phrase may start with (its last, in a backward trie), so that the vast
    // majority of places, where no phrase starts, are rejected without a hash lookup.
    std::array<bool, 128> ascii_first{};
    bool non_ascii_first = false;
    bool can_start_with(char32_t c) const { return c < 128 ? ascii_first[c] : non_ascii_first; }
    // Whether a walk from byte `at` (inside the text) may find a phrase by its first byte: an
    // ASCII byte no phrase starts with ends it before any lookup (a byte beyond ASCII is walked,
    // as its code point may lower-case to anything). Asked before the call, as one of the two
    // tries (most often the exact one) has no phrase at nearly every place.
    bool may_walk_from(std::string_view text, std::size_t at) const {
      const auto first = static_cast<unsigned char>(text[at]);
      return first >= 0x80 || ascii_first[first];
    }
    std::vector<Node> nodes{Node{}};
    Edges edges;
    // The root's children by ASCII code point, also in `edges`: the first step of every walk
    // reads this small array instead of the large table (0: no child).
    std::array<std::uint32_t, 128> root_ascii{};
    std::uint32_t child(std::uint32_t node, char32_t c) const {
      if (node == 0 && c < 128) return root_ascii[c];
      return edges.find(static_cast<std::uint64_t>(node) << 32 | static_cast<std::uint64_t>(c));
    }
    std::size_t size() const { return nodes.size(); }
  };
  // matches_at() into `out` (emptied) at a place may_match_at() lets through.
  void walk_from(std::string_view text, std::size_t at, MatchBuffer& out) const;
  template <typename Matches, typename Accept>
  static std::optional<Match> first_of(const Matches& matches, Accept& accept) {
    for (const Match& m : matches) {
      if (accept(m)) return m;
    }
    return std::nullopt;
  }
  std::uint32_t insert(Trie& trie, std::string_view phrase, bool fold, std::uint32_t payload);
  // Appends the phrases of `trie` that start at byte `at`, shortest first; the caller has asked
  // may_walk_from().
  // `Fold`: the trie is the folded one, whose walk lower-cases the text (a parameter of the template,
  // not tested at every step).
  template <bool Fold, typename Out>
  static void walk(const Trie& trie, std::string_view text, std::size_t at, Out& out);
  template <bool Fold, typename Out>
  static void walk_back(const Trie& trie, std::string_view text, std::size_t end, Out& out);

  Direction direction_;
  Trie exact_;
  Trie folded_;
  // What a text of ASCII bytes may start a phrase with (a backward trie: end it with, the bytes
  // read backwards), over both tries.
  FirstBytes screen_;
};

}  // namespace extrait::lexicon
