// extract/organization/name_lexicons.hpp: what the organization and person extractors share.
//
// Both extractors read the same lexicons (places, products, common words, cue words, given
// names, titles, the gazetteer) and look at the same words of each document. Building those twice
// would double the start-up, and screening every word twice (word_classes.hpp) would double the
// largest per-word cost. So the lexicons are built once per set of lexicon files and shared, and
// the screened words of the document being analysed are kept for the extractor that comes second.
//
// Sharing: shared() keeps one NameLexicons per LexiconSet alive as long as an extractor holds it.
// The word cache is per thread and holds the last document's Words; it is reused only for the very
// same document: same segmentation object, same text bytes at the same address (checked by a hash
// of the whole text), so that a new document at a reused address is never mistaken for the last.
#pragma once

#include <cstdint>
#include <memory>

#include "extract/extractor.hpp"
#include "extract/organization/gazetteer.hpp"
#include "extract/organization/org_cues.hpp"
#include "extract/organization/vocabulary.hpp"
#include "extract/organization/word_classes.hpp"
#include "extract/organization/words.hpp"
#include "extract/person/first_names.hpp"
#include "extract/person/person_cues.hpp"
#include "extract/resources.hpp"

namespace extrait::extract::names {

class NameLexicons {
 public:
  explicit NameLexicons(const Resources& resources);
  NameLexicons(const NameLexicons&) = delete;
  NameLexicons& operator=(const NameLexicons&) = delete;

  // The lexicons of `resources`, built on the first call for its LexiconSet and shared after.
  static std::shared_ptr<const NameLexicons> shared(const Resources& resources);

  // The screened words of `doc`, built once per document and thread.
  const Words& words(const DocumentView& doc) const;
  // Gives back this thread's words if a long document made them large (see Words::large): call
  // once no extractor will ask for them again for the document.
  static void release_words();

  Gazetteer gazetteer;
  Vocabulary vocabulary;
  OrgCues org_cues;
  FirstNames first_names;
  PersonCues person_cues;
  const lexicon::GlueWords& glue;
  WordClasses classes;
};

}  // namespace extrait::extract::names
