// The Analyzer: lexicons, readers and extractors built once; analyze() runs the pipeline
//   input → Document → Segmentation → quantities → mentions → entities → facts → summary → Report
// keeping every piece of per-document state on its own stack.
#include "extrait/analyzer.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "lexicon/lexicon_set.hpp"
#include "pipeline/reference_date.hpp"
#include "pipeline/resolve.hpp"
#include "pipeline/stages.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

namespace extrait {

// The stages, built once and shared by every call (and every copy of the Analyzer).
struct Analyzer::Impl : pipeline::Stages {
  using Stages::Stages;
};

Result<Analyzer> Analyzer::create(const AnalyzerConfig& config) {
  auto lexicons = lexicon::LexiconSet::load(config.lexicon_dirs);
  if (!lexicons) return lexicons.error();
  auto impl = std::make_shared<const Impl>(std::move(lexicons.value()));
  if (!impl->quantities.problems().empty()) {
    return Error{ErrorCode::bad_lexicon, "unusable lexicon row: " + impl->quantities.problems().front(), {}};
  }
  return Analyzer(std::move(impl));
}

namespace {

Span original_span(const text::Document& doc, std::size_t begin, std::size_t end) {
  return doc.to_original(begin, end);
}

}  // namespace

Result<Report> Analyzer::analyze(std::string_view input, const Options& options,
                                 std::string_view id) const {
  // The offset map holds 32-bit offsets: past Document::kMaxInput nothing can be mapped back.
  if (input.size() > options.max_bytes || input.size() > text::Document::kMaxInput) {
    return Error{ErrorCode::too_large,
                 "the document is " + std::to_string(input.size()) + " bytes, more than the limit of " +
                     std::to_string(options.max_bytes) + " (see --max-bytes)",
                 options.max_bytes};
  }
  if (const auto nul = input.find('\0'); nul != std::string_view::npos) {
    return Error{ErrorCode::binary_input,
                 "the input holds a NUL byte at byte " + std::to_string(nul) + ": it is binary, not text", nul};
  }
  if (const auto bad = text::find_invalid_utf8(input)) {
    return Error{ErrorCode::invalid_utf8, "invalid UTF-8 at byte " + std::to_string(*bad), *bad};
  }
  auto reference = pipeline::resolve_reference_date(options.reference_date);
  if (!reference) return reference.error();

  const Impl& impl = *impl_;
  const text::Document doc(input);
  const std::string_view text = doc.text();
  const segment::Segmentation segmentation = impl.segmenter.segment(text);
  const std::vector<numbers::Quantity> quantities = impl.quantities.find_all(text);
  const extract::DocumentView view{text, segmentation, quantities, *reference};

  // Every extractor runs whatever types are wanted, so that "--types money" gives the same
  // amounts as the full analysis; the types not wanted are dropped after resolution.
  std::vector<extract::Mention> mentions;
  // Room for the mentions at once: a vector that grows copies what it holds, 440 bytes a mention,
  // and a long document's reach tens of megabytes. News text has a mention every 15 to 20 tokens
  // beside its numbers; pages reserved and not written cost no memory, but they count against a
  // machine that does not overcommit: past a million mentions (a document of some 40 MB, allowed
  // only by a raised --max-bytes) the vector grows as it must.
  constexpr std::size_t kMostReserved = std::size_t{1} << 20;
  mentions.reserve(std::min(kMostReserved, quantities.size() + segmentation.tokens.size() / 8));
  for (const auto& extractor : impl.extractors) extractor->extract(view, mentions);
  for (const auto& extractor : impl.extractors) extractor->end_document();
  const std::vector<std::size_t> kept = pipeline::kept_mentions(mentions);

  Report report;
  report.id = std::string(id);
  report.reference_date = *reference;
  report.sentences.reserve(segmentation.sentences.size());
  for (const auto& s : segmentation.sentences) report.sentences.push_back({original_span(doc, s.begin, s.end)});

  // Only the types asked for become entities; the rest took part in the resolution alone. (The
  // entities are counted first: a long document's run to tens of thousands, 400 bytes each.)
  const auto wanted = [&](EntityType type) {
    return std::find(options.types.begin(), options.types.end(), type) != options.types.end();
  };
  const auto count = static_cast<std::size_t>(
      std::count_if(kept.begin(), kept.end(), [&](std::size_t i) { return wanted(mentions[i].entity.type); }));
  std::vector<facts::TextRange> ranges;  // normalized bytes of each entity, in text order
  report.entities.reserve(count);
  ranges.reserve(count);
  for (const std::size_t i : kept) {
    extract::Mention& m = mentions[i];
    if (!wanted(m.entity.type)) continue;
    Entity& e = report.entities.emplace_back(std::move(m.entity));  // moved once, filled in place
    e.span = original_span(doc, m.begin, m.end);
    // The input's bytes over the span just mapped (what original_text() gives, without mapping
    // the range a second time).
    e.text.assign(input.substr(e.span.byte_start, e.span.byte_end - e.span.byte_start));
    e.sentence = segmentation.sentence_at(m.begin);
    if (m.converts_begin) {
      // The amount converted comes before, among the entities already made: the one that starts
      // where the mention says (the kept mentions do not overlap, so at most one does).
      const auto it = std::lower_bound(ranges.begin(), ranges.end(), *m.converts_begin,
                                       [](const facts::TextRange& r, std::size_t at) { return r.begin < at; });
      if (it != ranges.end() && it->begin == *m.converts_begin) {
        e.converts = static_cast<std::size_t>(it - ranges.begin());
      }
    }
    ranges.push_back({m.begin, m.end});
  }
  // The proposals' memory (every extractor's, for a long document several bytes per input byte)
  // is given back before the facts and the summary take theirs.
  std::vector<extract::Mention>().swap(mentions);
  report.facts = impl.fact_finder.find({text, segmentation, report.entities, ranges});
  report.summary = impl.summarizer.summarize(doc, segmentation, report, options);
  return report;
}

}  // namespace extrait
