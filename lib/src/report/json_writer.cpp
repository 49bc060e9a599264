// The JSON report, field for field as the output contract says. Written straight to text by
// report/json_out.hpp, in the order and with the bytes that nlohmann::json's dump() gave it.
#include <string>
#include <string_view>

#include "extrait/writers.hpp"
#include "report/json_out.hpp"

namespace extrait {

namespace {

using report::JsonOut;

// Amounts go out exactly: integers as integers, fractions through their shortest decimal text.
void write_number(JsonOut& j, const Decimal& d) {
  if (d.is_integer()) {
    const Decimal n = d;
    if (n.exponent() <= 18) {
      std::int64_t v = n.mantissa();
      bool overflow = false;
      for (int e = 0; e < n.exponent() && !overflow; ++e) overflow = __builtin_mul_overflow(v, 10, &v);
      if (!overflow) return j.value(v);
    }
  }
  j.value(d.to_double());
}

void write_entity(JsonOut& j, const Entity& e) {
  j.open_object();
  j.key("type");
  j.value(to_string(e.type));
  j.key("start");
  j.value(e.span.start);
  j.key("end");
  j.value(e.span.end);
  j.key("byte_start");
  j.value(e.span.byte_start);
  j.key("byte_end");
  j.value(e.span.byte_end);
  j.key("text");
  j.value(e.text);
  // A date's ISO form is its "value": it takes the place of a numeric value when there is one
  // (the DOM this replaced assigned "value" twice and kept the first place).
  if (e.value) {
    j.key("value");
    if (!e.iso.empty()) j.value(e.iso);
    else write_number(j, *e.value);
  }
  if (e.min) {
    j.key("min");
    write_number(j, *e.min);
  }
  if (e.max) {
    j.key("max");
    write_number(j, *e.max);
  }
  if (!e.currency.empty()) {
    j.key("currency");
    j.value(e.currency);
  }
  if (e.type == EntityType::money || e.qualifier != Qualifier::exact) {
    j.key("qualifier");
    j.value(to_string(e.qualifier));
  }
  if (e.converts) {
    j.key("converts");
    j.value(*e.converts);
  }
  if (!e.unit.empty()) {
    j.key("unit");
    j.value(e.unit);
  }
  if (!e.value && !e.iso.empty()) {
    j.key("value");
    j.value(e.iso);
  }
  if (!e.mod.empty()) {
    j.key("mod");
    j.value(e.mod);
  }
  if (!e.from.empty()) {
    j.key("from");
    j.value(e.from);
  }
  if (!e.to.empty()) {
    j.key("to");
    j.value(e.to);
  }
  if (!e.name.empty()) {
    j.key("name");
    j.value(e.name);
  }
  j.key("sentence");
  j.value(e.sentence);
  j.close_object();
}

void write_fact(JsonOut& j, const Fact& f) {
  j.open_object();
  j.key("kind");
  j.value(f.kind);
  j.key("amount");
  j.value(f.amount);
  j.key("trigger");
  j.value(f.trigger);
  j.key("organizations");
  j.open_array();
  for (const auto& o : f.organizations) {
    j.open_object();
    j.key("entity");
    j.value(o.entity);
    j.key("name");
    j.value(o.name);
    if (!o.role.empty()) {
      j.key("role");
      j.value(o.role);
    }
    j.close_object();
  }
  j.close_array();
  if (f.date) {
    j.key("date");
    j.value(*f.date);
  }
  j.key("certainty");
  j.value(f.certainty);
  j.key("sentence");
  j.value(f.sentence);
  j.close_object();
}

void write_report(JsonOut& j, const Report& r) {
  j.open_object();
  j.key("id");
  j.value(r.id);
  j.key("reference_date");
  j.value(r.reference_date);
  j.key("sentences");
  j.open_array();
  for (const Sentence& s : r.sentences) {
    j.open_object();
    j.key("start");
    j.value(s.span.start);
    j.key("end");
    j.value(s.span.end);
    j.key("byte_start");
    j.value(s.span.byte_start);
    j.key("byte_end");
    j.value(s.span.byte_end);
    j.close_object();
  }
  j.close_array();
  j.key("entities");
  j.open_array();
  for (const Entity& e : r.entities) write_entity(j, e);
  j.close_array();
  j.key("facts");
  j.open_array();
  for (const Fact& f : r.facts) write_fact(j, f);
  j.close_array();
  j.key("summary");
  j.open_object();
  j.key("sentences");
  j.open_array();
  for (std::size_t s : r.summary.sentences) j.value(s);
  j.close_array();
  j.key("text");
  j.value(r.summary.text);
  j.close_object();
  j.close_object();
}

}  // namespace

void write_json(std::ostream& out, const Report& report, bool pretty) {
  // One buffer per thread, written over report after report (see JsonOut), unless a huge report
  // made it too large to keep.
  constexpr std::size_t kKeptBuffer = std::size_t{1} << 20;
  thread_local std::string buffer;
  JsonOut j(buffer, pretty);
  write_report(j, report);
  j.end_line();
  const std::string_view text = j.text();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (buffer.size() > kKeptBuffer) std::string().swap(buffer);
}

void write_jsonl(std::ostream& out, const Report& report) { write_json(out, report, false); }

void write_jsonl_error(std::ostream& out, const std::string& id, const std::string& message) {
  std::string buffer;
  JsonOut j(buffer, false);
  j.open_object();
  j.key("id");
  j.value(id);
  j.key("error");
  j.value(message);
  j.close_object();
  j.end_line();
  out.write(j.text().data(), static_cast<std::streamsize>(j.text().size()));
}

}  // namespace extrait
