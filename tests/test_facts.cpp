// The facts stage: what each amount states (kind, trigger, certainty, organizations and roles,
// date), from tests/corpus/facts.tsv, plus the lexicons' own checks and the JSON indices.
//
// The organizations of facts.tsv are marked in the text ("[Valmora] rachète [Dextil]",
// "[AWS=Amazon Web Services]"): the test adds them to the report by hand, so that these cases
// test the facts stage whatever the organization extractor finds. Money, percentages and dates
// come from the analyzer.
#define BOOST_TEST_MODULE facts
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyzer_fixture.hpp"
#include "built_in_lexicons.hpp"
#include "corpus_file.hpp"
#include "facts/fact_finder.hpp"
#include "facts/words.hpp"
#include "lexicon/lexicon_set.hpp"
#include "segment/segmenter.hpp"

using extrait::Entity;
using extrait::EntityType;
using extrait::Fact;
using extrait::Report;

using extrait::testing::built_in_lexicons;

namespace {

const extrait::facts::FactFinder& finder() {
  static const extrait::facts::FactFinder f(built_in_lexicons());
  return f;
}

const extrait::segment::Segmenter& segmenter() {
  static const extrait::segment::Segmenter s = [] {
    extrait::segment::SegmenterRules rules;
    for (const auto& row : built_in_lexicons().rows("abbreviations.txt")) extrait::segment::add_abbreviation(rules, row.fields);
    for (std::string& e : built_in_lexicons().first_fields("elisions.txt")) rules.elisions.insert(std::move(e));
    return extrait::segment::Segmenter(std::move(rules));
  }();
  return s;
}

struct Marked {
  std::string text;
  struct Org {
    std::size_t begin, end;
    std::string name;
  };
  std::vector<Org> orgs;
};

// "[Valmora] rachète [AWS=Amazon Web Services]" -> the text without the marks, and the names.
Marked unmark(const std::string& line) {
  Marked m;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '[') {
      m.text.push_back(line[i]);
      continue;
    }
    const std::size_t close = line.find(']', i);
    if (close == std::string::npos) throw std::runtime_error("unclosed [ in " + line);
    std::string inside = line.substr(i + 1, close - i - 1);
    std::string name = inside;
    if (const std::size_t eq = inside.find('='); eq != std::string::npos) {
      name = inside.substr(eq + 1);
      inside = inside.substr(0, eq);
    }
    m.orgs.push_back({m.text.size(), m.text.size() + inside.size(), name});
    m.text += inside;
    i = close;
  }
  return m;
}

struct Analysed {
  Report report;
  std::vector<Fact> facts;
};

// The text's money, percentages and dates from the analyzer, the marked organizations added, and
// the facts found over them. Test texts are written normalized (straight apostrophes, plain
// spaces), so that their bytes are the normalized bytes.
Analysed analyse(const std::string& line) {
  const Marked m = unmark(line);
  Report report = extrait::testing::analyze_types(m.text, {EntityType::money, EntityType::percent, EntityType::date});
  const extrait::segment::Segmentation segmentation = segmenter().segment(m.text);
  std::vector<Entity> entities = report.entities;
  for (const auto& org : m.orgs) {
    Entity e;
    e.type = EntityType::organization;
    e.span.byte_start = org.begin;
    e.span.byte_end = org.end;
    e.text = m.text.substr(org.begin, org.end - org.begin);
    e.name = org.name;
    e.sentence = segmentation.sentence_at(org.begin);
    entities.push_back(e);
  }
  // Text order, and the conversions' indices moved with their entities.
  std::vector<std::size_t> order(entities.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return entities[a].span.byte_start < entities[b].span.byte_start;
  });
  std::vector<std::size_t> new_index(entities.size());
  for (std::size_t i = 0; i < order.size(); ++i) new_index[order[i]] = i;
  Analysed out;
  for (std::size_t i : order) {
    Entity e = entities[i];
    if (e.converts) e.converts = new_index[*e.converts];
    out.report.entities.push_back(std::move(e));
  }
  std::vector<extrait::facts::TextRange> ranges;
  for (const Entity& e : out.report.entities) ranges.push_back({e.span.byte_start, e.span.byte_end});
  out.facts = finder().find({m.text, segmentation, out.report.entities, ranges});
  return out;
}

