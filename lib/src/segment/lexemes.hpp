// segment/lexemes.hpp: one record per word type, per thread, shared by the stages that read words.
//
// Several stages derive something from a word's bytes alone: the name finders its capitals and
// its lexicon classes (extract/organization/words.hpp), the summary the number of its stem
// (summary/vocabulary.hpp), the dates the forms that may start at it (extract/date/word_index.hpp)
// and the tense its endings tell (extract/date/tense.hpp). A news text is made of the same few
// thousand words; looking each token up in a table of every stage would cost one probe, and one
// cache miss, per stage and token. Instead (spaCy's Vocab and Lexeme), the segmenter gives each
// word token the number of its word type in this thread's table, once, and each stage keeps what
// it derives in that type's record (Lexeme), computed the first time it is asked: a token met
// before then costs one probe for all the stages, and its record, read again by each stage, is
// already in the cache.
// (Numbered by the segmenter rather than by the first stage that asks: every analysis has the
// name finders and the summary ask, and one place numbers them the one way.) Only word tokens get
// a type: punctuation has no shape to keep, and numbers seldom come back (they would fill the
// table); the stages read those from their bytes.
//
// The table is keyed by a word's exact bytes: its first 16 in the slot (text/short_key.hpp, nearly
// every French word), a longer word kept whole beside the slots. A word type's number is the
// index of its slot, which holds its record too: one 64-byte line a type. A number is valid while
// the table keeps its `epoch` (Segmentation::lexemes says for which epoch its numbers were made):
// the table changes epoch when it grows (the slots move; only while it numbers a document, whose
// pass then starts again) and when it is emptied, which happens between documents only, past
// kMaxTypes types (so that memory stays bounded for a stream of any length; see lexemes.cpp).
//
// A stage's fields in a record are known when their stamp is the stage's current one: a stage
// takes a new stamp (new_stamp()) whenever what it derives stops being valid (the names' lexicon
// screen changes, the summary's vocabulary starts again), which forgets all its fields at once.
// A new or emptied table has every stamp 0, which no stage holds. Outputs never depend on the
// numbers themselves, only on what the records hold, which their bytes decide.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/short_key.hpp"

namespace extrait::segment {

struct Token;
struct Segmentation;

// A word type: its key, and the fields the stages fill.
struct alignas(64) Lexeme {
  std::uint64_t head = 0;  // the word's first 16 bytes, zero-padded (text/short_key.hpp)
  std::uint64_t tail = 0;
  std::uint32_t length = 0;  // in bytes; 0: an empty slot
  std::uint32_t check = 0;   // the high half of the hash: long words are compared only when it agrees
  std::uint32_t offset = 0;  // where a word longer than 16 bytes starts in the table's long spellings

  // The name finders' (extract/organization/words.cpp): the word's classes (WordClasses::bits)
  // and its flags capital, inner_capital, acronym and plain, in Word's order.
  std::uint32_t names_stamp = 0;
  std::uint64_t names_classes = 0;
  unsigned char names_flags[4] = {};
  // The summary's (summary/vocabulary.hpp): the vocabulary's global id of the word's stem.
  std::uint32_t summary_stamp = 0;
  std::uint32_t summary_stem = 0;
  // The dates' (extract/date/word_index.hpp): what the index of first words answers at the word,
  // and what the word's endings tell of its tense (extract/date/tense.hpp; 0 until read), both
  // known under the one stamp, which the index gives.
  std::uint32_t dates_stamp = 0;
  std::uint32_t dates_starters = 0;
  std::uint8_t dates_endings = 0;
};
static_assert(sizeof(Lexeme) == 64);

// What a Segmentation holds of its tokens' word types.
struct LexemeIds {
  std::vector<std::uint32_t> ids;  // one per token: its word type's number, or Lexemes::kNone
  std::uint64_t epoch = 0;         // the epoch of the table that gave them; 0: none
};

class Lexemes {
 public:
  // The number of a token that has no word type: punctuation, numbers, symbols, and a word the
  // table could not keep (past its largest size, or 4 GiB of long words, in one document).
  static constexpr std::uint32_t kNone = UINT32_MAX;
  // How many types the table may hold before it empties between two documents, and how many
  // bytes of long words (lexemes.cpp says why these).
  static const std::size_t kMaxTypes;
  static const std::size_t kMaxLongBytes;

  Lexemes();
  // This thread's table.
  static Lexemes& of_thread();
  // A stamp no stage holds yet, of any thread (see above).
  static std::uint32_t new_stamp();

  // Gives each token of `tokens` (over `text`) its word type's number in ids->ids, or kNone, and
  // the table's epoch; a type met for the first time gets a record with no field known. Empties the
  // table first if it holds too much: the numbers of other documents then stop being valid.
  void assign(std::string_view text, std::span<const Token> tokens, LexemeIds* ids);
  // The records, by number, through a plain pointer (for a loop to keep in a local): valid until
  // the next assign().
  Lexeme* records() { return slots_.data(); }
  std::uint64_t epoch() const { return epoch_; }
  // How many word types the table holds.
  std::size_t size() const { return used_; }

 private:
  struct Key {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint64_t hash = 0;
    std::uint32_t length = 0;
  };
  // The key of a word longer than 16 bytes (a shorter one's is made inline, where it is asked).
  static Key long_key(std::string_view word);
  // Gives every token its number; false when the table had to grow on the way, which moves the
  // slots: the numbers given so far are then wrong, and the pass is made again.
  bool assign_all(std::string_view text, std::span<const Token> tokens, std::uint32_t* ids);
  // Whether slot `s`, of the length and first 16 bytes of `k`, holds the long word `word`.
  bool same_long(const Lexeme& s, const Key& k, std::string_view word) const;
  // Gives `word` (of key `k`, not in the table) empty slot i, and returns its number; kNone if the
  // table cannot keep it, or must grow first (*grown then says so, and the slots moved).
  std::uint32_t insert(std::size_t i, std::string_view word, const Key& k, bool* grown);
  void clear();
  void grow();

  std::vector<Lexeme> slots_;  // a power of two in size, at most half full
  std::size_t mask_ = 0;
  std::size_t used_ = 0;
  std::string long_spellings_;  // the words longer than 16 bytes, end to end
  std::uint64_t epoch_ = 0;
};

// The numbers of the tokens of `segmentation` in this thread's table: the segmentation's own when
// this table made them and they are still valid, else made again, in a scratch of the thread's
// that the next call reuses (and which may empty the table first, see assign()). Valid until the
// next call on this thread.
std::span<const std::uint32_t> lexeme_ids(std::string_view text, const Segmentation& segmentation);

}  // namespace extrait::segment
