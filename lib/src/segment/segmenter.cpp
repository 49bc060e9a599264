// segment/segmenter.cpp: the segment stage, stretch by stretch (see stretches.hpp): ICU's
// boundaries (icu_breaks), then the French token rules, then the French sentence rules.
#include "segment/segmenter.hpp"

#include <algorithm>
#include <cstdint>

#include "segment/icu_breaks.hpp"
#include "segment/sentence_rules.hpp"
#include "segment/stretches.hpp"
#include "segment/token_rules.hpp"
#include "text/serials.hpp"

namespace extrait::segment {

namespace {

constexpr std::size_t kStretchTarget = 64 * 1024;
constexpr std::size_t kStretchLimit = std::size_t{1} << 30;

ElisionTable make_elisions(const SegmenterRules& rules) {
  ElisionTable table;
  for (const std::string& form : rules.elisions) table.add(form);
  return table;
}

}  // namespace

// What the constructor prepares once for every call: ICU's iterators and the rules in the shape
// the French fixes look them up.
struct Segmenter::Icu {
  IcuPrototypes prototypes;
  ElisionTable elisions;
  AbbreviationTable abbreviations;
  std::uint64_t serial = text::new_serial();  // for the boundaries each thread keeps (breaks_of())
};

namespace {

// The boundaries of this thread for the Segmenter numbered `serial`: each thread keeps one
// IcuBreaks, its clones of the iterators and its buffers, from one call to the next (run() points
// the iterators at each new text and clears every buffer), instead of cloning and allocating them
// per document. It is made again when the thread serves another Segmenter: the serial, never
// reused, tells, so that iterators cloned from a Segmenter since destroyed are never taken for
// another's.
IcuBreaks& breaks_of(const IcuPrototypes& prototypes, std::uint64_t serial) {
  struct Kept {
    std::uint64_t serial = 0;
    std::unique_ptr<IcuBreaks> breaks;
  };
  thread_local Kept kept;
  if (kept.serial != serial || !kept.breaks) {
    kept.breaks.reset();
    kept.serial = 0;
    kept.breaks = std::make_unique<IcuBreaks>(prototypes);
    kept.serial = serial;
  }
  return *kept.breaks;
}

}  // namespace

void add_abbreviation(SegmenterRules& rules, const std::vector<std::string>& fields) {
  if (fields.empty() || fields.front().empty()) return;
  if (fields.size() > 1 && fields[1] == "fin") {
    rules.closing_abbreviations.insert(fields.front());
  } else {
    rules.abbreviations.insert(fields.front());
  }
}

Segmenter::Segmenter(SegmenterRules rules) : rules_(std::move(rules)), icu_(std::make_unique<Icu>()) {
  icu_->elisions = make_elisions(rules_);
  icu_->abbreviations = AbbreviationTable(rules_);
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Segmentation Segmenter::segment(std::string_view text) const {
  Segmentation result;
  if (text.empty()) return result;
  result.tokens.reserve(text.size() / 5);  // French news: about one token per 5 or 6 bytes
  // Room for a sentence every 64 bytes, where French news has one every 115 or so: the vectors
  // then seldom grow, which they did some ten times a document.
  result.sentences.reserve(text.size() / 64 + 1);
  IcuBreaks& breaks = breaks_of(icu_->prototypes, icu_->serial);
  std::vector<std::size_t> cuts;
  cuts.reserve(std::min(text.size(), kStretchTarget) / 64 + 2);
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = stretch_end(text, begin, kStretchTarget, kStretchLimit);
    breaks.run(text, begin, end);
    const std::size_t first_token = result.tokens.size();
    append_tokens(text, breaks.pieces(), icu_->elisions, result.tokens);
    append_sentences(text, begin, end, breaks.sentences(), result.tokens, first_token,
                     icu_->abbreviations, cuts, result.sentences);
    begin = end;
  }
  // Each word token's type, once for the stages that read words (see lexemes.hpp).
  Lexemes::of_thread().assign(text, result.tokens, &result.lexemes);
  return result;
}

std::size_t Segmentation::sentence_at(std::size_t at) const {
  auto after = std::upper_bound(sentences.begin(), sentences.end(), at,
                                [](std::size_t byte, const SentenceRange& s) { return byte < s.begin; });
  if (after == sentences.begin()) return 0;
  return static_cast<std::size_t>(after - sentences.begin()) - 1;
}

}  // namespace extrait::segment
