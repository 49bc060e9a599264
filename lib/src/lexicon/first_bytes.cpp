#include "lexicon/first_bytes.hpp"

#include <algorithm>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::lexicon {

std::vector<char32_t> code_points_of(std::string_view phrase, bool backward) {
  std::vector<char32_t> code_points;
  for (std::size_t i = 0; i < phrase.size();) {
    auto [c, len] = text::decode(phrase, i);
    code_points.push_back(c);
    i += len;
  }
  if (backward) std::reverse(code_points.begin(), code_points.end());
  return code_points;
}

std::vector<char32_t> edge_keys(const std::vector<char32_t>& code_points, bool fold) {
  std::vector<char32_t> keys;
  bool after_space = false;
  for (char32_t c : code_points) {
    if (c == ' ') {
      if (after_space) continue;  // "a  b" is "a b": one space edge per run
      after_space = true;
    } else {
      after_space = false;
    }
    keys.push_back(fold ? text::to_lower(c) : c);
  }
  return keys;
}

void FirstBytes::add(const std::vector<char32_t>& keys, bool fold) {
  // The ASCII bytes of the text that reach `key`: itself, and its capital in a folded phrase.
  auto bytes_of = [&](char32_t key, auto&& mark) {
    if (key >= 128) return;  // reached by a byte beyond ASCII, which may_begin_with() lets through
    mark(static_cast<std::size_t>(key));
    if (fold && key >= 'a' && key <= 'z') mark(static_cast<std::size_t>(key - 32));
  };
  if (keys.empty()) return;
  bytes_of(keys[0], [&](std::size_t first) { firsts_.set(first); });
  // A phrase of one code point matches whatever follows it; one that starts with a space is
  // reached through a run of spaces.
  if (keys.size() == 1 || keys[0] == ' ') {
    bytes_of(keys[0], [&](std::size_t first) {
      for (std::size_t second = 0; second < 128; ++second) {
        pairs_.set(first << 7 | second);
        open_pairs_.set(first << 7 | second);
      }
    });
    return;
  }
  const bool open = keys.size() == 2 || keys[1] == ' ';
  bytes_of(keys[0], [&](std::size_t first) {
    bytes_of(keys[1], [&](std::size_t second) {
      pairs_.set(first << 7 | second);
      if (open) open_pairs_.set(first << 7 | second);
      // A third code point beyond ASCII is reached by a byte beyond ASCII: let through.
      else if (keys[2] < 128) triples_.set(triple(first, second, keys[2]));
    });
  });
}

}  // namespace extrait::lexicon
