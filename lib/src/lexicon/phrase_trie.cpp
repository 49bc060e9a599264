#include "lexicon/phrase_trie.hpp"

#include <algorithm>
#include <bit>
#include <functional>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::lexicon {

namespace {

std::uint64_t key(std::uint32_t node, char32_t c) {
  return (static_cast<std::uint64_t>(node) << 32) | static_cast<std::uint64_t>(c);
}

}  // namespace

std::uint32_t PhraseTrie::Edges::emplace(std::uint64_t key, std::uint32_t child) {
  if ((used_ + 1) * 2 > slots_.size()) grow();  // at most half full: probes stay short
  for (std::size_t slot = index(key);; slot = (slot + 1) & (slots_.size() - 1)) {
    Slot& s = slots_[slot];
    if (s.child == 0) {
      s = {key, child};
      ++used_;
      return child;
    }
    if (s.key == key) return s.child;
  }
}

void PhraseTrie::Edges::grow() {
  std::vector<Slot> old = std::move(slots_);
  const std::size_t size = old.size() < 64 ? 64 : old.size() * 2;
  slots_.assign(size, Slot{});
  shift_ = 64 - std::countr_zero(size);
  for (const Slot& s : old) {
    if (s.child == 0) continue;
    std::size_t slot = index(s.key);
    while (slots_[slot].child != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = s;
  }
}

std::uint32_t PhraseTrie::insert(Trie& trie, std::string_view phrase, bool fold, std::uint32_t payload) {
  const std::vector<char32_t> code_points = code_points_of(phrase, direction_ == Direction::backward);
  if (code_points.empty()) return payload;
  const char32_t first = code_points.front();
  if (first >= 128) {
    trie.non_ascii_first = true;
  } else {
    trie.ascii_first[first] = true;
    if (fold && first >= 'a' && first <= 'z') trie.ascii_first[first - 32] = true;
    if (fold && first >= 'A' && first <= 'Z') trie.ascii_first[first + 32] = true;
  }
  // A folded phrase is reached through its first code point lower-cased, which may be ASCII
  // when the code point is not (U+212A KELVIN SIGN is "k"): the text's "k" and "K" reach it.
  if (const char32_t lower = text::to_lower(first); fold && lower < 128) {
    trie.ascii_first[lower] = true;
    if (lower >= 'a' && lower <= 'z') trie.ascii_first[lower - 32] = true;
  }
  const std::vector<char32_t> keys = edge_keys(code_points, fold);
  screen_.add(keys, fold);
  std::uint32_t node = 0;
  for (const char32_t c : keys) {
    const auto fresh = static_cast<std::uint32_t>(trie.nodes.size());
    const std::uint32_t parent = node;
    node = trie.edges.emplace(key(node, c), fresh);
    if (parent == 0 && c < 128) trie.root_ascii[c] = node;
    if (node == fresh) trie.nodes.emplace_back();
  }
  if (node == 0) return payload;
  if (trie.nodes[node].payload < 0) trie.nodes[node].payload = payload;
  return static_cast<std::uint32_t>(trie.nodes[node].payload);
}

std::uint32_t PhraseTrie::add(std::string_view phrase, bool fold_case, std::uint32_t payload) {
  return insert(fold_case ? folded_ : exact_, phrase, fold_case, payload);
}

template <bool Fold, typename Out>
void PhraseTrie::walk(const Trie& trie, std::string_view text, std::size_t at, Out& out) {
  // Read once: for all the compiler knows, the matches written may change the vector.
  const Node* const nodes = trie.nodes.data();
  std::uint32_t node = 0;
  std::size_t i = at;
  while (i < text.size()) {
    auto [c, len] = text::decode(text, i);
    i += len;
    if (c == ' ') {
      while (i < text.size() && text[i] == ' ') ++i;  // a run of spaces is one space
    } else if constexpr (Fold) {
      c = text::to_lower(c);
    }
    node = trie.child(node, c);
    if (node == 0) break;
    if (nodes[node].payload >= 0) {
      out.push_back({i, static_cast<std::uint32_t>(nodes[node].payload)});
    }
  }
}

template <bool Fold, typename Out>
void PhraseTrie::walk_back(const Trie& trie, std::string_view text, std::size_t end, Out& out) {
  if (end == 0 || end > text.size()) return;
  const unsigned char last = static_cast<unsigned char>(text[end - 1]);
  if (!trie.can_start_with(last < 128 ? last : 0x80)) return;
  std::uint32_t node = 0;
  std::size_t i = end;
  while (i > 0) {
    i = text::previous_code_point(text, i);
    char32_t c = text::decode(text, i).code_point;
    if (c == ' ') {
      while (i > 0 && text[i - 1] == ' ') --i;
    } else if constexpr (Fold) {
      c = text::to_lower(c);
    }
    node = trie.child(node, c);
    if (node == 0) break;
    if (trie.nodes[node].payload >= 0) {
      out.push_back({i, static_cast<std::uint32_t>(trie.nodes[node].payload)});
    }
  }
}

namespace {

// Puts `out`, the matches of the exact trie (its first `exact` entries) then those of the folded
// one, each in the order its walk found them, in the order `before` (a strict order on Match::end)
// wants, the exact trie's first among equal ends: what std::stable_sort gives, without the buffer
// it allocates on every call. A walk finds its matches in the opposite order, each at a different
// end, so that only a place where both tries match needs a merge.
template <typename Matches, typename Before>
void order_matches(Matches& out, std::size_t exact, Before before) {
  if (out.end() - out.begin() < 2) return;  // most places: no match, or one
  std::reverse(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(exact));
  std::reverse(out.begin() + static_cast<std::ptrdiff_t>(exact), out.end());
  if (exact == 0 || exact == static_cast<std::size_t>(out.end() - out.begin())) return;
  std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(exact), out.end(),
                     [&](const PhraseTrie::Match& a, const PhraseTrie::Match& b) { return before(a.end, b.end); });
}

}  // namespace

