#include "pipeline/resolve.hpp"

#include <algorithm>
#include <iterator>
#include <map>

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
  std::vector<Mention> out;
  out.reserve(chosen.size());
  for (std::size_t i : chosen) out.push_back(std::move(mentions[i]));
  return out;
}

}  // namespace extrait::pipeline
