#include "segment/lexemes.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "segment/segmenter.hpp"
#include "text/hash.hpp"
#include "text/serials.hpp"
#include "text/word_slots.hpp"

namespace extrait::segment {

namespace {

// The table's size when new or emptied: it grows as a stream brings more types.
constexpr std::size_t kInitialSlots = std::size_t{1} << 12;

// The most slots the table takes, 16 MiB, however many types one document brings: past half of
// them, its new types get no number (kNone), and the stages read them from their bytes.
constexpr std::size_t kMostSlots = std::size_t{1} << 18;

// How many word tokens have their keys made, and their slots asked of the memory, before the
// first of them is looked up: the table is larger than the cache, and the misses then overlap.
constexpr std::size_t kChunkWords = 32;

}  // namespace

// Emptied past 56 000 types, the table holds 2^17 slots, 8 MiB a thread, for a stream of any
// length (12 MiB for a moment while it doubles to them): linear probing keeps the slots at most
// half full. A document that brings more types than the 9 000 left past this bound makes it grow
// on, up to kMostSlots (2^18, 16 MiB), until the next document empties it. A French news corpus
// of 3 MB has some 36 000 word types, which the table then keeps from one document to the next.
// (Emptied past 24 000 types, in 4 MiB, it lost the whole gain: the second reading of 3 MB of
// news cost 35 M instructions more.)
const std::size_t Lexemes::kMaxTypes = 56'000;
const std::size_t Lexemes::kMaxLongBytes = std::size_t{1} << 20;

Lexemes::Lexemes() : slots_(kInitialSlots), mask_(kInitialSlots - 1), epoch_(text::new_serial()) {}

Lexemes& Lexemes::of_thread() {
  thread_local Lexemes table;
  return table;
}

std::uint32_t Lexemes::new_stamp() {
  static std::atomic<std::uint32_t> last{0};
  return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

Lexemes::Key Lexemes::long_key(std::string_view word) {
  const text::ShortKey key = text::short_key(word);
  return {key.head, key.tail, text::hash_bytes(word), static_cast<std::uint32_t>(word.size())};
}

bool Lexemes::same_long(const Lexeme& s, const Key& k, std::string_view word) const {
  return s.check == static_cast<std::uint32_t>(k.hash >> 32) &&
         std::memcmp(long_spellings_.data() + s.offset, word.data(), word.size()) == 0;
}

void Lexemes::clear() {
  // (Swapped, not assigned: the storage a long document made grow is given back.)
  std::vector<Lexeme>(kInitialSlots).swap(slots_);
  mask_ = kInitialSlots - 1;
  used_ = 0;
  std::string().swap(long_spellings_);
  epoch_ = text::new_serial();
}

void Lexemes::grow() {
  // A record moves with its fields: what they hold depends on its word's bytes, not on its place.
  text::double_word_slots(slots_, long_spellings_);
  mask_ = slots_.size() - 1;
  epoch_ = text::new_serial();
}

std::uint32_t Lexemes::insert(std::size_t i, std::string_view word, const Key& k, bool* grown) {
  const bool long_word = k.length > text::kShortKeyBytes;
  if (long_word && long_spellings_.size() > UINT32_MAX - word.size()) return kNone;
  if (2 * (used_ + 1) > slots_.size()) {
    if (slots_.size() >= kMostSlots) return kNone;
    grow();
    *grown = true;
    return kNone;
  }
  Lexeme& s = slots_[i];
  s.head = k.head;
  s.tail = k.tail;
  s.length = k.length;
  s.check = static_cast<std::uint32_t>(k.hash >> 32);
  s.offset = static_cast<std::uint32_t>(long_word ? long_spellings_.size() : 0);
  if (long_word) long_spellings_.append(word);
  ++used_;
  return static_cast<std::uint32_t>(i);
}

bool Lexemes::assign_all(std::string_view text, std::span<const Token> tokens, std::uint32_t* ids) {
  struct Waiting {
    std::uint32_t token;
    Key key;
  };
  Waiting chunk[kChunkWords];
  std::size_t waiting = 0;
  bool grown = false;
  // The slots through a plain pointer, kept in a local: through the vector, their start would be
  // read again at every probe, since the numbers written might be it as far as the compiler knows.
  // (Only insert() changes them, and a pass where it did ends there.)
  const Lexeme* const slots = slots_.data();
  const std::size_t mask = mask_;
  const Token* const token_data = tokens.data();
  // Looks up the words of the chunk, their slots on their way by then.
  const auto look_up = [&] {
    for (std::size_t w = 0; w < waiting && !grown; ++w) {
      const Key& k = chunk[w].key;
      const Token& token = token_data[chunk[w].token];
      const std::string_view word(text.data() + token.begin, k.length);
      std::size_t i = k.hash & mask;
      // A slot of another word, most often an empty one or this word's: compared before an empty
      // slot is told (an empty slot's length, 0, is no word's).
      while (!(slots[i].length == k.length && slots[i].head == k.head && slots[i].tail == k.tail &&
               (k.length <= text::kShortKeyBytes || same_long(slots[i], k, word)))) {
        if (slots[i].length == 0) break;
        i = (i + 1) & mask;
      }
      ids[chunk[w].token] = slots[i].length != 0 ? static_cast<std::uint32_t>(i) : insert(i, word, k, &grown);
    }
    waiting = 0;
  };
  for (std::size_t t = 0; t < tokens.size() && !grown; ++t) {
    const Token& token = token_data[t];
    const std::size_t n = token.end - token.begin;
    if (token.kind != TokenKind::word || n == 0) {
      ids[t] = kNone;
      continue;
    }
    Waiting& w = chunk[waiting++];
    w.token = static_cast<std::uint32_t>(t);
    if (n <= text::kShortKeyBytes) {
      const text::ShortKey key = text::short_key(text, token.begin, n);
      w.key = {key.head, key.tail, text::short_key_hash(key, static_cast<std::uint32_t>(n)),
               static_cast<std::uint32_t>(n)};
    } else {
      w.key = long_key(text.substr(token.begin, n));
    }
    __builtin_prefetch(&slots[w.key.hash & mask]);
    if (waiting == kChunkWords) look_up();
  }
  look_up();
  return !grown;
}

void Lexemes::assign(std::string_view text, std::span<const Token> tokens, LexemeIds* ids) {
  if (used_ > kMaxTypes || long_spellings_.size() > kMaxLongBytes) clear();
  ids->ids.resize(tokens.size());
  // (A pass that made the table grow gave numbers of slots since moved: it is made again, the
  // types it met kept. The table grows a few times at most in a stream.)
  while (!assign_all(text, tokens, ids->ids.data())) {
  }
  ids->epoch = epoch_;
}

std::span<const std::uint32_t> lexeme_ids(std::string_view text, const Segmentation& segmentation) {
  Lexemes& table = Lexemes::of_thread();
  if (segmentation.lexemes.epoch == table.epoch() && segmentation.lexemes.ids.size() == segmentation.tokens.size()) {
    return segmentation.lexemes.ids;
  }
  thread_local LexemeIds scratch;
  table.assign(text, segmentation.tokens, &scratch);
  return scratch.ids;
}

}  // namespace extrait::segment
