// extrait/report.hpp: what an analysis produces.
//
// A Report is plain data: the sentences of the input, the entities found in it (money, percentages,
// dates, durations, organizations, people, counts), the facts they state and the summary. Every
// offset is in Unicode code points into the input exactly as it was received (`start`, `end`,
// end exclusive), with the UTF-8 byte offsets beside them, so that a reader can cut the input
// without knowing anything of the normalization extrait did internally.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/decimal.hpp"

namespace extrait {

enum class EntityType { money, percent, number, date, duration, organization, person };

// "money", "percent", … as in the JSON report; parse_entity_type accepts the same names.
std::string_view to_string(EntityType type);
std::optional<EntityType> parse_entity_type(std::string_view name);
// Every type, in the order above.
const std::vector<EntityType>& all_entity_types();

// How an amount relates to its number: "au moins 10 milliards" is at_least 10 000 000 000.
enum class Qualifier { exact, approx, at_least, more_than, at_most, less_than, up_to };
std::string_view to_string(Qualifier qualifier);

// A range of the input: code points [start, end) and the same range in UTF-8 bytes.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t byte_start = 0;
  std::size_t byte_end = 0;
};

struct Sentence {
  Span span;
};

struct Entity {
  EntityType type = EntityType::money;
  Span span;
  std::string text;          // the input's text over `span`, as received
  std::size_t sentence = 0;  // index into Report::sentences

  // money, percent, number: a value, or min and max for a range.
  std::optional<Decimal> value;
  std::optional<Decimal> min;
  std::optional<Decimal> max;
  std::string currency;  // money: ISO 4217 code
  Qualifier qualifier = Qualifier::exact;
  std::optional<std::size_t> converts;  // money: the entity this amount is a conversion of
  std::string unit;                     // number: the noun counted ("salariés"), if any

  // date, duration: ISO 8601 at the expression's precision; a date interval adds from/to.
  std::string iso;
  std::string mod;  // date: start, mid, end, approx, before, after
  std::string from;
  std::string to;

  std::string name;  // organization, person: canonical name
};

// The fact an amount states: who, what, when and how sure (see the JSON contract).
struct FactOrganization {
  std::size_t entity = 0;
  std::string name;
  std::string role;  // payer, recipient, buyer, target, seller, fined, subject, or empty
};

struct Fact {
  std::string kind;  // investment, fundraising, acquisition, contract, revenue, …
  std::size_t amount = 0;
  std::string trigger;
  std::vector<FactOrganization> organizations;
  std::optional<std::size_t> date;
  std::string certainty = "stated";  // stated or reported
  std::size_t sentence = 0;
};

struct Summary {
  std::vector<std::size_t> sentences;  // indices into Report::sentences, in text order
  std::string text;
};

struct Report {
  std::string id;
  std::string reference_date;  // ISO 8601 day
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;  // in text order
  std::vector<Fact> facts;
  Summary summary;
};

}  // namespace extrait
