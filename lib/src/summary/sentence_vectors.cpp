#include "summary/sentence_vectors.hpp"

#include <algorithm>
#include <cmath>

namespace extrait::summary {

namespace {

// Calls f(weight in a, weight in b) for each term both sorted vectors hold.
template <typename F>
void for_each_common_term(Terms a, Terms b, F f) {
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      f(i->second, j->second);
      ++i;
      ++j;
    }
  }
}

}  // namespace

float cosine(Terms a, Terms b) {
  float dot = 0;
  for_each_common_term(a, b, [&](float x, float y) { dot += x * y; });
  return dot;
}

namespace {

// |A ∩ B| / √(|A| |B|), from |A ∩ B| = `common`.
float overlap_of(std::size_t common, std::size_t a, std::size_t b) {
  return static_cast<float>(common) / std::sqrt(static_cast<float>(a * b));
}

}  // namespace

float overlap(Terms a, Terms b) {
  if (a.empty() || b.empty()) return 0.0f;
  std::size_t common = 0;
  for_each_common_term(a, b, [&](float, float) { ++common; });
  return overlap_of(common, a.size(), b.size());
}

void OverlapWith::set(Terms a) {
  for (const Term& term : a_) marked_[term.first] = 0;
  a_ = a;
  for (const Term& term : a_) marked_[term.first] = 1;
}

float OverlapWith::operator()(Terms b) const {
  if (a_.empty() || b.empty()) return 0.0f;
  std::size_t common = 0;
  for (const Term& term : b) common += marked_[term.first];
  return overlap_of(common, a_.size(), b.size());
}

SentenceVectors sentence_vectors(std::string_view text, const segment::Segmentation& segmentation,
                                 const std::unordered_set<std::string>& function_words, Vocabulary& vocabulary) {
  SentenceVectors out;
  const std::size_t n = segmentation.sentences.size();
  out.starts.reserve(n + 1);
  out.starts.push_back(0);
  out.word_counts.assign(n, 0);
  // A sentence has at most one term per word token: room for them all, so that the terms are
  // never copied as the array grows.
  out.terms.reserve(segmentation.tokens.size());
  vocabulary.begin_document();
  // How many sentences hold each stem, by local id: a document has at most one stem a token, so
  // room for them all at once, counted by pointer.
  std::vector<std::uint32_t> sentence_frequency(segmentation.tokens.size(), 0);
  std::uint32_t* const frequency = sentence_frequency.data();
  // Read through a local: the compiler cannot tell that the vectors written below leave the
  // tokens alone, and would read their address again at every token.
  const segment::Token* const tokens = segmentation.tokens.data();
  // Each word's stem is kept in the record of its type (segment/lexemes.hpp), which the segmenter
  // just brought into the cache: the vocabulary's table, larger than the cache, is asked only for
  // a type whose record does not know it yet. (The numbers first, the records after: making the
  // numbers again may move the records; and the stamp after begin_document(), which may renew it.)
  const std::uint32_t* const lexeme_ids = segment::lexeme_ids(text, segmentation).data();
  segment::Lexeme* const records = segment::Lexemes::of_thread().records();
  const std::uint32_t stamp = vocabulary.stamp();
  // The sentence's stems as met, then sorted: room for one a token, written by pointer, and the
  // bounds of the sentence in locals, so that nothing written in the loop makes the compiler read
  // a size or a bound again at every token.
  std::vector<std::uint32_t> ids;
  for (std::size_t s = 0; s < n; ++s) {
    const std::size_t first_token = segmentation.sentences[s].first_token;
    const std::size_t last_token = segmentation.sentences[s].last_token;
    if (ids.size() < last_token - first_token) ids.resize(last_token - first_token);
    std::uint32_t* const ids_begin = ids.data();
    std::uint32_t* ids_end = ids_begin;
    std::size_t words = 0;
    for (std::size_t t = first_token; t < last_token; ++t) {
      const segment::Token& token = tokens[t];
      if (token.kind == segment::TokenKind::number) ++words;
      if (token.kind != segment::TokenKind::word) continue;
      ++words;
      const auto stem_of = [&] {
        const std::string_view word(text.data() + token.begin, token.end - token.begin);
        return vocabulary.global_id(word, Vocabulary::key_of(word), function_words);
      };
      std::uint32_t global = Vocabulary::kSkip;
      if (const std::uint32_t type = lexeme_ids[t]; type != segment::Lexemes::kNone) {
        segment::Lexeme& record = records[type];
        if (record.summary_stamp != stamp) {
          record.summary_stem = stem_of();
          record.summary_stamp = stamp;
        }
        global = record.summary_stem;
      } else {
        global = stem_of();
      }
      const std::uint32_t id = vocabulary.local_of_global(global);
      if (id != Vocabulary::kSkip) *ids_end++ = id;
    }
    out.word_counts[s] = words;
    // merge repeated stems into term frequencies
    std::sort(ids_begin, ids_end);
    const auto count = static_cast<std::size_t>(ids_end - ids_begin);
    for (std::size_t i = 0, j = 0; i < count; i = j) {
      const std::uint32_t id = ids_begin[i];
      while (j < count && ids_begin[j] == id) ++j;
      // What adding 1.0f once per occurrence gives: the count, up to 2^24, where a float stops
      // counting.
      out.terms.emplace_back(id, static_cast<float>(std::min<std::size_t>(j - i, std::size_t{1} << 24)));
      ++frequency[id];
    }
    out.starts.push_back(out.terms.size());
  }
  out.vocabulary = vocabulary.local_count();
  // Each stem's weight once, rather than a logarithm for every sentence that holds it; and, as
  // it depends only on how many sentences hold the stem (most stems: one or two), one logarithm
  // per such count. A weight is positive: -1 marks a count not met yet.
  std::vector<float> rarity(out.vocabulary);
  std::vector<float> rarity_of_count(n + 1, -1.0f);
  for (std::size_t id = 0; id < out.vocabulary; ++id) {
    const std::uint32_t count = sentence_frequency[id];
    if (count == 0) continue;
    float& known = rarity_of_count[count];
    if (known < 0) known = static_cast<float>(std::log(1.0 + static_cast<double>(n) / count));
    rarity[id] = known;
  }
  for (std::size_t s = 0; s < n; ++s) {
    const std::span<Term> v = std::span<Term>(out.terms).subspan(out.starts[s], out.starts[s + 1] - out.starts[s]);
    double norm = 0;
    for (auto& [id, w] : v) {
      w *= rarity[id];
      norm += static_cast<double>(w) * w;
    }
    if (norm > 0) {
      const auto scale = static_cast<float>(1.0 / std::sqrt(norm));
      for (auto& term : v) term.second *= scale;
    }
  }
  return out;
}

std::vector<float> centrality(const SentenceVectors& v) {
  const std::size_t n = v.size();
  std::vector<float> out(n, 0.0f);
  if (n < 2) return out;
  std::vector<float> sum(v.vocabulary, 0.0f);
  for (const auto& [id, w] : v.terms) sum[id] += w;  // sentence after sentence, as they come
  for (std::size_t s = 0; s < n; ++s) {
    float dot = 0, self = 0;
    for (const auto& [id, w] : v.vector(s)) {
      dot += w * sum[id];
      self += w * w;
    }
    out[s] = (dot - self) / static_cast<float>(n - 1);
  }
  return out;
}

}  // namespace extrait::summary
