#include "extract/organization/name_lexicons.hpp"

#include <map>
#include <mutex>
#include <optional>

namespace extrait::extract::names {

namespace {

struct WordCache {
  const NameLexicons* owner = nullptr;
  std::uint64_t serial = 0;  // of the DocumentView the words were read from
  std::optional<Words> words;
};

thread_local WordCache word_cache;

}  // namespace

NameLexicons::NameLexicons(const Resources& resources)
    : gazetteer(resources.lexicons, resources.glue),
      vocabulary(resources.lexicons),
      org_cues(resources.lexicons),
      first_names(resources.lexicons),
      person_cues(resources.lexicons),
      glue(resources.glue) {
  vocabulary.screen(classes);
  org_cues.screen(classes);
  first_names.screen(classes);
  person_cues.screen(classes);
  gazetteer.screen(classes);
}

std::shared_ptr<const NameLexicons> NameLexicons::shared(const Resources& resources) {
  static std::mutex mutex;
  static std::map<const lexicon::LexiconSet*, std::weak_ptr<const NameLexicons>> built;
  const std::lock_guard<std::mutex> lock(mutex);
  std::erase_if(built, [](const auto& entry) { return entry.second.expired(); });
  if (auto it = built.find(&resources.lexicons); it != built.end()) {
    if (auto existing = it->second.lock()) return existing;
  }
  auto made = std::make_shared<const NameLexicons>(resources);
  built[&resources.lexicons] = made;
  return made;
}

const Words& NameLexicons::words(const DocumentView& doc) const {
  WordCache& cache = word_cache;
  if (cache.words && cache.owner == this && cache.serial == doc.serial) return *cache.words;
  // The last document's words make room for these: their storage is reused, not freed. (Until
  // they are read whole, the cache stands for no document.)
  cache.owner = nullptr;
  if (cache.words) cache.words->read(doc.text, doc.segmentation, &classes);
  else cache.words.emplace(doc.text, doc.segmentation, &classes);
  cache.owner = this;
  cache.serial = doc.serial;
  return *cache.words;
}

void NameLexicons::release_words() {
  if (word_cache.words && word_cache.words->large()) word_cache = WordCache{};
}

}  // namespace extrait::extract::names
