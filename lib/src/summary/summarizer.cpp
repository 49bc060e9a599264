#include "summary/summarizer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <optional>
#include <span>

#include "summary/sentence_vectors.hpp"
#include "summary/vocabulary.hpp"

namespace extrait::summary {

namespace {

// The weights of the score, chosen on French news with reference summaries (scripts/summary-eval
// compares the result with the lead and with Open Text Summarizer): the lead weighs most, and
// centrality, similarity to the lead, facts and paragraph openings decide among the sentences
// that follow it.
constexpr float kCentralityWeight = 0.3f;
constexpr float kLeadWeight = 0.2f;       // similarity to the first two sentences of prose
constexpr float kFactWeight = 0.2f;
constexpr float kParagraphWeight = 0.1f;  // a sentence that opens its paragraph
// Long sentences crowd a summary of a few sentences: past kLongWords words, each ten more words
// cost kLongWeight, up to kLongCap (a long sentence may still be the one that holds the news).
// A sentence that opens on a quotation is a voice, rarely the news.
constexpr std::size_t kLongWords = 30;
constexpr float kLongWeight = 0.1f;
constexpr float kLongCap = 0.3f;
constexpr float kQuoteWeight = 0.05f;
// Maximal marginal relevance: how much of a candidate's score its similarity to the summary
// already chosen takes away, and the similarity past which it is a repetition.
constexpr float kRedundancyWeight = 1.0f;
constexpr float kRepetition = 0.6f;
// Only the best candidates enter the selection, so that its cost stays bounded on huge inputs.
constexpr std::size_t kMaxCandidates = 200;
// How many sentences of prose make the lead.
constexpr std::size_t kLeadSentences = 2;

struct Candidate {
  std::size_t sentence = 0;
  float score = 0;
};

// How many distinct names (organizations and people) of a sentence the score counts.
constexpr std::size_t kNamesCounted = 3;

// Per sentence: amounts with a known kind, distinct organizations and people, dates.
struct FactCounts {
  int amounts = 0;
  int names = 0;
  int dates = 0;
};

std::vector<FactCounts> count_facts(const Report& report, std::size_t sentences) {
  std::vector<FactCounts> counts(sentences);
  for (const Fact& f : report.facts) {
    if (f.sentence < sentences && f.kind != "other") ++counts[f.sentence].amounts;
  }
  // The names counted, in `report`: three are all the score counts, so there is no need to
  // compare more (a list of thousands), and they fit in place, with no allocation per sentence.
  std::vector<std::array<const std::string*, kNamesCounted>> names(sentences);
  for (const Entity& e : report.entities) {
    if (e.sentence >= sentences) continue;
    if (e.type == EntityType::date) ++counts[e.sentence].dates;
    if (e.type == EntityType::organization || e.type == EntityType::person) {
      FactCounts& count = counts[e.sentence];
      const auto seen = std::span(names[e.sentence]).first(static_cast<std::size_t>(count.names));
      if (seen.size() < kNamesCounted &&
          std::none_of(seen.begin(), seen.end(), [&](const std::string* name) { return *name == e.name; })) {
        names[e.sentence][seen.size()] = &e.name;
        ++count.names;
      }
    }
  }
  return counts;
}

float fact_score(const FactCounts& c) {
  return 0.5f * static_cast<float>(std::min(c.amounts, 2)) / 2.0f +
         0.3f * static_cast<float>(std::min(c.names, 3)) / 3.0f + 0.2f * static_cast<float>(std::min(c.dates, 1));
}

// The similarity of each prose sentence to the lead: to the first `lead` prose sentences, itself
// left out (so the lead sentences are compared with one another).
std::vector<float> lead_similarity(const SentenceVectors& vectors, const std::vector<std::size_t>& prose,
                                   std::size_t lead) {
  std::vector<float> out(prose.size(), 0.0f);
  lead = std::min(lead, prose.size());
  // The lead's stems, each once and sorted: overlap() counts shared stems and weighs none, so
  // the lead needs no summed, normalized vector. Each sentence's terms are sorted and distinct
  // already: their union is a merge.
  auto lead_without = [&](std::size_t except) {
    const auto by_stem = [](const Term& a, const Term& b) { return a.first < b.first; };
    std::vector<Term> stems;
    std::vector<Term> merged;
    for (std::size_t r = 0; r < lead; ++r) {
      if (r == except) continue;
      const Terms v = vectors.vector(prose[r]);
      merged.clear();
      merged.reserve(stems.size() + v.size());
      std::set_union(stems.begin(), stems.end(), v.begin(), v.end(), std::back_inserter(merged), by_stem);
      stems.swap(merged);
    }
    return stems;
  };
  const std::vector<Term> whole = lead_without(lead);  // every lead sentence: for those after the lead
  OverlapWith with_whole(vectors.vocabulary);
  with_whole.set(whole);
  for (std::size_t rank = 0; rank < prose.size(); ++rank) {
    const Terms v = vectors.vector(prose[rank]);
    out[rank] = rank < lead ? overlap(v, lead_without(rank)) : with_whole(v);
  }
  return out;
}

// The lead matters most: 1 for the first sentence of prose, decreasing with the rank.
float position_score(std::size_t rank) { return 1.0f / std::sqrt(1.0f + static_cast<float>(rank)); }

}  // namespace

Summarizer::Summarizer(const lexicon::LexiconSet& lexicons) : filter_(lexicons) {
  for (const std::string& w : lexicons.first_fields("function_words.txt")) function_words_.insert(w);
}

Summary Summarizer::summarize(const text::Document& doc, const segment::Segmentation& segmentation,
                              const Report& report, const Options& options) const {
  Summary summary;
  const std::size_t n = segmentation.sentences.size();
  const bool by_words = options.summary_words != 0;
  if (n == 0 || (!by_words && options.summary_sentences == 0)) return summary;
  const std::string_view text = doc.text();
  const auto sentence_text = [&](std::size_t s) {
    const auto& range = segmentation.sentences[s];
    return text.substr(range.begin, range.end - range.begin);
  };

  const SentenceVectors vectors = sentence_vectors(text, segmentation, function_words_, thread_vocabulary());
  const std::vector<float> central = centrality(vectors);
  const float top_central = std::max(1e-6f, *std::max_element(central.begin(), central.end()));
  const std::vector<FactCounts> facts = count_facts(report, n);

  // Complete sentences first: the lead and the ranks are counted among them. Whether one is
  // boilerplate is asked only of those the selection reaches (few), as it reads the whole sentence.
  std::vector<std::size_t> prose;
  prose.reserve(n);
  for (std::size_t s = 0; s < n; ++s) {
    if (SentenceFilter::is_complete(sentence_text(s), vectors.word_counts[s])) prose.push_back(s);
  }
  const std::vector<float> lead = lead_similarity(vectors, prose, kLeadSentences);

  std::vector<Candidate> candidates;
  candidates.reserve(prose.size());
  for (std::size_t rank = 0; rank < prose.size(); ++rank) {
    const std::size_t s = prose[rank];
    const auto& range = segmentation.sentences[s];
    const std::size_t length = vectors.word_counts[s];
    const bool opens_paragraph = range.begin == 0 || text[range.begin - 1] == '\n';
    const bool opens_on_quote = text.compare(range.begin, 2, "«") == 0 || text[range.begin] == '"';
    float score = position_score(rank) + kCentralityWeight * central[s] / top_central + kLeadWeight * lead[rank] +
                  kFactWeight * fact_score(facts[s]) + (opens_paragraph ? kParagraphWeight : 0.0f) -
                  (opens_on_quote ? kQuoteWeight : 0.0f);
    if (length > kLongWords) score -= std::min(kLongCap, kLongWeight * static_cast<float>(length - kLongWords) / 10.0f);
    candidates.push_back({s, score});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  if (candidates.size() > kMaxCandidates) candidates.resize(kMaxCandidates);

  std::vector<std::size_t> chosen;
  std::size_t words = 0;
  std::vector<float> redundancy(candidates.size(), 0.0f);  // max similarity to the chosen so far
  std::vector<bool> taken(candidates.size(), false);
  OverlapWith with_chosen(vectors.vocabulary);  // the sentence chosen last
  while (true) {
    if (!by_words && chosen.size() >= options.summary_sentences) break;
    // With a word budget, only sentences that fit; should none fit at the start, the best one
    // anyway (a summary one sentence too long says more than none).
    std::optional<std::size_t> pick;
    for (const bool must_fit : {true, false}) {
      if (pick || (!must_fit && (!by_words || !chosen.empty()))) break;
      float best = 0;
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c] || redundancy[c] > kRepetition) continue;
        const std::size_t length = vectors.word_counts[candidates[c].sentence];
        if (by_words && must_fit && words + length > options.summary_words) continue;
        const float value = candidates[c].score - kRedundancyWeight * redundancy[c];
        if (!pick || value > best) {
          pick = c;
          best = value;
        }
      }
    }
    if (!pick) break;
    taken[*pick] = true;
    if (filter_.is_boilerplate(sentence_text(candidates[*pick].sentence))) continue;  // never a summary
    const std::size_t s = candidates[*pick].sentence;
    chosen.push_back(s);
    words += vectors.word_counts[s];
    // The summary complete, no candidate is weighed again: its redundancy would be wasted work.
    if (by_words ? words >= options.summary_words : chosen.size() >= options.summary_sentences) break;
    // (A candidate past kRepetition stays out whatever its redundancy grows to.)
    with_chosen.set(vectors.vector(s));
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      if (taken[c] || redundancy[c] > kRepetition) continue;
      redundancy[c] = std::max(redundancy[c], with_chosen(vectors.vector(candidates[c].sentence)));
    }
  }

  std::sort(chosen.begin(), chosen.end());
  for (std::size_t s : chosen) {
    const auto& range = segmentation.sentences[s];
    summary.sentences.push_back(s);
    if (!summary.text.empty()) summary.text += ' ';
    summary.text += doc.original_text(range.begin, range.end);
  }
  return summary;
}

}  // namespace extrait::summary
