// People: tests/corpus/persons.tsv end to end (one French phrase and the people it names a line),
// then the lexicons the person extractor reads: given names with their gender, family names
// written first, titles and cues.
#define BOOST_TEST_MODULE person
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "analyzer_fixture.hpp"
#include "built_in_lexicons.hpp"
#include "corpus_file.hpp"
#include "extract/organization/fold.hpp"
#include "extract/person/people.hpp"
#include "text/utf8.hpp"
#include "lexicon/lexicon_set.hpp"

using extrait::EntityType;
using extrait::testing::analyze_types;
using extrait::testing::describe_names;
using extrait::testing::expand_names;
using extrait::testing::read_corpus;

using extrait::testing::built_in_lexicons;

namespace {

}  // namespace

BOOST_AUTO_TEST_CASE(person_corpus) {
  for (const auto& line : read_corpus("persons.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      const auto report = analyze_types(line.fields[0], {EntityType::person});
      BOOST_TEST(describe_names(report, EntityType::person) == expand_names(line.fields[1]));
    }
  }
}

// first_names.txt (from hunspell-fr) and first_names_extra.txt: "name<TAB>gender", a capital, a
// gender m, f or e, no name twice in one file; the extra file adds names, it does not repeat them.
BOOST_AUTO_TEST_CASE(first_name_lexicons) {
  std::set<std::string> base;
  for (const char* file : {"first_names.txt", "first_names_extra.txt"}) {
    std::set<std::string> seen;
    const auto& rows = built_in_lexicons().rows(file);
    BOOST_TEST(rows.size() > 300u, file);
    for (const auto& row : rows) {
      BOOST_TEST_CONTEXT(row.source) {
        BOOST_TEST_REQUIRE(row.fields.size() == 2u);
        const std::string& g = row.fields[1];
        BOOST_TEST((g == "m" || g == "f" || g == "e"));
        BOOST_TEST(seen.insert(row.fields[0]).second, "twice: " << row.fields[0]);
        if (std::string(file) == "first_names_extra.txt") BOOST_TEST(base.count(row.fields[0]) == 0u);
      }
    }
    if (std::string(file) == "first_names.txt") base = seen;
  }
  BOOST_TEST(base.size() > 2500u);  // hunspell-fr 7.0 tags 2,832 given names
  for (const auto& row : built_in_lexicons().rows("first_names_excluded.txt")) BOOST_TEST(base.count(row.fields[0]) == 1u, row.fields[0]);
  BOOST_TEST(built_in_lexicons().rows("family_names_first.txt").size() > 100u);
}

BOOST_AUTO_TEST_CASE(person_cue_lexicons) {
  const std::set<std::string> title_kinds = {"honorific", "role"};
  for (const auto& row : built_in_lexicons().rows("person_titles.tsv")) {
    BOOST_TEST_CONTEXT(row.source) {
      BOOST_TEST_REQUIRE(row.fields.size() == 3u);
      BOOST_TEST(title_kinds.count(row.fields[1]) == 1u);
      BOOST_TEST((row.fields[2] == "m" || row.fields[2] == "f" || row.fields[2] == "-"));
    }
  }
  const std::set<std::string> cue_kinds = {"speech", "not_person", "particle"};
  for (const auto& row : built_in_lexicons().rows("person_cues.tsv")) {
    BOOST_TEST_CONTEXT(row.source) {
      BOOST_TEST_REQUIRE(row.fields.size() == 2u);
      BOOST_TEST(cue_kinds.count(row.fields[1]) == 1u);
    }
  }
}

// The full name is kept the way the article wrote it; titles never enter a span.
BOOST_AUTO_TEST_CASE(spans_leave_titles_out) {
  const auto report = analyze_types("Mme Laure Béranger a démissionné. Mme Béranger part demain.", {EntityType::person});
  BOOST_TEST_REQUIRE(report.entities.size() == 2u);
  BOOST_TEST(report.entities[0].text == "Laure Béranger");
  BOOST_TEST(report.entities[1].text == "Béranger");
  BOOST_TEST(report.entities[1].name == "Laure Béranger");
  BOOST_TEST(report.entities[1].span.start ==
             extrait::text::count_code_points("Mme Laure Béranger a démissionné. Mme "));
}

// The people of a document: the mention of a surname closest before, else the first after; a
// title's gender sets aside the people of the other; of two mentions at one place, the last added
// before and the first added after. A surname glued to a word is found among a few people and
// among many (where a trie of the surnames answers).
BOOST_AUTO_TEST_CASE(people_by_surname) {
  using extrait::extract::names::Gender;
  extrait::extract::names::People people;
  people.add("Dupont", "Jean Dupont", Gender::male, 10);
  people.add("Dupont", "Marie Dupont", Gender::female, 50);
  people.add("Dupont", "Camille Dupont", Gender::unknown, 50);
  BOOST_TEST(*people.find("dupont", Gender::unknown, 5) == "Jean Dupont");
  BOOST_TEST(*people.find("dupont", Gender::unknown, 30) == "Jean Dupont");
  BOOST_TEST(*people.find("dupont", Gender::unknown, 60) == "Camille Dupont");
  BOOST_TEST(*people.find("dupont", Gender::male, 40) == "Jean Dupont");
  BOOST_TEST(*people.find("dupont", Gender::male, 60) == "Camille Dupont");  // of unknown gender: fits
  BOOST_TEST(*people.find("dupont", Gender::female, 40) == "Marie Dupont");
  BOOST_TEST(people.find("durand", Gender::unknown, 60) == nullptr);
  BOOST_TEST(people.surname_prefix("Dupontdans") == std::string("Dupont").size());
  BOOST_TEST(people.surname_prefix("Dupont") == 0u);

  extrait::extract::names::People many;
  for (int i = 0; i < 100; ++i) many.add("Nom" + std::to_string(i), "Jean Nom" + std::to_string(i), Gender::male, 10 * i);
  many.add("Barreto", "Lucie Barreto", Gender::female, 5000);
  BOOST_TEST(many.surname_prefix("Barretodans") == std::string("Barreto").size());
  BOOST_TEST(many.surname_prefix("Nom12dans") == std::string("Nom12").size());
  BOOST_TEST(*many.find("nom7", Gender::unknown, 0) == "Jean Nom7");
}
