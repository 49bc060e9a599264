// extrait/writers.hpp: reports as text or Markdown for people, JSON for programs.
//
// The JSON form is the contract of spec/OUTPUT.md: field names never change meaning. Amounts are
// written from their exact decimal form (8530000000, 0.75), never through rounding.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "extrait/report.hpp"

namespace extrait {

// One JSON object; `pretty` indents it for reading.
void write_json(std::ostream& out, const Report& report, bool pretty = true);
// One JSON object on one line, then '\n' (JSON Lines).
void write_jsonl(std::ostream& out, const Report& report);
// The error object that stands in for a document that could not be analysed, on one line.
void write_jsonl_error(std::ostream& out, const std::string& id, const std::string& message);
// For people: a headline, the summary, the key figures (one line per fact: amount, what, who,
// when, "[non confirmé]" where reported), then the organizations and people with how often each is
// named. `input` is the text the report was made from, as given to Analyzer::analyze(): the
// headline is its first line when that is a title, else its first sentence shortened; without it,
// the headline comes from the summary.
void write_text(std::ostream& out, const Report& report, std::string_view input = {});
// The same content in Markdown: the headline as a title, sections, the key figures as a list.
void write_markdown(std::ostream& out, const Report& report, std::string_view input = {});

}  // namespace extrait
