// Numbers in digits, exact decimals and quantities with their scales.
#define BOOST_TEST_MODULE numbers
#include <boost/test/unit_test.hpp>

#include "corpus_file.hpp"
#include "extrait/decimal.hpp"
#include "lexicon/lexicon_set.hpp"
#include "numbers/digits.hpp"
#include "numbers/quantity.hpp"

using extrait::Decimal;
using extrait::testing::read_corpus;

BOOST_AUTO_TEST_CASE(digits_corpus) {
  for (const auto& line : read_corpus("digits.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      const std::string& text = line.fields[0];
      auto n = extrait::numbers::read_digits(text, 0);
      if (line.fields[1] == "-") {
        BOOST_TEST(!n.has_value());
        continue;
      }
      BOOST_REQUIRE(n.has_value());
      BOOST_TEST(n->value.to_string() == line.fields[1]);
      const std::string rest = line.fields.size() > 2 ? line.fields[2] : "";
      BOOST_TEST(text.substr(n->end) == rest);
    }
  }
}

BOOST_AUTO_TEST_CASE(decimal_is_exact) {
  BOOST_TEST(Decimal::parse("8.53")->scaled(9)->to_string() == "8530000000");
  BOOST_TEST(Decimal::parse("1.2")->scaled(9)->to_string() == "1200000000");
  BOOST_TEST(Decimal::parse("0.75")->to_string() == "0.75");
  BOOST_TEST(Decimal::parse("-0.4")->to_string() == "-0.4");
  BOOST_TEST(Decimal::parse("8.53")->scaled(-4)->to_string() == "0.000853");
  BOOST_TEST((*Decimal::parse("2.50") == *Decimal::parse("2.5")));
  BOOST_TEST((*Decimal::parse("2.4") < *Decimal::parse("2.5")));
  BOOST_TEST(!(*Decimal::parse("3") < *Decimal::parse("2.5")));
  BOOST_TEST(Decimal(3, 6).plus(Decimal(5, 5))->to_string() == "3500000");
  BOOST_TEST(Decimal(3).times(*Decimal::parse("0.01"))->to_string() == "0.03");
  BOOST_TEST(Decimal::parse("8.53")->to_double() == 8.53);
  BOOST_TEST(!Decimal::parse("").has_value());
  BOOST_TEST(!Decimal::parse("1.2.3").has_value());
  BOOST_TEST(!Decimal::parse("12a").has_value());
  BOOST_TEST(!Decimal(std::int64_t{1} << 62).times(Decimal(8)).has_value());
  BOOST_TEST(Decimal(0, 5).to_string() == "0");
}

BOOST_AUTO_TEST_CASE(quantities_with_scales) {
  auto lexicons = extrait::lexicon::LexiconSet::load({});
  BOOST_REQUIRE(lexicons.ok());
  const extrait::numbers::QuantityReader reader(*lexicons);
  struct Case {
    std::string text, value, read;
    int scale;
  };
  const Case cases[] = {
      {"2,5 milliards de", "2500000000", "2,5 milliards", 9},
      {"8,53 milliards d'euros", "8530000000", "8,53 milliards", 9},
      {"3 millions et demi d'euros", "3500000", "3 millions et demi", 6},
      {"1,5 million", "1500000", "1,5 million", 6},
      {"350 M€", "350000000", "350 M", 6},
      {"10M€", "10000000", "10M", 6},
      {"1,2 Md€", "1200000000", "1,2 Md", 9},
      {"12 k€", "12000", "12 k", 3},
      {"2 billions d'euros", "2000000000000", "2 billions", 12},
      {"10 min", "10", "10", 0},
      {"5 mille", "5000", "5 mille", 3},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.text) {
      auto q = reader.read(c.text, 0);
      BOOST_REQUIRE(q.has_value());
      BOOST_TEST(q->value.to_string() == c.value);
      BOOST_TEST(c.text.substr(q->begin, q->end - q->begin) == c.read);
      BOOST_TEST(q->scale == c.scale);
    }
  }
  const auto all = reader.find_all("Des tranches de 2, 3 et 4 millions, puis $10 et 1er.");
  BOOST_REQUIRE_EQUAL(all.size(), 5u);
  BOOST_TEST(all[0].value.to_string() == "2");
  BOOST_TEST(all[2].value.to_string() == "4000000");
  BOOST_TEST(all[3].value.to_string() == "10");
  BOOST_TEST(all[4].glued);
}
