// summary/vocabulary.hpp: the stems of the words a thread has seen, by number.
//
// Comparing sentences needs each word's stem, and Snowball's French rules cost about a
// microsecond a word: more than all the rest of the summary. A thread's Vocabulary remembers, for
// every spelling it met ("Investit", "investit"), the number of its stem, or that the word does
// not count (a function word, a number); the common words of French news are then stemmed once
// per thread instead of once per document, and a word already seen costs one probe of an
// open-addressing table (summary/spelling_table.hpp), with no allocation; and the global id is
// kept in the record of the word's type (segment/lexemes.hpp), so that a word met before usually
// costs no probe at all (sentence_vectors.cpp). A spelling with capitals is looked up in lower case
// before it is stemmed: "Investit" and "investit" are stemmed once, whichever comes first.
// Numbers are global to the thread; each document renumbers the stems it uses from 0 (local ids),
// so that its vectors index small dense arrays.
//
// The memory is bounded: past kMaxWords spellings the vocabulary starts again, between two
// documents (a table of 2^18 slots of 32 bytes, 8 MB, unless one document alone brings more
// spellings, with the long spellings beside it, and a table of the stems, fewer). (It held 200 000
// spellings in 16 MB when every word was looked up here; the records of the word types, which
// answer for the words met before, now cost 8 MB a thread of their own.)
// Local ids depend only on the order of a document's words, so starting again changes no result.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "segment/lexemes.hpp"
#include "summary/spelling_table.hpp"
#include "summary/stemmer.hpp"

namespace extrait::summary {

class Vocabulary {
 public:
  static constexpr std::uint32_t kSkip = UINT32_MAX;
  static constexpr std::size_t kMaxWords = 100'000;

  using Key = SpellingTable::Key;
  // The key of `word`, made once for local_id() or global_id().
  static Key key_of(std::string_view word) { return SpellingTable::key_of(word); }

  // Starts a document: local ids begin again at 0.
  void begin_document();
  // The document's id of the stem of `word` (as written; `key` is key_of(word)), or kSkip for a
  // word that does not count. (sentence_vectors() asks its two steps apart, to keep the global id
  // in the word type's record.)
  std::uint32_t local_id(std::string_view word, const Key& key, const std::unordered_set<std::string>& function_words) {
    return local_of_global(global_id(word, key, function_words));
  }
  // local_id() in two steps. The global id of the stem of `word`, or kSkip: valid as long as
  // stamp() stays the same.
  std::uint32_t global_id(std::string_view word, const Key& k, const std::unordered_set<std::string>& function_words) {
    if (word.size() - 1 >= UINT32_MAX) return kSkip;  // empty, or too long for a slot's length
    const std::uint32_t* id = spellings_.find(word, k);
    return id ? *id : learn(word, k, function_words);
  }
  // The document's id of the stem of global id `g` (kSkip for kSkip).
  std::uint32_t local_of_global(std::uint32_t g) {
    if (g == kSkip) return kSkip;
    std::uint32_t& local = local_of_[g];
    if (local == kSkip) {
      local = static_cast<std::uint32_t>(touched_.size());
      touched_.push_back(g);
    }
    return local;
  }
  // How many stems the document used.
  std::size_t local_count() const { return touched_.size(); }
  // The stamp of the global ids this vocabulary gives, in the word types' records
  // (segment/lexemes.hpp): a new one each time it starts again, unique to it.
  std::uint32_t stamp() const { return stamp_; }

 private:
  // The global id of a spelling not in the table yet, which it then holds.
  std::uint32_t learn(std::string_view word, const Key& k, const std::unordered_set<std::string>& function_words);
  // The global id of the stem of a lower-case word with a letter (kSkip for a function word),
  // stemming it if it is new.
  std::uint32_t stem_id(const std::string& lower, const std::unordered_set<std::string>& function_words);
  void clear();

  Stemmer stemmer_;
  SpellingTable spellings_;  // spelling as written -> its stem's global id, or kSkip
  SpellingTable stems_;      // stem -> global id
  std::uint32_t empty_stem_ = kSkip;     // the global id of an empty stem, should the stemmer make one
  std::vector<std::uint32_t> local_of_;  // global id -> local id (kSkip: not in this document)
  std::vector<std::uint32_t> touched_;   // global ids of this document, by local id
  std::string lower_;                    // scratch
  std::uint32_t stamp_ = segment::Lexemes::new_stamp();
};

// This thread's vocabulary.
Vocabulary& thread_vocabulary();

}  // namespace extrait::summary
