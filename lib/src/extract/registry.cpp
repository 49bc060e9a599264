#include "extract/registry.hpp"

#include "extract/money/money_extractor.hpp"
#include "extract/number/number_extractor.hpp"
#include "extract/percent/percent_extractor.hpp"

namespace extrait::extract {

std::vector<std::unique_ptr<Extractor>> make_extractors(const Resources& resources) {
  std::vector<std::unique_ptr<Extractor>> all;
  all.push_back(std::make_unique<MoneyExtractor>(resources));
  all.push_back(std::make_unique<PercentExtractor>(resources));
  all.push_back(std::make_unique<NumberExtractor>(resources));
  return all;
}

}  // namespace extrait::extract
