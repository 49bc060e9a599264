// summary/sentence_vectors.hpp: sentences as weighted bags of stems, and how central each is.
//
// A sentence's vector holds the Snowball stems of its content words (function_words.txt left
// out; summary/vocabulary.hpp numbers them), each weighted by tf · log(1 + N / sf), where sf counts the sentences of the document that
// hold the stem: a stem every sentence repeats says little. Vectors have unit length, so that
// their dot product is the cosine.
//
// Centrality is the degree of a sentence in the complete similarity graph of the document: its
// mean cosine with every other sentence. Because the cosine is a dot product of unit vectors,
// that sum is one dot product with the sum of all vectors, u_i · (Σ u_j − u_i): linear in the
// length of the document, with no graph to build and no quadratic blow-up on a 10 000-sentence
// input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "segment/segmenter.hpp"
#include "summary/vocabulary.hpp"

namespace extrait::summary {

// A stem of a vector and its weight.
using Term = std::pair<std::uint32_t, float>;
// A vector's terms, sorted by stem id.
using Terms = std::span<const Term>;

// The cosine of two unit vectors.
float cosine(Terms a, Terms b);
// The cosine of the sets of stems of two vectors, weights aside: |A ∩ B| / √(|A| |B|). Whether
// two sentences repeat each other is a matter of shared words more than of their rarity.
float overlap(Terms a, Terms b);

// overlap() of one vector with many others: its stems are marked once in an array indexed by
// stem id, so that each other vector costs a look-up per term rather than a merge of the two.
class OverlapWith {
 public:
  // `vocabulary`: how many distinct stems the vectors may hold (SentenceVectors::vocabulary).
  explicit OverlapWith(std::size_t vocabulary) : marked_(vocabulary, 0) {}
  // The vector the next calls compare with (its terms must outlive them).
  void set(Terms a);
  // overlap(a, b), `a` the vector set last.
  float operator()(Terms b) const;

 private:
  std::vector<std::uint8_t> marked_;  // 1 for each stem of `a_`
  Terms a_;
};

// The vectors of a document's sentences, their terms end to end in one array rather than an
// allocation per sentence.
struct SentenceVectors {
  std::vector<Term> terms;                // every sentence's, in sentence order
  std::vector<std::size_t> starts;        // sentence s holds terms [starts[s], starts[s + 1])
  std::vector<std::size_t> word_counts;   // words (letters or digits) per sentence
  std::size_t vocabulary = 0;             // distinct stems

  std::size_t size() const { return word_counts.size(); }
  // Sentence s's vector; empty when it holds no content word.
  Terms vector(std::size_t s) const { return Terms(terms).subspan(starts[s], starts[s + 1] - starts[s]); }
};

SentenceVectors sentence_vectors(std::string_view text, const segment::Segmentation& segmentation,
                                 const std::unordered_set<std::string>& function_words, Vocabulary& vocabulary);

// The mean cosine of each sentence with all the others (0 for a lone sentence).
std::vector<float> centrality(const SentenceVectors& vectors);

}  // namespace extrait::summary
