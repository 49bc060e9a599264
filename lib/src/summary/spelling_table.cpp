#include "summary/spelling_table.hpp"

#include "text/word_slots.hpp"

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
  text::double_word_slots(slots_, spellings_);
  mask_ = slots_.size() - 1;
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
