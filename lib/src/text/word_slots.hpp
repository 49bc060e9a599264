// text/word_slots.hpp: what the per-thread open-addressing tables of words share.
//
// The summary's spellings (summary/spelling_table.hpp) and the word types (segment/lexemes.hpp)
// keep a word of up to 16 bytes in its slot, as its short key (text/short_key.hpp), and a longer
// one whole in a string beside the slots, from the slot's `offset`. Both place a word at its
// hash, probing linearly, and double their slots when half full. The hash of a kept word and that
// doubling are written here once; each table keeps its own slot (its fields) and its own probe,
// inline where it is asked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/hash.hpp"
#include "text/short_key.hpp"

namespace extrait::text {

// The hash of the word a slot keeps: its short key's (short_key_hash) when it has at most 16
// bytes, else that of its bytes in `long_words`, from `offset` (hash_bytes), as it was placed.
inline std::uint64_t kept_word_hash(const ShortKey& key, std::uint32_t length, std::string_view long_words,
                                    std::uint32_t offset) {
  return length <= kShortKeyBytes ? short_key_hash(key, length) : hash_bytes(long_words.substr(offset, length));
}

// Moves the slots of a table, a power of two in size, into twice as many, each at its hash. A
// `Slot` has the word's key in `head` and `tail`, its `length` (0: an empty slot) and `offset`;
// everything else it holds moves with it.
template <typename Slot>
void double_word_slots(std::vector<Slot>& slots, std::string_view long_words) {
  std::vector<Slot> old = std::move(slots);
  slots.assign(old.size() * 2, Slot{});
  const std::size_t mask = slots.size() - 1;
  for (const Slot& s : old) {
    if (s.length == 0) continue;
    std::size_t i = kept_word_hash({s.head, s.tail}, s.length, long_words, s.offset) & mask;
    while (slots[i].length != 0) i = (i + 1) & mask;
    slots[i] = s;
  }
}

}  // namespace extrait::text
