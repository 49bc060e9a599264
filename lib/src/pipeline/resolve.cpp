#include "pipeline/resolve.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace extrait::pipeline {

namespace {

using extract::Mention;

// The bytes of the text the kept mentions cover, one bit each: a candidate overlaps a kept
// mention exactly when one of its bytes is covered. A check or a mark costs one word per 64
// bytes of the mention, with no allocation per kept mention (a tree of spans allocated a node
// for each), whatever the order the mentions come in. It takes an eighth of the text's size in
// memory, far less than the proposals themselves.
class CoveredBytes {
 public:
  explicit CoveredBytes(std::size_t text_end) : words_((text_end + 63) / 64, 0) {}

  bool any(std::size_t begin, std::size_t end) const {
    for (std::size_t w = begin / 64; w <= (end - 1) / 64; ++w) {
      if ((words_[w] & bits_of(w, begin, end)) != 0) return true;
    }
    return false;
  }

  void mark(std::size_t begin, std::size_t end) {
    for (std::size_t w = begin / 64; w <= (end - 1) / 64; ++w) words_[w] |= bits_of(w, begin, end);
  }

 private:
  // The bits of word w that stand for bytes of [begin, end), end > begin.
  static std::uint64_t bits_of(std::size_t w, std::size_t begin, std::size_t end) {
    std::uint64_t bits = ~std::uint64_t{0};
    if (w == begin / 64) bits &= ~std::uint64_t{0} << (begin % 64);
    if (w == (end - 1) / 64) bits &= ~std::uint64_t{0} >> (63 - (end - 1) % 64);
    return bits;
  }

  std::vector<std::uint64_t> words_;
};

// Moves mentions[chosen[k]] to position k for every k, in place: each mention is moved once, and
// each cycle of the permutation takes one more move through a temporary (a swap moved three
// times a mention and its strings).
void move_to_front(std::vector<Mention>& mentions, const std::vector<std::size_t>& chosen) {
  const std::size_t n = chosen.size();
  std::vector<char> holds_chosen(n, 0);  // position k < n holds a mention that is kept
  std::vector<char> filled(n, 0);        // position k < n holds its final mention
  for (std::size_t from : chosen) {
    if (from < n) holds_chosen[from] = 1;
  }
  // A chain starts at a position whose mention is dropped: its mention is overwritten, and the
  // position its source leaves free is the next to fill, until a source lies beyond the front.
  for (std::size_t start = 0; start < n; ++start) {
    if (holds_chosen[start]) continue;
    for (std::size_t to = start;;) {
      const std::size_t from = chosen[to];
      mentions[to] = std::move(mentions[from]);
      filled[to] = 1;
      if (from >= n) break;
      to = from;
    }
  }
  // What is left are cycles of kept mentions within the front.
  for (std::size_t start = 0; start < n; ++start) {
    if (filled[start]) continue;
    filled[start] = 1;
    if (chosen[start] == start) continue;
    Mention first = std::move(mentions[start]);
    for (std::size_t to = start;;) {
      const std::size_t from = chosen[to];
      if (from == start) {
        mentions[to] = std::move(first);
        break;
      }
      mentions[to] = std::move(mentions[from]);
      filled[from] = 1;
      to = from;
    }
  }
  mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(n), mentions.end());
}

}  // namespace

bool outranks(const Mention& x, std::size_t a, const Mention& y, std::size_t b) {
  // Background mentions (plain numbers) lose to any other, whatever their length: the sign read
  // into "moins 15" must not hide the percentage "15 %" of "au moins 15 %".
  if ((x.priority < 0) != (y.priority < 0)) return y.priority < 0;
  if (x.end - x.begin != y.end - y.begin) return x.end - x.begin > y.end - y.begin;
  if (x.priority != y.priority) return x.priority > y.priority;
  if (x.begin != y.begin) return x.begin < y.begin;
  if (x.entity.type != y.entity.type) return x.entity.type < y.entity.type;
  return a < b;
}

std::vector<std::size_t> kept_mentions(const std::vector<extract::Mention>& mentions) {
  std::vector<std::size_t> order(mentions.size());
  std::size_t text_end = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
    text_end = std::max(text_end, mentions[i].end);
  }
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return outranks(mentions[a], a, mentions[b], b); });
  // A candidate is dropped if it overlaps a mention kept before it.
  CoveredBytes covered(text_end);
  std::vector<std::size_t> chosen;
  chosen.reserve(mentions.size());  // one allocation, not one each time it doubles
  for (std::size_t i : order) {
    const Mention& m = mentions[i];
    if (m.end <= m.begin) continue;
    if (covered.any(m.begin, m.end)) continue;
    covered.mark(m.begin, m.end);
    chosen.push_back(i);
  }
  std::sort(chosen.begin(), chosen.end(),
            [&](std::size_t a, std::size_t b) { return mentions[a].begin < mentions[b].begin; });
  return chosen;
}

std::vector<extract::Mention> resolve(std::vector<extract::Mention> mentions) {
  const std::vector<std::size_t> chosen = kept_mentions(mentions);
  // The kept mentions are moved to the front in text order in place: a second vector would
  // double the memory a long document's proposals take, at the moment the names' per-word
  // state is still held.
  move_to_front(mentions, chosen);
  return mentions;
}

}  // namespace extrait::pipeline