std::vector<PhraseTrie::Match> PhraseTrie::matches_ending_at(std::string_view text,
                                                             std::size_t end) const {
  std::vector<Match> out;
  if (!may_match_ending_at(text, end)) return out;
  walk_back<false>(exact_, text, end, out);
  const std::size_t exact = out.size();
  walk_back<true>(folded_, text, end, out);
  order_matches(out, exact, std::less<std::size_t>());
  return out;
}

std::vector<PhraseTrie::Match> PhraseTrie::matches_at(std::string_view text, std::size_t at) const {
  std::vector<Match> out;
  if (!may_match_at(text, at)) return out;
  if (exact_.may_walk_from(text, at)) walk<false>(exact_, text, at, out);
  const std::size_t exact = out.size();
  if (folded_.may_walk_from(text, at)) walk<true>(folded_, text, at, out);
  order_matches(out, exact, std::greater<std::size_t>());
  return out;
}

void PhraseTrie::walk_from(std::string_view text, std::size_t at, MatchBuffer& out) const {
  if (exact_.may_walk_from(text, at)) walk<false>(exact_, text, at, out);
  const std::size_t exact = out.size;
  if (folded_.may_walk_from(text, at)) walk<true>(folded_, text, at, out);
  if (!out.overflow) order_matches(out, exact, std::greater<std::size_t>());
}

void PhraseTrie::matches_ending_at(std::string_view text, std::size_t end, MatchBuffer& out) const {
  out.size = 0;
  out.overflow = false;
  if (!may_match_ending_at(text, end)) return;
  walk_back<false>(exact_, text, end, out);
  const std::size_t exact = out.size;
  walk_back<true>(folded_, text, end, out);
  if (!out.overflow) order_matches(out, exact, std::less<std::size_t>());
}

}  // namespace extrait::lexicon
