// Money amounts end to end: tests/corpus/money.tsv, one French phrase and its amounts a line.
#define BOOST_TEST_MODULE money
#include <boost/test/unit_test.hpp>

#include "analyzer_fixture.hpp"
#include "corpus_file.hpp"

using extrait::testing::analyze_types;
using extrait::testing::describe_amounts;
using extrait::testing::read_corpus;

BOOST_AUTO_TEST_CASE(money_corpus) {
  for (const auto& line : read_corpus("money.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      const auto report = analyze_types(line.fields[0], {extrait::EntityType::money});
      BOOST_TEST(describe_amounts(report) == line.fields[1]);
    }
  }
}
