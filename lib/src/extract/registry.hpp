// extract/registry.hpp: the list of extractors, in one place.
//
// Adding a dimension is adding its folder under extract/ and one line in registry.cpp.
#pragma once

#include <memory>
#include <vector>

#include "extract/extractor.hpp"
#include "extract/resources.hpp"

namespace extrait::extract {

std::vector<std::unique_ptr<Extractor>> make_extractors(const Resources& resources);

}  // namespace extrait::extract
