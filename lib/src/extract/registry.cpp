#include "extract/registry.hpp"

#include "extract/date/date_extractor.hpp"
#include "extract/duration/duration_extractor.hpp"
#include "extract/money/money_extractor.hpp"
#include "extract/number/number_extractor.hpp"
#include "extract/organization/organization_extractor.hpp"
#include "extract/percent/percent_extractor.hpp"
#include "extract/person/person_extractor.hpp"

namespace extrait::extract {

std::vector<std::unique_ptr<Extractor>> make_extractors(const Resources& resources) {
  std::vector<std::unique_ptr<Extractor>> all;
  all.push_back(std::make_unique<MoneyExtractor>(resources));
  all.push_back(std::make_unique<PercentExtractor>(resources));
  all.push_back(std::make_unique<DateExtractor>(resources));
  all.push_back(std::make_unique<DurationExtractor>(resources));
  all.push_back(std::make_unique<NumberExtractor>(resources));
  // The name finders last: the words they share (per token, more than the text's own size) are
  // then alive for the shortest time (Extractor::end_document gives them back).
  all.push_back(std::make_unique<OrganizationExtractor>(resources));
  all.push_back(std::make_unique<PersonExtractor>(resources));
  return all;
}

}  // namespace extrait::extract
