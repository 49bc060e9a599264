// The JSON report, field for field as the output contract says.
#include <nlohmann/json.hpp>

#include "extrait/writers.hpp"

namespace extrait {

namespace {

using Json = nlohmann::ordered_json;

// Amounts go out exactly: integers as integers, fractions through their shortest decimal text.
Json number(const Decimal& d) {
  if (d.is_integer()) {
    const Decimal n = d;
    if (n.exponent() <= 18) {
      std::int64_t v = n.mantissa();
      bool overflow = false;
      for (int e = 0; e < n.exponent() && !overflow; ++e) overflow = __builtin_mul_overflow(v, 10, &v);
      if (!overflow) return v;
    }
  }
  return d.to_double();
}

Json entity_json(const Entity& e) {
  Json j;
  j["type"] = std::string(to_string(e.type));
  j["start"] = e.span.start;
  j["end"] = e.span.end;
  j["byte_start"] = e.span.byte_start;
  j["byte_end"] = e.span.byte_end;
  j["text"] = e.text;
  if (e.value) j["value"] = number(*e.value);
  if (e.min) j["min"] = number(*e.min);
  if (e.max) j["max"] = number(*e.max);
  if (!e.currency.empty()) j["currency"] = e.currency;
  if (e.type == EntityType::money) j["qualifier"] = std::string(to_string(e.qualifier));
  else if (e.qualifier != Qualifier::exact) j["qualifier"] = std::string(to_string(e.qualifier));
  if (e.converts) j["converts"] = *e.converts;
  if (!e.unit.empty()) j["unit"] = e.unit;
  if (!e.iso.empty()) j["value"] = e.iso;
  if (!e.mod.empty()) j["mod"] = e.mod;
  if (!e.from.empty()) j["from"] = e.from;
  if (!e.to.empty()) j["to"] = e.to;
  if (!e.name.empty()) j["name"] = e.name;
  j["sentence"] = e.sentence;
  return j;
}

Json fact_json(const Fact& f) {
  Json j;
  j["kind"] = f.kind;
  j["amount"] = f.amount;
  j["trigger"] = f.trigger;
  Json orgs = Json::array();
  for (const auto& o : f.organizations) {
    Json oj;
    oj["entity"] = o.entity;
    oj["name"] = o.name;
    if (!o.role.empty()) oj["role"] = o.role;
    orgs.push_back(std::move(oj));
  }
  j["organizations"] = std::move(orgs);
  if (f.date) j["date"] = *f.date;
  j["certainty"] = f.certainty;
  j["sentence"] = f.sentence;
  return j;
}

Json report_json(const Report& r) {
  Json j;
  j["id"] = r.id;
  j["reference_date"] = r.reference_date;
  Json sentences = Json::array();
  for (const Sentence& s : r.sentences) {
    sentences.push_back({{"start", s.span.start}, {"end", s.span.end},
                         {"byte_start", s.span.byte_start}, {"byte_end", s.span.byte_end}});
  }
  j["sentences"] = std::move(sentences);
  Json entities = Json::array();
  for (const Entity& e : r.entities) entities.push_back(entity_json(e));
  j["entities"] = std::move(entities);
  Json facts = Json::array();
  for (const Fact& f : r.facts) facts.push_back(fact_json(f));
  j["facts"] = std::move(facts);
  j["summary"] = {{"sentences", r.summary.sentences}, {"text", r.summary.text}};
  return j;
}

}  // namespace

void write_json(std::ostream& out, const Report& report, bool pretty) {
  // Invalid UTF-8 cannot reach a report (the analyzer refuses it), so strict dumping is safe.
  out << report_json(report).dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) << '\n';
}

void write_jsonl(std::ostream& out, const Report& report) { write_json(out, report, false); }

void write_jsonl_error(std::ostream& out, const std::string& id, const std::string& message) {
  Json j;
  j["id"] = id;
  j["error"] = message;
  out << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace extrait
