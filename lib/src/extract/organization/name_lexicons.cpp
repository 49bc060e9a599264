#include "extract/organization/name_lexicons.hpp"

#include <cstring>
#include <map>
#include <mutex>
#include <optional>

namespace extrait::extract::names {

namespace {

// FNV-1a over the text, eight bytes at a time: a fingerprint of the document, at memory speed.
std::uint64_t fingerprint(std::string_view text) {
  std::uint64_t h = 1469598103934665603ull ^ text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, text.data() + i, 8);
    h = (h ^ chunk) * 1099511628211ull;
  }
  for (; i < text.size(); ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 1099511628211ull;
  return h;
}

struct WordCache {
  const NameLexicons* owner = nullptr;
  const segment::Segmentation* segmentation = nullptr;
  const char* data = nullptr;
  std::size_t size = 0;
  std::size_t tokens = 0;
  std::uint64_t hash = 0;
  std::optional<Words> words;
};

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
  thread_local WordCache cache;
  const std::uint64_t hash = fingerprint(doc.text);
  if (cache.words && cache.owner == this && cache.segmentation == &doc.segmentation &&
      cache.data == doc.text.data() && cache.size == doc.text.size() &&
      cache.tokens == doc.segmentation.tokens.size() && cache.hash == hash) {
    return *cache.words;
  }
  // The last document's words make room for these: their storage is reused, not freed. (Until
  // they are read whole, the cache stands for no document.)
  cache.owner = nullptr;
  if (cache.words) cache.words->read(doc.text, doc.segmentation, &classes);
  else cache.words.emplace(doc.text, doc.segmentation, &classes);
  cache.owner = this;
  cache.segmentation = &doc.segmentation;
  cache.data = doc.text.data();
  cache.size = doc.text.size();
  cache.tokens = doc.segmentation.tokens.size();
  cache.hash = hash;
  return *cache.words;
}

}  // namespace extrait::extract::names
