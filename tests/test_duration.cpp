// Durations end to end (tests/corpus/durations.tsv: a French phrase and its durations a line,
// read against the reference date 2025-11-28), and the ISO 8601 values of counts of units.
#define BOOST_TEST_MODULE duration
#include <boost/test/unit_test.hpp>

#include <string>

#include "analyzer_fixture.hpp"
#include "corpus_file.hpp"
#include "extract/duration/duration_value.hpp"

using extrait::testing::analyze_types;
using extrait::testing::read_corpus;

namespace {

// The duration entities of a report as "text|value" joined by " ; ", or "-".
std::string describe_durations(const extrait::Report& report) {
  std::string out;
  for (const extrait::Entity& e : report.entities) {
    if (e.type != extrait::EntityType::duration) continue;
    if (!out.empty()) out += " ; ";
    out += e.text + "|" + e.iso;
  }
  return out.empty() ? "-" : out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(duration_corpus) {
  std::size_t lines = 0;
  for (const auto& line : read_corpus("durations.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      // Dates are analysed too, so that a date holding the count ("il y a deux ans") wins as it
      // does in the full analysis.
      const auto report =
          analyze_types(line.fields[0], {extrait::EntityType::duration, extrait::EntityType::date});
      BOOST_TEST(describe_durations(report) == line.fields[1]);
      ++lines;
    }
  }
  BOOST_TEST(lines >= 120u);
}

using extrait::Decimal;
using extrait::extract::duration::iso_duration;

BOOST_AUTO_TEST_CASE(whole_units) {
  BOOST_TEST(*iso_duration(Decimal(7), "Y", false) == "P7Y");
  BOOST_TEST(*iso_duration(Decimal(18), "M", false) == "P18M");
  BOOST_TEST(*iso_duration(Decimal(3), "W", false) == "P3W");
  BOOST_TEST(*iso_duration(Decimal(90), "D", false) == "P90D");
  BOOST_TEST(*iso_duration(Decimal(48), "H", false) == "PT48H");
  BOOST_TEST(*iso_duration(Decimal(2), "MIN", false) == "PT2M");
  BOOST_TEST(*iso_duration(Decimal(304, -1), "S", false) == "PT30.4S");
}

BOOST_AUTO_TEST_CASE(halves_go_to_the_next_smaller_unit) {
  BOOST_TEST(*iso_duration(Decimal(2), "Y", true) == "P2Y6M");
  BOOST_TEST(*iso_duration(Decimal(1), "M", true) == "P1M15D");
  BOOST_TEST(*iso_duration(Decimal(2), "W", true) == "P17DT12H");
  BOOST_TEST(*iso_duration(Decimal(2), "D", true) == "P2DT12H");
  BOOST_TEST(*iso_duration(Decimal(1), "H", true) == "PT1H30M");
  BOOST_TEST(*iso_duration(Decimal(3), "MIN", true) == "PT3M30S");
  BOOST_TEST(*iso_duration(Decimal(5), "S", true) == "PT5.5S");
  BOOST_TEST(!iso_duration(Decimal(15, -1), "Y", true));  // "1,5 an et demi" makes no sense
  BOOST_TEST(!iso_duration(Decimal(-1), "Y", false));
}
