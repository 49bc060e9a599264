#include "summary/spelling_table.hpp"

namespace extrait::summary {

namespace {

constexpr std::size_t kInitialSlots = 1u << 12;

}  // namespace

std::uint64_t SpellingTable::hash_long(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

SpellingTable::SpellingTable() : slots_(kInitialSlots) {}

void SpellingTable::clear() {
  slots_.assign(kInitialSlots, Slot{});
  used_ = 0;
  spellings_.clear();
}

void SpellingTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.length == 0) continue;
    const std::uint64_t hash = s.length <= kInline ? hash_short(s.head, s.tail, s.length)
                                                   : hash_long(std::string_view(spellings_).substr(s.offset, s.length));
    std::size_t i = hash & mask;
    while (slots_[i].length != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void SpellingTable::insert(std::string_view word, const Key& k, std::uint32_t number) {
  const bool long_spelling = word.size() > kInline;
  if (long_spelling && spellings_.size() > UINT32_MAX - word.size()) return;
  if (2 * (used_ + 1) > slots_.size()) grow();
  slots_[slot_of(word, k)] = Slot{k.head, k.tail, k.length, number, static_cast<std::uint32_t>(k.hash >> 32),
                                  static_cast<std::uint32_t>(long_spelling ? spellings_.size() : 0)};
  if (long_spelling) spellings_.append(word);
  ++used_;
}

}  // namespace extrait::summary
