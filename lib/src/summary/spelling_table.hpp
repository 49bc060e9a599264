// summary/spelling_table.hpp: a number for each spelling, in one open-addressing table.
//
// The summary's vocabulary (summary/vocabulary.hpp) asks it for every word of every document:
// the number of a spelling already met, or that it is new. What a probe costs is the cache miss
// of reaching its slot, the table being larger than the cache: a slot holds spellings of up to 16
// bytes itself (nearly every French word), so that one miss answers. (The words met before are
// answered by the records of their types, segment/lexemes.hpp, without asking here.) Longer
// spellings are kept whole beside the slots.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "text/hash.hpp"
#include "text/short_key.hpp"
#include "text/word_slots.hpp"

namespace extrait::summary {

class SpellingTable {
 public:
  SpellingTable();

  // A spelling as the table compares it: its first 16 bytes, zero padded, its length and hash.
  struct Key {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint64_t hash = 0;
    std::uint32_t length = 0;
  };
  // The key of `word`, made once for both prefetch() and find(). Inline, so that it stays in
  // registers: a Key returned through memory and read back in halves would stall on the stores.
  static Key key_of(std::string_view word) { return with_hash(text::short_key(word), word); }

  // The number of `word` (`key` is key_of(word)), or nullptr when the table does not hold it.
  // `word` is not empty.
  const std::uint32_t* find(std::string_view word, const Key& key) const {
    const Slot& slot = slots_[slot_of(word, key)];
    return slot.length != 0 ? &slot.number : nullptr;
  }
  // Puts `word`, not empty and not in the table yet, with its number. Past 4 GB of spellings
  // longer than 16 bytes, a new long one is not kept.
  void insert(std::string_view word, const Key& key, std::uint32_t number);
  // How many spellings the table holds.
  std::size_t size() const { return used_; }
  void clear();

 private:
  // One spelling and its number. A spelling longer than 16 bytes is also kept whole in
  // `spellings_`, from `offset`.
  struct alignas(32) Slot {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint32_t length = 0;  // 0: an empty slot
    std::uint32_t number = 0;
    std::uint32_t check = 0;  // the high half of the hash: long spellings are compared only when it agrees
    std::uint32_t offset = 0;
  };
  static constexpr std::size_t kInline = text::kShortKeyBytes;

  // The whole key of `word`, whose first bytes `key` holds.
  static Key with_hash(text::ShortKey key, std::string_view word) {
    Key k;
    k.head = key.head;
    k.tail = key.tail;
    k.length = static_cast<std::uint32_t>(word.size());
    k.hash = text::kept_word_hash(key, k.length, word, 0);
    return k;
  }

  // The slot of `word`, or the empty slot where it would go.
  std::size_t slot_of(std::string_view word, const Key& k) const {
    std::size_t i = k.hash & mask_;
    while (slots_[i].length != 0 && !same(slots_[i], k, word)) i = (i + 1) & mask_;
    return i;
  }
  bool same(const Slot& s, const Key& k, std::string_view word) const {
    if (s.length != k.length || s.head != k.head || s.tail != k.tail) return false;
    return k.length <= kInline ||
           (s.check == static_cast<std::uint32_t>(k.hash >> 32) &&
            std::memcmp(spellings_.data() + s.offset, word.data(), word.size()) == 0);
  }
  void grow();

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t mask_ = 0;     // slots_.size() - 1, kept rather than worked out at every probe
  std::size_t used_ = 0;
  std::string spellings_;  // the spellings longer than kInline bytes, end to end
};

}  // namespace extrait::summary
