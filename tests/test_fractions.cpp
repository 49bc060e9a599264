// tests/test_fractions.cpp: numbers made of more than one number (numbers/fractions.hpp), the
// ordinals they use as denominators (NumberWords::read_ordinal), and the division that rounds.
//
// Three kinds of evidence: hand-written phrases (corpus/fractions.tsv), each rule and each
// refusal; ICU's French spell-out, an independent writer of ordinals and cardinals, whose
// fractions must read back as the number they spell; and checks that a read allocates nothing.
#define BOOST_TEST_MODULE fractions
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "corpus_file.hpp"
#include "number_test_support.hpp"
#include "extrait/decimal.hpp"
#include "lexicon/lexicon_set.hpp"
#include "numbers/number_words.hpp"
#include "numbers/quantity.hpp"

namespace {

using extrait::Decimal;
using extrait::testing::built_in_lexicons;
using extrait::testing::Speller;
using extrait::numbers::NumberWords;
using extrait::numbers::QuantityReader;

const QuantityReader& quantities() {
  static const QuantityReader reader(built_in_lexicons());
  return reader;
}

const NumberWords& words() {
  static const NumberWords reader(built_in_lexicons());
  return reader;
}

std::string quotient(std::int64_t a, std::int64_t b, int digits = 15) {
  auto q = Decimal(a).divided_by(Decimal(b), digits);
  return q ? q->to_string() : "none";
}

// "cinquième" as typed without accents: "cinquieme".
std::string without_accents(std::string s) {
  for (const std::string accented : {"\xC3\xA8", "\xC3\xA9"}) {
    for (std::size_t at = s.find(accented); at != std::string::npos; at = s.find(accented)) s.replace(at, 2, "e");
  }
  return s;
}

}  // namespace

BOOST_AUTO_TEST_CASE(division_is_exact_when_it_terminates_and_rounded_otherwise) {
  BOOST_TEST(quotient(3, 4) == "0.75");
  BOOST_TEST(quotient(1, 8) == "0.125");
  BOOST_TEST(quotient(130, 5) == "26");
  BOOST_TEST(quotient(1, 3) == "0.333333333333333");
  BOOST_TEST(quotient(2, 3) == "0.666666666666667");
  BOOST_TEST(quotient(-2, 3) == "-0.666666666666667");
  BOOST_TEST(quotient(2, -3) == "-0.666666666666667");
  BOOST_TEST(quotient(20000000, 3) == "6666666.66666667");
  BOOST_TEST(quotient(1, 121) == "0.00826446280991736");
  BOOST_TEST(quotient(1, 7, 5) == "0.14286");
  BOOST_TEST(quotient(0, 7) == "0");
  // Terminating quotients keep up to 18 digits: 1/2^20 has 14 significant digits, 1/2^40 has 28.
  BOOST_TEST(quotient(1, 1048576) == "0.00000095367431640625");
  BOOST_TEST(quotient(1, 1099511627776) == "0.000000000000909494701772928");
  BOOST_TEST(quotient(123456789012345678, 1, 15) == "123456789012345678");
  BOOST_TEST(quotient(INT64_MAX, 1) == "9223372036854775807");
  BOOST_TEST(quotient(INT64_MIN, -1) == "9223372036854780000");  // one more than a mantissa holds
  BOOST_TEST(quotient(1, 1000000000000) == "0.000000000001");
  BOOST_TEST(Decimal::parse("2.5")->divided_by(*Decimal::parse("0.5"))->to_string() == "5");
  BOOST_TEST(Decimal(1, -3).divided_by(Decimal(3, 4))->to_string() == "0.0000000333333333333333");
  BOOST_TEST(!Decimal(1).divided_by(Decimal(0)).has_value());
  BOOST_TEST(!Decimal(1).divided_by(Decimal(3), 0).has_value());
  BOOST_TEST(!Decimal(1).divided_by(Decimal(3), 19).has_value());
}

BOOST_AUTO_TEST_CASE(built_in_lexicons_are_usable) {
  for (const auto& problem : quantities().problems()) BOOST_ERROR(problem);
}

BOOST_AUTO_TEST_CASE(corpus_phrases) {
  for (const auto& line : extrait::testing::read_corpus("fractions.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      std::string text = line.fields[0];
      std::size_t at = 0;
      if (auto open = text.find('['); open != std::string::npos) {
        text.erase(open, 1);
        at = open;
      }
      std::size_t end = text.size();
      if (auto close = text.find(']'); close != std::string::npos) {
        text.erase(close, 1);
        end = close;
      }
      const auto got = quantities().read(text, at);
      if (line.fields[1] == "-") {
        BOOST_TEST(!got, "'" << text << "' should not read, got " << (got ? got->value.to_string() : ""));
        continue;
      }
      BOOST_REQUIRE_MESSAGE(got, "'" << text << "' should read " << line.fields[1]);
      BOOST_TEST(got->value.to_string() == line.fields[1]);
      BOOST_TEST(text.substr(at, got->end - at) == text.substr(at, end - at));
    }
  }
}

