#include "extract/organization/phrase_list.hpp"

#include "extract/organization/fold.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

PhraseList::PhraseList(const lexicon::LexiconSet& lexicons, const std::vector<std::string>& files) {
  std::size_t phrases = 0;
  std::size_t bytes = 0;
  for (const std::string& file : files) {
    for (const lexicon::Row& row : lexicons.rows(file)) {
      ++phrases;
      bytes += row.fields[0].size();
    }
  }
  reserve(phrases, bytes);
  for (const std::string& file : files) {
    for (const lexicon::Row& row : lexicons.rows(file)) add(row.fields[0]);
  }
  trie_.compile();
}

void PhraseList::reserve(std::size_t phrases, std::size_t bytes) {
  trie_.reserve(bytes);
  first_words_.reserve(phrases);
}

std::uint32_t PhraseList::add(std::string_view phrase) {
  std::string key;
  const bool one_word = append_word_key(key, phrase);
  if (key.empty()) {
    unscreened_ = true;
  } else {
    // A phrase that is all key ("Paris", "Jean-Baptiste") is a one-word phrase.
    if (one_word) whole_words_.push_back(key);
    first_words_.push_back(std::move(key));
  }
  return trie_.add(phrase);
}

std::size_t PhraseList::longest_at(std::string_view text, std::size_t at, std::vector<NameTrie::Hit>& scratch,
                                   long* group) const {
  // (No test of the first letter before the walk: the walk's first step is that test, and the
  // callers that ask at a token have read its class bits already.)
  if (at >= text.size()) return 0;
  scratch.clear();
  trie_.find(text, at, scratch);
  for (auto it = scratch.rbegin(); it != scratch.rend(); ++it) {
    // "près d'" ends on its apostrophe, right before the next word.
    if (text::word_ends_at(text, it->end) || text[it->end - 1] == '\'') {
      // The walk to this end is the one group_of() would make: the same group.
      if (group) *group = static_cast<long>(it->group);
      return it->end;
    }
  }
  return 0;
}

long PhraseList::group_of(std::string_view text, std::size_t begin, std::size_t end,
                          std::vector<NameTrie::Hit>& scratch) const {
  if (begin >= end) return -1;
  scratch.clear();
  trie_.find(text.substr(0, end), begin, scratch);
  if (!scratch.empty() && scratch.back().end == end) return static_cast<long>(scratch.back().group);
  return -1;
}

bool PhraseList::whole(std::string_view text, std::size_t begin, std::size_t end,
                       std::vector<NameTrie::Hit>& scratch) const {
  return group_of(text, begin, end, scratch) >= 0;
}

}  // namespace extrait::extract::names
