#include "pipeline/resolve.hpp"

#include <algorithm>
#include <iterator>
#include <cstddef>
#include <map>
#include <utility>

namespace extrait::pipeline {

std::vector<extract::Mention> resolve(std::vector<extract::Mention> mentions) {
  using extract::Mention;
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Mention& x = mentions[a];
    const Mention& y = mentions[b];
    // Background mentions (plain numbers) lose to any other, whatever their length: the sign
    // read into "moins 15" must not hide the percentage "15 %" of "au moins 15 %".
    if ((x.priority < 0) != (y.priority < 0)) return y.priority < 0;
    if (x.end - x.begin != y.end - y.begin) return x.end - x.begin > y.end - y.begin;
    if (x.priority != y.priority) return x.priority > y.priority;
    if (x.begin != y.begin) return x.begin < y.begin;
    if (x.entity.type != y.entity.type) return x.entity.type < y.entity.type;
    return a < b;
  });
  // Kept mentions by start; a candidate is dropped if it overlaps its neighbours there.
  std::map<std::size_t, std::size_t> kept;  // begin -> end
  std::vector<std::size_t> chosen;
  for (std::size_t i : order) {
    const Mention& m = mentions[i];
    if (m.end <= m.begin) continue;
    auto next = kept.lower_bound(m.begin);
    if (next != kept.end() && next->first < m.end) continue;
    if (next != kept.begin() && std::prev(next)->second > m.begin) continue;
    kept.emplace(m.begin, m.end);
    chosen.push_back(i);
  }
  std::sort(chosen.begin(), chosen.end(),
            [&](std::size_t a, std::size_t b) { return mentions[a].begin < mentions[b].begin; });
  // The kept mentions are moved to the front in text order in place: a second vector would
  // double the memory a long document's proposals take, at the moment the names' per-word
  // state is still held.
  std::vector<std::size_t> original_at(mentions.size());  // position -> index the mention had
  std::vector<std::size_t> position_of(mentions.size());  // index the mention had -> position
  for (std::size_t i = 0; i < mentions.size(); ++i) original_at[i] = position_of[i] = i;
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    const std::size_t from = position_of[chosen[k]];
    if (from == k) continue;
    std::swap(mentions[k], mentions[from]);
    const std::size_t displaced = original_at[k];
    original_at[from] = displaced;
    position_of[displaced] = from;
    original_at[k] = chosen[k];
    position_of[chosen[k]] = k;
  }
  mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(chosen.size()), mentions.end());
  return mentions;
}

}  // namespace extrait::pipeline
