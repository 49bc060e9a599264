// The Analyzer as a library user sees it: errors as values, offsets into the input as received,
// the same report from many threads, the samples' amounts, and the seed article when ../shared
// is there.
#define BOOST_TEST_MODULE analyzer
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "analyzer_fixture.hpp"
#include "corpus_file.hpp"
#include "text/utf8.hpp"

using extrait::EntityType;
using extrait::testing::shared_analyzer;

namespace {

struct Article {
  std::string id, date, text;
};

std::vector<Article> read_jsonl(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<Article> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    out.push_back({j.value("id", ""), j.value("date", ""), j.value("text", "")});
  }
  return out;
}

std::vector<Article> samples() { return read_jsonl(std::string(EXTRAIT_SOURCE_DIR) + "/samples/articles.jsonl"); }

std::string json_of(const extrait::Report& r) {
  std::ostringstream out;
  extrait::write_jsonl(out, r);
  return out.str();
}

// The code points [start, end) of valid UTF-8, as UTF-8.
std::string code_points(const std::string& s, std::size_t start, std::size_t end) {
  std::size_t cp = 0, i = 0, from = std::string::npos;
  while (i < s.size() && cp < end) {
    if (cp == start) from = i;
    i += extrait::text::decode(s, i).length;
    ++cp;
  }
  if (from == std::string::npos) from = i;
  return s.substr(from, i - from);
}

bool shared_present(boost::unit_test::test_unit_id) { return !extrait::testing::shared_dir().empty(); }

}  // namespace

BOOST_AUTO_TEST_CASE(errors_are_values) {
  extrait::Options options;
  auto bad = shared_analyzer().analyze("caf\xc3", options);
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST((bad.error().code == extrait::ErrorCode::invalid_utf8));
  BOOST_TEST(*bad.error().byte_offset == 3u);

  auto binary = shared_analyzer().analyze(std::string_view("a\0b", 3), options);
  BOOST_REQUIRE(!binary.ok());
  BOOST_TEST((binary.error().code == extrait::ErrorCode::binary_input));

  options.max_bytes = 4;
  auto large = shared_analyzer().analyze("12345", options);
  BOOST_REQUIRE(!large.ok());
  BOOST_TEST((large.error().code == extrait::ErrorCode::too_large));

  options = {};
  for (const char* date : {"2025-02-29", "2025-13-01", "28/11/2025", "2025-1-01", "x"}) {
    options.reference_date = date;
    auto r = shared_analyzer().analyze("texte", options);
    BOOST_TEST_CONTEXT(date) { BOOST_TEST((!r.ok() && r.error().code == extrait::ErrorCode::bad_option)); }
  }
  options.reference_date = "2024-02-29";
  BOOST_TEST(shared_analyzer().analyze("texte", options).ok());
  options.reference_date = "";
  auto today = shared_analyzer().analyze("", options);
  BOOST_REQUIRE(today.ok());
  BOOST_TEST(today->reference_date.size() == 10u);
}

