#include "summary/spelling_table.hpp"

namespace extrait::summary {

namespace {

constexpr std::size_t kInitialSlots = 1u << 12;

}  // namespace

SpellingTable::SpellingTable() : slots_(kInitialSlots), mask_(kInitialSlots - 1) {}

void SpellingTable::clear() {
  slots_.assign(kInitialSlots, Slot{});
  mask_ = kInitialSlots - 1;
  used_ = 0;
  spellings_.clear();
}

void SpellingTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.length == 0) continue;
    const std::uint64_t hash = s.length <= kInline ? text::short_key_hash({s.head, s.tail}, s.length)
                                                   : text::hash_bytes(std::string_view(spellings_).substr(s.offset, s.length));
    std::size_t i = hash & mask_;
    while (slots_[i].length != 0) i = (i + 1) & mask_;
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
