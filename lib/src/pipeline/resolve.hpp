// pipeline/resolve.hpp: from every extractor's proposals to one set of non-overlapping entities.
//
// Overlaps between dimensions (and within one) are decided here and nowhere else: a background
// mention (negative priority: plain numbers) loses to any other; then the longer mention wins
// ("10 milliards de dollars" over "10 milliards"), then the higher priority, then the earlier
// start, then the type's order in EntityType: the same input always gives the same entities,
// whatever order the extractors ran in.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/extractor.hpp"

namespace extrait::pipeline {

// Whether mention x (at index a of the proposals) is considered before mention y (at index b):
// the order above, the index last, so that ties never depend on the sort.
bool outranks(const extract::Mention& x, std::size_t a, const extract::Mention& y, std::size_t b);

// The indices of the mentions kept, in text order: what the analyzer reads, taking each kept
// mention where it lies rather than moving it (several hundred bytes and their strings) first.
std::vector<std::size_t> kept_mentions(const std::vector<extract::Mention>& mentions);
// Returns the mentions kept, in text order.
std::vector<extract::Mention> resolve(std::vector<extract::Mention> mentions);

}  // namespace extrait::pipeline
