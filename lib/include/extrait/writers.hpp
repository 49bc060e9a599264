// extrait/writers.hpp: reports as text for people, JSON for programs.
//
// The JSON form is the contract of spec/OUTPUT.md: field names never change meaning. Amounts are
// written from their exact decimal form (8530000000, 0.75), never through rounding.
#pragma once

#include <ostream>
#include <string>

#include "extrait/report.hpp"

namespace extrait {

// One JSON object; `pretty` indents it for reading.
void write_json(std::ostream& out, const Report& report, bool pretty = true);
// One JSON object on one line, then '\n' (JSON Lines).
void write_jsonl(std::ostream& out, const Report& report);
// The error object that stands in for a document that could not be analysed, on one line.
void write_jsonl_error(std::ostream& out, const std::string& id, const std::string& message);
// For people: the summary, the key figures, then every entity with its value.
void write_text(std::ostream& out, const Report& report);

}  // namespace extrait
