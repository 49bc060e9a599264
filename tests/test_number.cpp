// Plain numbers and counts (type `number`): tests/corpus/numbers.tsv.
#define BOOST_TEST_MODULE number
#include <boost/test/unit_test.hpp>

#include "analyzer_fixture.hpp"
#include "corpus_file.hpp"

namespace {

std::string describe_numbers(const extrait::Report& report) {
  std::string out;
  for (const auto& e : report.entities) {
    if (!out.empty()) out += " ; ";
    out += e.text + "|" + (e.value ? e.value->to_string() : "") + "|" + e.unit;
  }
  return out.empty() ? "-" : out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(number_corpus) {
  for (const auto& line : extrait::testing::read_corpus("numbers.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      const auto report = extrait::testing::analyze_types(line.fields[0], {extrait::EntityType::number});
      BOOST_TEST(describe_numbers(report) == line.fields[1]);
    }
  }
}

// Counts stay out of the default report, and never take the place of an amount.
BOOST_AUTO_TEST_CASE(numbers_are_off_by_default_and_yield_to_amounts) {
  extrait::Options options;
  options.reference_date = "2025-11-28";
  auto report = extrait::testing::shared_analyzer().analyze("3 000 salariés et 5 millions d'euros.", options);
  BOOST_REQUIRE(report.ok());
  BOOST_REQUIRE_EQUAL(report->entities.size(), 1u);
  BOOST_TEST(report->entities[0].text == "5 millions d'euros");
  const auto all = extrait::testing::analyze_types("3 000 salariés et 5 millions d'euros, 4 %.",
                                                   {extrait::EntityType::number, extrait::EntityType::money,
                                                    extrait::EntityType::percent});
  BOOST_REQUIRE_EQUAL(all.entities.size(), 3u);
  BOOST_TEST((all.entities[0].type == extrait::EntityType::number));
  BOOST_TEST((all.entities[1].type == extrait::EntityType::money));
  BOOST_TEST((all.entities[2].type == extrait::EntityType::percent));
}
