// cli/jsonl_input.hpp: one line of JSONL input, {"id": …, "text": …, "date": …}.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace extrait::cli {

struct JsonlDocument {
  std::string id;
  std::string text;
  std::string date;   // empty when the line has none
  std::string error;  // non-empty when the line cannot be analysed; id is then the best guess
};

// Parses a line. `line_number` names a line that has no usable id ("line 12").
JsonlDocument parse_jsonl_line(std::string_view line, std::size_t line_number);

}  // namespace extrait::cli
