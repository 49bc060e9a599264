#include "summary/vocabulary.hpp"

#include <cstring>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::summary {

namespace {

constexpr std::size_t kInitialSlots = 1u << 12;

}  // namespace

std::uint64_t Vocabulary::hash_long(std::string_view s) {
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

Vocabulary::Vocabulary() : slots_(kInitialSlots) {}

void Vocabulary::clear() {
  slots_.assign(kInitialSlots, Slot{});
  used_ = 0;
  spellings_.clear();
  stems_.clear();
  local_of_.clear();
}

void Vocabulary::begin_document() {
  for (std::uint32_t g : touched_) local_of_[g] = kSkip;
  touched_.clear();
  if (used_ > kMaxWords) clear();
}

void Vocabulary::grow() {
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

bool Vocabulary::same(const Slot& s, const Key& k, std::string_view word) const {
  if (s.length != k.length || s.head != k.head || s.tail != k.tail) return false;
  return k.length <= kInline ||
         (s.check == static_cast<std::uint32_t>(k.hash >> 32) &&
          std::memcmp(spellings_.data() + s.offset, word.data(), word.size()) == 0);
}

std::uint32_t Vocabulary::stem_id(std::string_view word, const std::unordered_set<std::string>& function_words) {
  // Lower case, and whether the word has a letter: numbers say nothing of what a sentence is about.
  lower_.clear();
  bool letter = false;
  for (std::size_t i = 0; i < word.size();) {
    // ASCII, most of every word, without decoding: what is_letter and to_lower say of it.
    if (const auto b = static_cast<unsigned char>(word[i]); b < 0x80) {
      const bool upper = b >= 'A' && b <= 'Z';
      letter = letter || upper || (b >= 'a' && b <= 'z');
      lower_.push_back(static_cast<char>(upper ? b + 32 : b));
      ++i;
      continue;
    }
    const auto [c, len] = text::decode(word, i);
    letter = letter || text::is_letter(c);
    text::append_utf8(lower_, text::to_lower(c));
    i += len;
  }
  if (!letter || lower_.size() < 2 || function_words.contains(lower_)) return kSkip;
  auto [stem, fresh] = stems_.try_emplace(stemmer_.stem(lower_), static_cast<std::uint32_t>(stems_.size()));
  if (fresh) local_of_.push_back(kSkip);
  return stem->second;
}

std::uint32_t Vocabulary::global_id(std::string_view word, const Key& k,
                                    const std::unordered_set<std::string>& function_words) {
  if (word.empty() || word.size() > UINT32_MAX) return kSkip;
  std::size_t mask = slots_.size() - 1;
  std::size_t i = k.hash & mask;
  for (; slots_[i].length != 0; i = (i + 1) & mask) {
    if (same(slots_[i], k, word)) return slots_[i].id;
  }
  const std::uint32_t id = stem_id(word, function_words);
  const bool long_spelling = word.size() > kInline;
  // Past 4 GB of long spellings in one document, a new one is stemmed each time it comes back.
  if (long_spelling && spellings_.size() > UINT32_MAX - word.size()) return id;
  if (2 * (used_ + 1) > slots_.size()) {
    grow();
    mask = slots_.size() - 1;
    for (i = k.hash & mask; slots_[i].length != 0; i = (i + 1) & mask) {
    }
  }
  slots_[i] = Slot{k.head, k.tail, k.length, id, static_cast<std::uint32_t>(k.hash >> 32),
                   static_cast<std::uint32_t>(long_spelling ? spellings_.size() : 0)};
  if (long_spelling) spellings_.append(word);
  ++used_;
  return id;
}

std::uint32_t Vocabulary::local_id(std::string_view word, const Key& key,
                                   const std::unordered_set<std::string>& function_words) {
  const std::uint32_t g = global_id(word, key, function_words);
  if (g == kSkip) return kSkip;
  if (local_of_[g] == kSkip) {
    local_of_[g] = static_cast<std::uint32_t>(touched_.size());
    touched_.push_back(g);
  }
  return local_of_[g];
}

Vocabulary& thread_vocabulary() {
  thread_local Vocabulary vocabulary;
  return vocabulary;
}

}  // namespace extrait::summary
