// Percentages and percentage points: tests/corpus/percent.tsv.
#define BOOST_TEST_MODULE percent
#include <boost/test/unit_test.hpp>

#include "analyzer_fixture.hpp"
#include "corpus_file.hpp"

BOOST_AUTO_TEST_CASE(percent_corpus) {
  for (const auto& line : extrait::testing::read_corpus("percent.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      const auto report = extrait::testing::analyze_types(line.fields[0], {extrait::EntityType::percent});
      BOOST_TEST(extrait::testing::describe_amounts(report) == line.fields[1]);
    }
  }
}
