// The JSON report as text: the writer streams it field by field, and its bytes must stay those
// nlohmann::json's dump() gave (the contract of spec/OUTPUT.md was written from them): escapes,
// invalid UTF-8 replaced, numbers, field order, the place of a date's "value", the layout of the
// pretty form.
#define BOOST_TEST_MODULE report
#include <boost/test/unit_test.hpp>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

#include "extrait/writers.hpp"
#include "report/json_out.hpp"

using extrait::Decimal;
using extrait::Entity;
using extrait::EntityType;
using extrait::Report;

namespace {

std::string nlohmann_dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// One value written alone, as the writers write it inside a report.
template <typename T>
std::string json_value(T x) {
  std::string buffer;
  extrait::report::JsonOut out(buffer, false);
  out.value(x);
  return std::string(out.text());
}

std::string json_string(std::string_view s) { return json_value(s); }
std::string json_double(double x) { return json_value(x); }

Report small_report() {
  Report r;
  r.id = "a1";
  r.reference_date = "2025-11-28";
  r.sentences.push_back({{0, 10, 0, 11}});
  Entity money;
  money.type = EntityType::money;
  money.span = {0, 9, 0, 10};
  money.text = "8,53 Md€";
  money.value = Decimal(853, 7);
  money.currency = "EUR";
  r.entities.push_back(money);
  Entity date;
  date.type = EntityType::date;
  date.span = {3, 8, 3, 8};
  date.text = "mardi";
  date.value = Decimal(5);  // a value and an ISO form: the ISO form takes the value's place
  date.iso = "2025-11-25";
  r.entities.push_back(date);
  extrait::Fact fact;
  fact.kind = "investment";
  fact.trigger = "investit";
  fact.date = 1;
  r.facts.push_back(fact);
  r.summary.text = "Un \"résumé\".";
  return r;
}

}  // namespace

BOOST_AUTO_TEST_CASE(strings_are_escaped_as_nlohmann_escapes_them) {
  const std::vector<std::string> strings = {
      "", "plain", "quote \" and backslash \\", "tab\tnew line\nreturn\rback\bfeed\f", std::string("nul \0 byte", 10),
      "\x01\x1f\x7f", "é € 𝄞 «»", "/ stays", "bad \xff byte", "cut \xe2\x82", "\xc3", "overlong \xc0\xaf",
      "surrogate \xed\xa0\x80 !", "above \xf4\x90\x80\x80", "\xe2\x82\xe2\x82\xac", "\x80\x80 tail"};
  for (const std::string& s : strings) BOOST_TEST(json_string(s) == nlohmann_dump(s), s);
}

BOOST_AUTO_TEST_CASE(doubles_are_written_as_nlohmann_writes_them) {
  for (double x : {0.75, 0.1, 1.5, -2.25, 1e20, 1.5e-7, 123456789.125, 1e15, 1e16, 0.0001, 5e-324,
                   std::numeric_limits<double>::max(), std::numeric_limits<double>::infinity(),
                   std::numeric_limits<double>::quiet_NaN()}) {
    BOOST_TEST(json_double(x) == nlohmann_dump(x), x);
  }
}

BOOST_AUTO_TEST_CASE(compact_report) {
  std::ostringstream out;
  extrait::write_jsonl(out, small_report());
  BOOST_TEST(out.str() ==
             R"({"id":"a1","reference_date":"2025-11-28","sentences":[{"start":0,"end":10,"byte_start":0,"byte_end":11}],)"
             R"("entities":[{"type":"money","start":0,"end":9,"byte_start":0,"byte_end":10,"text":"8,53 Md€",)"
             R"("value":8530000000,"currency":"EUR","qualifier":"exact","sentence":0},)"
             R"({"type":"date","start":3,"end":8,"byte_start":3,"byte_end":8,"text":"mardi","value":"2025-11-25","sentence":0}],)"
             R"("facts":[{"kind":"investment","amount":0,"trigger":"investit","organizations":[],"date":1,)"
             R"("certainty":"stated","sentence":0}],"summary":{"sentences":[],"text":"Un \"résumé\"."}})"
             "\n");
}

BOOST_AUTO_TEST_CASE(pretty_report) {
  Report r;
  r.id = "p";
  r.reference_date = "2025-11-28";
  r.sentences.push_back({{0, 4, 0, 4}});
  r.summary.sentences = {0};
  r.summary.text = "Fin.";
  std::ostringstream out;
  extrait::write_json(out, r, true);
  BOOST_TEST(out.str() ==
             "{\n"
             "  \"id\": \"p\",\n"
             "  \"reference_date\": \"2025-11-28\",\n"
             "  \"sentences\": [\n"
             "    {\n"
             "      \"start\": 0,\n"
             "      \"end\": 4,\n"
             "      \"byte_start\": 0,\n"
             "      \"byte_end\": 4\n"
             "    }\n"
             "  ],\n"
             "  \"entities\": [],\n"
             "  \"facts\": [],\n"
             "  \"summary\": {\n"
             "    \"sentences\": [\n"
             "      0\n"
             "    ],\n"
             "    \"text\": \"Fin.\"\n"
             "  }\n"
             "}\n");
}

BOOST_AUTO_TEST_CASE(amounts_beyond_integers_and_error_lines) {
  Report r = small_report();
  r.entities[0].value = Decimal(123456789012345678, 5);  // past 2^63: a double
  r.entities[0].min = Decimal(-75, -2);
  std::ostringstream out;
  extrait::write_jsonl(out, r);
  BOOST_TEST(out.str().find(R"("value":1.2345678901234568e+22,"min":-0.75,)") != std::string::npos);
  std::ostringstream error;
  extrait::write_jsonl_error(error, "doc\n1", "trop \"long\"");
  BOOST_TEST(error.str() == "{\"id\":\"doc\\n1\",\"error\":\"trop \\\"long\\\"\"}\n");
}
