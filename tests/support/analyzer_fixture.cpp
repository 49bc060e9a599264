#include "analyzer_fixture.hpp"

#include <stdexcept>

namespace extrait::testing {

const Analyzer& shared_analyzer() {
  static const Analyzer analyzer = [] {
    auto created = Analyzer::create();
    if (!created) throw std::runtime_error("cannot build the analyzer: " + created.error().message);
    return std::move(created.value());
  }();
  return analyzer;
}

Report analyze_types(const std::string& text, const std::vector<EntityType>& types,
                     const std::string& reference_date) {
  Options options;
  options.types = types;
  options.reference_date = reference_date;
  auto report = shared_analyzer().analyze(text, options, "test");
  if (!report) throw std::runtime_error("analysis failed: " + report.error().message);
  return std::move(report.value());
}

std::string describe_amounts(const Report& report) {
  std::string out;
  for (const Entity& e : report.entities) {
    if (e.type != EntityType::money && e.type != EntityType::percent && e.type != EntityType::number) continue;
    if (!out.empty()) out += " ; ";
    out += e.text + "|";
    if (e.value) out += e.value->to_string();
    else if (e.min && e.max) out += e.min->to_string() + ".." + e.max->to_string();
    if (!e.currency.empty()) out += "|" + e.currency;
    if (e.qualifier != Qualifier::exact) out += "|" + std::string(to_string(e.qualifier));
  }
  return out.empty() ? "-" : out;
}

std::string describe_names(const Report& report, EntityType type) {
  std::string out;
  for (const Entity& e : report.entities) {
    if (e.type != type) continue;
    if (!out.empty()) out += " ; ";
    out += e.text + "|" + e.name;
  }
  return out.empty() ? "-" : out;
}

std::string expand_names(const std::string& expected) {
  if (expected == "-") return expected;
  std::string out;
  std::size_t at = 0;
  while (at <= expected.size()) {
    std::size_t sep = expected.find(" ; ", at);
    if (sep == std::string::npos) sep = expected.size();
    const std::string item = expected.substr(at, sep - at);
    if (!out.empty()) out += " ; ";
    out += item.find('|') == std::string::npos ? item + "|" + item : item;
    at = sep + 3;
  }
  return out;
}

}  // namespace extrait::testing
