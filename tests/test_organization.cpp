// Organizations: tests/corpus/organizations.tsv end to end (one French phrase and the
// organizations it names a line), then the parts the extractor is built from: the gazetteer files,
// the tries, the word screen, acronym long forms, and `--lexicons` directories adding names.
#define BOOST_TEST_MODULE organization
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

#include "analyzer_fixture.hpp"
#include "built_in_lexicons.hpp"
#include "corpus_file.hpp"
#include "extract/organization/acronyms.hpp"
#include "extract/organization/fold.hpp"
#include "extract/organization/gazetteer.hpp"
#include "extract/organization/name_trie.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/lexicon_set.hpp"

using extrait::EntityType;
using extrait::testing::analyze_types;
using extrait::testing::describe_names;
using extrait::testing::expand_names;
using extrait::testing::read_corpus;
namespace names = extrait::extract::names;

using extrait::testing::built_in_lexicons;

namespace {

std::vector<std::string> split_bar(const std::string& field) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= field.size()) {
    std::size_t bar = field.find('|', at);
    if (bar == std::string::npos) bar = field.size();
    if (bar > at) out.push_back(field.substr(at, bar - at));
    at = bar + 1;
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(organization_corpus) {
  for (const auto& line : read_corpus("organizations.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      const auto report = analyze_types(line.fields[0], {EntityType::organization});
      BOOST_TEST(describe_names(report, EntityType::organization) == expand_names(line.fields[1]));
    }
  }
}

// Every row of every gazetteer file: a canonical name, a kind, known flags, no typographic
// apostrophe, and no alias claimed by two different organizations.
BOOST_AUTO_TEST_CASE(gazetteer_files_are_well_formed) {
  const std::set<std::string> kinds = {"company", "bank", "fund", "exchange", "rating", "media", "public", "ministry",
                                       "regulator", "court", "parliament", "local", "international", "ngo", "union",
                                       "employers", "party", "club", "sports", "armed_group", "movement", "religious"};
  const std::set<std::string> flags = {"ambiguous", "common", "whole"};
  const auto files = names::Gazetteer::files();
  BOOST_TEST(files.size() >= 10u);
  std::map<std::string, std::string> owner;  // folded alias -> canonical
  std::size_t entries = 0;
  for (const std::string& file : files) {
    for (const auto& row : built_in_lexicons().rows(file)) {
      BOOST_TEST_CONTEXT(row.source) {
        BOOST_TEST_REQUIRE(row.fields.size() >= 3u);
        BOOST_TEST(row.fields.size() <= 4u);
        BOOST_TEST(kinds.count(row.fields[2]) == 1u, "kind " << row.fields[2]);
        if (row.fields.size() == 4) {
          const std::string& f = row.fields[3];
          std::size_t at = 0;
          while (at <= f.size()) {
            std::size_t comma = f.find(',', at);
            if (comma == std::string::npos) comma = f.size();
            BOOST_TEST(flags.count(f.substr(at, comma - at)) == 1u, "flag " << f);
            at = comma + 1;
          }
        }
        std::vector<std::string> forms = split_bar(row.fields[1]);
        forms.insert(forms.begin(), row.fields[0]);
        for (const std::string& form : forms) {
          BOOST_TEST(form.find("’") == std::string::npos, form);
          // A form without lower case matches only as written ("AFD" is not "AfD").
          const bool exact = std::none_of(form.begin(), form.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
          const std::string key = exact ? form : names::folded(form);
          auto [it, fresh] = owner.emplace(key, row.fields[0]);
          BOOST_TEST((fresh || it->second == row.fields[0]), form << " is both " << it->second << " and " << row.fields[0]);
        }
        ++entries;
      }
    }
  }
  // "A few thousand entries".
  BOOST_TEST(entries >= 2500u);
}

// Every lexicon this extractor reads exists, and org_cues.tsv uses only known kinds.
BOOST_AUTO_TEST_CASE(cue_lexicons_are_well_formed) {
  const std::set<std::string> kinds = {"head", "nationality", "adjective", "ending", "stop", "suffix", "prefix",
                                       "institution", "court", "ministry", "subsidiary", "unit", "place_before",
                                       "company_before", "predicate"};
  BOOST_TEST(!built_in_lexicons().rows("org_cues.tsv").empty());
  for (const auto& row : built_in_lexicons().rows("org_cues.tsv")) {
    BOOST_TEST_CONTEXT(row.source) {
      BOOST_TEST_REQUIRE(row.fields.size() >= 2u);
      BOOST_TEST(kinds.count(row.fields[1]) == 1u, "kind " << row.fields[1]);
      if (row.fields[1] == "head") BOOST_TEST((row.fields.size() == 3 && (row.fields[2] == "strong" || row.fields[2] == "weak")));
    }
  }
  for (const char* file : {"legal_forms.txt", "products.txt", "not_organizations.txt", "common_words.txt",
                           "common_words_extra.txt", "places_countries.txt", "places_france.txt", "places_world.txt"}) {
    BOOST_TEST(!built_in_lexicons().rows(file).empty(), file);
  }
}

// A place, a product or another non-organization is never also a canonical organization name.
BOOST_AUTO_TEST_CASE(places_and_products_are_not_in_the_gazetteer) {
  std::set<std::string> canonical;
  for (const std::string& file : names::Gazetteer::files()) {
    for (const auto& row : built_in_lexicons().rows(file)) canonical.insert(names::folded(row.fields[0]));
  }
  for (const char* file : {"products.txt", "not_organizations.txt", "places_countries.txt", "places_france.txt",
                           "places_world.txt"}) {
    for (const auto& row : built_in_lexicons().rows(file)) {
      BOOST_TEST(canonical.count(names::folded(row.fields[0])) == 0u, file << ": " << row.fields[0]);
    }
  }
}

BOOST_AUTO_TEST_CASE(folding_ignores_case_and_accents) {
  BOOST_TEST(names::folded("Société Générale") == "societe generale");
  BOOST_TEST(names::folded("ÉTAT") == "etat");
  BOOST_TEST(names::folded("Ça") == "ca");
  std::string key;
  names::append_word_key(key, "M. Dupont");
  BOOST_TEST(key == "m");
  key.clear();
  names::append_word_key(key, "près d'Orange");
  BOOST_TEST(key == "pres");
  key.clear();
  names::append_word_key(key, "d'après");
  BOOST_TEST(key == "d'");
  key.clear();
  names::append_word_key(key, "& Co");
  BOOST_TEST(key.empty());
}

// A word key says whether it is all its text: then it is the text's folded form.
BOOST_AUTO_TEST_CASE(word_key_says_whether_it_is_one_word) {
  for (const std::string one_word : {"Paris", "Jean-Baptiste", "d'", "Île-de-France", "CAC40"}) {
    std::string key;
    BOOST_TEST(names::append_word_key(key, one_word), one_word);
    BOOST_TEST(key == names::folded(one_word));
  }
  for (const std::string longer : {"M. Dupont", "d'après", "aujourd'hui", "près d'", "Dow Jones", "& Co"}) {
    std::string key;
    BOOST_TEST(!names::append_word_key(key, longer), longer);
    BOOST_TEST(key != names::folded(longer));
  }
}

// The compiled trie and the building one find the same phrases; a run of spaces is one space.
BOOST_AUTO_TEST_CASE(name_trie_finds_phrases) {
  names::NameTrie trie;
  const auto a = trie.add("Banque de France");
  const auto b = trie.add("Banque");
  const auto c = trie.add("BANQUE");  // same folded form: same group
  BOOST_TEST(b == c);
  BOOST_TEST(a != b);
  const std::string text = "la banque  de france et la Banque";
  for (int compiled = 0; compiled < 2; ++compiled) {
    if (compiled) trie.compile();
    std::vector<names::NameTrie::Hit> hits;
    trie.find(text, 3, hits);
    BOOST_TEST_REQUIRE(hits.size() == 2u);
    BOOST_TEST(hits[0].group == b);
    BOOST_TEST(hits[1].group == a);
    BOOST_TEST(hits[1].end == std::string("la banque  de france").size());
    hits.clear();
    trie.find(text, 0, hits);
    BOOST_TEST(hits.empty());
  }
}

// Room reserved too small, or not at all, changes nothing of what a trie finds.
BOOST_AUTO_TEST_CASE(name_trie_reserve_is_only_room) {
  for (const std::size_t room : {std::size_t{0}, std::size_t{3}, std::size_t{1000}}) {
    names::NameTrie trie;
    trie.reserve(room);
    const auto long_name = trie.add("Société Générale");
    const auto short_name = trie.add("Société");
    const auto other = trie.add("Sodexo");
    trie.compile();
    const std::string text = "la Societe generale et Sodexo";
    std::vector<names::NameTrie::Hit> hits;
    trie.find(text, 3, hits);
    BOOST_TEST_REQUIRE(hits.size() == 2u);
    BOOST_TEST(hits[0].group == short_name);
    BOOST_TEST(hits[1].group == long_name);
    BOOST_TEST(hits[1].end == std::string("la Societe generale").size());
    hits.clear();
    trie.find(text, text.find("Sodexo"), hits);
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    BOOST_TEST(hits[0].group == other);
  }
}

// A compiled edge carries its child's group: a phrase added after compile() that ends on an
// existing node (no new node) is found all the same, compiled again or not; so is a phrase that
// starts beyond ASCII (a node's direct table is ASCII only).
BOOST_AUTO_TEST_CASE(name_trie_groups_added_after_compile) {
  names::NameTrie trie;
  const auto long_name = trie.add("Crédit Agricole");
  const auto beyond_ascii = trie.add("Œuvre d'Orient");  // "Œ" folds to "œ", not to ASCII
  trie.compile();
  const auto short_name = trie.add("Crédit");  // the node exists: only its group is new
  const std::string text = "le Crédit Agricole et l'œuvre d'Orient";
  for (int compiled = 0; compiled < 2; ++compiled) {
    if (compiled) trie.compile();
    std::vector<names::NameTrie::Hit> hits;
    trie.find(text, 3, hits);
    BOOST_TEST_REQUIRE(hits.size() == 2u);
    BOOST_TEST(hits[0].group == short_name);
    BOOST_TEST(hits[0].end == std::string("le Crédit").size());
    BOOST_TEST(hits[1].group == long_name);
    hits.clear();
    trie.find(text, text.find("œuvre"), hits);
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    BOOST_TEST(hits[0].group == beyond_ascii);
    BOOST_TEST(hits[0].end == text.size());
    BOOST_TEST(trie.starts_with(U'œ'));
    BOOST_TEST(trie.starts_with(U'c'));
    BOOST_TEST(!trie.starts_with(U'é'));  // folded: no phrase starts with "é" itself
  }
}

// A root of more edges than a step scans is walked by its direct table of ASCII edges, and by a
// search for the others, as any node of as many edges is: both find what the building form finds.
BOOST_AUTO_TEST_CASE(name_trie_root_of_many_edges) {
  const std::vector<std::string> phrases = {"Airbus", "Bouygues", "Carrefour", "Danone", "Engie", "Fnac",
                                            "Google", "Hermès", "Ipsos", "JCDecaux", "Kering", "Œuvre",
                                            "Élysée", "Zodiac"};
  names::NameTrie trie;
  std::vector<std::uint32_t> groups;
  for (const std::string& p : phrases) groups.push_back(trie.add(p));
  for (int compiled = 0; compiled < 2; ++compiled) {
    if (compiled) trie.compile();
    for (std::size_t k = 0; k < phrases.size(); ++k) {
      const std::string text = "chez " + phrases[k] + " et";
      std::vector<names::NameTrie::Hit> hits;
      trie.find(text, 5, hits);
      BOOST_TEST_REQUIRE(hits.size() == 1u, phrases[k]);
      BOOST_TEST(hits[0].group == groups[k]);
      BOOST_TEST(hits[0].end == 5 + phrases[k].size());
    }
    BOOST_TEST(trie.starts_with(U'z'));
    BOOST_TEST(trie.starts_with(U'œ'));
    BOOST_TEST(!trie.starts_with(U'y'));
    std::vector<names::NameTrie::Hit> hits;
    trie.find("Yahoo", 0, hits);
    trie.find("Airbu", 0, hits);
    BOOST_TEST(hits.empty());
  }
}

// Schwartz and Hearst: the first letter starts a word, the others may stand anywhere.
BOOST_AUTO_TEST_CASE(acronym_long_forms) {
  const std::string fh = "Selon la Fédération de l'industrie horlogère suisse";
  BOOST_TEST(names::long_form_start(fh, 0, fh.size(), U"fh") == fh.find("Fédération"));
  const std::string ania = "L'Association nationale des industries alimentaires";
  BOOST_TEST(names::long_form_start(ania, 0, ania.size(), U"ania") == ania.find("Association"));
  const std::string none = "le rapport annuel";
  BOOST_TEST(names::long_form_start(none, 0, none.size(), U"xyz") == std::string::npos);
}

// Files of the same names in a `--lexicons` directory add organizations.
BOOST_AUTO_TEST_CASE(extra_lexicon_directories_add_names) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("extrait-org-test-" + std::to_string(::getpid()));
  fs::create_directories(dir / "organizations");
  {
    std::ofstream out(dir / "organizations" / "companies_fr.tsv");
    out << "# test\nZorglub Industries\tZorglub\tcompany\n";
  }
  extrait::AnalyzerConfig config;
  config.lexicon_dirs = {dir};
  auto analyzer = extrait::Analyzer::create(config);
  BOOST_TEST_REQUIRE(bool(analyzer));
  extrait::Options options;
  options.types = {EntityType::organization};
  options.reference_date = "2025-11-28";
  auto report = analyzer.value().analyze("Zorglub a présenté ses résultats, comme Airbus.", options, "t");
  BOOST_TEST_REQUIRE(bool(report));
  BOOST_TEST(describe_names(report.value(), EntityType::organization) == "Zorglub|Zorglub Industries ; Airbus|Airbus");
  fs::remove_all(dir);
  // The built-in analyzer does not know it.
  const auto plain = analyze_types("Zorglub a présenté ses résultats.", {EntityType::organization});
  BOOST_TEST(describe_names(plain, EntityType::organization) == "-");
}