BOOST_AUTO_TEST_CASE(offsets_are_code_points_and_bytes_of_the_input) {
  std::vector<Article> articles = samples();
  // The same articles with the typography of scraped pages: CRLF, a BOM, decomposed accents.
  for (std::size_t k = 0, n = articles.size(); k < n; ++k) {
    Article a = articles[k];
    std::string crlf = "\xEF\xBB\xBF";
    for (char c : a.text) {
      if (c == '\n') crlf += "\r\n";
      else crlf += c;
    }
    a.text = crlf;
    articles.push_back(a);
  }
  for (const Article& a : articles) {
    const auto report = extrait::testing::analyze_types(a.text, extrait::all_entity_types(), "2025-11-28");
    BOOST_TEST_CONTEXT(a.id) {
      BOOST_TEST(!report.entities.empty());
      for (const auto& e : report.entities) {
        BOOST_TEST(code_points(a.text, e.span.start, e.span.end) == e.text);
        BOOST_TEST(a.text.substr(e.span.byte_start, e.span.byte_end - e.span.byte_start) == e.text);
        BOOST_TEST(e.sentence < report.sentences.size());
      }
      for (std::size_t i = 1; i < report.entities.size(); ++i) {
        BOOST_TEST(report.entities[i - 1].span.end <= report.entities[i].span.start);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(same_report_from_many_threads) {
  const std::vector<Article> articles = samples();
  std::vector<std::string> expected;
  for (const Article& a : articles) {
    expected.push_back(json_of(extrait::testing::analyze_types(a.text, extrait::all_entity_types(), a.date)));
  }
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      extrait::Options options;
      options.types = extrait::all_entity_types();
      for (int round = 0; round < 5; ++round) {
        for (const Article& a : articles) {
          options.reference_date = a.date;
          auto r = shared_analyzer().analyze(a.text, options, "test");
          got[t].push_back(r.ok() ? json_of(*r) : r.error().message);
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& results : got) {
    BOOST_REQUIRE_EQUAL(results.size(), expected.size() * 5);
    for (std::size_t i = 0; i < results.size(); ++i) BOOST_TEST(results[i] == expected[i % expected.size()]);
  }
}

// samples/expected-money.tsv: every amount of the project's own articles.
BOOST_AUTO_TEST_CASE(sample_articles_amounts) {
  std::map<std::string, std::vector<std::string>> expected;
  std::ifstream in(std::string(EXTRAIT_SOURCE_DIR) + "/samples/expected-money.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
    BOOST_REQUIRE_EQUAL(f.size(), 5u);
    std::string value = f[2];
    expected[f[0]].push_back(f[1] + "|" + value + "|" + f[3] + (f[4] == "exact" ? "" : "|" + f[4]));
  }
  BOOST_REQUIRE(!expected.empty());
  for (const Article& a : samples()) {
    const auto report = extrait::testing::analyze_types(a.text, {EntityType::money}, a.date);
    std::vector<std::string> got;
    std::stringstream all(extrait::testing::describe_amounts(report));
    for (std::string item; std::getline(all, item);) {
      for (std::size_t at; (at = item.find(" ; ")) != std::string::npos; item.erase(0, at + 3)) {
        got.push_back(item.substr(0, at));
      }
      got.push_back(item);
    }
    BOOST_TEST_CONTEXT(a.id) { BOOST_TEST(got == expected[a.id], boost::test_tools::per_element()); }
  }
}

// The article the project started from: all eight amounts, with the glued "dollarsen".
BOOST_AUTO_TEST_CASE(seed_article_amounts, *boost::unit_test::precondition(shared_present)) {
  const auto articles = read_jsonl(extrait::testing::shared_dir() + "/corpus/seed/seed.jsonl");
  BOOST_REQUIRE_EQUAL(articles.size(), 1u);
  std::ifstream in(extrait::testing::shared_dir() + "/corpus/seed/seed.jsonl");
  std::string line;
  std::getline(in, line);
  const auto gold = nlohmann::json::parse(line);
  const auto report = extrait::testing::analyze_types(articles[0].text, {EntityType::money}, articles[0].date);
  std::vector<std::string> want, got;
  for (const auto& e : gold["entities"]) {
    if (e["type"] != "money") continue;
    want.push_back(std::to_string(e["start"].get<long>()) + " " + e["text"].get<std::string>() + " " +
                   std::to_string(e["value"].get<long long>()) + " " + e["currency"].get<std::string>() + " " +
                   e.value("qualifier", "exact"));
  }
  for (const auto& e : report.entities) {
    got.push_back(std::to_string(e.span.start) + " " + e.text + " " + e.value->to_string() + " " + e.currency +
                  " " + std::string(to_string(e.qualifier)));
  }
  BOOST_TEST(want.size() == 8u);
  BOOST_TEST(got == want, boost::test_tools::per_element());
}
