// extract/extractor.hpp: the one interface every dimension implements.
//
// An extractor reads the normalized document (text, sentences, tokens, the numbers already read)
// and proposes mentions: spans of normalized bytes with the entity they would be. It does not
// decide overlaps with other dimensions; the pipeline does (longest, then most specific, wins).
// Extractors are built once from the lexicons and are then immutable: extract() is const and
// thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extrait/report.hpp"
#include "numbers/quantity.hpp"
#include "segment/segmenter.hpp"
#include "text/serials.hpp"

namespace extrait::extract {

struct Mention {
  std::size_t begin = 0;  // bytes into the normalized text
  std::size_t end = 0;
  Entity entity;          // type and attributes; span, text and sentence are the pipeline's
  int priority = 0;       // breaks ties between overlapping mentions of the same length
  // money: the normalized start of the mention this one converts ("(environ 8,53 milliards
  // d'euros)" after "10 milliards de dollars"); the pipeline turns it into an entity index.
  std::optional<std::size_t> converts_begin;
};

struct DocumentView {
  std::string_view text;  // normalized
  const segment::Segmentation& segmentation;
  const std::vector<numbers::Quantity>& quantities;  // every number of the text, in order
  std::string_view reference_date;                    // YYYY-MM-DD
  // A number no other view has had (a copy keeps it): how a stage that keeps what it read of the
  // last document, per thread, tells that a view is that document again without reading its
  // text (the names' words, which the organization and person extractors share).
  std::uint64_t serial = text::new_serial();
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual EntityType type() const = 0;
  virtual void extract(const DocumentView& doc, std::vector<Mention>& out) const = 0;
  // Called once every extractor has read the document. An extractor may keep scratch per thread
  // from one document to the next, so that ordinary documents allocate none; here it gives back
  // what a long one made it hold, before the facts and the summary take their memory.
  virtual void end_document() const {}
};

}  // namespace extrait::extract
