// summary/vocabulary.hpp: the stems of the words a thread has seen, by number.
//
// Comparing sentences needs each word's stem, and Snowball's French rules cost about a
// microsecond a word: more than all the rest of the summary. A thread's Vocabulary remembers, for
// every spelling it met ("Investit", "investit"), the number of its stem, or that the word does
// not count (a function word, a number); the common words of French news are then stemmed once
// per thread instead of once per document, and a word already seen costs one probe of an
// open-addressing table, with no allocation. Numbers are global to the thread; each document
// renumbers the stems it uses from 0 (local ids), so that its vectors index small dense arrays.
//
// What a probe costs is the cache miss of reaching its slot, the table being larger than the
// cache: a slot holds spellings of up to 16 bytes itself (nearly every French word), so that one
// miss answers, and prefetch() lets the caller start that miss a few words ahead.
//
// The memory is bounded: past kMaxWords spellings the vocabulary starts again, between two
// documents (a table of 2^19 slots of 32 bytes, 16 MB, unless one document alone brings more
// spellings, with the stems and the long spellings beside it).
// Local ids depend only on the order of a document's words, so starting again changes no result.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "summary/stemmer.hpp"

namespace extrait::summary {

class Vocabulary {
 public:
  static constexpr std::uint32_t kSkip = UINT32_MAX;
  static constexpr std::size_t kMaxWords = 200'000;

  Vocabulary();

  // A spelling as the table compares it: its first 16 bytes, zero padded, its length and hash.
  struct Key {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint64_t hash = 0;
    std::uint32_t length = 0;
  };
  // The key of `word`, made once for both prefetch() and local_id(). Inline, so that it stays in
  // registers: a Key returned through memory and read back in halves would stall on the stores.
  static Key key_of(std::string_view word) {
    // The halves are read with whole loads inside the word, then shifted: copying the bytes into
    // a padded buffer first would stall each load on the stores before it.
    const auto load64 = [](const char* p) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      return w;
    };
    const auto load32 = [](const char* p) {
      std::uint32_t w;
      std::memcpy(&w, p, 4);
      return std::uint64_t{w};
    };
    const auto byte = [](char c) { return std::uint64_t{static_cast<unsigned char>(c)}; };
    Key k;
    const char* p = word.data();
    const std::size_t n = word.size();
    if constexpr (std::endian::native != std::endian::little) {
      char padded[kInline] = {};
      std::memcpy(padded, p, std::min(n, kInline));
      k.head = load64(padded);
      k.tail = load64(padded + 8);
    } else if (n >= 8) {
      k.head = load64(p);
      if (n >= 16) k.tail = load64(p + 8);
      else if (n > 8) k.tail = load64(p + n - 8) >> (8 * (16 - n));
    } else if (n >= 4) {
      k.head = load32(p) | (load32(p + n - 4) << (8 * (n - 4)));
    } else if (n > 0) {
      k.head = byte(p[0]) | (byte(p[n / 2]) << (8 * (n / 2))) | (byte(p[n - 1]) << (8 * (n - 1)));
    }
    k.length = static_cast<std::uint32_t>(n);
    k.hash = n <= kInline ? hash_short(k.head, k.tail, k.length) : hash_long(word);
    return k;
  }

  // Starts a document: local ids begin again at 0.
  void begin_document();
  // The document's id of the stem of `word` (as written; `key` is key_of(word)), or kSkip for a
  // word that does not count.
  std::uint32_t local_id(std::string_view word, const Key& key, const std::unordered_set<std::string>& function_words);
  // How many stems the document used.
  std::size_t local_count() const { return touched_.size(); }
  // Asks the memory for the slot of the word of `key`, which local_id() will be asked about soon.
  void prefetch(const Key& key) const { __builtin_prefetch(&slots_[key.hash & (slots_.size() - 1)]); }

 private:
  // One spelling and its stem's global id. A spelling longer than 16 bytes is also kept whole
  // in `spellings_`, from `offset`.
  struct alignas(32) Slot {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint32_t length = 0;  // 0: an empty slot
    std::uint32_t id = kSkip;
    std::uint32_t check = 0;  // the high half of the hash: long spellings are compared only when it agrees
    std::uint32_t offset = 0;
  };
  static constexpr std::size_t kInline = 16;
  // The hash of a spelling of up to kInline bytes, from its two zero-padded halves.
  static std::uint64_t hash_short(std::uint64_t head, std::uint64_t tail, std::uint32_t length) {
    std::uint64_t h = (head ^ (length * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
  }
  // The hash of a longer spelling, eight bytes at a time.
  static std::uint64_t hash_long(std::string_view s);

  std::uint32_t global_id(std::string_view word, const Key& k, const std::unordered_set<std::string>& function_words);
  std::uint32_t stem_id(std::string_view word, const std::unordered_set<std::string>& function_words);
  bool same(const Slot& s, const Key& k, std::string_view word) const;
  void grow();
  void clear();

  Stemmer stemmer_;
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t used_ = 0;
  std::string spellings_;  // the spellings longer than kInline bytes, end to end
  std::unordered_map<std::string, std::uint32_t> stems_;  // stem -> global id
  std::vector<std::uint32_t> local_of_;  // global id -> local id (kSkip: not in this document)
  std::vector<std::uint32_t> touched_;   // global ids of this document, by local id
  std::string lower_;                    // scratch
};

// This thread's vocabulary.
Vocabulary& thread_vocabulary();

}  // namespace extrait::summary
