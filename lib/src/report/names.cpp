// The names of types and qualifiers, exactly as the JSON contract spells them.
#include "extrait/report.hpp"

namespace extrait {

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::money: return "money";
    case EntityType::percent: return "percent";
    case EntityType::number: return "number";
    case EntityType::date: return "date";
    case EntityType::duration: return "duration";
    case EntityType::organization: return "organization";
    case EntityType::person: return "person";
  }
  return "unknown";
}

const std::vector<EntityType>& all_entity_types() {
  static const std::vector<EntityType> all = {EntityType::money,    EntityType::percent,
                                              EntityType::number,   EntityType::date,
                                              EntityType::duration, EntityType::organization,
                                              EntityType::person};
  return all;
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (EntityType type : all_entity_types()) {
    if (to_string(type) == name) return type;
  }
  return std::nullopt;
}

std::string_view to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::exact: return "exact";
    case Qualifier::approx: return "approx";
    case Qualifier::at_least: return "at_least";
    case Qualifier::more_than: return "more_than";
    case Qualifier::at_most: return "at_most";
    case Qualifier::less_than: return "less_than";
    case Qualifier::up_to: return "up_to";
  }
  return "exact";
}

}  // namespace extrait
