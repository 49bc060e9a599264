#include "summary/vocabulary.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::summary {

void Vocabulary::clear() {
  spellings_.clear();
  stems_.clear();
  empty_stem_ = kSkip;
  local_of_.clear();
  stamp_ = segment::Lexemes::new_stamp();  // the global ids the records keep are stale
}

void Vocabulary::begin_document() {
  for (std::uint32_t g : touched_) local_of_[g] = kSkip;
  touched_.clear();
  if (spellings_.size() > kMaxWords) clear();
}

std::uint32_t Vocabulary::stem_id(const std::string& lower, const std::unordered_set<std::string>& function_words) {
  if (function_words.contains(lower)) return kSkip;
  const std::string stem = stemmer_.stem(lower);
  // Ids are given in the order stems first come; local_of_ holds one entry per id. (A long stem
  // the table could not keep gets a new id each time: it then matches nothing, nothing merges.)
  const auto fresh = static_cast<std::uint32_t>(local_of_.size());
  if (stem.empty()) {  // no spelling of the table is empty
    if (empty_stem_ != kSkip) return empty_stem_;
    empty_stem_ = fresh;
  } else {
    const Key key = key_of(stem);
    if (const std::uint32_t* known = stems_.find(stem, key)) return *known;
    stems_.insert(stem, key, fresh);
  }
  local_of_.push_back(kSkip);
  return fresh;
}

std::uint32_t Vocabulary::learn(std::string_view word, const Key& k,
                                const std::unordered_set<std::string>& function_words) {
  // Lower case, and whether the word has a letter: numbers say nothing of what a sentence is about.
  lower_.clear();
  bool letter = false;
  for (std::size_t i = 0; i < word.size();) {
    // ASCII, most of every word, without decoding.
    if (const auto b = static_cast<unsigned char>(word[i]); b < 0x80) {
      letter = letter || text::is_letter(b);
      lower_.push_back(static_cast<char>(text::to_lower(b)));
      ++i;
      continue;
    }
    const auto [c, len] = text::decode(word, i);
    letter = letter || text::is_letter(c);
    text::append_utf8(lower_, text::to_lower(c));
    i += len;
  }
  std::uint32_t id = kSkip;
  if (letter && lower_.size() >= 2) {
    if (lower_ == word) {
      id = stem_id(lower_, function_words);
    } else {
      // "Investit" has the stem of "investit": lower case is all stem_id() sees. The table keeps
      // the lower-case spelling too, so that the two are stemmed once whichever comes first (the
      // spelling "investit" gets the same id as it would alone: lowering twice is lowering once,
      // and keeps letters letters).
      const Key lower_key = key_of(lower_);
      if (const std::uint32_t* known = spellings_.find(lower_, lower_key)) {
        id = *known;
      } else {
        id = stem_id(lower_, function_words);
        spellings_.insert(lower_, lower_key, id);
      }
    }
  }
  // (Past 4 GB of long spellings in one document, a new one is not kept: it is stemmed each time
  // it comes back.)
  spellings_.insert(word, k, id);
  return id;
}

Vocabulary& thread_vocabulary() {
  thread_local Vocabulary vocabulary;
  return vocabulary;
}

}  // namespace extrait::summary