// "amount|kind|certainty|Org:role,Org|date" for each fact, joined by " ; ".
std::string describe(const Analysed& a) {
  std::string out;
  const auto& entities = a.report.entities;
  for (const Fact& f : a.facts) {
    if (!out.empty()) out += " ; ";
    out += entities[f.amount].text + "|" + f.kind + "|" + f.certainty + "|";
    std::string orgs;
    for (const auto& o : f.organizations) {
      if (!orgs.empty()) orgs += ",";
      orgs += o.name + (o.role.empty() ? "" : ":" + o.role);
    }
    out += (orgs.empty() ? "-" : orgs) + "|" + (f.date ? entities[*f.date].text : "-");
  }
  return out.empty() ? "-" : out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(lexicons_are_usable) {
  const auto& problems = finder().lexicon().problems();
  for (const std::string& p : problems) BOOST_TEST_MESSAGE(p);
  BOOST_TEST(problems.empty());
  BOOST_TEST(!finder().lexicon().triggers.empty());
  BOOST_TEST(!finder().lexicon().roles.empty());
}

BOOST_AUTO_TEST_CASE(phrases_split_like_the_segmenter) {
  std::unordered_set<std::string> elisions = {"d'", "l'", "qu'"};
  using V = std::vector<std::string>;
  BOOST_TEST((extrait::facts::split_phrase("chiffre d'affaires", elisions) == V{"chiffre", "de", "affaires"}));
  BOOST_TEST((extrait::facts::split_phrase("Au titre", elisions) == V{"à", "titre"}));
  BOOST_TEST((extrait::facts::split_phrase("aujourd'hui", elisions) == V{"aujourd'hui"}));
  BOOST_TEST((extrait::facts::split_phrase("rachat*", elisions) == V{"rachat*"}));
}

BOOST_AUTO_TEST_CASE(facts_corpus) {
  for (const auto& line : extrait::testing::read_corpus("facts.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      BOOST_TEST(describe(analyse(line.fields[0])) == line.fields[1]);
    }
  }
}

// The analyzer end to end: one fact per amount, and every index of the JSON report pointing to an
// entity of the right type, whatever the organization extractor finds.
BOOST_AUTO_TEST_CASE(json_indices_point_to_the_right_entities) {
  const std::string text =
      "Le groupe Valmora a annoncé mardi le rachat de Dextil pour 1,2 milliard d'euros (environ 1,3 milliard "
      "de dollars).\nSelon une source proche du dossier, Dextil aurait réalisé un chiffre d'affaires de 300 "
      "millions d'euros en 2024, en hausse de 12 %.";
  const Report report = extrait::testing::analyze_types(text, extrait::all_entity_types());
  std::ostringstream json;
  extrait::write_json(json, report, false);
  const auto j = nlohmann::json::parse(json.str());
  const auto& entities = j["entities"];
  std::size_t amounts = 0;
  for (const auto& e : entities) amounts += e["type"] == "money" || e["type"] == "percent";
  BOOST_TEST(j["facts"].size() == amounts);
  BOOST_TEST(amounts == 4u);
  for (const auto& f : j["facts"]) {
    const auto& amount = entities.at(f["amount"].get<std::size_t>());
    BOOST_TEST((amount["type"] == "money" || amount["type"] == "percent"));
    BOOST_TEST(f["sentence"] == amount["sentence"]);
    for (const auto& o : f["organizations"]) {
      const auto& org = entities.at(o["entity"].get<std::size_t>());
      BOOST_TEST(org["type"] == "organization");
      BOOST_TEST(org["name"] == o["name"]);
    }
    if (f.contains("date")) BOOST_TEST(entities.at(f["date"].get<std::size_t>())["type"] == "date");
  }
  BOOST_TEST(j["facts"][0]["kind"] == "acquisition");
  BOOST_TEST(j["facts"][1]["kind"] == "acquisition");  // the conversion shares the fact
  BOOST_TEST(j["facts"][2]["kind"] == "revenue");
  BOOST_TEST(j["facts"][2]["certainty"] == "reported");
}

// A document whose amounts are all in one long sentence list, or that has no amount at all.
BOOST_AUTO_TEST_CASE(no_amount_no_fact_and_long_inputs) {
  BOOST_TEST(extrait::testing::analyze_types("Il pleut sur Paris depuis trois jours.", extrait::all_entity_types())
                 .facts.empty());
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "Le chiffre d'affaires atteint " + std::to_string(i + 1) + " millions d'euros. ";
  const Report r = extrait::testing::analyze_types(many, {EntityType::money});
  BOOST_TEST(r.facts.size() == 2000u);
  BOOST_TEST(std::all_of(r.facts.begin(), r.facts.end(), [](const Fact& f) { return f.kind == "revenue"; }));
}

// One sentence of 20 000 amounts, organizations and triggers (a table pasted as one line): each
// amount costs a bounded number of steps. Built by hand, so that only the facts stage is timed.
BOOST_AUTO_TEST_CASE(one_sentence_of_many_amounts_is_linear) {
  std::string text;
  std::vector<Entity> entities;
  std::vector<extrait::facts::TextRange> ranges;
  auto add = [&](EntityType type, const std::string& piece, const std::string& name) {
    Entity e;
    e.type = type;
    e.span.byte_start = text.size();
    text += piece;
    e.span.byte_end = text.size();
    e.text = piece;
    e.name = name;
    if (type == EntityType::money) {
      e.value = extrait::Decimal::parse("10000000");
      e.currency = "EUR";
    }
    ranges.push_back({e.span.byte_start, e.span.byte_end});
    entities.push_back(std::move(e));
  };
  for (int i = 0; i < 20000; ++i) {
    text += "selon ";
    add(EntityType::organization, "Valmora", "Valmora");
    text += ", le chiffre d'affaires de ";
    add(EntityType::organization, "Dextil", "Dextil");
    text += " aurait atteint ";
    add(EntityType::money, "10 millions d'euros", "");
    text += ", ";
  }
  text += "fin.";
  const auto segmentation = segmenter().segment(text);
  BOOST_REQUIRE(segmentation.sentences.size() == 1u);
  const auto start = std::chrono::steady_clock::now();
  const auto facts = finder().find({text, segmentation, entities, ranges});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST_MESSAGE("20 000 amounts in one sentence: " << seconds << " s");
  BOOST_TEST(facts.size() == 20000u);
  BOOST_TEST(facts.back().kind == "revenue");
  BOOST_TEST(facts.back().certainty == "reported");
  BOOST_REQUIRE(facts.back().organizations.size() == 1u);
  BOOST_TEST(facts.back().organizations[0].name == "Dextil");
  // About 0.1 s; a walk over the sentence per amount takes minutes. The sanitizers (EXTRAIT_QUICK)
  // make everything several times slower: the bound is there to catch the quadratic walk only.
  BOOST_TEST(seconds < (extrait::testing::quick_run() ? 60.0 : 5.0));
}
