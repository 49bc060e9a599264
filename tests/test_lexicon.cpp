// Lexicon files, phrase tries and glue words.
#define BOOST_TEST_MODULE lexicon
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "lexicon/glue.hpp"
#include "lexicon/lexicon_set.hpp"
#include "lexicon/phrase_trie.hpp"

using extrait::lexicon::GlueWords;
using extrait::lexicon::LexiconSet;
using extrait::lexicon::PhraseTrie;

BOOST_AUTO_TEST_CASE(parse_rows) {
  const auto rows = LexiconSet::parse("# comment\n\neuros\tEUR\tafter\tfold\r\n  dollars \tUSD\n\t\n", "x.tsv");
  BOOST_REQUIRE_EQUAL(rows.size(), 3u);
  BOOST_TEST(rows[0].fields.size() == 4u);
  BOOST_TEST(rows[0].source == "x.tsv:3");
  BOOST_TEST(rows[0].fields[3] == "fold");
  BOOST_TEST(rows[1].fields[0] == "dollars");
  BOOST_TEST(rows[1].fields[1] == "USD");
}

BOOST_AUTO_TEST_CASE(built_in_and_extra_directories) {
  namespace fs = std::filesystem;
  auto builtin = LexiconSet::load({});
  BOOST_REQUIRE(builtin.ok());
  const std::size_t before = builtin->rows("scales.tsv").size();
  BOOST_TEST(before > 10u);
  BOOST_TEST(builtin->rows("no-such-file.tsv").empty());

  const fs::path dir = fs::temp_directory_path() / ("extrait-lex-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "scales.tsv") << "myriade\t4\tword\n";
  auto extended = LexiconSet::load({dir});
  BOOST_REQUIRE(extended.ok());
  BOOST_TEST(extended->rows("scales.tsv").size() == before + 1);
  BOOST_TEST(extended->rows("scales.tsv").back().fields[0] == "myriade");

  std::ofstream(dir / "bad.txt", std::ios::binary) << "caf\xe9\n";
  auto bad = LexiconSet::load({dir});
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().message.find("bad.txt") != std::string::npos);
  fs::remove_all(dir);

  auto missing = LexiconSet::load({dir / "absent"});
  BOOST_TEST(!missing.ok());
}

BOOST_AUTO_TEST_CASE(phrase_trie_forward) {
  PhraseTrie trie;
  trie.add("dollars", true, 1);
  trie.add("dollars canadiens", true, 2);
  trie.add("M", false, 3);
  trie.add("État", true, 4);
  const std::string text = "10 Dollars  canadiens et 5 M et l'ÉTAT";
  auto m = trie.matches_at(text, 3);
  BOOST_REQUIRE_EQUAL(m.size(), 2u);
  BOOST_TEST(m[0].payload == 2u);  // longest first; two spaces match one
  BOOST_TEST(text.substr(3, m[0].end - 3) == "Dollars  canadiens");
  BOOST_TEST(m[1].payload == 1u);
  BOOST_TEST(trie.matches_at(text, 27).size() == 1u);
  BOOST_TEST(trie.matches_at("m", 0).empty());  // exact forms keep their case
  BOOST_TEST(trie.matches_at(text, text.find("ÉTAT")).size() == 1u);
}

BOOST_AUTO_TEST_CASE(phrase_trie_backward) {
  PhraseTrie trie(PhraseTrie::Direction::backward);
  trie.add("plus de", true, 1);
  trie.add("un peu plus de", true, 2);
  trie.add("US$", false, 3);
  const std::string text = "Un peu plus de 20 et US$ 5";
  auto m = trie.matches_ending_at(text, 14);
  BOOST_REQUIRE_EQUAL(m.size(), 2u);
  BOOST_TEST(m[0].payload == 2u);
  BOOST_TEST(m[0].end == 0u);  // the phrase starts at the text's start
  BOOST_TEST(m[1].end == 7u);
  auto s = trie.matches_ending_at(text, 24);
  BOOST_REQUIRE_EQUAL(s.size(), 1u);
  BOOST_TEST(s[0].end == 21u);
}

BOOST_AUTO_TEST_CASE(glue_words) {
  const GlueWords glue({"en", "elle", "l'", "qui"});
  const std::string text = "dollarsen cherche CNBCelle Microsoftl'ancien eurosqui dollarsenvie Elle";
  BOOST_TEST(glue.glued_at(text, 7));                         // "en"
  BOOST_TEST(glue.glued_at(text, text.find("elle")));         // "elle"
  BOOST_TEST(glue.glued_at(text, text.find("l'ancien")));     // "l'"
  BOOST_TEST(glue.glued_at(text, text.find("qui")));
  BOOST_TEST(!glue.glued_at(text, text.find("envie")));       // "envie" is a word of its own
  BOOST_TEST(glue.glued_at(text, text.find("Elle")));         // case does not matter
  BOOST_TEST(!glue.glued_at(text, text.size()));
}