// Every ordinal ICU writes from 2 to 20 000 and a sample up to the trillion reads back as its
// value, singular and plural, with and without accents; "premier" has no cardinal form.
BOOST_AUTO_TEST_CASE(icu_ordinals_read_back) {
  std::vector<std::int64_t> numbers;
  for (std::int64_t n = 2; n <= 20000; ++n) numbers.push_back(n);
  for (std::int64_t n = 20011; n < 1000000000000; n = n * 7 + 13) numbers.push_back(n);
  for (std::int64_t power = 1000000; power <= 1000000000000; power *= 1000) numbers.push_back(power);
  const Speller speller;
  std::size_t failures = 0;
  for (std::int64_t n : numbers) {
    for (const char* rules : {"%spellout-ordinal-masculine", "%spellout-ordinal-feminine-plural"}) {
      const std::string spelled = speller.spell(n, rules);
      for (const std::string& text : {spelled, without_accents(spelled)}) {
        const auto got = words().read_ordinal(text, 0);
        const bool plural = std::string(rules).find("plural") != std::string::npos;
        if (!got || got->end != text.size() || !(got->value == Decimal(n)) || got->plural != plural) {
          if (++failures <= 10) BOOST_ERROR("ordinal '" << text << "' should read " << n);
        }
      }
    }
  }
  BOOST_TEST(failures == 0u);
}

// A numerator in ICU's words and an ordinal in ICU's words read as their quotient, alone and in
// a sentence. Denominators with a noun of their own ("tiers") and those whose first word could
// end the numerator ("quatre vingtièmes") are left to the corpus.
BOOST_AUTO_TEST_CASE(icu_fractions_read_back) {
  const Speller speller;
  std::size_t failures = 0;
  std::size_t checked = 0;
  for (std::int64_t numerator = 1; numerator <= 999; numerator += 7) {
    for (std::int64_t denominator : {5, 7, 9, 10, 11, 16, 100, 1000, 1000000, 1000000000}) {
      const char* rules = numerator == 1 ? "%spellout-ordinal-masculine" : "%spellout-ordinal-masculine-plural";
      // ICU writes "un millionième" where French says "trois millionièmes", not "trois un".
      std::string ordinal = speller.spell(denominator, rules);
      if (ordinal.starts_with("un ")) ordinal.erase(0, 3);
      const std::string fraction = speller.spell(numerator, "%spellout-numbering") + " " + ordinal;
      const auto expected = Decimal(numerator).divided_by(Decimal(denominator));
      for (const std::string& before : {std::string(), std::string("Soit ")}) {
        const std::string text = before + fraction + " des voix.";
        const auto got = quantities().read(text, before.size());
        ++checked;
        if (!got || got->end != before.size() + fraction.size() || !(got->value == *expected)) {
          if (++failures <= 10) {
            BOOST_ERROR("'" << text << "' should read " << expected->to_string() << ", got "
                            << (got ? got->value.to_string() : "nothing"));
          }
        }
      }
    }
  }
  BOOST_TEST(failures == 0u, failures << " of " << checked << " failed");
}

// read() runs at every word start of every document: none of its forms may allocate.
BOOST_AUTO_TEST_CASE(read_does_not_allocate) {
  const std::string text =
      "Les deux tiers, trois cinquièmes, un vingt et unième, cinq et un quart, six millions et deux "
      "tiers, un sur trois, 1 sur 3 ans, 3/4, 2 1/4, 28/11/2026, 5/6 jours, deux cent virgule "
      "cinquante deux, 3 douzaines, une demi-douzaine, ,08 et ½, 2½, un cinquième mandat.";
  const QuantityReader& reader = quantities();
  std::size_t found = 0;
  const std::size_t before = extrait::testing::heap_allocations();
  for (std::size_t at = 0; at < text.size(); ++at) found += reader.read(text, at).has_value();
  BOOST_TEST(extrait::testing::heap_allocations() == before);
  BOOST_TEST(found >= 15u);  // the scan did read the forms
}

BOOST_AUTO_TEST_CASE(bad_lexicon_rows_are_reported) {
  namespace fs = std::filesystem;
  const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
  const fs::path dir = fs::temp_directory_path() / ("extrait_fractions_" + std::to_string(stamp));
  fs::create_directories(dir);
  {
    std::ofstream fractions(dir / "fractions.tsv");
    fractions << "moitié\t2\tnoun\tsingular\n"   // usable: "une moitié"
              << "pair\t1\tnoun\tsingular\n"     // a denominator is 2 or more
              << "tiercé\t3\tnoun\n"             // neither singular nor plural
              << "quint\t5\tnoun\tsingular,feminine\n"  // unknown flag
              << "⅟\t1\tsign\n"                  // a sign's value is a/b
              << "xx\t1/2\tsign\n"               // a sign is one character
              << "rien\t1/2\tsymbol\n";          // unknown kind
    std::ofstream multipliers(dir / "multipliers.tsv");
    multipliers << "grosse\t144\n"               // usable
                << "paire\n";                    // no value
  }
  auto lexicons = extrait::lexicon::LexiconSet::load({dir});
  fs::remove_all(dir);
  BOOST_REQUIRE(lexicons.ok());
  const QuantityReader reader(*lexicons);
  BOOST_TEST(reader.problems().size() == 7u);
  for (const auto& problem : reader.problems()) {
    const bool located = problem.find("fractions.tsv:") != std::string::npos ||
                         problem.find("multipliers.tsv:") != std::string::npos;
    BOOST_TEST(located, problem);
  }
  auto half = reader.read("une moitié des voix", 0);
  BOOST_REQUIRE(half);
  BOOST_TEST(half->value.to_string() == "0.5");
  auto gross = reader.read("deux grosses", 0);
  BOOST_REQUIRE(gross);
  BOOST_TEST(gross->value.to_string() == "2");  // "grosse" is listed, not "grosses"
  auto one_gross = reader.read("une grosse de crayons", 0);
  BOOST_REQUIRE(one_gross);
  BOOST_TEST(one_gross->value.to_string() == "144");
}
