// summary/vocabulary.hpp: the stems of the words a thread has seen, by number.
//
// Comparing sentences needs each word's stem, and Snowball's French rules cost about a
// microsecond a word: more than all the rest of the summary. A thread's Vocabulary remembers, for
// every spelling it met ("Investit", "investit"), the number of its stem, or that the word does
// not count (a function word, a number); the common words of French news are then stemmed once
// per thread instead of once per document, and a word already seen costs one probe of an
// open-addressing table, with no allocation. Numbers are global to the thread; each document
// renumbers the stems it uses from 0 (local ids), so that its vectors index small dense arrays.
// The memory is bounded: past kMaxWords spellings the vocabulary starts again, between two
// documents.
#pragma once

#include <cstdint>
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
  static constexpr std::size_t kMaxWords = std::size_t{1} << 19;

  Vocabulary();

  // Starts a document: local ids begin again at 0.
  void begin_document();
  // The document's id of the stem of `word` (as written), or kSkip for a word that does not count.
  std::uint32_t local_id(std::string_view word, const std::unordered_set<std::string>& function_words);
  // How many stems the document used.
  std::size_t local_count() const { return touched_.size(); }

 private:
  // One spelling: its bytes in `spellings_`, its hash, its stem's global id.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  // 0: an empty slot
    std::uint32_t id = kSkip;
  };
  std::uint32_t global_id(std::string_view word, const std::unordered_set<std::string>& function_words);
  std::uint32_t stem_id(std::string_view word, const std::unordered_set<std::string>& function_words);
  void grow();
  void clear();

  Stemmer stemmer_;
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t used_ = 0;
  std::string spellings_;  // every spelling, end to end
  std::unordered_map<std::string, std::uint32_t> stems_;  // stem -> global id
  std::vector<std::uint32_t> local_of_;  // global id -> local id (kSkip: not in this document)
  std::vector<std::uint32_t> touched_;   // global ids of this document, by local id
  std::string lower_;                    // scratch
};

// This thread's vocabulary.
Vocabulary& thread_vocabulary();

}  // namespace extrait::summary
