// extract/organization/word_classes.hpp: one look-up per word for all the lexicon lists.
//
// The name extractors ask a dozen lists about most words ("is it a head noun? a place? a given
// name? a particle?") and the gazetteer about every capitalized one. Walking a dozen tries per
// word would cost more than everything else; so each extractor registers its lists here once,
// each list gets a bit, and every word of a document is looked up once in a hash table of first
// words (fold.hpp, append_word_key): its bits say which lists have a phrase starting with that
// word. A list then walks its trie only where its bit is set.
//
// The bits only screen: a list still checks its own trie where its bit is set, so a hash
// collision costs a look-up, never a wrong answer. The table therefore keeps no keys, only a tag
// of each key's hash and its bits, eight bytes a slot, small enough to stay in cache; the token's
// key is folded into a buffer on the stack. Nothing is allocated per word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/organization/phrase_list.hpp"
#include "text/serials.hpp"

namespace extrait::extract::names {

class WordClasses {
 public:
  // Gives `list` a bit and records its first words, and its one-word phrases under the same bit
  // shifted to the high half; a list with phrases that start with no word (or a 33rd list) stays
  // unscreened and is asked everywhere.
  void add(PhraseList& list);
  // Gives a bit to a set of first words (folded); returns it, or 0 when all 32 are taken.
  std::uint32_t add_words(const std::vector<std::string>& words);
  // The bits of the token text[begin, end); `plain` says whether the key was the whole token.
  std::uint64_t of(std::string_view text, std::size_t begin, std::size_t end, bool* plain) const {
    const Probe p = probe(text, begin, end);
    *plain = p.plain;
    return bits(p);
  }
  // of() in two steps, for a caller with many words to ask: probe() folds and hashes the token's
  // key and starts the read of its slot; bits() answers, once the slot had time to arrive.
  struct Probe {
    std::uint64_t hash = 0;
    bool listed = false;  // the key passed the filter: its slot is to be read
    bool plain = false;   // the key is the whole token
  };
  Probe probe(std::string_view text, std::size_t begin, std::size_t end) const;
  // Whether a token that starts with ASCII byte `b` has no key, and so no bits: probe() stops at
  // once ("," "." "(", an opening apostrophe), which a caller may know without asking.
  static constexpr bool keyless(unsigned char b) {
    return b < 0x80 && !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-');
  }
  std::uint64_t bits(const Probe& p) const {
    if (!p.listed) return 0;
    const std::uint64_t found = lookup(p.hash);
    // A longer token holds no one-word phrase equal to its key.
    return p.plain ? found : (found & 0xFFFFFFFFu);
  }
  // A number that changes whenever the screen does, unique to this screen: a cache of its
  // answers (words.cpp) checks it, so that it never answers for a screen since changed or gone.
  std::uint64_t serial() const { return serial_; }

 private:
  struct Slot {
    std::uint32_t tag = 0;  // high half of the key's hash, never 0 when used
    std::uint64_t bits = 0;
  };
  static constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
  static std::uint64_t fnv(std::uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull; }
  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
  }
  static std::uint64_t hash(std::string_view key);
  static std::uint32_t tag_of(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32) | 1u; }
  void insert(std::string_view key, std::uint64_t bit);
  void grow();
  bool filtered(std::uint64_t h) const {
    const std::size_t f = h & (kFilterBits - 1);
    return (filter_[f / 64] & (std::uint64_t{1} << (f % 64))) != 0;
  }
  // Where the probe for `tag` starts: a slot's place depends on its tag alone.
  std::size_t first_slot(std::uint32_t tag) const {
    return (static_cast<std::size_t>(tag) * 0x9E3779B1u) & (slots_.size() - 1);
  }
  std::uint64_t lookup(std::uint64_t hash) const;  // the bits of the key of this hash, past the filter

  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  // One bit per hash of every key, 8 KiB that stay in the first-level cache: most words of a
  // text are in no list, and this turns them away before the table is read.
  static constexpr std::size_t kFilterBits = std::size_t{1} << 16;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(kFilterBits / 64, 0);
  std::size_t count_ = 0;
  int used_ = 0;
  std::uint64_t serial_ = text::new_serial();
};

}  // namespace extrait::extract::names
